package filters

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htmlOut is what extractHTML produces; reused between scans.
type htmlOut struct {
	text       []byte // visible and hidden text, attribute text, entity-decoded
	names      []byte // file names from image/link URLs ("before_after.jpg")
	dataImages int
	cidImages  int
}

func (o *htmlOut) reset() {
	o.text = o.text[:0]
	o.names = o.names[:0]
	o.dataImages, o.cidImages = 0, 0
}

// textAttrs carry human-readable text.
var textAttrs = map[string]bool{
	"alt": true, "title": true, "aria-label": true, "placeholder": true, "value": true,
	"label": true, "summary": true, "content": true, "data-title": true, "abbr": true,
}

// urlAttrs may hold images or links.
var urlAttrs = map[string]bool{
	"src": true, "href": true, "background": true, "poster": true, "srcset": true,
	"data-src": true, "lowsrc": true, "dynsrc": true, "xlink:href": true,
}

// ExtractHTMLText returns the text of an HTML document as the scanner sees
// it: every text node (hidden ones included, style sheets excluded), comments,
// and human-readable attributes, with entities decoded.
func ExtractHTMLText(h string) string {
	var o htmlOut
	extractHTML(&o, h)
	return string(o.text)
}

func extractHTML(o *htmlOut, h string) {
	z := html.NewTokenizer(strings.NewReader(h))
	inStyle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if inStyle {
				o.checkCSS(z.Raw())
				continue
			}
			o.text = append(o.text, z.Text()...)
		case html.CommentToken:
			o.text = append(o.text, ' ')
			o.text = append(o.text, z.Text()...)
			o.text = append(o.text, ' ')
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "style" {
				inStyle = tt == html.StartTagToken
			}
			o.text = append(o.text, ' ') // tags separate words
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				key := string(k) // no allocation: map lookup on converted bytes
				switch {
				case textAttrs[key]:
					o.text = append(o.text, v...)
					o.text = append(o.text, ' ')
				case urlAttrs[key]:
					o.checkURL(v)
				case key == "style":
					o.checkCSS(v)
				}
			}
		}
	}
}

var (
	dataImage = []byte("data:")
	cidPrefix = []byte("cid:")
)

func (o *htmlOut) checkURL(v []byte) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) >= 5 && bytes.EqualFold(v[:5], dataImage):
		o.dataImages++
		return
	case len(v) >= 4 && bytes.EqualFold(v[:4], cidPrefix):
		o.cidImages++
		return
	}
	// keep the last path segment of a URL: file names speak ("lips_before.jpg")
	if i := bytes.IndexAny(v, "?#"); i >= 0 {
		v = v[:i]
	}
	if i := bytes.LastIndexByte(v, '/'); i >= 0 {
		v = v[i+1:]
	}
	if len(v) > 0 && len(v) < 256 {
		o.names = append(o.names, v...)
		o.names = append(o.names, ' ')
	}
}

func (o *htmlOut) checkCSS(v []byte) {
	if indexFold(v, "data:image") >= 0 {
		o.dataImages++
	}
	if indexFold(v, "url(cid:") >= 0 || indexFold(v, "url('cid:") >= 0 || indexFold(v, "url(\"cid:") >= 0 {
		o.cidImages++
	}
}

func indexFold(b []byte, s string) int {
	n := len(s)
	for i := 0; i+n <= len(b); i++ {
		if (b[i]|0x20) == s[0] && strings.EqualFold(string(b[i:i+n]), s) {
			return i
		}
	}
	return -1
}
