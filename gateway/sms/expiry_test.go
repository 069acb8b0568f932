package sms

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// TestBookkeepingExpires: message status, replay guards, inbound step
// markers and the staff index expire on their own. With the wall clock as
// it is, an API send, its delivery and an inbound text leave each kind of
// key behind; with the clock put back past the longest lifetime, the same
// traffic leaves none of them — while the sealed records, the consent
// registry and the queue (which must never expire) are untouched.
func TestBookkeepingExpires(t *testing.T) {
	kinds := []string{"reply/", "sms/", "smsin/", "smsinb/"}
	records := 0
	for _, tc := range []struct {
		name  string
		shift time.Duration
		want  []string
	}{
		{"now", 0, kinds},
		{"written long ago", -(ReplayTTL + 24*time.Hour), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wallNow = func() time.Time { return time.Now().Add(tc.shift) }
			t.Cleanup(func() { wallNow = time.Now })
			h := newHarness(t)

			p := &openapi.CreateMessageParams{}
			p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody(phiBody)
			if _, err := h.sdk(h.keyID, h.secret).Api.CreateMessage(p); err != nil {
				t.Fatal(err)
			}
			if outs := h.deliver(queue.ChannelSMS); len(outs) != 1 || outs[0].err != nil {
				t.Fatalf("deliver: %+v", outs)
			}
			if resp, body := h.webhook("/twilio/sms", inboundParams("see you then")); resp.StatusCode != 200 {
				t.Fatalf("inbound: %d %s", resp.StatusCode, body)
			}
			if outs := h.deliver(ChannelInbound); len(outs) != 1 || outs[0].err != nil {
				t.Fatalf("inbound work: %+v", outs)
			}

			seen := map[string]bool{}
			err := h.v.Scan(context.Background(), vault.KSMessage, "", func(k string, _ []byte) error {
				for _, kind := range kinds {
					if strings.HasPrefix(k, kind) {
						seen[kind] = true
					}
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
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Fatalf("bookkeeping keys present: %v, want %v", got, tc.want)
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
