package sms

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

// stored counts what inbound webhooks leave behind: replay markers,
// sealed-record index entries and queue items.
func (h *harness) stored() int {
	n := len(h.queued())
	_ = h.v.Scan(context.Background(), vault.KSMessage, "", func(string, []byte) error { n++; return nil })
	return n
}

func TestWebhookRefusals(t *testing.T) {
	h := newHarness(t)
	form := "application/x-www-form-urlencoded"
	signed := func(u string, p url.Values) string { return Signature(testToken, u, p) }

	for _, tc := range []struct {
		name   string
		method string
		path   string
		build  func() (body string, hdr map[string]string)
		status int
		code   int
		action string // audit action expected
	}{
		{"missing signature", "POST", "/twilio/sms", func() (string, map[string]string) {
			return inboundParams("hi").Encode(), nil
		}, 403, 20003, audit.ActSignatureBad},
		{"wrong token", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			return p.Encode(), map[string]string{"X-Twilio-Signature": Signature("another-token", testPublicURL+"/twilio/sms", p)}
		}, 403, 20003, audit.ActSignatureBad},
		{"signed for a forwarded host", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed("https://evil.example/twilio/sms", p),
				"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", "Forwarded": "host=evil.example;proto=https"}
		}, 403, 20003, audit.ActSignatureBad},
		{"signed for the listener address", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(h.base+"/twilio/sms", p)}
		}, 403, 20003, audit.ActSignatureBad},
		{"unsigned query added", "POST", "/twilio/sms?extra=1", func() (string, map[string]string) {
			p := inboundParams("hi")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 403, 20003, audit.ActSignatureBad},
		{"body changed after signing", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			sig := signed(testPublicURL+"/twilio/sms", p)
			p.Set("Body", "changed")
			return p.Encode(), map[string]string{"X-Twilio-Signature": sig}
		}, 403, 20003, audit.ActSignatureBad},
		{"second Body riding a valid signature", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			return p.Encode() + "&Body=forged", map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"another account", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			p.Set("AccountSid", "AC"+strings.Repeat("9", 32))
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 403, 20003, audit.ActSignatureBad},
		{"media elsewhere (SSRF)", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("photo", [2]string{"http://169.254.169.254/latest/meta-data/", "image/jpeg"})
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"media of another message", "POST", "/twilio/sms", func() (string, map[string]string) {
			u := h.tw.addMedia("MM"+randHex(16), "image/png", []byte("x"))
			p := inboundParams("photo", [2]string{u, "image/png"})
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"media path trick", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("photo")
			p.Set("MessageSid", "MM"+randHex(16))
			p.Set("NumMedia", "1")
			p.Set("MediaUrl0", h.tw.URL+"/2010-04-01/Accounts/"+testAccount+"/Messages/"+p.Get("MessageSid")+"/Media/../../../../admin")
			p.Set("MediaContentType0", "image/png")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"more media than NumMedia", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("photo")
			p.Set("MediaUrl0", "https://api.twilio.com/x")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"invalid From", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			p.Set("From", "5550100")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"missing MessageSid", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams("hi")
			p.Del("MessageSid")
			p.Del("SmsMessageSid")
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 400, 20001, audit.ActRejected},
		{"malformed body", "POST", "/twilio/sms", func() (string, map[string]string) {
			return "Body=%zz", map[string]string{"X-Twilio-Signature": "x"}
		}, 403, 20003, audit.ActSignatureBad},
		{"oversize", "POST", "/twilio/sms", func() (string, map[string]string) {
			p := inboundParams(strings.Repeat("x", MaxRequestBodySize))
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/sms", p)}
		}, 413, 20001, audit.ActRejected},
		{"status: bad signature", "POST", "/twilio/status?ps=" + strings.Repeat("a", 32), func() (string, map[string]string) {
			return "MessageSid=SM1&MessageStatus=delivered", map[string]string{"X-Twilio-Signature": "bogus"}
		}, 403, 20003, audit.ActSignatureBad},
		{"status: unknown status", "POST", "/twilio/status", func() (string, map[string]string) {
			p := url.Values{"MessageSid": {"SM" + randHex(16)}, "MessageStatus": {"exploded"}, "AccountSid": {testAccount}}
			return p.Encode(), map[string]string{"X-Twilio-Signature": signed(testPublicURL+"/twilio/status", p)}
		}, 400, 20001, audit.ActRejected},
		{"trailing slash", "POST", "/twilio/sms/", nil, 404, 20404, ""},
		{"double slash", "POST", "/twilio//sms", nil, 404, 20404, ""},
		{"dot segment", "POST", "/twilio/x/../sms", nil, 404, 20404, ""},
		{"case", "POST", "/Twilio/SMS", nil, 404, 20404, ""},
		{"GET", "GET", "/twilio/sms", nil, 405, 20004, ""},
		{"JSON", "POST", "/twilio/sms", func() (string, map[string]string) {
			return `{"Body":"hi"}`, map[string]string{"Content-Type": "application/json", "X-Twilio-Signature": "x"}
		}, 415, 20001, audit.ActRejected},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, auditsBefore := h.stored(), len(h.audits(""))
			body, hdr := "", map[string]string{}
			if tc.build != nil {
				body, hdr = tc.build()
			}
			req, _ := http.NewRequest(tc.method, h.base+tc.path, strings.NewReader(body))
			req.Header.Set("Content-Type", form)
			for k, v := range hdr {
				req.Header.Set(k, v)
			}
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var e struct{ Code, Status int }
			_ = json.NewDecoder(resp.Body).Decode(&e)
			resp.Body.Close()
			if resp.StatusCode != tc.status || e.Code != tc.code {
				t.Fatalf("got %d code %d, want %d code %d", resp.StatusCode, e.Code, tc.status, tc.code)
			}
			if h.stored() != before {
				t.Fatal("a refused webhook stored something")
			}
			if tc.action != "" {
				evs := h.audits("")
				if len(evs) != auditsBefore+1 || evs[len(evs)-1].Action != tc.action {
					t.Fatalf("audit: %d → %d events, last %+v", auditsBefore, len(evs), evs[len(evs)-1])
				}
			}
		})
	}

	// A signed query is part of the signed URL and accepted.
	p := inboundParams("hello there")
	sig := Signature(testToken, testPublicURL+"/twilio/sms?practice=1", p)
	resp, body := h.post("/twilio/sms?practice=1", form, p.Encode(), map[string]string{"X-Twilio-Signature": sig})
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<Response/>") {
		t.Fatalf("signed query: %d %s", resp.StatusCode, body)
	}
	// Replaying it is refused and audited, and stores nothing more.
	before := h.stored()
	resp, _ = h.post("/twilio/sms?practice=1", form, p.Encode(), map[string]string{"X-Twilio-Signature": sig})
	if resp.StatusCode != 403 || h.stored() != before {
		t.Fatalf("replay: %d", resp.StatusCode)
	}
	evs := h.audits(audit.ActSignatureBad)
	if !strings.Contains(evs[len(evs)-1].Detail, "replay") {
		t.Fatalf("replay audit: %+v", evs[len(evs)-1])
	}
	h.noPHIInAudit("hello there", "forged")
}

func TestWebhookWithoutPublicURLFailsClosed(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMS.PublicURL = "" })
	resp, _ := h.webhook("/twilio/sms", inboundParams("hi"))
	if resp.StatusCode != 403 {
		t.Fatalf("unverifiable webhook answered %d", resp.StatusCode)
	}
}

func TestKeywords(t *testing.T) {
	h := newHarness(t)
	api := h.sdk(h.keyID, h.secret).Api
	send := func() error {
		p := &openapi.CreateMessageParams{}
		p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody("Your appointment is confirmed.")
		_, err := api.CreateMessage(p)
		return err
	}
	for _, step := range []struct {
		body      string
		reply     string
		optedOut  bool
		sendError int
	}{
		{"HELP", "Reply STOP to unsubscribe", false, 0},
		{"stop", "You have successfully been unsubscribed", true, 21610},
		{"STOP please", "", true, 21610}, // a message, not a keyword: consent unchanged
		{"Start", "re-subscribed", false, 0},
		{"  unsubscribe ", "unsubscribed", true, 21610},
		{"YES", "re-subscribed", false, 0},
		{"info", "for help call +1 555 0100", false, 0},
	} {
		resp, body := h.webhook("/twilio/sms", inboundParams(step.body))
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/xml" {
			t.Fatalf("%q: %d %s", step.body, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		msgs, err := parseTwiML(body)
		if err != nil {
			t.Fatalf("%q: answer is not TwiML: %s", step.body, body)
		}
		if step.reply == "" && len(msgs) != 0 || step.reply != "" && (len(msgs) != 1 || !strings.Contains(msgs[0].Body, step.reply)) {
			t.Fatalf("%q: TwiML %s", step.body, body)
		}
		out, err := OptedOut(context.Background(), h.v, patientNumber)
		if err != nil || out != step.optedOut {
			t.Fatalf("%q: opted out = %v (%v)", step.body, out, err)
		}
		if code := twilioCode(send()); code != step.sendError {
			t.Fatalf("%q: send answered %d, want %d", step.body, code, step.sendError)
		}
	}
	if n := len(h.audits(audit.ActConsentChanged)); n != 4 {
		t.Fatalf("%d consent audit events, want 4", n)
	}
	if _, err := h.v.Get(context.Background(), vault.KSConsent, "help/"+patientNumber); err != nil {
		t.Fatalf("HELP not recorded in the consent registry: %v", err)
	}
	// The delivery side refuses too (the portal's codes go straight to the queue).
	b := h.v.NewBatch()
	_ = putConsent(b, patientNumber, Consent{OptedOut: true})
	_ = h.v.Commit(context.Background(), b)
	tw := h.srv.Senders()[queue.ChannelSMS]
	_, err := tw.Send(context.Background(), &queue.Item{ID: "x", Channel: queue.ChannelSMS, To: patientNumber, Data: []byte("code 123456")})
	var de *delivery.Error
	if !errors.As(err, &de) || !de.Permanent || de.Status != "twilio 21610" {
		t.Fatalf("sender to an opted-out number: %v", err)
	}
}

func TestStatusCallbacks(t *testing.T) {
	h := newHarness(t)
	// Not one of ours: on record, nothing else.
	p := url.Values{"MessageSid": {"SM" + randHex(16)}, "MessageStatus": {"delivered"}, "AccountSid": {testAccount}}
	if resp, _ := h.webhook("/twilio/status", p); resp.StatusCode != 200 {
		t.Fatalf("foreign status: %d", resp.StatusCode)
	}
	// A portal code (no API state): recorded, no callback.
	id := randHex(16)
	if resp, _ := h.webhook("/twilio/status?ps="+id, p); resp.StatusCode != 200 {
		t.Fatalf("code status: %d", resp.StatusCode)
	}
	if len(h.queued()) != 0 {
		t.Fatal("a callback was queued for a message without one")
	}
	// The same report again is a replay.
	if resp, _ := h.webhook("/twilio/status?ps="+id, p); resp.StatusCode != 403 {
		t.Fatalf("replayed status: %d", resp.StatusCode)
	}
	// failed with an error code
	p.Set("MessageStatus", "undelivered")
	p.Set("ErrorCode", "30003")
	if resp, _ := h.webhook("/twilio/status?ps="+id, p); resp.StatusCode != 200 {
		t.Fatalf("undelivered: %d", resp.StatusCode)
	}
	evs := h.audits(audit.ActBounced)
	if len(evs) != 1 || evs[0].Detail != "twilio undelivered 30003" {
		t.Fatalf("bounce audit: %+v", evs)
	}
}

// FuzzInboundWebhook feeds the inbound handler arbitrary form bodies,
// signed (as Twilio would sign whatever it parses) or not: every answer is
// a refusal or valid TwiML, never a panic or a 5xx but for storage trouble.
func FuzzInboundWebhook(f *testing.F) {
	f.Add([]byte(inboundParams("hello").Encode()), true)
	f.Add([]byte(inboundParams("STOP").Encode()), true)
	f.Add([]byte(inboundParams("pic", [2]string{"https://api.twilio.com/x", "image/png"}).Encode()), true)
	f.Add([]byte("Body=%zz&From=1"), true)
	f.Add([]byte("MessageSid=SM1&MessageSid=SM2"), true)
	f.Add([]byte(inboundParams("hello").Encode()), false)
	h := newHarness(f)
	f.Fuzz(func(t *testing.T, body []byte, sign bool) {
		var ctx fasthttp.RequestCtx
		ctx.Request.Header.SetMethod("POST")
		ctx.Request.SetRequestURI("/twilio/sms")
		ctx.Request.Header.SetContentType("application/x-www-form-urlencoded")
		if sign {
			sig := "x"
			if q, err := url.ParseQuery(string(body)); err == nil {
				first := url.Values{}
				for k, v := range q {
					first.Set(k, v[0])
				}
				sig = Signature(testToken, testPublicURL+"/twilio/sms", first)
			}
			ctx.Request.Header.Set("X-Twilio-Signature", sig)
		}
		ctx.Request.SetBody(body)
		h.srv.Handler()(&ctx)
		switch code := ctx.Response.StatusCode(); code {
		case 200:
			if _, err := parseTwiML(ctx.Response.Body()); err != nil {
				t.Fatalf("200 without TwiML: %s", ctx.Response.Body())
			}
		case 400, 403, 413, 415, 429:
			var e struct{ Code int }
			if err := json.Unmarshal(ctx.Response.Body(), &e); err != nil || e.Code == 0 {
				t.Fatalf("%d without a Twilio error: %s", code, ctx.Response.Body())
			}
		default:
			t.Fatalf("status %d: %s", code, ctx.Response.Body())
		}
	})
}
