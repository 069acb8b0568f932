package sms

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	twilio "github.com/twilio/twilio-go"
	"github.com/twilio/twilio-go/client"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/apikeys"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

const (
	testAccount    = "AC0123456789abcdef0123456789abcdef"
	testToken      = "0123456789abcdef0123456789abcdef"
	practiceNumber = "+15550100000"
	patientNumber  = "+15550100001"
	testPublicURL  = "https://sms.example.com"
	phiBody        = "Hi Jane, your Botox touch-up is booked for Tuesday. Please avoid ibuprofen."
	cleanBody      = "Reminder: our office is closed Monday for the holiday."
)

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// ---- a fake Twilio REST API that records what it is asked ----

type twReq struct {
	Method, Path string
	Form         url.Values
	User         string
}

type fakeMedia struct {
	ctype    string
	data     []byte
	redirect string // Location to answer with instead of the bytes
}

type fakeTwilio struct {
	*httptest.Server
	mu    sync.Mutex
	reqs  []twReq
	media map[string]fakeMedia // by path
	// fail, when set, decides a create: status 0 means accept.
	fail func(f url.Values) (status, code int)
	// mediaStatus, when set, is the answer to every media fetch.
	mediaStatus int
}

func newFakeTwilio(t testing.TB) *fakeTwilio {
	tw := &fakeTwilio{media: map[string]fakeMedia{}}
	tw.Server = httptest.NewServer(http.HandlerFunc(tw.serve))
	t.Cleanup(tw.Close)
	return tw
}

func twErr(w http.ResponseWriter, status, code int) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"code":%d,"message":"The 'To' number +15550100001 is not valid","more_info":"https://www.twilio.com/docs/errors/%d","status":%d}`, code, code, status)
}

func (tw *fakeTwilio) serve(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	user, pass, _ := r.BasicAuth()
	tw.mu.Lock()
	tw.reqs = append(tw.reqs, twReq{Method: r.Method, Path: r.URL.Path, Form: r.PostForm, User: user})
	m, isMedia := tw.media[r.URL.Path]
	fail, mediaStatus := tw.fail, tw.mediaStatus
	tw.mu.Unlock()
	if mediaStatus != 0 && r.Method == "GET" && isMedia {
		twErr(w, mediaStatus, 20500)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/cdn/") { // presigned storage: no auth
		if !isMedia {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", m.ctype)
		_, _ = w.Write(m.data)
		return
	}
	if user != testAccount || pass != testToken {
		twErr(w, 401, 20003)
		return
	}
	acct := "/2010-04-01/Accounts/" + testAccount
	switch {
	case r.Method == "POST" && r.URL.Path == acct+"/Messages.json":
		if fail != nil {
			if st, code := fail(r.PostForm); st != 0 {
				twErr(w, st, code)
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		fmt.Fprintf(w, `{"sid":"SM%s","status":"queued","account_sid":%q,"to":%q,"body":"","num_segments":"1"}`, randHex(16), testAccount, r.PostForm.Get("To"))
	case r.Method == "GET" && isMedia:
		if m.redirect != "" {
			http.Redirect(w, r, m.redirect, http.StatusTemporaryRedirect)
			return
		}
		w.Header().Set("Content-Type", m.ctype)
		_, _ = w.Write(m.data)
	case r.Method == "DELETE" && strings.Contains(r.URL.Path, "/Media/") && strings.HasSuffix(r.URL.Path, ".json"):
		w.WriteHeader(204)
	case r.Method == "POST" && strings.HasPrefix(r.URL.Path, acct+"/Messages/") && strings.HasSuffix(r.URL.Path, ".json"):
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"sid":%q,"status":"received","body":""}`, strings.TrimSuffix(r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:], ".json"))
	default:
		twErr(w, 404, 20404)
	}
}

func (tw *fakeTwilio) requests(method, pathPart string) []twReq {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	var out []twReq
	for _, r := range tw.reqs {
		if r.Method == method && strings.Contains(r.Path, pathPart) {
			out = append(out, r)
		}
	}
	return out
}

// addMedia registers a media item of message msgSid and returns its URL.
func (tw *fakeTwilio) addMedia(msgSid, ctype string, data []byte) string {
	p := "/2010-04-01/Accounts/" + testAccount + "/Messages/" + msgSid + "/Media/ME" + randHex(16)
	tw.mu.Lock()
	tw.media[p] = fakeMedia{ctype: ctype, data: data}
	tw.mu.Unlock()
	return tw.URL + p
}

// ---- the practice's own app: webhook and status callback receiver ----

type appReq struct {
	Path      string
	Form      url.Values
	Signature string
	URL       string
}

type fakeApp struct {
	*httptest.Server
	mu     sync.Mutex
	reqs   []appReq
	answer string // TwiML to answer the forward with
	status int    // status to answer with (0: 200)
}

func newFakeApp(t testing.TB) *fakeApp {
	a := &fakeApp{}
	a.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		a.mu.Lock()
		a.reqs = append(a.reqs, appReq{Path: r.URL.Path, Form: r.PostForm, Signature: r.Header.Get("X-Twilio-Signature"),
			URL: "http://" + r.Host + r.URL.RequestURI()})
		answer, status := a.answer, a.status
		a.mu.Unlock()
		if status != 0 {
			w.WriteHeader(status)
			return
		}
		w.Header().Set("Content-Type", "text/xml")
		_, _ = io.WriteString(w, answer)
	}))
	t.Cleanup(a.Close)
	return a
}

func (a *fakeApp) received(path string) []appReq {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []appReq
	for _, r := range a.reqs {
		if r.Path == path {
			out = append(out, r)
		}
	}
	return out
}

// ---- the harness: a real vault, pipeline, scanner and listener ----

type harness struct {
	t      testing.TB
	cfg    *configs.Config
	v      *vault.Vault
	pipe   *gateway.Pipeline
	srv    *Server
	base   string // http://127.0.0.1:port
	tw     *fakeTwilio
	app    *fakeApp
	keyID  string
	secret string
	kicks  int
	mu     sync.Mutex
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newHarness(t testing.TB, mutate ...func(*configs.Config)) *harness {
	t.Helper()
	dir := t.TempDir()
	h := &harness{t: t, tw: newFakeTwilio(t), app: newFakeApp(t)}
	cfg, err := configs.Load("", []string{
		"PHIGATE_DATA_DIR=" + dir,
		"PHIGATE_SMS_ACCOUNT_SID=" + testAccount,
		"PHIGATE_SMS_AUTH_TOKEN=" + testToken,
		"PHIGATE_SMS_FROM=" + practiceNumber,
		"PHIGATE_SMS_PUBLIC_URL=" + testPublicURL,
		"PHIGATE_SMS_API_BASE_URL=" + h.tw.URL,
		"PHIGATE_SMS_FORWARD_URL=" + h.app.URL + "/sms",
		"PHIGATE_PRACTICE_PHONE=+1 555 0100",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mutate {
		m(cfg)
	}
	h.cfg = cfg
	h.v, err = vault.Open(context.Background(), vault.Options{Dir: dir + "/db", MasterKey: bytes.Repeat([]byte{7}, 32), Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.v.Close() })
	sc, err := filters.New(filters.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h.pipe = &gateway.Pipeline{Vault: h.v, Policy: gateway.Policy(cfg.Filters.Policy), BaseURL: cfg.Portal.BaseURL, LinkTTL: cfg.Portal.LinkTTL}
	h.pipe.SetScanner(sc)
	h.srv, err = New(Options{Config: cfg, Vault: h.v, Pipeline: h.pipe, Log: quiet(),
		Kick: func() { h.mu.Lock(); h.kicks++; h.mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	h.base = "http://" + ln.Addr().String()
	h.keyID, h.secret, err = apikeys.Add(context.Background(), h.v, "ehr", "test")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// rebase sends requests meant for api.twilio.com to base instead: the one
// change an existing Twilio SDK integration makes to use phigate.
type rebase struct{ base *url.URL }

func (r rebase) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.URL.Scheme, req.URL.Host, req.Host = r.base.Scheme, r.base.Host, r.base.Host
	return http.DefaultTransport.RoundTrip(req)
}

// sdk is the real twilio-go SDK pointed at phigate.
func (h *harness) sdk(user, pass string) *twilio.RestClient {
	u, _ := url.Parse(h.base)
	c := &client.Client{Credentials: client.NewCredentials(user, pass), HTTPClient: &http.Client{Transport: rebase{u}}}
	c.SetAccountSid(h.srv.AccountSID())
	return twilio.NewRestClientWithParams(twilio.ClientParams{Client: c})
}

// post sends a raw request to phigate.
func (h *harness) post(path, ctype string, body string, hdr map[string]string) (*http.Response, []byte) {
	h.t.Helper()
	req, err := http.NewRequest("POST", h.base+path, strings.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	return h.do(req)
}

func (h *harness) do(req *http.Request) (*http.Response, []byte) {
	h.t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// webhook posts params to path as Twilio would: form-encoded and signed
// for sms.public_url + path.
func (h *harness) webhook(path string, params url.Values) (*http.Response, []byte) {
	h.t.Helper()
	sig := Signature(testToken, testPublicURL+path, params)
	return h.post(path, "application/x-www-form-urlencoded", params.Encode(), map[string]string{"X-Twilio-Signature": sig})
}

func inboundParams(body string, media ...[2]string) url.Values {
	sid := "MM" + randHex(16)
	if len(media) == 0 {
		sid = "SM" + randHex(16)
	}
	p := url.Values{
		"MessageSid": {sid}, "SmsSid": {sid}, "SmsMessageSid": {sid}, "AccountSid": {testAccount},
		"MessagingServiceSid": {""}, "From": {patientNumber}, "To": {practiceNumber}, "Body": {body},
		"NumMedia": {fmt.Sprint(len(media))}, "NumSegments": {"1"}, "ApiVersion": {"2010-04-01"},
		"FromCity": {"SPRINGFIELD"}, "FromState": {"IL"},
	}
	for i, m := range media {
		p.Set(fmt.Sprintf("MediaUrl%d", i), m[0])
		p.Set(fmt.Sprintf("MediaContentType%d", i), m[1])
	}
	return p
}

// queued returns every queue item.
func (h *harness) queued() []*queue.Item {
	h.t.Helper()
	items, err := queue.Due(context.Background(), h.v, time.Now().Add(48*time.Hour), 10000)
	if err != nil {
		h.t.Fatal(err)
	}
	return items
}

func (h *harness) queuedOn(channel string) []*queue.Item {
	var out []*queue.Item
	for _, it := range h.queued() {
		if it.Channel == channel {
			out = append(out, it)
		}
	}
	return out
}

type outcome struct {
	it  *queue.Item
	r   delivery.Receipt
	err error
}

// deliver runs due items through the server's senders once, the way the
// delivery manager does: the item leaves the queue in the same batch as the
// observer's writes; a temporary failure is rescheduled a day out.
func (h *harness) deliver(channels ...string) []outcome {
	h.t.Helper()
	ctx := context.Background()
	senders := h.srv.Senders()
	obs := h.srv.Observers()
	var out []outcome
	items, err := queue.Due(ctx, h.v, time.Now().Add(time.Minute), 1000)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, it := range items {
		if len(channels) > 0 && !contains(channels, it.Channel) {
			continue
		}
		snd := senders[it.Channel]
		if snd == nil {
			h.t.Fatalf("no sender for channel %q", it.Channel)
		}
		r, err := snd.Send(ctx, it)
		out = append(out, outcome{it, r, err})
		b := h.v.NewBatch()
		queue.Remove(b, it)
		var de *delivery.Error
		switch {
		case err == nil:
			if o := obs[it.Channel]; o != nil {
				if oerr := o.Delivered(b, it, r); oerr != nil {
					h.t.Fatal(oerr)
				}
			}
		case errors.As(err, &de) && !de.Permanent:
			it.Due = time.Now().Add(24 * time.Hour)
			_ = queue.Put(b, it)
		default:
			status := "failure"
			if de != nil {
				status = de.Status
			}
			if o := obs[it.Channel]; o != nil {
				if oerr := o.Failed(b, it, true, status); oerr != nil {
					h.t.Fatal(oerr)
				}
			}
		}
		if err := h.v.Commit(ctx, b); err != nil {
			h.t.Fatal(err)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// audits returns the audit events with action (all when "").
func (h *harness) audits(action string) []audit.Event {
	h.t.Helper()
	var out []audit.Event
	err := h.v.AuditExport(context.Background(), time.Time{}, time.Now().Add(time.Hour), func(e audit.Event) error {
		if action == "" || e.Action == action {
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return out
}

// noPHI fails if any audit event, queue item status or log-visible field
// carries the given text.
func (h *harness) noPHIInAudit(texts ...string) {
	h.t.Helper()
	for _, e := range h.audits("") {
		b, _ := json.Marshal(e)
		for _, s := range texts {
			if bytes.Contains(bytes.ToLower(b), bytes.ToLower([]byte(s))) {
				h.t.Fatalf("audit event %s carries %q: %s", e.Action, s, b)
			}
		}
	}
}

func twilioCode(err error) int {
	var te *client.TwilioRestError
	if errors.As(err, &te) {
		return te.Code
	}
	return 0
}
