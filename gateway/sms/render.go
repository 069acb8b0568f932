package sms

import (
	"bytes"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault/queue"
)

// Renderer writes outbound SMS queue items for the pipeline: the neutral
// notice when a message was sealed, the original text when it was clean.
type Renderer struct {
	name     string // practice name folded to one-septet ASCII
	practice string // as configured, for the sealed copy's headers
	hostname string
}

var _ gateway.Renderer = (*Renderer)(nil)

// NewRenderer renders for the practice in c.
func NewRenderer(c *configs.Config) *Renderer {
	h := c.SMTP.Hostname
	if h == "" {
		h = "localhost"
	}
	return &Renderer{name: gsm.FoldName(c.PracticeName), practice: c.PracticeName, hostname: h}
}

// NoticeText is the neutral SMS for a sealed message: the practice's name
// and the portal link, in one GSM-7 segment. The opt-out hint is dropped
// when a base URL full of two-septet characters leaves no room for it.
func NoticeText(foldedName, url string) (string, error) {
	full := "Secure message from " + foldedName + ": " + url + " Reply STOP to opt out."
	if n := gsm.Septets(full); n >= 0 && n <= gsm.SegmentSeptets {
		return full, nil
	}
	short := "Secure message from " + foldedName + ": " + url
	if n := gsm.Septets(short); n >= 0 && n <= gsm.SegmentSeptets {
		return short, nil
	}
	// Unreachable with a validated config; refusing is better than a
	// notice split across segments that some phones show out of order.
	return "", fmt.Errorf("sms: notice does not fit one GSM-7 segment (portal.base_url %d characters)", len(url))
}

// Notice renders the neutral notice for one recipient. It carries nothing
// of the original: the practice name and the link only.
func (r *Renderer) Notice(m *gateway.Message, rcpt string, n gateway.Notice) (*queue.Item, error) {
	text, err := NoticeText(r.name, n.URL)
	if err != nil {
		return nil, err
	}
	return &queue.Item{Channel: queue.ChannelSMS, Kind: queue.KindNotice, From: m.From, To: rcpt,
		Data: []byte(text)}, nil
}

// Clean passes the original text through unchanged.
func (r *Renderer) Clean(m *gateway.Message, rcpt string) (*queue.Item, error) {
	return &queue.Item{Channel: queue.ChannelSMS, Kind: queue.KindClean, From: m.From, To: rcpt,
		Data: []byte(bodyOf(m))}, nil
}

func bodyOf(m *gateway.Message) string {
	if m.Content == nil || len(m.Content.Text) == 0 {
		return ""
	}
	return m.Content.Text[0]
}

// withMedia is the renderer for one API request: a clean message keeps its
// media URLs (a sealed one never does: the notice is text only).
type withMedia struct {
	*Renderer
	media []string
}

func (r withMedia) Clean(m *gateway.Message, rcpt string) (*queue.Item, error) {
	it, err := r.Renderer.Clean(m, rcpt)
	if err == nil && len(r.media) > 0 {
		it.Media = append([]string(nil), r.media...)
	}
	return it, err
}

// sealedCopy is the MIME rendering of an outbound SMS that the vault seals
// when it carries PHI: the patient reads it in the portal. Media stay where
// the sending tool put them; the copy lists their URLs.
func (r *Renderer) sealedCopy(id, body string, media []string, now time.Time) []byte {
	var b bytes.Buffer
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", mime.QEncoding.Encode("utf-8", r.practice)+" <sms@"+r.hostname+">")
	h("Subject", mime.QEncoding.Encode("utf-8", "Text message from "+r.practice))
	h("Date", now.UTC().Format(time.RFC1123Z))
	h("Message-ID", "<"+id+"@"+r.hostname+">")
	h("MIME-Version", "1.0")
	h("X-Phigate-Channel", "sms")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	text := strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n")
	if len(media) > 0 {
		text += "\r\n\r\nAttachments:\r\n" + strings.Join(media, "\r\n")
	}
	qw := quotedprintable.NewWriter(&b)
	_, _ = qw.Write([]byte(text))
	_ = qw.Close()
	b.WriteString("\r\n")
	return b.Bytes()
}
