package portal

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// TestSMSTextsFitOneSegment: the portal's own SMS — the one-time code, the
// unread reminder and the link staff send again — are one GSM-7 segment
// for every practice name and base URL config validation accepts, like the
// gateway's notice, and always carry the code or the link.
func TestSMSTextsFitOneSegment(t *testing.T) {
	name40 := strings.Repeat("N", configs.MaxPracticeNameLen)
	host := "https://" + strings.Repeat("p", configs.MaxBaseURLLen-len("https://"))
	tilde := "https://a.b/" + strings.Repeat("~", configs.MaxBaseURLLen-len("https://a.b/"))
	for _, tc := range []struct{ name, practice, base string }{
		{"longest name and base URL", name40, host},
		{"longest name, base URL of extension characters", name40, tilde},
		{"accented name at the byte limit", strings.Repeat("é", configs.MaxPracticeNameLen/2), host},
		{"accented name", "Clínica Estética Nuñez", host},
		{"name of GSM extension characters", strings.Repeat("{", configs.MaxPracticeNameLen), host},
		{"non-Latin name", "診療所", host},
		{"default config", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := []string{"PHIGATE_DATA_DIR=" + t.TempDir()}
			if tc.practice != "" {
				env = append(env, "PHIGATE_PRACTICE_NAME="+tc.practice, "PHIGATE_PORTAL_BASE_URL="+tc.base)
			}
			cfg, err := configs.Load("", env)
			if err != nil {
				t.Fatalf("config validation refused the case: %v", err)
			}
			cfg.Portal.CodeTTL = 999 * time.Minute // the widest number of minutes
			now := time.Now()
			tok, l, err := links.Issue("rec", "msg", "+15550100001", queue.ChannelSMS, links.SMSTokenBytes, now, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			url := strings.TrimSuffix(cfg.Portal.BaseURL, "/") + "/s/" + tok
			s := &Server{cfg: cfg}
			for _, c := range []struct {
				what, text, must, lead string
			}{
				{"code", string(s.codeItem(context.Background(), l, queue.ChannelSMS, l.Recipient, "123456", now).Data), "123456", ""},
				{"reminder", string(linkNoticeItem(cfg, "mail.test", l, tok, "", queue.KindReminder, "", "", smsReminderLead, now).Data), url, smsReminderLead},
				{"resend", string(linkNoticeItem(cfg, "mail.test", l, tok, "", queue.KindNotice, "", "", smsResendLead, now).Data), url, smsResendLead},
			} {
				if n := gsm.Septets(c.text); n < 0 || n > gsm.SegmentSeptets {
					t.Errorf("%s is %d septets (one segment is %d; -1 is not GSM-7): %q", c.what, n, gsm.SegmentSeptets, c.text)
				}
				if !strings.Contains(c.text, c.must) {
					t.Errorf("%s lacks %q: %q", c.what, c.must, c.text)
				}
				// the code's first wording always fits: it names the practice,
				// folded to GSM-7, never dropping to the name-free fallback
				if c.what == "code" && !strings.HasPrefix(c.text, gsm.FoldName(cfg.PracticeName)+": ") {
					t.Errorf("code does not name the practice: %q", c.text)
				}
				// a link notice whose full wording fits is sent in full
				if c.lead != "" {
					full := gsm.FoldName(cfg.PracticeName) + ": " + c.lead + " " + url
					if n := gsm.Septets(full); n >= 0 && n <= gsm.SegmentSeptets && c.text != full {
						t.Errorf("%s: %q, want the full wording %q", c.what, c.text, full)
					}
				}
			}
		})
	}
}
