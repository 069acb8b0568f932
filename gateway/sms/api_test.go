package sms

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

var sidRE = regexp.MustCompile(`^SM[0-9a-f]{32}$`)

// TestSendWithTwilioSDK drives the send API with the real twilio-go SDK,
// changed only in its base URL: a clean text passes unchanged, a PHI text
// is sealed and the patient gets a neutral one-segment notice; delivery to
// (fake) Twilio, Twilio's status callback, and the forward to the caller's
// own StatusCallback follow.
func TestSendWithTwilioSDK(t *testing.T) {
	h := newHarness(t)
	api := h.sdk(h.keyID, h.secret).Api
	ctx := context.Background()

	// Clean text: passes as it is.
	p := &openapi.CreateMessageParams{}
	p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody(cleanBody)
	m, err := api.CreateMessage(p)
	if err != nil {
		t.Fatalf("clean send: %v", err)
	}
	if m.Sid == nil || !sidRE.MatchString(*m.Sid) || *m.Status != "queued" || *m.To != patientNumber ||
		*m.AccountSid != h.srv.AccountSID() || *m.NumSegments != "1" || *m.Direction != "outbound-api" {
		t.Fatalf("clean reply: %+v", m)
	}
	cleanSid := *m.Sid
	items := h.queuedOn(queue.ChannelSMS)
	if len(items) != 1 || string(items[0].Data) != cleanBody || items[0].Kind != queue.KindClean || sidOf(items[0].MessageID) != cleanSid {
		t.Fatalf("clean item: %+v", items)
	}

	// PHI text with a status callback: sealed, notice queued.
	cb := h.app.URL + "/status"
	p = &openapi.CreateMessageParams{}
	p.SetTo(patientNumber).SetFrom(practiceNumber).SetBody(phiBody).SetStatusCallback(cb)
	m, err = api.CreateMessage(p)
	if err != nil {
		t.Fatalf("PHI send: %v", err)
	}
	phiSid := *m.Sid
	if *m.Status != "queued" || *m.NumMedia != "0" || *m.NumSegments != "1" {
		t.Fatalf("PHI reply: %+v", m)
	}
	var notice *queue.Item
	for _, it := range h.queuedOn(queue.ChannelSMS) {
		if sidOf(it.MessageID) == phiSid {
			notice = it
		}
	}
	if notice == nil || notice.Kind != queue.KindNotice || notice.Callback != cb {
		t.Fatalf("notice item: %+v", notice)
	}
	text := string(notice.Data)
	if gsm.Septets(text) < 0 || gsm.Septets(text) > 160 || strings.Contains(strings.ToLower(text), "botox") {
		t.Fatalf("notice: %q", text)
	}
	tok := regexp.MustCompile(`/s/([A-Za-z0-9_-]+)`).FindStringSubmatch(text)
	if tok == nil {
		t.Fatalf("no link in %q", text)
	}
	l, err := links.Lookup(ctx, h.v, tok[1])
	if err != nil || l.Recipient != patientNumber || l.Channel != queue.ChannelSMS {
		t.Fatalf("link: %+v %v", l, err)
	}
	raw, meta, err := h.v.OpenRecord(ctx, l.RecordID)
	if err != nil || !strings.Contains(string(raw), "Botox") || meta.Kind != queue.ChannelSMS {
		t.Fatalf("sealed original: %v %q", err, raw)
	}

	// Status before delivery.
	got, err := api.FetchMessage(phiSid, nil)
	if err != nil || *got.Status != "queued" || *got.Sid != phiSid || got.Body == nil || *got.Body != "" {
		t.Fatalf("fetch queued: %+v %v", got, err)
	}

	// Delivery: Twilio gets the notice, never the original.
	outs := h.deliver(queue.ChannelSMS)
	if len(outs) != 2 || outs[0].err != nil || outs[1].err != nil {
		t.Fatalf("deliver: %+v", outs)
	}
	creates := h.tw.requests("POST", "/Messages.json")
	if len(creates) != 2 {
		t.Fatalf("twilio creates: %d", len(creates))
	}
	var twNotice url.Values
	for _, c := range creates {
		if strings.Contains(strings.ToLower(c.Form.Get("Body")), "botox") {
			t.Fatalf("PHI reached Twilio: %q", c.Form.Get("Body"))
		}
		if c.Form.Get("Body") == text {
			twNotice = c.Form
		}
		if c.User != testAccount || c.Form.Get("From") != practiceNumber || c.Form.Get("To") != patientNumber {
			t.Fatalf("twilio request: %+v", c)
		}
	}
	if twNotice == nil || twNotice.Get("StatusCallback") != testPublicURL+"/twilio/status?ps="+strings.TrimPrefix(phiSid, "SM") {
		t.Fatalf("notice at Twilio: %v", twNotice)
	}
	got, _ = api.FetchMessage(phiSid, nil)
	if *got.Status != "sent" || got.DateSent == nil {
		t.Fatalf("fetch after hand-off: %+v", *got.Status)
	}

	// Twilio reports delivery: state, audit, and the caller hears it.
	twSid := "SM" + randHex(16)
	st := url.Values{"MessageSid": {twSid}, "SmsSid": {twSid}, "AccountSid": {testAccount}, "MessageStatus": {"delivered"},
		"SmsStatus": {"delivered"}, "To": {patientNumber}, "From": {practiceNumber}, "ApiVersion": {"2010-04-01"}}
	resp, _ := h.webhook("/twilio/status?ps="+strings.TrimPrefix(phiSid, "SM"), st)
	if resp.StatusCode != 200 {
		t.Fatalf("status webhook: %d", resp.StatusCode)
	}
	got, _ = api.FetchMessage(phiSid, nil)
	if *got.Status != "delivered" {
		t.Fatalf("fetch after callback: %s", *got.Status)
	}
	// A late "sent" does not take it back.
	st.Set("MessageStatus", "sent")
	st.Set("SmsStatus", "sent")
	if resp, _ := h.webhook("/twilio/status?ps="+strings.TrimPrefix(phiSid, "SM"), st); resp.StatusCode != 200 {
		t.Fatalf("late sent: %d", resp.StatusCode)
	}
	if got, _ = api.FetchMessage(phiSid, nil); *got.Status != "delivered" {
		t.Fatalf("status went back to %s", *got.Status)
	}
	found := false
	for _, e := range h.audits(audit.ActDelivered) {
		if strings.Contains(e.Detail, "twilio delivered") {
			found = true
		}
	}
	if !found {
		t.Fatal("no audit event for Twilio's delivery report")
	}
	outs = h.deliver(ChannelCallback)
	if len(outs) != 2 || outs[0].err != nil {
		t.Fatalf("callback forward: %+v", outs)
	}
	cbs := h.app.received("/status")
	if len(cbs) != 2 || cbs[0].Form.Get("MessageSid") != phiSid || cbs[0].Form.Get("MessageStatus") != "delivered" ||
		cbs[0].Form.Get("AccountSid") != h.srv.AccountSID() {
		t.Fatalf("caller's callbacks: %+v", cbs)
	}
	// signed so the caller can verify it like Twilio's own
	for _, c := range cbs {
		if Signature(testToken, c.URL, c.Form) != c.Signature {
			t.Fatal("callback signature does not verify")
		}
	}
	// the clean message's state is independent
	if got, _ = api.FetchMessage(cleanSid, nil); *got.Status != "sent" {
		t.Fatalf("clean status: %s", *got.Status)
	}
	h.noPHIInAudit("botox", "ibuprofen", "Jane")
}

func TestSendWithMediaIsSealed(t *testing.T) {
	h := newHarness(t)
	api := h.sdk(h.keyID, h.secret).Api
	p := &openapi.CreateMessageParams{}
	p.SetTo(patientNumber).SetMessagingServiceSid("MG" + randHex(16)).SetBody("Your photos").SetMediaUrl([]string{"https://ehr.example/p/1.jpg"})
	m, err := api.CreateMessage(p)
	if err != nil || *m.NumMedia != "0" || m.From != nil || m.MessagingServiceSid == nil {
		t.Fatalf("media send: %+v %v", m, err)
	}
	items := h.queuedOn(queue.ChannelSMS)
	if len(items) != 1 || items[0].Kind != queue.KindNotice || len(items[0].Media) != 0 || !validSID(items[0].From, "MG") {
		t.Fatalf("media item: %+v", items)
	}
	h.deliver(queue.ChannelSMS)
	c := h.tw.requests("POST", "/Messages.json")
	if len(c) != 1 || c[0].Form.Get("MessagingServiceSid") != items[0].From || c[0].Form.Get("From") != "" || len(c[0].Form["MediaUrl"]) != 0 {
		t.Fatalf("twilio got %+v", c)
	}
}

// TestSendErrors: every refusal is Twilio's JSON with the matching code and
// status, an audit event, and nothing stored.
func TestSendErrors(t *testing.T) {
	h := newHarness(t)
	path := "/2010-04-01/Accounts/" + h.srv.AccountSID() + "/Messages.json"
	auth := "Basic " + base64.StdEncoding.EncodeToString([]byte(h.keyID+":"+h.secret))
	form := "application/x-www-form-urlencoded"
	ok := url.Values{"To": {patientNumber}, "From": {practiceNumber}, "Body": {"hello"}}
	with := func(k, v string) string {
		p := url.Values{}
		for kk, vv := range ok {
			p[kk] = vv
		}
		if v == "\x00delete" {
			p.Del(k)
		} else {
			p.Set(k, v)
		}
		return p.Encode()
	}
	// an opted-out patient
	b := h.v.NewBatch()
	if err := putConsent(b, "+15550100099", Consent{OptedOut: true, Keyword: "STOP"}); err != nil {
		t.Fatal(err)
	}
	if err := h.v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, method, path, ctype, body, auth string
		status, code                          int
	}{
		{"no credentials", "POST", path, form, ok.Encode(), "", 401, 20003},
		{"wrong secret", "POST", path, form, ok.Encode(), "Basic " + base64.StdEncoding.EncodeToString([]byte(h.keyID+":nope")), 401, 20003},
		{"Twilio account credentials", "POST", path, form, ok.Encode(), "Basic " + base64.StdEncoding.EncodeToString([]byte(testAccount+":"+testToken)), 401, 20003},
		{"garbage auth", "POST", path, form, ok.Encode(), "Basic !!!", 401, 20003},
		{"unknown account", "POST", "/2010-04-01/Accounts/AC" + strings.Repeat("0", 32) + "/Messages.json", form, ok.Encode(), auth, 404, 20404},
		{"unknown resource", "POST", "/2010-04-01/Accounts/" + h.srv.AccountSID() + "/Calls.json", form, ok.Encode(), auth, 404, 20404},
		{"GET the list", "GET", path, "", "", auth, 405, 20004},
		{"JSON body", "POST", path, "application/json", `{"To":"+15550100001"}`, auth, 415, 20001},
		{"malformed form", "POST", path, form, "To=%zz&Body=x", auth, 400, 20001},
		{"repeated To", "POST", path, form, ok.Encode() + "&To=%2B15550100002", auth, 400, 20001},
		{"missing To", "POST", path, form, with("To", "\x00delete"), auth, 400, 21604},
		{"invalid To", "POST", path, form, with("To", "555-0100"), auth, 400, 21211},
		{"To too long", "POST", path, form, with("To", "+1234567890123456"), auth, 400, 21211},
		{"missing From", "POST", path, form, with("From", "\x00delete"), auth, 400, 21603},
		{"invalid From", "POST", path, form, with("From", "+0"), auth, 400, 21212},
		{"invalid service", "POST", path, form, with("From", "\x00delete") + "&MessagingServiceSid=MGxyz", auth, 400, 21701},
		{"missing body", "POST", path, form, with("Body", "\x00delete"), auth, 400, 21602},
		{"body too long", "POST", path, form, with("Body", strings.Repeat("a", 1601)), auth, 400, 21617},
		{"bad UTF-8", "POST", path, form, with("Body", "\xff\xfe"), auth, 400, 20001},
		{"too many media", "POST", path, form, ok.Encode() + strings.Repeat("&MediaUrl=https%3A%2F%2Fx.example%2Fa.png", 11), auth, 400, 21623},
		{"media not http", "POST", path, form, ok.Encode() + "&MediaUrl=file%3A%2F%2F%2Fetc%2Fpasswd", auth, 400, 21620},
		{"bad callback", "POST", path, form, with("StatusCallback", "javascript:alert(1)"), auth, 400, 21609},
		{"opted out", "POST", path, form, with("To", "+15550100099"), auth, 400, 21610},
		{"oversize", "POST", path, form, with("Body", strings.Repeat("a", MaxRequestBodySize)), auth, 413, 20001},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(h.audits(""))
			req, _ := http.NewRequest(tc.method, h.base+tc.path, strings.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, body := h.do(req)
			var e struct {
				Code     int    `json:"code"`
				Status   int    `json:"status"`
				Message  string `json:"message"`
				MoreInfo string `json:"more_info"`
			}
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("not Twilio error JSON: %s", body)
			}
			if resp.StatusCode != tc.status || e.Status != tc.status || e.Code != tc.code || e.Message == "" ||
				!strings.HasSuffix(e.MoreInfo, "/errors/"+strconv.Itoa(tc.code)) {
				t.Fatalf("got %d %+v, want %d code %d", resp.StatusCode, e, tc.status, tc.code)
			}
			if strings.Contains(string(body), patientNumber) || strings.Contains(string(body), "hello") {
				t.Fatalf("error quotes the request: %s", body)
			}
			if tc.method == "POST" && len(h.audits("")) <= before {
				t.Fatal("no audit event for the refusal")
			}
			if n := len(h.queued()); n != 0 {
				t.Fatalf("%d items queued by a refused request", n)
			}
		})
	}
	// nothing half-stored: no message state, no sealed record, no link
	var keys []string
	for _, ks := range []vault.Keyspace{vault.KSMessage, vault.KSLink} {
		_ = h.v.Scan(context.Background(), ks, "", func(k string, _ []byte) error { keys = append(keys, k); return nil })
	}
	if len(keys) != 0 {
		t.Fatalf("refused requests left state: %v", keys)
	}
}

// TestSDKErrorCodes: the SDK raises Twilio's errors with Twilio's codes.
func TestSDKErrorCodes(t *testing.T) {
	h := newHarness(t)
	send := func(api *openapi.ApiService, to string) error {
		p := &openapi.CreateMessageParams{}
		p.SetTo(to).SetFrom(practiceNumber).SetBody("hi")
		_, err := api.CreateMessage(p)
		return err
	}
	if err := send(h.sdk(h.keyID, strings.Repeat("x", 32)).Api, patientNumber); twilioCode(err) != 20003 {
		t.Fatalf("bad key: %v", err)
	}
	if err := send(h.sdk(h.keyID, h.secret).Api, "5550100"); twilioCode(err) != 21211 {
		t.Fatalf("bad number: %v", err)
	}
	// an unknown SID is a 404, not another account's message
	if _, err := h.sdk(h.keyID, h.secret).Api.FetchMessage("SM"+strings.Repeat("a", 32), nil); twilioCode(err) != 20404 {
		t.Fatalf("unknown sid: %v", err)
	}
	if _, err := h.sdk(h.keyID, h.secret).Api.FetchMessage("SM"+strings.Repeat("a", 32), &openapi.FetchMessageParams{PathAccountSid: ptr("AC" + strings.Repeat("1", 32))}); twilioCode(err) != 20404 {
		t.Fatalf("other account: %v", err)
	}
}

func ptr(s string) *string { return &s }
