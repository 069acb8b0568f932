package portal

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 text parts
	"github.com/emersion/go-message/mail"
	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
)

const (
	maxParts     = 200
	maxDepth     = 12
	maxPartBytes = 50 << 20
)

// mpart is one leaf of a parsed MIME message.
type mpart struct {
	Index    int
	Type     string // lower-case media type as declared
	Disp     string
	Filename string
	CID      string
	Body     []byte // whole body, or only its first 512 bytes (see parseMessage)
	Size     int    // decoded size of the whole body (of images: of what was read)
	AltGroup int    // innermost multipart/alternative (0: none)
	AltChild int    // which alternative of that group
}

// parsedMsg is a sealed record, parsed.
type parsedMsg struct {
	Subject   string
	From      string // display form
	FromAddr  string // address only, when parseable
	To        string
	Date      time.Time
	MessageID string
	Headers   map[string]string // selected X- headers
	Parts     []mpart
}

// parseMessage parses an RFC 5322 / MIME message. Unknown charsets and
// encodings degrade to raw bytes rather than failing. Body text parts are
// kept whole; of other parts only the first 512 bytes (for sniffing) unless
// keep(index) says so — the view does not need the photo's bytes, the part
// URL needs only its own part.
func parseMessage(raw []byte) (*parsedMsg, error) { return parseMessageKeep(raw, nil) }

func parseMessageKeep(raw []byte, keep func(int) bool) (*parsedMsg, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && e == nil {
		return nil, fmt.Errorf("portal: parse message: %w", err)
	}
	pm := &parsedMsg{Headers: map[string]string{}}
	mh := mail.Header{Header: e.Header}
	pm.Subject, _ = mh.Subject()
	if from, err := mh.AddressList("From"); err == nil && len(from) > 0 {
		pm.FromAddr = from[0].Address
		pm.From = from[0].Name
		if pm.From == "" {
			pm.From = from[0].Address
		}
	} else if f, _ := mh.Text("From"); f != "" {
		pm.From = f
	}
	if to, err := mh.AddressList("To"); err == nil && len(to) > 0 {
		pm.To = to[0].Address
	}
	pm.Date, _ = mh.Date()
	pm.MessageID, _ = mh.MessageID()
	for _, k := range []string{"X-Phigate-Link", "X-Phigate-Recipient", "X-Phigate-Parent"} {
		if v, _ := mh.Text(k); v != "" {
			pm.Headers[k] = v
		}
	}
	groups := 0
	var walk func(e *message.Entity, depth, group, child int) error
	walk = func(e *message.Entity, depth, group, child int) error {
		if len(pm.Parts) >= maxParts || depth > maxDepth {
			return nil
		}
		mt, params, _ := e.Header.ContentType()
		mt = strings.ToLower(mt)
		if mr := e.MultipartReader(); mr != nil {
			g := group
			if mt == "multipart/alternative" {
				groups++
				g = groups
			}
			for i := 0; ; i++ {
				p, err := mr.NextPart()
				if err == io.EOF {
					return nil
				}
				if err != nil && p == nil {
					return nil // truncated or broken: keep what we have
				}
				c := child
				if mt == "multipart/alternative" {
					c = i + 1
				}
				if err := walk(p, depth+1, g, c); err != nil {
					return err
				}
			}
		}
		if mt == "" {
			mt = "text/plain"
		}
		disp, dparams, _ := e.Header.ContentDisposition()
		idx := len(pm.Parts)
		var body []byte
		size := 0
		whole := (mt == "text/plain" || mt == "text/html") && !strings.EqualFold(disp, "attachment")
		if whole || (keep != nil && keep(idx)) {
			body, _ = io.ReadAll(io.LimitReader(e.Body, maxPartBytes))
			size = len(body)
		} else {
			var head [512]byte
			n, _ := io.ReadFull(e.Body, head[:])
			body, size = head[:n:n], n
			// An image is shown, not listed with its size, so its body is
			// not decoded further: the multipart reader skips its encoded
			// rest. (Decoding a photo's base64 only to count it was a
			// third of the message view.)
			if inlineImageType(body) == "" {
				rest, _ := io.CopyBuffer(io.Discard, io.LimitReader(e.Body, maxPartBytes), make([]byte, 32<<10))
				size += int(rest)
			}
		}
		name := dparams["filename"]
		if name == "" {
			name = params["name"]
		}
		cid := strings.Trim(strings.TrimSpace(e.Header.Get("Content-Id")), "<>")
		pm.Parts = append(pm.Parts, mpart{Index: idx, Type: mt, Disp: strings.ToLower(disp),
			Filename: name, CID: cid, Body: body, Size: size, AltGroup: group, AltChild: child})
		return nil
	}
	if err := walk(e, 0, 0, 0); err != nil {
		return nil, err
	}
	return pm, nil
}

// msgView is what the message template shows.
type msgView struct {
	Subject, From, Date string
	Blocks              []block
	Images              []imageLink
	Files               []fileLink
	RemoteBlocked       bool
}

type block struct {
	IsHTML bool
	HTML   template.HTML
	Text   string
}

type imageLink struct{ URL string }

type fileLink struct{ URL, Name, Size string }

// inlineImageType reports whether b is an image the portal shows inline
// (after stripping metadata): JPEG, PNG or GIF by content sniffing.
func inlineImageType(b []byte) string {
	switch ct := http.DetectContentType(b); ct {
	case "image/jpeg", "image/png", "image/gif":
		return ct
	}
	return ""
}

func (p *mpart) isBodyText() bool {
	return (p.Type == "text/plain" || p.Type == "text/html") && p.Disp != "attachment"
}

// buildView turns a parsed message into the view; prefix is the per-session
// URL prefix for parts (e.g. /m/{viewKey}).
func buildView(pm *parsedMsg, prefix string) *msgView {
	v := &msgView{Subject: pm.Subject, From: pm.From}
	if !pm.Date.IsZero() {
		v.Date = pm.Date.Format("2006-01-02 15:04 MST")
	}
	// In each alternative group show the richest child with body text.
	chosen := map[int]int{}
	rank := map[int]int{}
	for i := range pm.Parts {
		p := &pm.Parts[i]
		if p.AltGroup == 0 || !p.isBodyText() {
			continue
		}
		r := 1
		if p.Type == "text/html" {
			r = 2
		}
		if r > rank[p.AltGroup] || (r == rank[p.AltGroup] && p.AltChild > chosen[p.AltGroup]) {
			rank[p.AltGroup], chosen[p.AltGroup] = r, p.AltChild
		}
	}
	cids := map[string]int{}
	for i := range pm.Parts {
		if c := pm.Parts[i].CID; c != "" {
			if _, dup := cids[c]; !dup {
				cids[c] = i
			}
		}
	}
	used := map[int]bool{}
	for i := range pm.Parts {
		p := &pm.Parts[i]
		if !p.isBodyText() {
			continue
		}
		if p.AltGroup != 0 && p.AltChild != chosen[p.AltGroup] {
			continue
		}
		if p.Type == "text/html" {
			h, remote := sanitizeHTML(string(p.Body), func(cid string) (string, bool) {
				n, ok := cids[cid]
				if !ok || inlineImageType(pm.Parts[n].Body) == "" {
					return "", false
				}
				used[n] = true
				return fmt.Sprintf("%s/part/%d", prefix, n), true
			})
			v.RemoteBlocked = v.RemoteBlocked || remote
			v.Blocks = append(v.Blocks, block{IsHTML: true, HTML: h})
		} else {
			v.Blocks = append(v.Blocks, block{Text: strings.ToValidUTF8(string(p.Body), "\uFFFD")})
		}
	}
	for i := range pm.Parts {
		p := &pm.Parts[i]
		if p.isBodyText() || used[i] {
			continue
		}
		if inlineImageType(p.Body) != "" {
			v.Images = append(v.Images, imageLink{URL: fmt.Sprintf("%s/part/%d", prefix, i)})
			continue
		}
		v.Files = append(v.Files, fileLink{URL: fmt.Sprintf("%s/file/%d", prefix, i),
			Name: safeFilename(p.Filename, i), Size: humanSize(p.Size)})
	}
	return v
}

// safeFilename keeps a display/download name free of paths and controls.
func safeFilename(name string, i int) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '"' || r == '/' || r == ';' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimLeft(strings.TrimSpace(name), ".")
	if len(name) > 120 {
		name = name[len(name)-120:]
	}
	if name == "" {
		name = fmt.Sprintf("attachment-%d", i+1)
	}
	return name
}

func humanSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// contentDisposition is an attachment header with an RFC 2231/5987 name.
func contentDisposition(name string) string {
	if v := mime.FormatMediaType("attachment", map[string]string{"filename": name}); v != "" {
		return v
	}
	return "attachment"
}

// htmlPolicy: bluemonday's user-generated-content policy without relative
// URLs (nothing may point into the portal) and with cid: allowed so the
// rewrite pass can map inline images to portal URLs. No scripts, event
// handlers, forms, styles, iframes, objects or SVG survive it.
var htmlPolicy = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowRelativeURLs(false)
	p.AllowURLSchemes("mailto", "http", "https", "cid", "tel")
	p.RequireNoFollowOnLinks(true)
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}()

// sanitizeHTML sanitises an HTML part and rewrites images: cid: references
// map to portal URLs via cid (or are dropped), every other image source is
// blocked (remote reports that). It also removes id and name attributes so
// the message cannot clobber the page's own elements.
func sanitizeHTML(src string, cid func(string) (string, bool)) (template.HTML, bool) {
	clean := htmlPolicy.Sanitize(src)
	z := html.NewTokenizer(strings.NewReader(clean))
	var out strings.Builder
	out.Grow(len(clean))
	remote := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			attrs := tok.Attr[:0]
			for _, a := range tok.Attr {
				switch strings.ToLower(a.Key) {
				case "id", "name", "srcset", "background", "poster", "longdesc", "usemap", "style":
					continue
				}
				attrs = append(attrs, a)
			}
			tok.Attr = attrs
			if tok.Data == "img" {
				keep := false
				for i, a := range tok.Attr {
					if a.Key != "src" {
						continue
					}
					if ref, ok := strings.CutPrefix(a.Val, "cid:"); ok || strings.HasPrefix(strings.ToLower(a.Val), "cid:") {
						if !ok {
							ref = a.Val[4:]
						}
						if u, err := url.PathUnescape(ref); err == nil {
							ref = u
						}
						if p, found := cid(strings.Trim(ref, "<>")); found {
							tok.Attr[i].Val = p
							keep = true
						}
					} else {
						remote = true
					}
				}
				if !keep {
					continue
				}
			}
		}
		out.WriteString(tok.String())
	}
	return template.HTML(out.String()), remote // #nosec: sanitised above
}
