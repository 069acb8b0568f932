package sms

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"html"
	"image"
	"image/color"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twilio/twilio-go/client"

	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/portal"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

func makePNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 5), uint8(y * 7), 90, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// mmsParams is an inbound MMS of message sid with media (URL, type) pairs.
func mmsParams(sid, body string, media ...[2]string) url.Values {
	p := inboundParams(body, media...)
	for _, k := range []string{"MessageSid", "SmsSid", "SmsMessageSid"} {
		p.Set(k, sid)
	}
	return p
}

const mmsText = "Here is the rash on my arm after the filler, Jane Doe"

// TestInboundMMSEndToEnd follows a patient's photo from Twilio's webhook
// to a staff member's verified view of it in the portal: answered at once,
// fetched from the queue, sealed, deleted at Twilio, forwarded to the
// practice's app with a staff link instead of PHI, the app's answer sent
// as a neutral notice, and the photo shown to a signed-in staff member.
func TestInboundMMSEndToEnd(t *testing.T) {
	h := newHarness(t)
	photo := makePNG(t, 40, 30)
	sid := "MM" + randHex(16)
	good := h.tw.addMedia(sid, "image/png", photo)
	fake := h.tw.addMedia(sid, "image/jpeg", []byte("<html><script>not a photo</script></html>"))
	h.app.answer = `<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks Jane, the filler swelling should settle in a week.</Message></Response>`

	// 1. The webhook: verified, committed, answered — nothing fetched yet.
	start := time.Now()
	resp, body := h.webhook("/twilio/sms", mmsParams(sid, mmsText, [2]string{good, "image/png"}, [2]string{fake, "image/jpeg"}))
	if resp.StatusCode != 200 || string(body) != string(emptyTwiML) {
		t.Fatalf("webhook: %d %s", resp.StatusCode, body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("webhook took %v", d)
	}
	if n := len(h.tw.requests("GET", "/Media/")); n != 0 {
		t.Fatalf("media fetched before the answer: %d", n)
	}
	items := h.queuedOn(ChannelInbound)
	if len(items) != 1 || bytes.Contains(bytes.ToLower(items[0].Data), []byte("rash")) {
		t.Fatalf("inbound item: %+v", items)
	}
	var job inboundJob
	if err := json.Unmarshal(items[0].Data, &job); err != nil || !job.PHI || len(items[0].Media) != 2 {
		t.Fatalf("job: %+v %v", job, err)
	}
	rec := job.Record
	raw, meta, err := h.v.OpenRecord(context.Background(), rec)
	if err != nil || !strings.Contains(string(raw), "rash") || meta.Kind != portal.ReplyKind {
		t.Fatalf("sealed text: %v kind %q", err, meta.Kind)
	}

	// 2. The queue does the slow work — and the process dies before the
	// commit that takes the item off the queue: the restarted worker runs
	// the same item again, which must repeat nothing (each step is on
	// record until that commit).
	if _, err := h.srv.Senders()[ChannelInbound].Send(context.Background(), items[0]); err != nil {
		t.Fatal(err)
	}
	outs := h.deliver(ChannelInbound)
	if len(outs) != 1 || outs[0].err != nil {
		t.Fatalf("inbound sender: %+v", outs)
	}
	gets := h.tw.requests("GET", "/Media/")
	dels := h.tw.requests("DELETE", "/Media/")
	if len(gets) != 2 || len(dels) != 2 {
		t.Fatalf("twilio media requests: %d fetches, %d deletes", len(gets), len(dels))
	}
	for _, g := range gets {
		if g.User != testAccount {
			t.Fatal("media fetched without the account's credentials")
		}
	}
	// sealed before deleted: every fetch precedes every delete
	h.tw.mu.Lock()
	lastGet, firstDel := -1, len(h.tw.reqs)
	for i, r := range h.tw.reqs {
		if r.Method == "GET" && i > lastGet {
			lastGet = i
		}
		if r.Method == "DELETE" && i < firstDel {
			firstDel = i
		}
	}
	h.tw.mu.Unlock()
	if lastGet > firstDel {
		t.Fatal("media deleted at Twilio before it was sealed")
	}
	red := h.tw.requests("POST", "/Messages/"+sid+".json")
	if len(red) != 1 || red[0].Form.Get("Body") != "" || !red[0].Form.Has("Body") {
		t.Fatalf("text not redacted at Twilio: %+v", red)
	}
	raw, _, _ = h.v.OpenRecord(context.Background(), rec)
	if !bytes.Contains(raw, []byte("Content-Type: image/png")) || bytes.Contains(raw, []byte("not a photo")) {
		t.Fatal("sealed record: photo missing or the fake kept")
	}
	refused := false
	for _, e := range h.audits(audit.ActRejected) {
		if strings.Contains(e.Detail, "mms media refused: content is not what its type says") {
			refused = true
		}
	}
	if !refused {
		t.Fatal("the mismatched media was not audited")
	}

	// 3. The practice's app got a signed forward without PHI.
	fw := h.app.received("/sms")
	if len(fw) != 1 {
		t.Fatalf("%d forwards", len(fw))
	}
	f := fw[0]
	params := map[string]string{}
	for k := range f.Form {
		params[k] = f.Form.Get(k)
	}
	rv := client.NewRequestValidator(testToken)
	if !rv.Validate(h.app.URL+"/sms", params, f.Signature) {
		t.Fatal("forward signature does not verify with twilio-go's RequestValidator")
	}
	staffURL := strings.TrimSuffix(h.cfg.Portal.BaseURL, "/") + "/staff/r/" + rec
	fb := f.Form.Get("Body")
	if strings.Contains(strings.ToLower(fb), "rash") || strings.Contains(fb, "Jane") || !strings.Contains(fb, staffURL) ||
		!strings.Contains(fb, "[1 photo(s) kept with it]") || !strings.Contains(fb, "[1 attachment(s) refused]") {
		t.Fatalf("forward body: %q", fb)
	}
	if f.Form.Get("NumMedia") != "0" || f.Form.Get("MediaUrl0") != "" || f.Form.Get("FromCity") != "" || f.Form.Get("From") != patientNumber {
		t.Fatalf("forward fields: %v", f.Form)
	}

	// 4. The app's TwiML answer went out like any message: PHI → notice.
	out := h.queuedOn(queue.ChannelSMS)
	if len(out) != 1 || out[0].Kind != queue.KindNotice || out[0].To != patientNumber || out[0].From != practiceNumber ||
		strings.Contains(string(out[0].Data), "filler") {
		t.Fatalf("reply item: %+v", out)
	}

	// 5. The retry in step 2 repeated nothing, and the settled item left no
	// step markers behind.
	if len(h.tw.requests("GET", "/Media/")) != 2 || len(h.app.received("/sms")) != 1 {
		t.Fatal("retry fetched or forwarded again")
	}
	if _, err := h.v.Get(context.Background(), vault.KSMessage, stageKey(job.Record)); !errors.Is(err, vault.ErrNotFound) {
		t.Fatalf("step markers outlive their item: %v", err)
	}

	// 6. A staff member (admin) signs in to the portal and sees the photo.
	if _, err := users.Add(context.Background(), h.v, "admin@clinic.example", users.RoleAdmin, "correct horse battery", "test"); err != nil {
		t.Fatal(err)
	}
	ps, err := portal.New(portal.Options{Config: h.cfg, Vault: h.v, Log: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ps.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	base := "https://" + ln.Addr().String()
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar, Timeout: 20 * time.Second,
		Transport:     &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) (int, string, []byte) {
		r, err := hc.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, r.Header.Get("Content-Type"), b
	}
	staffPath := strings.TrimPrefix(staffURL, strings.TrimSuffix(h.cfg.Portal.BaseURL, "/"))
	if code, _, _ := get(staffPath); code != 303 {
		t.Fatalf("staff link without sign-in: %d", code)
	}
	_, _, page := get("/staff/login?next=" + staffPath)
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("no sign-in form: %s", page)
	}
	r, err := hc.PostForm(base+"/staff/login", url.Values{"csrf": {string(m[1])}, "email": {"admin@clinic.example"},
		"password": {"correct horse battery"}, "next": {staffPath}})
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 303 || r.Header.Get("Location") != staffPath {
		t.Fatalf("sign-in: %d → %s", r.StatusCode, r.Header.Get("Location"))
	}
	code, _, view := get(staffPath)
	if code != 200 || !strings.Contains(string(view), "rash on my arm") || !strings.Contains(html.UnescapeString(string(view)), patientNumber) {
		t.Fatalf("staff view: %d\n%s", code, view)
	}
	img := regexp.MustCompile(`/staff/r/[0-9a-f]+/[A-Za-z0-9_-]+/part/[0-9]+`).Find(view)
	if img == nil {
		t.Fatalf("no photo in the staff view:\n%s", view)
	}
	code, ctype, data := get(string(img))
	if code != 200 || ctype != "image/png" {
		t.Fatalf("photo: %d %s", code, ctype)
	}
	got, err := png.Decode(bytes.NewReader(data))
	if err != nil || got.Bounds().Dx() != 40 || got.Bounds().Dy() != 30 {
		t.Fatalf("photo does not decode as the patient's: %v", err)
	}
	if _, _, list := get("/staff"); !strings.Contains(string(list), rec) {
		t.Fatal("the inbound message is not in the staff list")
	}
	h.noPHIInAudit("rash", "Jane", "filler")
}

// TestMediaFetchRules: redirects only to Twilio's storage, a size cap,
// retries on Twilio trouble without deleting anything.
func TestMediaFetchRules(t *testing.T) {
	h := newHarness(t)
	sid := "MM" + randHex(16)
	photo := makePNG(t, 8, 8)
	// same-origin redirect (stands in for Twilio's storage), one elsewhere,
	// one too large
	viaCDN := h.tw.addMedia(sid, "image/png", nil)
	elsewhere := h.tw.addMedia(sid, "image/png", nil)
	big := h.tw.addMedia(sid, "image/png", append(append([]byte{}, photo...), make([]byte, MaxMediaBytes)...))
	h.tw.mu.Lock()
	h.tw.media["/cdn/p.png"] = fakeMedia{ctype: "image/png", data: photo}
	h.tw.media[strings.TrimPrefix(viaCDN, h.tw.URL)] = fakeMedia{redirect: "/cdn/p.png"}
	h.tw.media[strings.TrimPrefix(elsewhere, h.tw.URL)] = fakeMedia{redirect: "https://evil.example/steal"}
	h.tw.mu.Unlock()
	h.app.answer = "<Response/>"

	// Twilio is down at first: temporary, nothing sealed, nothing deleted.
	h.tw.mu.Lock()
	h.tw.mediaStatus = 503
	h.tw.mu.Unlock()
	resp, _ := h.webhook("/twilio/sms", mmsParams(sid, "photos", [2]string{viaCDN, "image/png"}, [2]string{elsewhere, "image/png"}, [2]string{big, "image/png"}))
	if resp.StatusCode != 200 {
		t.Fatalf("webhook: %d", resp.StatusCode)
	}
	outs := h.deliver(ChannelInbound)
	var de *delivery.Error
	if len(outs) != 1 || !errors.As(outs[0].err, &de) || de.Permanent {
		t.Fatalf("Twilio down: %+v", outs)
	}
	if len(h.tw.requests("DELETE", "")) != 0 || len(h.app.received("/sms")) != 0 {
		t.Fatal("deleted or forwarded after a failed fetch")
	}
	h.tw.mu.Lock()
	h.tw.mediaStatus = 0
	h.tw.mu.Unlock()

	// Retry (the harness rescheduled it a day out; run it now).
	it := h.queuedOn(ChannelInbound)[0]
	if _, err := h.srv.Senders()[ChannelInbound].Send(context.Background(), it); err != nil {
		t.Fatalf("retry: %v", err)
	}
	var job inboundJob
	_ = json.Unmarshal(it.Data, &job)
	st, _ := h.srv.senders[ChannelInbound].(*InboundSender).loadStage(context.Background(), job.Record)
	if st.Photos != 1 || len(st.Refused) != 2 || !st.Cleaned || !st.Forwarded {
		t.Fatalf("stage: %+v", st)
	}
	if !contains(st.Refused, "redirect to a host that is not Twilio's") || !contains(st.Refused, "larger than 5 MB") {
		t.Fatalf("refusals: %v", st.Refused)
	}
	if n := len(h.tw.requests("DELETE", "/Media/")); n != 3 {
		t.Fatalf("%d media deleted at Twilio, want all 3", n)
	}
}
