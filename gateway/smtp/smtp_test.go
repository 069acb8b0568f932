package smtp_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	psmtp "github.com/phigate/phigate/gateway/smtp"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

const (
	alice    = "alice@practice.test"
	alicePW  = "correct horse battery staple"
	phiWord  = "Botox"
	phiLower = "botox"
)

type harness struct {
	addr string
	v    *vault.Vault
	cfg  *configs.Config
}

func newHarness(t *testing.T, mutate func(*configs.Config)) *harness {
	t.Helper()
	dir := t.TempDir()
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + dir, "PHIGATE_SMTP_AUTH_FAIL_DELAY=1ms"})
	if err != nil {
		t.Fatal(err)
	}
	if mutate != nil {
		mutate(cfg)
	}
	key := bytes.Repeat([]byte{7}, 32)
	v, err := vault.Open(context.Background(), vault.Options{Dir: dir + "/db", MasterKey: key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	if _, err := users.Add(context.Background(), v, alice, users.RoleStaff, alicePW, "test"); err != nil {
		t.Fatal(err)
	}
	sc, err := filters.New(filters.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pipe := &gateway.Pipeline{Vault: v, Policy: gateway.Policy(cfg.Filters.Policy), BaseURL: cfg.Portal.BaseURL, LinkTTL: cfg.Portal.LinkTTL}
	pipe.SetScanner(sc)
	tc, _, err := tlsconf.Server("", "", dir, "smtp", nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := psmtp.New(psmtp.Options{Config: cfg, TLS: tc, Pipeline: pipe, Users: psmtp.VaultUsers{V: v},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { srv.Serve(ctx, ln); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return &harness{addr: ln.Addr().String(), v: v, cfg: cfg}
}

// dial connects with STARTTLS and, when auth is set, AUTH PLAIN as alice.
func (h *harness) dial(t *testing.T, auth bool) *gosmtp.Client {
	t.Helper()
	c, err := gosmtp.DialStartTLS(h.addr, &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if auth {
		if err := c.Auth(sasl.NewPlainClient("", alice, alicePW)); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func send(c *gosmtp.Client, from string, to []string, msg string) error {
	if err := c.Mail(from, nil); err != nil {
		return err
	}
	for _, r := range to {
		if err := c.Rcpt(r, nil); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, msg); err != nil {
		return err
	}
	return w.Close()
}

func code(err error) (int, gosmtp.EnhancedCode) {
	var se *gosmtp.SMTPError
	if errors.As(err, &se) {
		return se.Code, se.EnhancedCode
	}
	return 0, gosmtp.EnhancedCode{}
}

func allQueued(t *testing.T, v *vault.Vault) []*queue.Item {
	t.Helper()
	items, err := queue.Due(context.Background(), v, time.Now().Add(time.Hour), 1000)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

const phiMsg = "From: Alice <alice@practice.test>\r\n" +
	"To: Pat One <pat1@patient.test>\r\n" +
	"Cc: pat2@patient.test\r\n" +
	"Subject: Your Botox follow-up\r\n" +
	"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n" +
	"Message-ID: <orig-1@practice.test>\r\n" +
	"\r\n" +
	"Hi Pat, your Botox follow-up is Thursday at 3pm.\r\n"

func TestPHIMessageBecomesNoticePerRecipient(t *testing.T) {
	h := newHarness(t, nil)
	c := h.dial(t, true)
	rcpts := []string{"pat1@patient.test", "pat2@patient.test", "hidden@patient.test"}
	if err := send(c, alice, rcpts, phiMsg); err != nil {
		t.Fatalf("send: %v", err)
	}
	items := allQueued(t, h.v)
	if len(items) != 3 {
		t.Fatalf("queued %d items, want 3", len(items))
	}
	seenURL := map[string]bool{}
	var recordID string
	for _, it := range items {
		body := string(it.Data)
		if it.Kind != queue.KindNotice {
			t.Errorf("kind %q, want notice", it.Kind)
		}
		for _, leak := range []string{phiWord, phiLower, "Pat One", "Thursday", "orig-1", "follow-up"} {
			if strings.Contains(strings.ToLower(body), strings.ToLower(leak)) {
				t.Errorf("notice to %s leaks %q", it.To, leak)
			}
		}
		for _, other := range rcpts {
			if other != it.To && strings.Contains(body, other) {
				t.Errorf("notice to %s reveals recipient %s", it.To, other)
			}
		}
		if !strings.Contains(body, "X-Phigate-Notice: 1\r\n") {
			t.Error("notice lacks X-Phigate-Notice header")
		}
		if !strings.Contains(body, "multipart/alternative") || !strings.Contains(body, "text/html") {
			t.Error("notice is not multipart/alternative with HTML")
		}
		i := strings.Index(body, h.cfg.Portal.BaseURL+"/s/")
		if i < 0 {
			t.Fatalf("notice has no portal link")
		}
		url := body[i:]
		url = url[:strings.IndexAny(url, "\r\n <\"")]
		if seenURL[url] {
			t.Error("two recipients got the same link")
		}
		seenURL[url] = true
		l, err := links.Lookup(context.Background(), h.v, strings.TrimPrefix(url, h.cfg.Portal.BaseURL+"/s/"))
		if err != nil {
			t.Fatalf("link from notice does not resolve: %v", err)
		}
		if l.Recipient != it.To {
			t.Errorf("link recipient %s, notice to %s", l.Recipient, it.To)
		}
		recordID = l.RecordID
	}
	orig, _, err := h.v.OpenRecord(context.Background(), recordID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(orig, []byte(phiMsg)) {
		t.Error("sealed record does not hold the original message")
	}
}

func TestCleanMessageRelayedUnchanged(t *testing.T) {
	h := newHarness(t, nil)
	c := h.dial(t, true)
	msg := "From: alice@practice.test\r\nTo: pat@patient.test\r\nBcc: secret@patient.test\r\nSubject: Parking\r\n\r\nThe parking lot is closed on Friday.\r\n"
	if err := send(c, alice, []string{"pat@patient.test", "secret@patient.test"}, msg); err != nil {
		t.Fatal(err)
	}
	items := allQueued(t, h.v)
	if len(items) != 2 {
		t.Fatalf("queued %d, want 2", len(items))
	}
	for _, it := range items {
		d := string(it.Data)
		if !strings.HasPrefix(d, "Received: ") {
			t.Error("clean relay lacks trace header first")
		}
		if !strings.Contains(d, "X-Phigate-Scan: clean\r\n") {
			t.Error("clean relay lacks X-Phigate-Scan")
		}
		if strings.Contains(d, "Bcc:") || strings.Contains(d, "secret@") {
			t.Error("Bcc revealed in relayed copy")
		}
		if !strings.HasSuffix(d, "Subject: Parking\r\n\r\nThe parking lot is closed on Friday.\r\n") {
			t.Errorf("body changed: %q", d)
		}
	}
}

func TestSubmissionErrors(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) {
		c.SMTP.MaxMessageBytes = 4096
		c.SMTP.MaxRecipients = 2
	})
	plain := func(t *testing.T) *gosmtp.Client {
		c, err := gosmtp.Dial(h.addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if err := c.Hello("client.test"); err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name     string
		run      func(t *testing.T) error
		wantCode int
		wantEnh  gosmtp.EnhancedCode
	}{
		{"auth before starttls", func(t *testing.T) error {
			c := plain(t)
			if c.SupportsAuth("PLAIN") {
				t.Error("AUTH advertised before STARTTLS")
			}
			return c.Auth(sasl.NewPlainClient("", alice, alicePW))
		}, 530, gosmtp.EnhancedCode{5, 7, 0}},
		{"bad credentials", func(t *testing.T) error {
			c, err := gosmtp.DialStartTLS(h.addr, &tls.Config{InsecureSkipVerify: true})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			return c.Auth(sasl.NewPlainClient("", alice, "wrong password here"))
		}, 535, gosmtp.EnhancedCode{5, 7, 8}},
		{"relay without auth", func(t *testing.T) error {
			return send(h.dial(t, false), alice, []string{"x@y.test"}, phiMsg)
		}, 530, gosmtp.EnhancedCode{5, 7, 0}},
		{"sender not owned", func(t *testing.T) error {
			return send(h.dial(t, true), "bob@practice.test", []string{"x@y.test"}, phiMsg)
		}, 553, gosmtp.EnhancedCode{5, 7, 1}},
		{"too large", func(t *testing.T) error {
			return send(h.dial(t, true), alice, []string{"x@y.test"}, phiMsg+strings.Repeat("padding line of text\r\n", 400))
		}, 552, gosmtp.EnhancedCode{5, 3, 4}},
		{"too many recipients", func(t *testing.T) error {
			return send(h.dial(t, true), alice, []string{"a@y.test", "b@y.test", "c@y.test"}, phiMsg)
		}, 452, gosmtp.EnhancedCode{4, 5, 3}},
		{"malformed header", func(t *testing.T) error {
			return send(h.dial(t, true), alice, []string{"x@y.test"}, "this is not a header\r\n\r\nbody\r\n")
		}, 554, gosmtp.EnhancedCode{5, 6, 0}},
		{"missing From", func(t *testing.T) error {
			return send(h.dial(t, true), alice, []string{"x@y.test"}, "Subject: hi\r\n\r\nbody\r\n")
		}, 554, gosmtp.EnhancedCode{5, 6, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run(t)
			got, enh := code(err)
			if got != tc.wantCode || enh != tc.wantEnh {
				t.Fatalf("got %d %v (%v), want %d %v", got, enh, err, tc.wantCode, tc.wantEnh)
			}
		})
	}
	if n := len(allQueued(t, h.v)); n != 0 {
		t.Errorf("%d items queued by failed submissions", n)
	}
}

func TestBrokenMIMEFailsClosed(t *testing.T) {
	h := newHarness(t, nil)
	msg := "From: alice@practice.test\r\nTo: pat@patient.test\r\nSubject: hello\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n" +
		"--zzz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
	if err := send(h.dial(t, true), alice, []string{"pat@patient.test"}, msg); err != nil {
		t.Fatal(err)
	}
	items := allQueued(t, h.v)
	if len(items) != 1 || items[0].Kind != queue.KindNotice {
		t.Fatalf("broken MIME was not sealed behind a notice: %+v", items)
	}
}

func TestTrustedNetworkWithoutAuth(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMTP.TrustedNetworks = []string{"127.0.0.0/8"} })
	c, err := gosmtp.Dial(h.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := send(c, "ehr@practice.test", []string{"pat@patient.test"}, phiMsg); err != nil {
		t.Fatal(err)
	}
	var actor string
	err = h.v.Scan(context.Background(), vault.KSAudit, "", func(_ string, val []byte) error {
		if bytes.Contains(val, []byte(`"rewritten"`)) {
			actor = string(val)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(actor, `"ip:127.0.0.1"`) {
		t.Errorf("audit actor is not the client address: %s", actor)
	}
	if strings.Contains(strings.ToLower(actor), phiLower) {
		t.Error("audit event carries message text")
	}
}

func TestStorageFailureIsTemporary(t *testing.T) {
	h := newHarness(t, nil)
	c := h.dial(t, true)
	h.v.Close()
	err := send(c, alice, []string{"pat@patient.test"}, phiMsg)
	if got, enh := code(err); got != 452 && got != 451 {
		t.Fatalf("got %d %v (%v), want 452 4.3.1", got, enh, err)
	}
}

func TestRateLimits(t *testing.T) {
	t.Run("per user", func(t *testing.T) {
		h := newHarness(t, func(c *configs.Config) { c.SMTP.PerUserPerMinute = 2 })
		c := h.dial(t, true)
		for i := range 3 {
			err := send(c, alice, []string{"pat@patient.test"}, phiMsg)
			got, enh := code(err)
			if i < 2 && err != nil {
				t.Fatalf("message %d: %v", i, err)
			}
			if i == 2 && (got != 450 || enh != (gosmtp.EnhancedCode{4, 7, 1})) {
				t.Fatalf("message over the limit: %v, want 450 4.7.1", err)
			}
		}
	})
	t.Run("per client address", func(t *testing.T) {
		h := newHarness(t, func(c *configs.Config) {
			c.SMTP.PerIPPerMinute = 3
			c.SMTP.TrustedNetworks = []string{"127.0.0.0/8"}
		})
		c, err := gosmtp.Dial(h.addr) // connection 1
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		for i := range 3 { // messages 2 and 3 are within the limit, 4 is not
			err := send(c, "ehr@practice.test", []string{"pat@patient.test"}, phiMsg)
			if i < 2 && err != nil {
				t.Fatalf("message %d: %v", i, err)
			}
			if got, _ := code(err); i == 2 && got != 450 {
				t.Fatalf("message over the limit: %v, want 450", err)
			}
		}
		c2, err := gosmtp.Dial(h.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c2.Close()
		if got, _ := code(c2.Hello("client.test")); got != 450 {
			t.Errorf("a new connection over the limit got %d, want a 450 greeting", got)
		}
	})
}

func TestIdleSessionTimesOut(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMTP.ReadTimeout = 200 * time.Millisecond })
	conn, err := net.Dial("tcp", h.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	greeting := make([]byte, 512)
	if _, err := conn.Read(greeting); err != nil {
		t.Fatal(err)
	}
	// Say nothing: the server must hang up on its own.
	start := time.Now()
	buf := make([]byte, 512)
	for {
		if _, err := conn.Read(buf); err != nil {
			break
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("idle session lasted %v with a 200ms read timeout", d)
	}
}

func TestSizeAnnouncedAndEnforcedEarly(t *testing.T) {
	h := newHarness(t, func(c *configs.Config) { c.SMTP.MaxMessageBytes = 4096 })
	c := h.dial(t, true)
	ok, v := c.Extension("SIZE")
	if !ok || v != "4096" {
		t.Fatalf("SIZE extension %v %q, want 4096", ok, v)
	}
	err := c.Mail(alice, &gosmtp.MailOptions{Size: 100000})
	if got, enh := code(err); got != 552 || enh != (gosmtp.EnhancedCode{5, 3, 4}) {
		t.Errorf("MAIL with SIZE over the limit: %v, want 552 5.3.4", err)
	}
}
