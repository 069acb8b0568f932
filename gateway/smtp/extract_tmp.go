package smtp

// TEMPORARY until filters.FromMIME lands: minimal MIME → Content extraction.

import (
	"errors"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/mail"

	"github.com/phigate/phigate/filters"
)

func fromMIME(r io.Reader, max int64) (*filters.Content, error) {
	c := &filters.Content{}
	mr, err := mail.CreateReader(io.LimitReader(r, max))
	if err != nil && !message.IsUnknownCharset(err) {
		return c, err
	}
	if s, err := mr.Header.Subject(); err == nil {
		c.Subject = s
	}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		b, err := io.ReadAll(io.LimitReader(p.Body, max))
		if err != nil {
			return c, err
		}
		switch h := p.Header.(type) {
		case *mail.InlineHeader:
			ct, _, _ := h.ContentType()
			switch {
			case strings.HasPrefix(ct, "text/html"):
				c.HTML = append(c.HTML, string(b))
			case strings.HasPrefix(ct, "text/"):
				c.Text = append(c.Text, string(b))
			default:
				c.Attachments = append(c.Attachments, filters.Attachment{ContentType: ct, Inline: true, Data: b, Size: int64(len(b))})
			}
		case *mail.AttachmentHeader:
			fn, _ := h.Filename()
			ct, _, _ := h.ContentType()
			c.Attachments = append(c.Attachments, filters.Attachment{Filename: fn, ContentType: ct, Data: b, Size: int64(len(b))})
		}
	}
}
