package portal

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/mail"
	"strings"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// senderOf is the address the notice of record id went out from (the
// original's From), so codes and reminders come from the same sender; else
// postmaster at the SMTP hostname.
func (s *Server) senderOf(ctx context.Context, recordID string) string {
	if a := recordSender(ctx, s.v, recordID); a != "" {
		return a
	}
	return "postmaster@" + s.mailHost
}

// recordSender is the From address of sealed record id, or "".
func recordSender(ctx context.Context, v *vault.Vault, recordID string) string {
	if raw, _, err := v.OpenRecord(ctx, recordID); err == nil {
		if m, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
			if a, err := mail.ParseAddress(m.Header.Get("From")); err == nil && strings.Contains(a.Address, "@") {
				return a.Address
			}
		}
	}
	return ""
}

// emailMessage renders a plain-text RFC 5322 message.
func (s *Server) emailMessage(id, from, to, subject, body string, now time.Time) []byte {
	return emailMessage(s.cfg.PracticeName, s.mailHost, id, from, to, subject, body, now)
}

func emailMessage(practice, mailHost, id, from, to, subject, body string, now time.Time) []byte {
	var b bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	h("From", mime.QEncoding.Encode("utf-8", practice)+" <"+from+">")
	h("To", "<"+to+">")
	h("Subject", mime.QEncoding.Encode("utf-8", subject))
	h("Date", now.Format(time.RFC1123Z))
	h("Message-ID", "<"+id+"@"+mailHost+">")
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "8bit")
	h("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n"))
	return b.Bytes()
}

func newItemID() string { return links.NewID() + links.NewID()[:8] }

// codeItem is the queued one-time code for l.
func (s *Server) codeItem(ctx context.Context, l *links.Link, channel, to, code string, now time.Time) *queue.Item {
	it := &queue.Item{ID: newItemID(), MessageID: l.MessageID, Channel: channel, Kind: queue.KindCode,
		To: to, Created: now, Due: now}
	mins := int(s.cfg.Portal.CodeTTL / time.Minute)
	if channel == queue.ChannelSMS {
		it.Data = []byte(smsText(
			fmt.Sprintf("%s: your code is %s. It expires in %d min. Do not share it.", gsm.FoldName(s.cfg.PracticeName), code, mins),
			fmt.Sprintf("Your code is %s. It expires in %d min. Do not share it.", code, mins)))
		return it
	}
	from := s.senderOf(ctx, l.RecordID)
	it.From = from
	it.Data = s.emailMessage(it.ID, from, to, "Your verification code",
		fmt.Sprintf("Your verification code is %s\n\nEnter it on the secure page you opened to read your message from %s. "+
			"It works for %d minutes.\n\nNobody from %s will ask you for this code. If you did not ask for it, you can ignore this email.\n",
			code, s.cfg.PracticeName, mins, s.cfg.PracticeName), now)
	return it
}

// reminderItem is the one unread reminder, carrying the same link.
func (s *Server) reminderItem(ctx context.Context, l *links.Link, token string, now time.Time) *queue.Item {
	return linkNoticeItem(s.cfg, s.mailHost, l, token, s.senderOf(ctx, l.RecordID), queue.KindReminder,
		"Reminder: secure message from "+s.cfg.PracticeName,
		"You have a secure message from %s that has not been opened yet.", smsReminderLead, now)
}

// The SMS leads of the reminder and of a link staff send again.
const (
	smsReminderLead = "reminder, you have a secure message."
	smsResendLead   = "new link to your secure message:"
)

// smsText is the first of texts that fits one GSM-7 segment (a text split
// over segments can arrive out of order, and a non-GSM character turns the
// whole text into 70-character UCS-2 segments; the practice name is folded
// for that reason). The last one is short enough for any configuration that
// validates; should even it not fit, it is sent as it is — a code in two
// segments is better than no code.
func smsText(texts ...string) string {
	for _, t := range texts {
		if n := gsm.Septets(t); n >= 0 && n <= gsm.SegmentSeptets {
			return t
		}
	}
	return texts[len(texts)-1]
}

// linkNoticeItem is a neutral notice for link l with its token: the
// reminder, or the new link staff send in place of a locked or lost one.
// Like the gateway's notice it names the practice and its phone, says why
// the message is behind a link, and never asks for a password.
func linkNoticeItem(c *configs.Config, mailHost string, l *links.Link, token, from, kind, subject, lead, smsLead string, now time.Time) *queue.Item {
	url := strings.TrimSuffix(c.Portal.BaseURL, "/") + "/s/" + token
	it := &queue.Item{ID: newItemID(), MessageID: l.MessageID, Channel: l.Channel, Kind: kind,
		To: l.Recipient, Created: now, Due: now}
	if l.Channel == queue.ChannelSMS {
		name := gsm.FoldName(c.PracticeName)
		it.Data = []byte(smsText(fmt.Sprintf("%s: %s %s", name, smsLead, url), name+": "+url, "Secure message: "+url))
		return it
	}
	it.From = from
	contact := ""
	if c.PracticePhone != "" {
		contact = fmt.Sprintf(" Questions? Call %s at %s.", c.PracticeName, c.PracticePhone)
	}
	it.Data = emailMessage(c.PracticeName, mailHost, it.ID, from, l.Recipient, subject,
		fmt.Sprintf(lead+"\n\n"+
			"To protect your privacy, the message is kept on our secure portal instead of being sent by email.\n\n"+
			"Open your message:\n%s\n\nThe link works until %s. You will be asked to confirm who you are. "+
			"We will never ask you for a password.%s\n",
			c.PracticeName, url, l.Expires.UTC().Format("January 2, 2006"), contact), now)
	return it
}

// staffNoticeItem tells the original sender that a reply is waiting, with
// no patient information.
func (s *Server) staffNoticeItem(to, replyID, messageID string, now time.Time) *queue.Item {
	it := &queue.Item{ID: newItemID(), MessageID: messageID, Channel: queue.ChannelEmail, Kind: queue.KindStaff,
		From: "postmaster@" + s.mailHost, To: to, Created: now, Due: now}
	it.Data = s.emailMessage(it.ID, it.From, to, "A patient replied through the secure portal",
		fmt.Sprintf("A patient has replied to a message you sent through %s's secure gateway.\n\n"+
			"Sign in to read it:\n%s/staff/r/%s\n\nThis notice contains no patient information.\n",
			s.cfg.PracticeName, s.baseURL, replyID), now)
	return it
}
