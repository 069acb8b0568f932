package portal

// The outbound path as it runs in phigate serve, built here from the real
// packages so portal tests can start from a notice a patient would really
// get: a staff client submits over SMTP (STARTTLS + AUTH) to gateway/smtp,
// the gateway pipeline scans with the real filters and seals the original,
// the delivery manager relays the notice to a real go-smtp upstream
// (deliverytest.Sink), and the portal serves the link in that notice. No
// import cycle: gateway/smtp and gateway/delivery do not import portal.

import (
	"context"
	"crypto/tls"
	"io"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"
	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/gateway/delivery/deliverytest"
	psmtp "github.com/phigate/phigate/gateway/smtp"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

const (
	staffAlice   = "alice@practice.test"
	staffAlicePW = "correct horse battery staple"
)

// relay is a portal env with the whole outbound path in front of it.
type relay struct {
	*env
	sink     *deliverytest.Sink
	sms      *smsUpstream
	smtpAddr string

	mu       sync.Mutex
	referers []string // "path <- Referer" of requests that carried one
}

// smsUpstream stands where Twilio would: the delivery manager hands it SMS
// items (codes for email links when the directory knows a phone).
type smsUpstream struct {
	mu    sync.Mutex
	items []*queue.Item
	cond  chan struct{}
}

func (u *smsUpstream) Send(_ context.Context, it *queue.Item) (delivery.Receipt, error) {
	u.mu.Lock()
	u.items = append(u.items, it)
	close(u.cond)
	u.cond = make(chan struct{})
	u.mu.Unlock()
	return delivery.Receipt{Status: "queued", ProviderID: "SM" + it.ID}, nil
}

// wait returns once n SMS have been sent.
func (u *smsUpstream) wait(t testing.TB, n int, timeout time.Duration) []*queue.Item {
	t.Helper()
	deadline := time.After(timeout)
	for {
		u.mu.Lock()
		got, ch := append([]*queue.Item(nil), u.items...), u.cond
		u.mu.Unlock()
		if len(got) >= n {
			return got
		}
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("%d SMS sent, want %d within %v", len(got), n, timeout)
		}
	}
}

// newRelay starts the portal, SMTP submission, pipeline, delivery and the
// upstream sink on loopback, on a real-time clock that tests may move
// forward (clk.Add). Staff user alice exists.
func newRelay(t *testing.T, mutate ...func(*configs.Config)) *relay {
	t.Helper()
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	portalLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + dir, "PHIGATE_PRACTICE_PHONE=+1 555 0100"})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Portal.BaseURL = "https://" + portalLn.Addr().String()
	cfg.SMTP.Hostname = "mail.practice.test"
	cfg.SMTP.AuthFailDelay = time.Millisecond
	cfg.Upstream.Address, cfg.Upstream.TLS, cfg.Upstream.CAFile = sink.Addr, delivery.TLSStartTLS, sink.CertFile()
	cfg.Delivery.FirstRetry, cfg.Delivery.MaxBackoff = 100*time.Millisecond, 300*time.Millisecond
	for _, m := range mutate {
		m(cfg)
	}
	e := newEnvClock(t, cfg, &clock{real: true})
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))

	up, err := delivery.NewSMTPSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	sms := &smsUpstream{cond: make(chan struct{})}
	mgr, err := delivery.New(delivery.Options{Vault: e.v,
		Senders: map[string]delivery.Sender{queue.ChannelEmail: up, queue.ChannelSMS: sms},
		Bounce:  delivery.DSN{Hostname: cfg.SMTP.Hostname}.Bounce, Workers: 2,
		FirstRetry: cfg.Delivery.FirstRetry, MaxBackoff: cfg.Delivery.MaxBackoff,
		MaxLifetime: cfg.Delivery.MaxLifetime, AttemptTimeout: cfg.Delivery.AttemptTimeout,
		Log: quiet, Now: e.clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	e.onKick = mgr.Kick
	pipe := &gateway.Pipeline{Vault: e.v, Policy: gateway.Policy(cfg.Filters.Policy), BaseURL: cfg.Portal.BaseURL,
		LinkTTL: cfg.Portal.LinkTTL, Log: quiet, Kick: mgr.Kick, Now: e.clk.Now}
	sc, err := filters.New(filters.Options{ExtraTerms: cfg.Filters.ExtraTerms, MRNPatterns: cfg.Filters.MRNPatterns})
	if err != nil {
		t.Fatal(err)
	}
	pipe.SetScanner(sc)
	smtpTLS, _, err := tlsconf.Server("", "", dir, "smtp", []string{cfg.SMTP.Hostname})
	if err != nil {
		t.Fatal(err)
	}
	smtpSrv, err := psmtp.New(psmtp.Options{Config: cfg, TLS: smtpTLS, Pipeline: pipe,
		Users: psmtp.VaultUsers{V: e.v}, Log: quiet, Now: e.clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	smtpLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = smtpSrv.Serve(ctx, smtpLn) }()
	go func() { defer wg.Done(); _ = mgr.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		_ = up.Close()
	})
	rl := &relay{sink: sink, sms: sms, smtpAddr: smtpLn.Addr().String()}
	// Record every Referer the browser sends, to prove the link token never
	// travels in one.
	inner := e.srv.handler
	e.srv.handler = func(c *fasthttp.RequestCtx) {
		if ref := c.Request.Header.Peek("Referer"); len(ref) > 0 {
			rl.mu.Lock()
			rl.referers = append(rl.referers, string(c.Path())+" <- "+string(ref))
			rl.mu.Unlock()
		}
		inner(c)
	}
	e.serve(portalLn)
	if _, err := users.Add(context.Background(), e.v, staffAlice, users.RoleStaff, staffAlicePW, "test"); err != nil {
		t.Fatal(err)
	}
	rl.env = e
	return rl
}

// submit sends msg as alice over STARTTLS + AUTH PLAIN.
func (r *relay) submit(t testing.TB, to []string, msg []byte) {
	t.Helper()
	c, err := gosmtp.DialStartTLS(r.smtpAddr, &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Auth(sasl.NewPlainClient("", staffAlice, staffAlicePW)); err != nil {
		t.Fatal(err)
	}
	if err := c.SendMail(staffAlice, to, strings.NewReader(string(msg))); err != nil {
		t.Fatalf("submit: %v", err)
	}
}

// mailTo waits for the n-th message (counting from 1) the sink receives
// for rcpt and returns its text/plain body, decoded, with its raw bytes.
func (r *relay) mailTo(t testing.TB, rcpt string, n int) (text string, raw []byte) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs := r.sink.Messages()
		var mine []deliverytest.Msg
		for _, m := range msgs {
			if len(m.To) == 1 && strings.EqualFold(m.To[0], rcpt) {
				mine = append(mine, m)
			}
		}
		if len(mine) >= n {
			raw = mine[n-1].Data
			return plainText(t, raw), raw
		}
		r.sink.Wait(t, len(msgs)+1, time.Until(deadline))
	}
}

// plainText decodes the first text/plain part of an RFC 5322 message.
func plainText(t testing.TB, raw []byte) string {
	t.Helper()
	mr, err := mail.CreateReader(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatalf("relayed mail does not parse: %v", err)
	}
	for {
		p, err := mr.NextPart()
		if err != nil {
			t.Fatalf("relayed mail has no text/plain part: %v", err)
		}
		if h, ok := p.Header.(*mail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); ct == "text/plain" {
				b, err := io.ReadAll(p.Body)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
		}
	}
}

// noticeLink is the portal link in a notice's text, which must be on
// portal.base_url.
func (r *relay) noticeLink(t testing.TB, text string) (link, token string) {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(r.cfg.Portal.BaseURL) + `/s/([A-Za-z0-9_-]{20,})`).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no link on %s in the notice:\n%s", r.cfg.Portal.BaseURL, text)
	}
	return m[0], m[1]
}

// phiMessage is what alice sends to a patient: PHI in the text, the XSS
// payloads in the HTML part, an inline cid: image, a JPEG with EXIF/GPS
// and a PDF attachment.
func phiMessage(t testing.TB, to string, photo []byte) []byte {
	return testMessageFrom(t, "Alice Front Desk <"+staffAlice+">", "<"+to+">", "Your Botox follow-up and lab results",
		photo, "Your Botox touch-up is Thursday. Please keep the dressing dry.")
}

// TestRelayedCodeAndReminder: over the real outbound path, a code for an
// email link goes out as SMS when the directory knows the phone, and the
// one unread reminder reaches the upstream with the same link as the
// notice (a scanner's fetch of the landing page does not count as opened).
func TestRelayedCodeAndReminder(t *testing.T) {
	r := newRelay(t)
	ctx := context.Background()
	if err := PutPatient(ctx, r.v, "sms@example.com", Patient{Phone: "+15550001111"}); err != nil {
		t.Fatal(err)
	}
	r.submit(t, []string{"sms@example.com", "remind@example.com"}, phiMessage(t, "sms@example.com", exifJPEG(t, 16, 16)))
	smsNotice, _ := r.mailTo(t, "sms@example.com", 1)
	_, smsTok := r.noticeLink(t, smsNotice)
	remNotice, _ := r.mailTo(t, "remind@example.com", 1)
	remLink, remTok := r.noticeLink(t, remNotice)

	c := r.client()
	landing := c.get("/s/" + smsTok)
	if !strings.Contains(landing.Body, "6-digit code to your phone") {
		t.Fatalf("landing does not offer a code by phone:\n%s", landing.Body)
	}
	if res := c.post("/s/"+smsTok+"/code", url.Values{"csrf": {csrfOf(t, landing.Body)}}); res.Code != 303 {
		t.Fatalf("send code: %d", res.Code)
	}
	sms := r.sms.wait(t, 1, 20*time.Second)[0]
	code := regexp.MustCompile(`\b[0-9]{6}\b`).FindString(string(sms.Data))
	if sms.To != "+15550001111" || sms.Kind != queue.KindCode || code == "" || strings.Contains(string(sms.Data), "Botox") {
		t.Fatalf("code SMS: %+v %q", sms, sms.Data)
	}
	if res := c.post("/s/"+smsTok+"/verify", url.Values{"csrf": {csrfOf(t, landing.Body)}, "code": {code}}); res.Code != 303 {
		t.Fatalf("verify with the SMS code: %d", res.Code)
	}

	r.client().get("/s/" + remTok) // a mail scanner
	r.clk.Add(r.cfg.Portal.ReminderAfter + time.Minute)
	if n, err := r.srv.SweepReminders(ctx); err != nil || n != 1 {
		t.Fatalf("reminders queued: %d %v (want 1: the verified link gets none)", n, err)
	}
	reminder, raw := r.mailTo(t, "remind@example.com", 2)
	if got, _ := r.noticeLink(t, reminder); got != remLink {
		t.Errorf("reminder link %s, notice link %s", got, remLink)
	}
	for _, want := range []string{"Example Aesthetics", "+1 555 0100", "never ask you for a password", "To protect your privacy"} {
		if !strings.Contains(reminder, want) {
			t.Errorf("reminder lacks %q", want)
		}
	}
	if strings.Contains(string(raw), "Botox") || strings.Contains(string(raw), "lab results") {
		t.Error("reminder leaks the message")
	}
	if n, _ := r.srv.SweepReminders(ctx); n != 0 {
		t.Errorf("a second reminder: %d", n)
	}
	if res := r.client().get("/s/" + remTok); res.Code != 200 {
		t.Errorf("link after the reminder: %d", res.Code)
	}
}
