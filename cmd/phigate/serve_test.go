package main

// Whole-server tests: phigate serve on loopback with a temp data dir, real
// SMTP clients submitting over STARTTLS+AUTH, and a real go-smtp server
// (deliverytest.Sink) as the upstream MTA.

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/gateway/delivery/deliverytest"
	"github.com/phigate/phigate/vault/audit"
)

const (
	alice   = "alice@practice.test"
	alicePW = "correct horse battery staple"
)

var serveKey = base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{9}, 32))

// freePort reserves a loopback port for a listener started later.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type testServe struct {
	dir     string
	cfgPath string
	environ []string
	s       *server
	out     bytes.Buffer
}

// serveConfig writes a config file for a server in dir.
func serveConfig(t *testing.T, dir, extra string) string {
	t.Helper()
	portal := freePort(t)
	y := fmt.Sprintf(`practice_name: Example Aesthetics
data_dir: %s
log_level: warn
smtp:
  listen: 127.0.0.1:0
  auth_fail_delay: 1ms
portal:
  listen: %s
  base_url: https://%s
sms:
  listen: 127.0.0.1:0
delivery:
  workers: 4
  first_retry: 100ms
  max_backoff: 300ms
%s`, dir, portal, portal, extra)
	p := filepath.Join(dir, "phigate.yaml")
	if err := os.WriteFile(p, []byte(y), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// startServe starts phigate serve in-process. extra is YAML appended to the
// base config (e.g. an upstream: section).
func startServe(t *testing.T, dir, extra string, environ ...string) *testServe {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	ts := &testServe{dir: dir, environ: append([]string{"PHIGATE_MASTER_KEY=" + serveKey}, environ...)}
	ts.cfgPath = serveConfig(t, dir, extra)
	ts.restart(t)
	return ts
}

func (ts *testServe) restart(t *testing.T) {
	t.Helper()
	env := &Env{Stdin: strings.NewReader(""), Stdout: &ts.out, Stderr: io.Discard, Environ: ts.environ}
	cfg, err := loadConfig(env, ts.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := startServer(context.Background(), env, cfg, ts.cfgPath, newLogger(env, cfg))
	if err != nil {
		t.Fatal(err)
	}
	s.banner(&ts.out)
	ts.s = s
	t.Cleanup(func() {
		if ts.s == s {
			if err := s.stop(); err != nil {
				t.Errorf("server stopped with: %v", err)
			}
			ts.s = nil
		}
	})
}

func (ts *testServe) stop(t *testing.T) {
	t.Helper()
	if err := ts.s.stop(); err != nil {
		t.Fatal(err)
	}
	ts.s = nil
}

// cli runs a phigate command the way an admin would, while the server runs
// (through the admin socket).
func (ts *testServe) cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Environ: ts.environ}
	code := run(context.Background(), env, append(args, "--config", ts.cfgPath))
	return code, out.String(), errb.String()
}

func (ts *testServe) addAlice(t *testing.T) {
	t.Helper()
	if code, out, errs := ts.cli(t, alicePW+"\n", "users", "add", "--email", alice, "--role", "staff", "--password-stdin"); code != 0 {
		t.Fatalf("users add: %d %s %s", code, out, errs)
	}
}

func (ts *testServe) smtpAddr() string { return ts.s.smtpLn.Addr().String() }

// submit sends one message over STARTTLS with AUTH (PLAIN or LOGIN).
func (ts *testServe) submit(t *testing.T, mech, from string, to []string, msg string) error {
	t.Helper()
	c, err := gosmtp.DialStartTLS(ts.smtpAddr(), &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var a sasl.Client
	switch mech {
	case "LOGIN":
		a = sasl.NewLoginClient(alice, alicePW)
	default:
		a = sasl.NewPlainClient("", alice, alicePW)
	}
	if err := c.Auth(a); err != nil {
		return err
	}
	return c.SendMail(from, to, strings.NewReader(msg))
}

func upstreamYAML(sink *deliverytest.Sink) string {
	return fmt.Sprintf("upstream:\n  address: %s\n  tls: starttls\n  ca_file: %s\n", sink.Addr, sink.CertFile())
}

const phiMail = "From: Alice Front Desk <alice@practice.test>\r\n" +
	"To: Pat One <pat1@patient.test>\r\n" +
	"Cc: Pat Two <pat2@patient.test>\r\n" +
	"Subject: Your Botox follow-up on Thursday\r\n" +
	"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n" +
	"Message-ID: <orig-42@practice.test>\r\n" +
	"\r\n" +
	"Hi Pat, your Botox touch-up is Thursday at 3pm. Expect mild swelling.\r\n"

// leaks are strings of phiMail that must appear in no notice, headers
// included.
var leaks = []string{"botox", "follow-up", "thursday", "touch-up", "swelling", "pat one", "pat two", "orig-42", "3pm"}

var linkRE = regexp.MustCompile(`https://[^/\s"]+/s/([A-Za-z0-9_-]{20,})`)

func TestServeEmailPathEndToEnd(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	ts := startServe(t, "", upstreamYAML(sink))
	ts.addAlice(t)
	if !strings.Contains(ts.out.String(), "users add") {
		t.Errorf("banner does not say how to add a user:\n%s", ts.out.String())
	}

	rcpts := []string{"pat1@patient.test", "pat2@patient.test", "hidden@patient.test"} // the last is Bcc
	if err := ts.submit(t, "LOGIN", alice, rcpts, phiMail); err != nil {
		t.Fatalf("PHI message: %v", err)
	}
	clean := "From: alice@practice.test\r\nTo: pat1@patient.test\r\nBcc: hidden@patient.test\r\n" +
		"Subject: Parking\r\nMessage-ID: <clean-1@practice.test>\r\n\r\nThe parking lot is closed on Friday.\r\n"
	if err := ts.submit(t, "PLAIN", alice, []string{"pat1@patient.test", "hidden@patient.test"}, clean); err != nil {
		t.Fatalf("clean message: %v", err)
	}
	msgs := sink.Wait(t, 5, 20*time.Second)

	tokens := map[string]bool{}
	notices := 0
	for _, m := range msgs {
		if !m.TLS {
			t.Error("relayed to the upstream without TLS")
		}
		d := string(m.Data)
		if len(m.To) != 1 {
			t.Fatalf("one envelope recipient per delivery, got %v", m.To)
		}
		if strings.Contains(d, "X-Phigate-Notice: 1\r\n") {
			notices++
			low := strings.ToLower(d)
			for _, leak := range leaks {
				if strings.Contains(low, leak) {
					t.Errorf("notice to %s leaks %q", m.To[0], leak)
				}
			}
			for _, r := range rcpts {
				if r != m.To[0] && strings.Contains(d, r) {
					t.Errorf("notice to %s names another recipient %s", m.To[0], r)
				}
			}
			if m.From != alice || !strings.Contains(d, "<alice@practice.test>") {
				t.Errorf("notice not from the sender: %s", m.From)
			}
			if !strings.Contains(d, "Subject: Secure message from Example Aesthetics") {
				t.Error("notice subject")
			}
			found := linkRE.FindAllStringSubmatch(d, -1)
			if len(found) == 0 {
				t.Fatalf("notice without a portal link:\n%s", d)
			}
			tok := found[0][1]
			if tokens[tok] {
				t.Error("two recipients share a link")
			}
			tokens[tok] = true
			continue
		}
		// The clean message: unchanged but for the trace and scan headers,
		// and the Bcc line that must never travel.
		if !strings.HasPrefix(d, "Received: from ") || !strings.Contains(d, "X-Phigate-Scan: clean\r\n") {
			t.Errorf("clean relay lacks trace or scan header:\n%s", d)
		}
		if strings.Contains(d, "Bcc") || strings.Contains(d, "hidden@") {
			t.Error("clean relay reveals the Bcc recipient")
		}
		if !strings.HasSuffix(d, "From: alice@practice.test\r\nTo: pat1@patient.test\r\nSubject: Parking\r\nMessage-ID: <clean-1@practice.test>\r\n\r\nThe parking lot is closed on Friday.\r\n") {
			t.Errorf("clean message changed:\n%q", d)
		}
	}
	if notices != 3 || len(tokens) != 3 {
		t.Fatalf("%d notices with %d distinct links, want 3", notices, len(tokens))
	}

	// The audit chain records acceptance and every delivery, and verifies.
	code, out, errs := ts.cli(t, "", "audit", "verify")
	if code != 0 {
		t.Fatalf("audit verify: %d %s %s", code, out, errs)
	}
	code, out, _ = ts.cli(t, "", "audit", "export", "--format", "jsonl")
	if code != 0 {
		t.Fatal("audit export failed")
	}
	for _, want := range []string{`"action":"rewritten"`, `"action":"passed"`, `"action":"delivered"`, `"product"`} {
		if !strings.Contains(out, want) {
			t.Errorf("audit export lacks %s", want)
		}
	}
	if strings.Contains(strings.ToLower(out), "botox") {
		t.Error("audit log carries message text")
	}
}

func TestServeDevOutbox(t *testing.T) {
	ts := startServe(t, "", "")
	ts.addAlice(t)
	if !strings.Contains(ts.out.String(), "dev outbox") {
		t.Errorf("banner does not name the dev outbox:\n%s", ts.out.String())
	}
	if err := ts.submit(t, "PLAIN", alice, []string{"pat1@patient.test"}, phiMail); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	var files []string
	for len(files) == 0 && time.Now().Before(deadline) {
		files, _ = filepath.Glob(filepath.Join(ts.dir, "outbox", "*.eml"))
		if len(files) == 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if len(files) != 1 {
		t.Fatalf("outbox: %v", files)
	}
	b, _ := os.ReadFile(files[0])
	if !bytes.Contains(b, []byte("X-Phigate-Notice: 1")) || !linkRE.Match(b) {
		t.Errorf("outbox file is not the notice:\n%s", b)
	}
}

func TestServeUpstreamDownThenUp(t *testing.T) {
	certs := t.TempDir()
	deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs}).Close() // generate the certificate
	upAddr := freePort(t)                                                               // nothing listens here yet
	ts := startServe(t, "", fmt.Sprintf("upstream:\n  address: %s\n  tls: starttls\n  ca_file: %s/tls/sink.crt\n", upAddr, certs))
	ts.addAlice(t)

	if err := ts.submit(t, "PLAIN", alice, []string{"pat1@patient.test"}, phiMail); err != nil {
		t.Fatal(err)
	}
	waitAudit(t, ts, audit.ActDeferred, 2)
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs, Addr: upAddr})
	msgs := sink.Wait(t, 1, 20*time.Second)
	if !strings.Contains(string(msgs[0].Data), "X-Phigate-Notice: 1") {
		t.Error("delivered message is not the notice")
	}
}

// waitAudit waits until the audit log holds n events of action.
func waitAudit(t *testing.T, ts *testServe, action string, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := 0
		err := ts.s.v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(e audit.Event) error {
			if e.Action == action {
				got++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d %q audit events, want %d", got, action, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestServePermanentFailureBouncesToSender(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, Rcpt: func(to string) error {
		if to == "nobody@patient.test" {
			return deliverytest.ErrPerm
		}
		return nil
	}})
	ts := startServe(t, "", upstreamYAML(sink))
	ts.addAlice(t)
	if err := ts.submit(t, "PLAIN", alice, []string{"nobody@patient.test"}, phiMail); err != nil {
		t.Fatal(err)
	}
	msgs := sink.Wait(t, 1, 20*time.Second)
	m := msgs[0]
	d := string(m.Data)
	if m.From != "" || m.To[0] != alice {
		t.Fatalf("DSN envelope %q → %v", m.From, m.To)
	}
	for _, want := range []string{"report-type=delivery-status", "Final-Recipient: rfc822; nobody@patient.test", "Status: 5.1.1"} {
		if !strings.Contains(d, want) {
			t.Errorf("DSN lacks %q", want)
		}
	}
	low := strings.ToLower(d)
	for _, leak := range leaks {
		if strings.Contains(low, leak) {
			t.Errorf("DSN leaks %q", leak)
		}
	}
	waitAudit(t, ts, audit.ActBounced, 1)
}

func TestServeRestartDeliversQueuedMessages(t *testing.T) {
	certs := t.TempDir()
	deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs}).Close() // generate the certificate
	upAddr := freePort(t)
	ts := startServe(t, "", fmt.Sprintf("upstream:\n  address: %s\n  ca_file: %s/tls/sink.crt\n", upAddr, certs))
	ts.addAlice(t)
	const n = 12
	for i := range n {
		msg := strings.Replace(phiMail, "orig-42", fmt.Sprintf("orig-%d", i), 1)
		if err := ts.submit(t, "PLAIN", alice, []string{fmt.Sprintf("p%d@patient.test", i)}, msg); err != nil {
			t.Fatal(err)
		}
	}
	ts.stop(t) // the queue holds n notices
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs, Addr: upAddr})
	ts.restart(t)
	msgs := sink.Wait(t, n, 30*time.Second)
	seen := map[string]bool{}
	for _, m := range msgs {
		seen[m.To[0]] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct recipients after restart, want %d", len(seen), n)
	}
}

func TestServeConcurrentSessionsShareFsyncs(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	ts := startServe(t, "", upstreamYAML(sink), "PHIGATE_SMTP_TRUSTED_NETWORKS=127.0.0.0/8")
	g0, b0 := ts.s.v.CommitStats()
	const sessions, each = 20, 10
	var wg sync.WaitGroup
	errs := make(chan error, sessions)
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := gosmtp.Dial(ts.smtpAddr())
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			for j := range each {
				if err := c.SendMail("ehr@practice.test", []string{fmt.Sprintf("p%d-%d@patient.test", i, j)}, strings.NewReader(phiMail)); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	g1, b1 := ts.s.v.CommitStats()
	groups, batches := g1-g0, b1-b0
	t.Logf("%d commits in %d fsync groups (%.1f per fsync)", batches, groups, float64(batches)/float64(groups))
	if batches < sessions*each || groups >= batches {
		t.Errorf("%d commits took %d groups: concurrent sessions did not share fsyncs", batches, groups)
	}
	sink.Wait(t, sessions*each, 30*time.Second)
}

func TestServeTrustedNetworkAuditsClientAddress(t *testing.T) {
	ts := startServe(t, "", "", "PHIGATE_SMTP_TRUSTED_NETWORKS=127.0.0.0/8")
	c, err := gosmtp.Dial(ts.smtpAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.SendMail("ehr@practice.test", []string{"pat1@patient.test"}, strings.NewReader(phiMail)); err != nil {
		t.Fatal(err)
	}
	var actor string
	ts.s.v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActRewritten {
			actor = e.Actor
		}
		return nil
	})
	if actor != "ip:127.0.0.1" {
		t.Errorf("actor %q, want the client address", actor)
	}
}

func TestServeReloadsScannerOnSIGHUP(t *testing.T) {
	ts := startServe(t, "", "")
	before := ts.s.pipe.Scanner()
	b, _ := os.ReadFile(ts.cfgPath)
	b = append(b, []byte("filters:\n  extra_terms:\n    - {id: house-zyx, category: procedure, terms: [zyxolift]}\n")...)
	if err := os.WriteFile(ts.cfgPath, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for ts.s.pipe.Scanner() == before {
		if time.Now().After(deadline) {
			t.Fatal("scanner not rebuilt after SIGHUP")
		}
		time.Sleep(10 * time.Millisecond)
	}
	sc, _ := ts.s.pipe.Scanner().(interface{ PatternCount() int })
	if sc == nil {
		t.Fatal("scanner type")
	}
	ts.addAlice(t)
	if err := ts.submit(t, "PLAIN", alice, []string{"pat1@patient.test"}, "From: alice@practice.test\r\nSubject: hi\r\n\r\nYour zyxolift is booked.\r\n"); err != nil {
		t.Fatal(err)
	}
	waitAudit(t, ts, audit.ActRewritten, 1)
}

func TestServeStartErrorsNameTheKey(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	dir := t.TempDir()
	cfg := serveConfig(t, dir, "")
	b, _ := os.ReadFile(cfg)
	b = bytes.Replace(b, []byte("listen: 127.0.0.1:0\n  auth_fail_delay"), []byte("listen: "+busy.Addr().String()+"\n  auth_fail_delay"), 1)
	os.WriteFile(cfg, b, 0o600)
	var errb bytes.Buffer
	code := run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb,
		Environ: []string{"PHIGATE_MASTER_KEY=" + serveKey}}, []string{"serve", "--config", cfg})
	if code == 0 || !strings.Contains(errb.String(), "smtp.listen") {
		t.Errorf("exit %d, stderr %q: want a failure naming smtp.listen", code, errb.String())
	}
}

// TestServePythonSmtplibClient submits with Python's smtplib, which is
// what practice scripts and many tools use: STARTTLS, AUTH LOGIN, a PHI
// message to two recipients.
func TestServePythonSmtplibClient(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 not found (scripts/test.sh installs it)")
		}
		t.Skip("python3 not found")
	}
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	ts := startServe(t, "", upstreamYAML(sink))
	ts.addAlice(t)
	host, port, _ := net.SplitHostPort(ts.smtpAddr())
	script := `
import smtplib, ssl, sys
from email.message import EmailMessage
m = EmailMessage()
m["From"] = "Alice <alice@practice.test>"
m["To"] = "pat1@patient.test, pat2@patient.test"
m["Subject"] = "Your filler appointment"
m.set_content("Your lip filler touch-up is on Thursday.")
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
with smtplib.SMTP(sys.argv[1], int(sys.argv[2]), timeout=30) as s:
    s.ehlo("client.test")
    s.starttls(context=ctx)
    s.ehlo("client.test")
    s.login(sys.argv[3], sys.argv[4])
    refused = s.send_message(m)
    assert not refused, refused
print("sent")
`
	out, err := exec.Command(py, "-c", script, host, port, alice, alicePW).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "sent") {
		t.Fatalf("smtplib: %v\n%s", err, out)
	}
	msgs := sink.Wait(t, 2, 20*time.Second)
	for _, m := range msgs {
		d := strings.ToLower(string(m.Data))
		if !strings.Contains(d, "x-phigate-notice: 1") || strings.Contains(d, "filler") || strings.Contains(d, "thursday") {
			t.Errorf("smtplib message to %v was not replaced by a clean notice", m.To)
		}
	}
}

// TestServeLargeCleanMessage relays a clean message far larger than one
// Badger transaction can carry: it is stored once as a payload record for
// all recipients, delivered intact to each, and shredded after the last.
func TestServeLargeCleanMessage(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	ts := startServe(t, "", upstreamYAML(sink))
	ts.addAlice(t)
	var body strings.Builder
	for body.Len() < 6<<20 {
		body.WriteString("The parking lot on Elm Street is closed on Friday; please use the garage.\r\n")
	}
	msg := "From: alice@practice.test\r\nTo: a@patient.test, b@patient.test\r\nSubject: Parking\r\n\r\n" + body.String()
	rcpts := []string{"a@patient.test", "b@patient.test", "c@patient.test"}
	if err := ts.submit(t, "PLAIN", alice, rcpts, msg); err != nil {
		t.Fatalf("large clean message: %v", err)
	}
	msgs := sink.Wait(t, 3, 60*time.Second)
	for _, m := range msgs {
		if !strings.HasSuffix(string(m.Data), msg) {
			t.Errorf("copy to %v is not the original (%d bytes)", m.To, len(m.Data))
		}
	}
	waitAudit(t, ts, audit.ActShredded, 1) // the payload, after the last delivery
	refs := 0
	ts.s.v.ScanKeys(context.Background(), "msg/", "payload/", func(string) error { refs++; return nil })
	if refs != 0 {
		t.Errorf("%d payload references left after delivery", refs)
	}
}

// TestServePatientDirectory imports patients into a running server; their
// names are PHI from the next message on, and no value is ever printed.
func TestServePatientDirectory(t *testing.T) {
	ts := startServe(t, "", "", "PHIGATE_SMTP_TRUSTED_NETWORKS=127.0.0.0/8")
	csv := "address,dob,name,phone\nquinn@patient.test,1984-03-04,Quinn Marlowe-Atwood,+15550100001\n+15550100002,1990-12-31,,\n"
	code, out, errs := ts.cli(t, csv, "patients", "import", "--csv", "-")
	if code != 0 {
		t.Fatalf("patients import: %d %s %s", code, out, errs)
	}
	if !strings.Contains(out, "2 entries") || strings.Contains(out+errs, "1984") || strings.Contains(out+errs, "Quinn") {
		t.Errorf("import output %q %q", out, errs)
	}
	code, _, errs = ts.cli(t, "", "patients", "add", "--address", "x@patient.test", "--dob", "March 4")
	if code == 0 || strings.Contains(errs, "March") {
		t.Errorf("bad DOB accepted or echoed: %d %q", code, errs)
	}
	c, err := gosmtp.Dial(ts.smtpAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	msg := "From: ehr@practice.test\r\nSubject: Hello\r\n\r\nDear Quinn Marlowe-Atwood, the parking lot is closed on Friday.\r\n"
	if err := c.SendMail("ehr@practice.test", []string{"quinn@patient.test"}, strings.NewReader(msg)); err != nil {
		t.Fatal(err)
	}
	var cats []string
	ts.s.v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActRewritten {
			cats = e.Categories
		}
		return nil
	})
	if !slices.Contains(cats, "patient_name") {
		t.Errorf("a directory name was not detected after import: categories %v", cats)
	}
	code, _, _ = ts.cli(t, "", "patients", "remove", "--address", "+15550100002")
	if code != 0 {
		t.Error("remove failed")
	}
}

// TestServeLinksCommands resends and revokes a patient link from the CLI
// while the server runs.
func TestServeLinksCommands(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	ts := startServe(t, "", upstreamYAML(sink))
	ts.addAlice(t)
	if err := ts.submit(t, "PLAIN", alice, []string{"pat1@patient.test"}, phiMail); err != nil {
		t.Fatal(err)
	}
	first := sink.Wait(t, 1, 20*time.Second)[0]
	var linkID string
	ts.s.v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(e audit.Event) error {
		for _, o := range e.Objects {
			if id, ok := strings.CutPrefix(o, "lnk:"); ok && e.Action == audit.ActRewritten {
				linkID = id
			}
		}
		return nil
	})
	if linkID == "" {
		t.Fatal("no link in the audit log")
	}
	if code, _, errs := ts.cli(t, "", "links", "unlock", "--link", "nosuchlink"); code == 0 || !strings.Contains(errs, "no link") {
		t.Errorf("unknown link: %d %q", code, errs)
	}
	if code, out, errs := ts.cli(t, "", "links", "resend", "--link", linkID); code != 0 {
		t.Fatalf("links resend: %d %s %s", code, out, errs)
	}
	second := sink.Wait(t, 2, 20*time.Second)[1]
	t1, t2 := linkRE.FindSubmatch(first.Data), linkRE.FindSubmatch(second.Data)
	if t1 == nil || t2 == nil || bytes.Equal(t1[1], t2[1]) {
		t.Fatalf("resend did not send a new link")
	}
	if code, _, errs := ts.cli(t, "", "links", "revoke", "--link", linkID); code != 0 {
		t.Errorf("revoke: %d %s", code, errs)
	}
	waitAudit(t, ts, audit.ActLinkResent, 1)
}

// TestServeStopsWhenSignalledDuringStart sends the shutdown before the
// server has finished starting (an init system stopping it at once): it
// must still stop, not keep serving with half its parts shut down.
func TestServeStopsWhenSignalledDuringStart(t *testing.T) {
	dir := t.TempDir()
	cfg := serveConfig(t, dir, "")
	for _, delay := range []time.Duration{0, time.Millisecond, 5 * time.Millisecond, 20 * time.Millisecond} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan int, 1)
		go func() {
			done <- run(ctx, &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
				Environ: []string{"PHIGATE_MASTER_KEY=" + serveKey}}, []string{"serve", "--config", cfg})
		}()
		time.Sleep(delay)
		cancel()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("serve still running 20s after a shutdown %v into its start", delay)
		}
	}
}

// TestServeBackupThroughSocket streams a backup of the live vault through
// the admin socket, and refuses a terminal as its output there too.
func TestServeBackupThroughSocket(t *testing.T) {
	ts := startServe(t, "", "")
	ts.addAlice(t)
	code, out, errs := ts.cli(t, "", "backup")
	if code != 0 || len(out) < 100 {
		t.Fatalf("backup through the socket: %d, %d bytes, %s", code, len(out), errs)
	}
	if strings.Contains(out, alicePW) || strings.Contains(out, alice) {
		t.Error("the backup stream is not encrypted")
	}
	tty, _ := openPTY(t)
	var errb bytes.Buffer
	code = run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: tty, Stderr: &errb, Environ: ts.environ},
		[]string{"backup", "--config", ts.cfgPath})
	if code == 0 || !strings.Contains(errb.String(), "terminal") {
		t.Errorf("backup to a terminal through the socket: %d %q", code, errb.String())
	}
}
