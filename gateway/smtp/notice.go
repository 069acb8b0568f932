package smtp

import (
	"bytes"
	"fmt"
	"html/template"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/vault/queue"
)

// EmailRenderer writes the neutral notice that replaces a message with PHI,
// and the pass-through copy of a clean one.
type EmailRenderer struct {
	practice string
	phone    string
	hostname string
	now      func() time.Time
}

// NewEmailRenderer renders for the practice in c.
func NewEmailRenderer(c *configs.Config) *EmailRenderer {
	return &EmailRenderer{practice: c.PracticeName, phone: c.PracticePhone, hostname: c.SMTP.Hostname, now: time.Now}
}

var _ gateway.Renderer = (*EmailRenderer)(nil)

var noticeHTML = template.Must(template.New("n").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Secure message from {{.Practice}}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">
<p>You have a secure message from <strong>{{.Practice}}</strong>.</p>
<p>To protect your privacy, the message is kept on our secure portal instead of being sent by email.</p>
<p><a href="{{.URL}}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">Open your secure message</a></p>
<p>Or copy this link into your browser:<br>{{.URL}}</p>
<p>The link works until {{.Expires}}. To open it you will confirm your date of birth or enter a code we send you. We will never ask you for a password.</p>
{{if .Phone}}<p>Questions? Call {{.Practice}} at {{.Phone}}.</p>{{end}}
</body></html>
`))

type noticeData struct {
	Practice, Phone, URL, Expires string
}

func (r *EmailRenderer) noticeText(d noticeData) string {
	var b strings.Builder
	fmt.Fprintf(&b, "You have a secure message from %s.\r\n\r\n", d.Practice)
	b.WriteString("To protect your privacy, the message is kept on our secure portal instead of being sent by email. Open it here:\r\n\r\n")
	fmt.Fprintf(&b, "%s\r\n\r\n", d.URL)
	fmt.Fprintf(&b, "The link works until %s. To open it you will confirm your date of birth or enter a code we send you. We will never ask you for a password.\r\n", d.Expires)
	if d.Phone != "" {
		fmt.Fprintf(&b, "\r\nQuestions? Call %s at %s.\r\n", d.Practice, d.Phone)
	}
	return b.String()
}

// Notice renders a new multipart/alternative message to rcpt alone, so no
// recipient (Bcc or otherwise) is revealed to another. It carries nothing of
// the original but the sender address.
func (r *EmailRenderer) Notice(m *gateway.Message, rcpt string, n gateway.Notice) (*queue.Item, error) {
	id := gateway.NewID()
	d := noticeData{Practice: r.practice, Phone: r.phone, URL: n.URL,
		Expires: n.Expires.UTC().Format("Monday, 2 January 2006 at 15:04 UTC")}

	var buf bytes.Buffer
	from := m.From
	if from == "" {
		from = "postmaster@" + r.hostname
	}
	writeHeader(&buf, "From", mime.QEncoding.Encode("utf-8", r.practice)+" <"+from+">")
	writeHeader(&buf, "To", "<"+rcpt+">")
	writeHeader(&buf, "Subject", mime.QEncoding.Encode("utf-8", "Secure message from "+r.practice))
	writeHeader(&buf, "Date", m.Received.UTC().Format(time.RFC1123Z))
	writeHeader(&buf, "Message-ID", "<"+id+"@"+r.hostname+">")
	writeHeader(&buf, "MIME-Version", "1.0")
	writeHeader(&buf, "X-Phigate-Notice", "1")
	mw := multipart.NewWriter(&buf)
	// A boundary derived from the notice ID keeps notices reproducible for
	// golden tests; the ID is random, so it cannot collide with content.
	if err := mw.SetBoundary("=_phigate_" + id); err != nil {
		return nil, err
	}
	writeHeader(&buf, "Content-Type", `multipart/alternative; boundary="`+mw.Boundary()+`"`)
	buf.WriteString("\r\n")

	for _, p := range []struct{ ctype, body string }{
		{"text/plain; charset=utf-8", r.noticeText(d)},
		{"text/html; charset=utf-8", func() string {
			var hb strings.Builder
			_ = noticeHTML.Execute(&hb, d)
			return hb.String()
		}()},
	} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {p.ctype},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return nil, err
		}
		qw := quotedprintable.NewWriter(pw)
		if _, err := qw.Write([]byte(p.body)); err != nil {
			return nil, err
		}
		if err := qw.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return &queue.Item{ID: id, Channel: queue.ChannelEmail, Kind: queue.KindNotice, From: m.From, To: rcpt, Data: buf.Bytes()}, nil
}

func writeHeader(b *bytes.Buffer, k, v string) {
	b.WriteString(k)
	b.WriteString(": ")
	b.WriteString(v)
	b.WriteString("\r\n")
}

// Clean relays the original unchanged but for this hop's trace header, the
// scan header, and any Bcc header (which must never travel).
func (r *EmailRenderer) Clean(m *gateway.Message, rcpt string) (*queue.Item, error) {
	return &queue.Item{Channel: queue.ChannelEmail, Kind: queue.KindClean, From: m.From, To: rcpt,
		Data: cleanCopy(m.Raw)}, nil
}

// cleanCopy inserts X-Phigate-Scan after the first (trace) header and drops
// Bcc fields, leaving every other byte as received.
func cleanCopy(raw []byte) []byte {
	end := headerEnd(raw)
	head, body := raw[:end], raw[end:]
	var out bytes.Buffer
	out.Grow(len(raw) + 32)
	fields := splitFields(head)
	if len(fields) == 0 {
		out.WriteString("X-Phigate-Scan: clean\r\n")
	}
	for i, f := range fields {
		if name, _, ok := bytes.Cut(f, []byte(":")); !ok || !strings.EqualFold(strings.TrimSpace(string(name)), "bcc") {
			out.Write(f)
		}
		if i == 0 {
			if !bytes.HasSuffix(f, []byte("\n")) {
				out.WriteString("\r\n")
			}
			out.WriteString("X-Phigate-Scan: clean\r\n")
		}
	}
	out.Write(body)
	return out.Bytes()
}

// headerEnd returns the offset of the blank line ending the header section
// (the blank line stays with the body), or len(raw).
func headerEnd(raw []byte) int {
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return len(raw)
		}
		line := raw[i : i+j+1]
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			return i
		}
		i += j + 1
	}
	return len(raw)
}

// splitFields splits a header section into whole fields, folded lines kept
// with their field.
func splitFields(head []byte) [][]byte {
	var out [][]byte
	start := 0
	for i := 0; i < len(head); {
		j := bytes.IndexByte(head[i:], '\n')
		next := len(head)
		if j >= 0 {
			next = i + j + 1
		}
		if next < len(head) && (head[next] == ' ' || head[next] == '\t') {
			i = next
			continue
		}
		out = append(out, head[start:next])
		start, i = next, next
	}
	return out
}
