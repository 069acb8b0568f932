package sms

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault/queue"
)

func TestTwilioSenderOutcomes(t *testing.T) {
	h := newHarness(t)
	snd := h.srv.Senders()[queue.ChannelSMS]
	for _, tc := range []struct {
		name      string
		status    int
		code      int
		permanent bool
		want      string
	}{
		{"accepted", 0, 0, false, ""},
		{"invalid number", 400, 21211, true, "twilio 21211"},
		{"opted out at Twilio", 400, 21610, true, "twilio 21610"},
		{"landline", 400, 21614, true, "twilio 21614"},
		{"unknown 400", 400, 12345, true, "twilio 12345"},
		{"rate limited", 429, 20429, false, "twilio 20429"},
		{"Twilio down", 503, 20503, false, "twilio 20503"},
		{"our credentials", 401, 20003, false, "twilio 20003"},
		{"account gone", 404, 20404, false, "twilio 20404"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.tw.mu.Lock()
			h.tw.fail = func(url.Values) (int, int) { return tc.status, tc.code }
			h.tw.mu.Unlock()
			r, err := snd.Send(context.Background(), &queue.Item{ID: randHex(16), Channel: queue.ChannelSMS, To: patientNumber, Data: []byte("hello")})
			if tc.status == 0 {
				if err != nil || !validSID(r.ProviderID, "SM") || r.Status != "twilio queued" {
					t.Fatalf("accepted: %+v %v", r, err)
				}
				return
			}
			var de *delivery.Error
			if !errors.As(err, &de) || de.Permanent != tc.permanent || de.Status != tc.want {
				t.Fatalf("got %v, want permanent=%v status %q", err, tc.permanent, tc.want)
			}
			// Twilio's message quotes the number; nothing of it may survive.
			if strings.Contains(err.Error(), patientNumber) || strings.Contains(de.Status, patientNumber) {
				t.Fatalf("error carries the phone number: %v", err)
			}
		})
	}
	h.tw.mu.Lock()
	h.tw.fail = nil
	h.tw.mu.Unlock()

	// A bad recipient never reaches Twilio.
	_, err := snd.Send(context.Background(), &queue.Item{ID: "x", To: "5550100", Data: []byte("x")})
	var de *delivery.Error
	if !errors.As(err, &de) || !de.Permanent || de.Status != "twilio 21211" {
		t.Fatalf("bad recipient: %v", err)
	}

	// Network trouble and timeouts are temporary.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	cfg := *h.cfg
	cfg.SMS.APIBaseURL = deadURL
	ts, err := NewTwilioSender(&cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ts.Send(context.Background(), &queue.Item{ID: "x", To: patientNumber, Data: []byte("x")})
	if !errors.As(err, &de) || de.Permanent || de.Status != "network" {
		t.Fatalf("connection refused: %v", err)
	}
	stop := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	defer slow.Close()
	defer close(stop)
	cfg.SMS.APIBaseURL = slow.URL
	ts, _ = NewTwilioSender(&cfg, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = ts.Send(ctx, &queue.Item{ID: "x", To: patientNumber, Data: []byte("x")})
	if !errors.As(err, &de) || de.Permanent || de.Status != "timeout" {
		t.Fatalf("timeout: %v", err)
	}
}

func TestTwilioSenderConfig(t *testing.T) {
	base := func() *configs.Config {
		c, err := loadCfg(t, "PHIGATE_SMS_ACCOUNT_SID="+testAccount, "PHIGATE_SMS_AUTH_TOKEN="+testToken, "PHIGATE_SMS_FROM="+practiceNumber)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, tc := range []struct {
		name string
		mod  func(*configs.Config)
		ok   bool
	}{
		{"complete", func(*configs.Config) {}, true},
		{"messaging service instead of from", func(c *configs.Config) { c.SMS.From = ""; c.SMS.MessagingServiceSID = "MG" + randHex(16) }, true},
		{"no token", func(c *configs.Config) { c.SMS.AuthToken = "" }, false},
		{"no sender", func(c *configs.Config) { c.SMS.From = "" }, false},
		{"bad from", func(c *configs.Config) { c.SMS.From = "555" }, false},
		{"bad service", func(c *configs.Config) { c.SMS.From = ""; c.SMS.MessagingServiceSID = "MG1" }, false},
		{"bad base", func(c *configs.Config) { c.SMS.APIBaseURL = "ftp://x" }, false},
	} {
		c := base()
		tc.mod(c)
		if _, err := NewTwilioSender(c, nil); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

// TestDevSenders: without Twilio credentials the server offers no "sms"
// sender (the dev outbox takes it) but still its own channels.
func TestDevSenders(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMS.AccountSID = "" })
	s := h.srv.Senders()
	if s[queue.ChannelSMS] != nil || s[ChannelCallback] == nil || s[ChannelInbound] == nil {
		t.Fatalf("dev senders: %v", s)
	}
	if len(h.srv.AccountSID()) != 34 || h.srv.AccountSID() == testAccount {
		t.Fatalf("dev account SID %q", h.srv.AccountSID())
	}
}

// TestObserverFailure: a final delivery failure is the message's state and
// the caller's callback.
func TestObserverFailure(t *testing.T) {
	h := newHarness(t)
	h.tw.mu.Lock()
	h.tw.fail = func(url.Values) (int, int) { return 400, 21614 }
	h.tw.mu.Unlock()
	api := h.sdk(h.keyID, h.secret).Api
	resp, body := h.post("/2010-04-01/Accounts/"+h.srv.AccountSID()+"/Messages.json", "application/x-www-form-urlencoded",
		url.Values{"To": {patientNumber}, "From": {practiceNumber}, "Body": {"Office closed today"}, "StatusCallback": {h.app.URL + "/cb"}}.Encode(),
		map[string]string{"Authorization": "Basic " + basic(h.keyID, h.secret)})
	if resp.StatusCode != 201 {
		t.Fatalf("send: %d %s", resp.StatusCode, body)
	}
	sid := regexpSid.FindString(string(body))
	h.deliver(queue.ChannelSMS)
	m, err := api.FetchMessage(sid, nil)
	if err != nil || *m.Status != "failed" || m.ErrorCode == nil || *m.ErrorCode != 21614 {
		t.Fatalf("state after failure: %+v %v", m, err)
	}
	h.deliver(ChannelCallback)
	cb := h.app.received("/cb")
	if len(cb) != 1 || cb[0].Form.Get("MessageStatus") != "failed" || cb[0].Form.Get("ErrorCode") != "21614" || cb[0].Form.Get("MessageSid") != sid {
		t.Fatalf("callback: %+v", cb)
	}
	// the caller's server is down: the forward is retried, not dropped
	h.app.mu.Lock()
	h.app.status = 503
	h.app.mu.Unlock()
	b := h.v.NewBatch()
	if err := h.srv.queueCallback(b, "m", h.app.URL+"/cb", sid, patientNumber, practiceNumber, "failed", 21614, time.Now()); err != nil {
		t.Fatal(err)
	}
	_ = h.v.Commit(context.Background(), b)
	outs := h.deliver(ChannelCallback)
	var de *delivery.Error
	if len(outs) != 1 || !errors.As(outs[0].err, &de) || de.Permanent {
		t.Fatalf("callback to a down server: %+v", outs)
	}
}

// TestHandlerDirect drives the handler without a listener, the way the
// benchmarks and fuzzers do, and checks fasthttp request data is not kept.
func TestHandlerDirect(t *testing.T) {
	h := newHarness(t)
	p := inboundParams("Running late, be there at 3")
	var ctx fasthttp.RequestCtx
	ctx.Request.Header.SetMethod("POST")
	ctx.Request.SetRequestURI("/twilio/sms")
	ctx.Request.Header.SetContentType("application/x-www-form-urlencoded")
	ctx.Request.Header.Set("X-Twilio-Signature", Signature(testToken, testPublicURL+"/twilio/sms", p))
	ctx.Request.SetBodyString(p.Encode())
	h.srv.Handler()(&ctx)
	if ctx.Response.StatusCode() != 200 {
		t.Fatalf("direct: %d %s", ctx.Response.StatusCode(), ctx.Response.Body())
	}
	// Scribble over the request buffers: what was stored must not change.
	body := ctx.Request.Body()
	for i := range body {
		body[i] = 'X'
	}
	it := h.queuedOn(ChannelInbound)[0]
	if it.From != patientNumber || it.To != practiceNumber {
		t.Fatalf("stored fields alias request memory: %+v", it)
	}
}

var regexpSid = regexp.MustCompile(`SM[0-9a-f]{32}`)

func basic(u, p string) string { return base64.StdEncoding.EncodeToString([]byte(u + ":" + p)) }

// TestObserverSentWithoutPublicURL: when Twilio cannot call back (no
// sms.public_url), the caller hears "sent" from phigate itself, and
// Twilio is given no status callback.
func TestObserverSentWithoutPublicURL(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMS.PublicURL = "" })
	resp, body := h.post("/2010-04-01/Accounts/"+h.srv.AccountSID()+"/Messages.json", "application/x-www-form-urlencoded",
		url.Values{"To": {patientNumber}, "From": {practiceNumber}, "Body": {"Office closed today"}, "StatusCallback": {h.app.URL + "/cb"}}.Encode(),
		map[string]string{"Authorization": "Basic " + basic(h.keyID, h.secret)})
	if resp.StatusCode != 201 {
		t.Fatalf("send: %d %s", resp.StatusCode, body)
	}
	h.deliver(queue.ChannelSMS)
	if c := h.tw.requests("POST", "/Messages.json"); len(c) != 1 || c[0].Form.Has("StatusCallback") {
		t.Fatalf("twilio request: %+v", c)
	}
	h.deliver(ChannelCallback)
	cb := h.app.received("/cb")
	if len(cb) != 1 || cb[0].Form.Get("MessageStatus") != "sent" || cb[0].Form.Get("MessageSid") != regexpSid.FindString(string(body)) {
		t.Fatalf("callback: %+v", cb)
	}
}
