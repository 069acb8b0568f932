package sms

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault/queue"
)

type settled struct {
	channel, outcome string
}

// TestWithDeliveryManager wires the senders and observer into the real
// delivery manager, as phigate serve does: a PHI send reaches (fake)
// Twilio as a notice, Twilio's report reaches the caller, and an MMS is
// fetched, sealed, deleted and forwarded — each step driven by the queue.
func TestWithDeliveryManager(t *testing.T) {
	h := newHarness(t)
	done := make(chan settled, 32)
	mgr, err := delivery.New(delivery.Options{
		Vault: h.v, Senders: h.srv.Senders(), Observers: h.srv.Observers(),
		Workers: 2, FirstRetry: time.Minute, MaxBackoff: time.Hour, MaxLifetime: 24 * time.Hour,
		AttemptTimeout: 20 * time.Second, Log: quiet(),
		Settled: func(it *queue.Item, outcome string) { done <- settled{it.Channel, outcome} },
	})
	if err != nil {
		t.Fatal(err)
	}
	h.srv.kick = mgr.Kick
	h.pipe.Kick = mgr.Kick
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- mgr.Run(ctx) }()
	defer func() { cancel(); <-stopped }()
	wait := func(channel string) {
		t.Helper()
		for {
			select {
			case s := <-done:
				if s.channel != channel {
					continue
				}
				if s.outcome != "delivered" {
					t.Fatalf("%s item: %s", channel, s.outcome)
				}
				return
			case <-time.After(20 * time.Second):
				t.Fatalf("no %s item settled", channel)
			}
		}
	}

	api := h.sdk(h.keyID, h.secret).Api
	p := &openapi.CreateMessageParams{}
	p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody(phiBody).SetStatusCallback(h.app.URL + "/status")
	m, err := api.CreateMessage(p)
	if err != nil {
		t.Fatal(err)
	}
	wait(queue.ChannelSMS)
	got, _ := api.FetchMessage(*m.Sid, nil)
	if *got.Status != "sent" {
		t.Fatalf("after delivery: %s", *got.Status)
	}
	c := h.tw.requests("POST", "/Messages.json")
	if len(c) != 1 || strings.Contains(c[0].Form.Get("Body"), "Botox") {
		t.Fatalf("twilio: %+v", c)
	}
	ps := strings.TrimPrefix(c[0].Form.Get("StatusCallback"), testPublicURL+"/twilio/status?ps=")
	st := url.Values{"MessageSid": {"SM" + randHex(16)}, "AccountSid": {testAccount}, "MessageStatus": {"delivered"}}
	if resp, _ := h.webhook("/twilio/status?ps="+ps, st); resp.StatusCode != 200 {
		t.Fatalf("status webhook: %d", resp.StatusCode)
	}
	wait(ChannelCallback)
	if cb := h.app.received("/status"); len(cb) != 1 || cb[0].Form.Get("MessageStatus") != "delivered" || cb[0].Form.Get("MessageSid") != *m.Sid {
		t.Fatalf("caller's callback: %+v", cb)
	}

	sid := "MM" + randHex(16)
	u := h.tw.addMedia(sid, "image/png", makePNG(t, 4, 4))
	h.app.answer = "<Response/>"
	if resp, _ := h.webhook("/twilio/sms", mmsParams(sid, "my photo", [2]string{u, "image/png"})); resp.StatusCode != 200 {
		t.Fatalf("inbound: %d", resp.StatusCode)
	}
	wait(ChannelInbound)
	if len(h.tw.requests("DELETE", "/Media/")) != 1 || len(h.app.received("/sms")) != 1 {
		t.Fatal("MMS not deleted at Twilio or not forwarded")
	}
}
