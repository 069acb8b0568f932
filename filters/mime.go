package filters

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode legacy charsets to UTF-8
	"github.com/emersion/go-message/mail"
)

// ErrMalformed is wrapped by FromMIME's error when the message could not be
// parsed well enough to scan all of it. The Content returned alongside has
// Unparsable set, so scanning it fails closed.
var ErrMalformed = errors.New("malformed message")

// Bounds for FromMIME.
const (
	MaxMIMEParts  = 256 // parts in one message, nested ones included
	MaxMIMEDepth  = 16  // multipart / message/rfc822 nesting
	SniffBytes    = 512 // attachment bytes kept for sniffing
	maxHeaderText = 4096
)

// FromMIME reads one RFC 5322 message from r and extracts what the scanner
// needs: subject, display names of From/To/Cc/Reply-To/Sender, every text/plain
// and text/html part (transfer encoding and charset decoded), and every other
// part as an Attachment (filename, content ID, inline flag, first SniffBytes
// bytes and full size). Multipart and message/rfc822 parts are walked
// recursively. At most maxBytes of input are read.
//
// When the message is malformed, truncated, nested too deep, has too many
// parts or uses an unknown transfer encoding, FromMIME returns the Content
// extracted so far with Unparsable set and an error wrapping ErrMalformed.
func FromMIME(r io.Reader, maxBytes int64) (*Content, error) {
	if maxBytes <= 0 {
		maxBytes = 32 << 20
	}
	lr := &io.LimitedReader{R: r, N: maxBytes + 1}
	x := &mimeWalker{c: &Content{}, max: maxBytes}
	err := x.message(bufio.NewReader(lr), 0, true)
	if err == nil && lr.N <= 0 {
		err = fmt.Errorf("message larger than %d bytes", maxBytes)
	}
	if err != nil {
		x.c.Unparsable = true
		return x.c, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return x.c, nil
}

type mimeWalker struct {
	c     *Content
	max   int64
	parts int
}

// message reads a message (top level or message/rfc822) from r.
func (x *mimeWalker) message(r io.Reader, depth int, top bool) error {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) {
		if e == nil || message.IsUnknownEncoding(err) {
			return err
		}
	}
	if e == nil {
		return errors.New("no message")
	}
	h := mail.Header{Header: e.Header}
	subj, err := h.Subject()
	if err != nil {
		subj = h.Get("Subject")
	}
	subj = clip(subj)
	if top {
		x.c.Subject = subj
	} else if subj != "" {
		x.c.Text = append(x.c.Text, subj)
	}
	// free-text fields a client may display next to the subject
	for _, k := range []string{"Comments", "Keywords", "Thread-Topic", "Summary"} {
		if h.Get(k) == "" {
			continue
		}
		t, err := h.Text(k)
		if err != nil {
			t = h.Get(k)
		}
		x.c.Headers = append(x.c.Headers, clip(t))
	}
	for _, k := range []string{"From", "To", "Cc", "Reply-To", "Sender", "Bcc"} {
		if h.Get(k) == "" {
			continue
		}
		as, err := h.AddressList(k)
		if err != nil {
			// keep the decoded header text rather than lose the names
			t, terr := h.Text(k)
			if terr != nil {
				t = h.Get(k)
			}
			x.c.DisplayNames = append(x.c.DisplayNames, clip(t))
			continue
		}
		for _, a := range as {
			if a.Name != "" {
				x.c.DisplayNames = append(x.c.DisplayNames, clip(a.Name))
			}
		}
	}
	return x.entity(e, depth)
}

func clip(s string) string {
	if len(s) > maxHeaderText {
		s = s[:maxHeaderText]
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func (x *mimeWalker) entity(e *message.Entity, depth int) error {
	x.parts++
	if x.parts > MaxMIMEParts {
		return fmt.Errorf("more than %d MIME parts", MaxMIMEParts)
	}
	if depth > MaxMIMEDepth {
		return fmt.Errorf("MIME nesting deeper than %d", MaxMIMEDepth)
	}
	if mr := e.MultipartReader(); mr != nil {
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				return nil
			}
			if err != nil && !message.IsUnknownCharset(err) {
				if p == nil || message.IsUnknownEncoding(err) {
					return err
				}
			}
			if err := x.entity(p, depth+1); err != nil {
				return err
			}
		}
	}
	ct, params, cterr := e.Header.ContentType()
	if cterr != nil {
		ct = "application/octet-stream"
	}
	disp, dparams, _ := e.Header.ContentDisposition()
	fname := dparams["filename"]
	if fname == "" {
		fname = params["name"]
	}
	cid := strings.Trim(e.Header.Get("Content-Id"), "<> ")
	isAttach := strings.EqualFold(disp, "attachment") || fname != ""
	switch {
	case ct == "message/rfc822" || ct == "message/global":
		return x.message(e.Body, depth+1, false)
	case (ct == "text/plain" || ct == "text/html" || ct == "" || cterr != nil && e.Header.Get("Content-Type") == "") && !isAttach:
		b, err := io.ReadAll(io.LimitReader(e.Body, x.max+1))
		if err != nil && !message.IsUnknownCharset(err) {
			return err
		}
		s := bytesString(b)
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ")
		}
		if ct == "text/html" {
			x.c.HTML = append(x.c.HTML, s)
		} else {
			x.c.Text = append(x.c.Text, s)
		}
		return nil
	}
	// an attachment (or inline non-text part): keep the head, count the size;
	// attached text documents are kept whole (bounded) to be scanned as text
	var head []byte
	var size int64
	if strings.HasPrefix(ct, "text/") {
		b, err := io.ReadAll(io.LimitReader(e.Body, x.max+1))
		if err != nil && !message.IsUnknownCharset(err) {
			return err
		}
		s := strings.ToValidUTF8(bytesString(b), " ")
		if ct == "text/html" {
			x.c.HTML = append(x.c.HTML, s)
		} else {
			x.c.Text = append(x.c.Text, s)
		}
		head, size = b[:min(len(b), SniffBytes)], int64(len(b))
	} else {
		buf := make([]byte, SniffBytes)
		n, err := io.ReadFull(e.Body, buf)
		if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
			return err
		}
		rest, err := io.Copy(io.Discard, e.Body)
		if err != nil {
			return err
		}
		head, size = buf[:n], int64(n)+rest
	}
	if isDetachedSignature(ct, head) {
		return nil // multipart/signed's signature part: no content to carry
	}
	a := Attachment{
		Filename: clip(fname), ContentType: ct, ContentID: clip(cid),
		Inline: strings.EqualFold(disp, "inline") || disp == "" && cid != "",
		Data:   head, Size: size,
	}
	x.c.Attachments = append(x.c.Attachments, a)
	return nil
}

// bytesString returns b as a string without copying it: a text part can be
// most of a 30 MB message, and a second copy of it is what pushed the
// server past its memory budget. b must not be written afterwards; the
// walker hands it to nothing that writes (the attachment head it may keep
// is only ever sniffed).
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
