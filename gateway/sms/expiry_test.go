package sms

import (
	"context"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// TestBookkeepingExpires: an API send, its delivery, a Twilio status
// callback and an inbound text leave message status, replay guards and the
// staff index behind; inbound step markers go with their queue item. With
// the clock put back past the longest lifetime, the same traffic leaves the
// replay guards (which must never expire: a Twilio signature carries no
// time) and nothing that expires — while the sealed records are untouched.
func TestBookkeepingExpires(t *testing.T) {
	kind := func(k string) string {
		switch {
		case strings.HasPrefix(k, "reply/"):
			return "index"
		case strings.HasPrefix(k, "smsinb/"):
			return "stage"
		case strings.HasPrefix(k, "smsin/"):
			return "inbound-guard"
		case strings.HasPrefix(k, "sms/") && strings.HasSuffix(k, "/a"):
			return "state"
		case strings.HasPrefix(k, "sms/") && strings.Contains(k, "/e/"):
			return "status-guard"
		}
		return ""
	}
	records := 0
	for _, tc := range []struct {
		name  string
		shift time.Duration
		want  string
	}{
		{"now", 0, "inbound-guard index state status-guard"},
		{"written long ago", -(2 * 365 * 24 * time.Hour), "inbound-guard status-guard"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wallNow = func() time.Time { return time.Now().Add(tc.shift) }
			t.Cleanup(func() { wallNow = time.Now })
			h := newHarness(t)

			p := &openapi.CreateMessageParams{}
			p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody(phiBody)
			m, err := h.sdk(h.keyID, h.secret).Api.CreateMessage(p)
			if err != nil {
				t.Fatal(err)
			}
			if outs := h.deliver(queue.ChannelSMS); len(outs) != 1 || outs[0].err != nil {
				t.Fatalf("deliver: %+v", outs)
			}
			st := url.Values{"MessageSid": {"SM" + randHex(16)}, "MessageStatus": {"delivered"}, "AccountSid": {testAccount}}
			if resp, body := h.webhook("/twilio/status?ps="+strings.TrimPrefix(*m.Sid, "SM"), st); resp.StatusCode != 200 {
				t.Fatalf("status callback: %d %s", resp.StatusCode, body)
			}
			in := inboundParams("see you then")
			if resp, body := h.webhook("/twilio/sms", in); resp.StatusCode != 200 {
				t.Fatalf("inbound: %d %s", resp.StatusCode, body)
			}
			if outs := h.deliver(ChannelInbound); len(outs) != 1 || outs[0].err != nil {
				t.Fatalf("inbound work: %+v", outs)
			}

			seen := map[string]bool{}
			err = h.v.Scan(context.Background(), vault.KSMessage, "", func(k string, _ []byte) error {
				if kd := kind(k); kd != "" {
					seen[kd] = true
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for k := range seen {
				got = append(got, k)
			}
			sort.Strings(got)
			if strings.Join(got, " ") != tc.want {
				t.Fatalf("bookkeeping keys present: %v, want %s", got, tc.want)
			}
			// the guards still guard
			if resp, _ := h.webhook("/twilio/sms", in); resp.StatusCode != 403 {
				t.Fatalf("replayed inbound webhook: %d", resp.StatusCode)
			}
			// What must last does: the same sealed records (the original, the
			// inbound text, the app's reply) whatever the clock.
			n := 0
			if err := h.v.ScanKeys(context.Background(), vault.KSRecord, "", func(string) error { n++; return nil }); err != nil {
				t.Fatal(err)
			}
			if records == 0 {
				records = n
			}
			if n < 2 || n != records {
				t.Fatalf("%d sealed records, want %d (at least the original and the inbound text)", n, records)
			}
		})
	}
}
