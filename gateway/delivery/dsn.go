package delivery

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/phigate/phigate/vault/queue"
)

// DSN renders RFC 3464 delivery status notifications. A DSN names the
// recipient and the reason, never any content of the message: not its
// subject, not its headers, not its body (RFC 3464 allows omitting them,
// and the original may be PHI).
type DSN struct {
	Hostname string // Reporting-MTA and the MAILER-DAEMON address
}

var enhancedRE = regexp.MustCompile(`\b([245])\.(\d{1,3})\.(\d{1,3})\b`)

// dsnStatus picks the Status field: the enhanced code of the reply when
// there is one, 4.4.7 for a message that expired in the queue, else 5.0.0.
func dsnStatus(status string) string {
	if strings.HasPrefix(status, "expired") {
		return "4.4.7"
	}
	if m := enhancedRE.FindStringSubmatch(status); m != nil && m[1] != "2" {
		return m[1] + "." + m[2] + "." + m[3]
	}
	return "5.0.0"
}

func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Bounce renders the DSN for failed item it, addressed to its sender with a
// null reverse-path (so a DSN is never bounced in turn).
func (d DSN) Bounce(it *queue.Item, status string, now time.Time) (*queue.Item, error) {
	host := d.Hostname
	if host == "" {
		host = "localhost"
	}
	id := randomID()
	boundary := "=_phigate_dsn_" + id
	what := "a message"
	if it.Kind == queue.KindNotice {
		what = "a secure-message notice (the message itself stays in the vault)"
	}
	var b bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	h("From", "Mail Delivery System <MAILER-DAEMON@"+host+">")
	h("To", "<"+it.From+">")
	h("Subject", "Undelivered Mail Returned to Sender")
	h("Date", now.UTC().Format(time.RFC1123Z))
	h("Message-ID", "<"+id+"@"+host+">")
	h("Auto-Submitted", "auto-replied")
	h("MIME-Version", "1.0")
	h("Content-Type", `multipart/report; report-type=delivery-status; boundary="`+boundary+`"`)
	b.WriteString("\r\n")

	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n", boundary)
	fmt.Fprintf(&b, "This is the mail system at host %s (phigate).\r\n\r\n", host)
	fmt.Fprintf(&b, "I'm sorry: %s you sent could not be delivered to\r\n\r\n    <%s>\r\n\r\n", what, it.To)
	fmt.Fprintf(&b, "Reason: %s\r\n\r\n", status)
	fmt.Fprintf(&b, "It was first queued at %s and tried %d time(s).\r\n", it.Created.UTC().Format(time.RFC1123Z), it.Attempts)
	b.WriteString("For your patients' privacy this report does not include the message.\r\n\r\n")

	fmt.Fprintf(&b, "--%s\r\nContent-Type: message/delivery-status\r\n\r\n", boundary)
	fmt.Fprintf(&b, "Reporting-MTA: dns; %s\r\n", host)
	fmt.Fprintf(&b, "X-Phigate-Queue-ID: %s\r\n", it.ID)
	fmt.Fprintf(&b, "Arrival-Date: %s\r\n\r\n", it.Created.UTC().Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Final-Recipient: rfc822; %s\r\n", it.To)
	b.WriteString("Action: failed\r\n")
	fmt.Fprintf(&b, "Status: %s\r\n", dsnStatus(status))
	if code := strings.Fields(status); len(code) > 0 && len(code[0]) == 3 && code[0][0] >= '4' && code[0][0] <= '5' {
		fmt.Fprintf(&b, "Diagnostic-Code: smtp; %s\r\n", status)
	} else {
		fmt.Fprintf(&b, "Diagnostic-Code: X-phigate; %s\r\n", status)
	}
	fmt.Fprintf(&b, "Last-Attempt-Date: %s\r\n\r\n", now.UTC().Format(time.RFC1123Z))
	fmt.Fprintf(&b, "--%s--\r\n", boundary)

	return &queue.Item{
		ID: id, MessageID: it.MessageID, Channel: queue.ChannelEmail, Kind: queue.KindDSN,
		From: "", To: it.From, Data: b.Bytes(), Created: now, Due: now,
	}, nil
}
