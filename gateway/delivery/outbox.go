package delivery

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/phigate/phigate/vault/queue"
)

// Outbox is the development "upstream": each item becomes a file in Dir —
// an email as the .eml its recipient would receive (with the Return-Path
// and Delivered-To lines a mailbox adds), an SMS as a .txt with To, From
// and the body — so a newcomer can open exactly what a patient gets.
//
// Files are written to a temporary name, fsynced and renamed, so a reader
// never sees half a message and a crash leaves no partial file.
type Outbox struct {
	Dir string
	Now func() time.Time
}

// NewOutbox creates dir (0700: notices carry live portal links).
func NewOutbox(dir string) (*Outbox, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Outbox{Dir: dir, Now: time.Now}, nil
}

// Send writes it to the outbox.
func (o *Outbox) Send(ctx context.Context, it *queue.Item) (Receipt, error) {
	if err := ctx.Err(); err != nil {
		return Receipt{}, Temporary("timeout", err)
	}
	var body []byte
	ext := ".eml"
	switch it.Channel {
	case queue.ChannelEmail:
		body = append(fmt.Appendf(nil, "Return-Path: <%s>\r\nDelivered-To: %s\r\n", it.From, it.To), it.Data...)
	default:
		ext = "." + it.Channel + ".txt"
		body = fmt.Appendf(nil, "To: %s\nFrom: %s\n", it.To, it.From)
		for _, m := range it.Media {
			body = fmt.Appendf(body, "Media: %s\n", m)
		}
		body = fmt.Appendf(body, "\n%s\n", it.Data)
	}
	name := fmt.Sprintf("%s-%s-%s%s", o.Now().UTC().Format("20060102T150405.000000000Z"), it.Kind, it.ID, ext)
	if err := writeFileSync(filepath.Join(o.Dir, name), body); err != nil {
		return Receipt{}, Temporary("outbox write failed", err)
	}
	return Receipt{Status: "250 2.0.0 written to outbox as " + name}, nil
}

func writeFileSync(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
