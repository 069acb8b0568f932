package delivery_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/gateway/delivery/deliverytest"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func openVault(t *testing.T, now func() time.Time) *vault.Vault {
	t.Helper()
	v, err := vault.Open(context.Background(), vault.Options{Dir: t.TempDir(), MasterKey: bytes.Repeat([]byte{3}, 32), Logger: quiet, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

func upstreamConfig(t *testing.T, sink *deliverytest.Sink, mutate func(*configs.Config)) *configs.Config {
	t.Helper()
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Upstream.Address = sink.Addr
	cfg.Upstream.TLS = delivery.TLSStartTLS
	cfg.Upstream.CAFile = sink.CertFile()
	if mutate != nil {
		mutate(cfg)
	}
	return cfg
}

const msgData = "From: alice@practice.test\r\nTo: <pat@patient.test>\r\nSubject: Parking\r\nMessage-ID: <m1@practice.test>\r\n\r\nThe lot is closed Friday.\r\n"

func item(id, to string) *queue.Item {
	now := time.Now().UTC()
	return &queue.Item{ID: id, MessageID: "msg-" + id, Channel: queue.ChannelEmail, Kind: queue.KindClean,
		From: "alice@practice.test", To: to, Data: []byte(msgData), Created: now, Due: now}
}

func TestSMTPSenderStartTLSAuthAndReuse(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, Users: map[string]string{"relay": "relay-secret"}})
	cfg := upstreamConfig(t, sink, func(c *configs.Config) {
		c.Upstream.Username, c.Upstream.Password = "relay", "relay-secret"
		c.Upstream.MaxConnections = 2
	})
	s, err := delivery.NewSMTPSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 10 {
		r, err := s.Send(context.Background(), item(string(rune('a'+i)), "pat@patient.test"))
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		if !strings.HasPrefix(r.Status, "250") {
			t.Errorf("status %q", r.Status)
		}
	}
	msgs := sink.Wait(t, 10, 5*time.Second)
	for _, m := range msgs {
		if !m.TLS || m.User != "relay" {
			t.Fatalf("message relayed without TLS or AUTH: tls=%v user=%q", m.TLS, m.User)
		}
		if string(m.Data) != msgData || m.From != "alice@practice.test" || len(m.To) != 1 || m.To[0] != "pat@patient.test" {
			t.Fatalf("relayed %q from %s to %v", m.Data, m.From, m.To)
		}
	}
	if n := sink.Conns.Load(); n != 1 {
		t.Errorf("sequential sends used %d connections, want 1 (reuse)", n)
	}
}

func TestSMTPSenderRefusesWithoutStartTLS(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{}) // no STARTTLS offered
	cfg := upstreamConfig(t, sink, nil)
	s, err := delivery.NewSMTPSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Send(context.Background(), item("a", "pat@patient.test"))
	var de *delivery.Error
	if !errors.As(err, &de) || de.Permanent || !strings.Contains(de.Status, "STARTTLS") {
		t.Fatalf("got %v, want a temporary STARTTLS failure", err)
	}
	if sink.Count() != 0 {
		t.Fatal("message sent in the clear")
	}
}

func TestSMTPSenderRejectsUntrustedCertificate(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	cfg := upstreamConfig(t, sink, func(c *configs.Config) { c.Upstream.CAFile = "" })
	s, err := delivery.NewSMTPSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Send(context.Background(), item("a", "pat@patient.test")); err == nil {
		t.Fatal("sent to an upstream whose certificate is not trusted")
	}
	if sink.Count() != 0 {
		t.Fatal("message delivered over an unverified connection")
	}
}

func TestSMTPSenderClassifiesReplies(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, Rcpt: func(to string) error {
		switch {
		case strings.HasPrefix(to, "temp"):
			return deliverytest.ErrTemp
		case strings.HasPrefix(to, "perm"):
			return deliverytest.ErrPerm
		}
		return nil
	}})
	s, err := delivery.NewSMTPSender(upstreamConfig(t, sink, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		to        string
		wantErr   bool
		permanent bool
		status    string
	}{
		{"ok@patient.test", false, false, "250"},
		{"temp@patient.test", true, false, "451 4.3.0"},
		{"perm@patient.test", true, true, "550 5.1.1"},
		{"ok2@patient.test", false, false, "250"}, // the connection survives refusals
	}
	for _, tc := range tests {
		r, err := s.Send(context.Background(), item("x", tc.to))
		if !tc.wantErr {
			if err != nil || !strings.HasPrefix(r.Status, tc.status) {
				t.Errorf("%s: %v %q", tc.to, err, r.Status)
			}
			continue
		}
		var de *delivery.Error
		if !errors.As(err, &de) || de.Permanent != tc.permanent || !strings.HasPrefix(de.Status, tc.status) {
			t.Errorf("%s: got %v, want permanent=%v status %s", tc.to, err, tc.permanent, tc.status)
		}
		if de != nil && strings.Contains(de.Status, "@") {
			t.Errorf("status carries an address: %q", de.Status)
		}
	}
	if n := sink.Conns.Load(); n != 1 {
		t.Errorf("used %d connections, want 1", n)
	}
}

func TestSMTPSenderRedialsStaleConnection(t *testing.T) {
	certs := t.TempDir()
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs})
	s, err := delivery.NewSMTPSender(upstreamConfig(t, sink, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Send(context.Background(), item("a", "pat@patient.test")); err != nil {
		t.Fatal(err)
	}
	// Restart the upstream on the same address: the pooled connection is
	// dead, and the next send must notice and dial again.
	addr := sink.Addr
	sink.Close()
	sink2 := deliverytest.Start(t, deliverytest.Options{StartTLS: true, CertDir: certs, Addr: addr})
	if _, err := s.Send(context.Background(), item("b", "pat@patient.test")); err != nil {
		t.Fatalf("send after upstream restart: %v", err)
	}
	sink2.Wait(t, 1, 5*time.Second)
}

func TestOutboxWritesWhatTheRecipientGets(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	ob, err := delivery.NewOutbox(dir)
	if err != nil {
		t.Fatal(err)
	}
	it := item("abc", "pat@patient.test")
	if _, err := ob.Send(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("outbox has %v", files)
	}
	b, _ := os.ReadFile(files[0])
	want := "Return-Path: <alice@practice.test>\r\nDelivered-To: pat@patient.test\r\n" + msgData
	if string(b) != want {
		t.Errorf("outbox file:\n%q\nwant\n%q", b, want)
	}
	if fi, _ := os.Stat(files[0]); fi.Mode().Perm() != 0o600 {
		t.Errorf("outbox file mode %v", fi.Mode().Perm())
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// errPanic scripted makes the sender panic.
var errPanic = errors.New("panic")

// scripted is a Sender whose replies the test scripts per recipient.
type scripted struct {
	mu    sync.Mutex
	reply map[string][]error // consumed in order; nil = delivered
	sent  chan *queue.Item
}

func (s *scripted) Send(_ context.Context, it *queue.Item) (delivery.Receipt, error) {
	s.mu.Lock()
	var err error
	if r := s.reply[it.To]; len(r) > 0 {
		err, s.reply[it.To] = r[0], r[1:]
	}
	s.mu.Unlock()
	s.sent <- it
	if err == errPanic {
		panic("a sender bug")
	}
	if err != nil {
		return delivery.Receipt{}, err
	}
	return delivery.Receipt{Status: "250 2.0.0 ok"}, nil
}

type managerHarness struct {
	v       *vault.Vault
	clk     *clock
	mgr     *delivery.Manager
	snd     *scripted
	settled chan string
	stop    func()
}

func newManager(t *testing.T, lifetime time.Duration, mutate ...func(*delivery.Options)) *managerHarness {
	t.Helper()
	clk := &clock{t: time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)}
	v := openVault(t, clk.Now)
	snd := &scripted{reply: map[string][]error{}, sent: make(chan *queue.Item, 100)}
	settled := make(chan string, 100)
	o := delivery.Options{
		Settled: func(_ *queue.Item, outcome string) { settled <- outcome },
		Vault:   v, Senders: map[string]delivery.Sender{queue.ChannelEmail: snd},
		Bounce:  delivery.DSN{Hostname: "gw.practice.test"}.Bounce,
		Workers: 2, FirstRetry: 5 * time.Minute, MaxBackoff: time.Hour, MaxLifetime: lifetime,
		AttemptTimeout: 10 * time.Second, Log: quiet, Now: clk.Now, Jitter: func() float64 { return 1 },
	}
	for _, m := range mutate {
		m(&o)
	}
	mgr, err := delivery.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { mgr.Run(ctx); close(done) }()
	h := &managerHarness{v: v, clk: clk, mgr: mgr, snd: snd, settled: settled, stop: func() { cancel(); <-done }}
	t.Cleanup(h.stop)
	return h
}

func (h *managerHarness) enqueue(t *testing.T, items ...*queue.Item) {
	t.Helper()
	b := h.v.NewBatch()
	for _, it := range items {
		it.Created, it.Due = h.clk.Now(), h.clk.Now()
		if err := queue.Put(b, it); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	h.mgr.Kick()
}

func (h *managerHarness) nextSend(t *testing.T) *queue.Item {
	t.Helper()
	select {
	case it := <-h.snd.sent:
		return it
	case <-time.After(5 * time.Second):
		t.Fatal("no send attempt")
		return nil
	}
}

// settle waits for the committed outcome of each attempt made so far.
func (h *managerHarness) settle(t *testing.T, n int) {
	t.Helper()
	for range n {
		select {
		case o := <-h.settled:
			if o == "error" {
				t.Fatal("outcome commit failed")
			}
		case <-time.After(5 * time.Second):
			t.Fatal("attempt did not settle")
		}
	}
}

func queued(t *testing.T, v *vault.Vault) []*queue.Item {
	t.Helper()
	items, err := queue.Due(context.Background(), v, time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), 1000)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func auditActions(t *testing.T, v *vault.Vault) []audit.Event {
	t.Helper()
	var out []audit.Event
	if err := v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(e audit.Event) error {
		out = append(out, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestManagerRetriesWithBackoffThenDelivers(t *testing.T) {
	h := newManager(t, 120*time.Hour)
	h.snd.reply["pat@patient.test"] = []error{
		delivery.Temporary("451 4.3.0 try later", nil),
		delivery.Temporary("connect to upstream failed", nil),
	}
	h.enqueue(t, item("q1", "pat@patient.test"))
	start := h.clk.Now()

	h.nextSend(t)
	h.settle(t, 1)
	q := queued(t, h.v)
	if len(q) != 1 || q[0].Attempts != 1 || !q[0].Due.Equal(start.Add(5*time.Minute)) || q[0].LastError != "451 4.3.0 try later" {
		t.Fatalf("after first failure: %+v", q)
	}
	h.mgr.Kick()
	select {
	case <-h.snd.sent:
		t.Fatal("retried before the backoff elapsed")
	case <-time.After(50 * time.Millisecond):
	}

	h.clk.Add(5 * time.Minute)
	h.mgr.Kick()
	h.nextSend(t)
	h.settle(t, 1)
	q = queued(t, h.v)
	if len(q) != 1 || q[0].Attempts != 2 || !q[0].Due.Equal(start.Add(15*time.Minute)) {
		t.Fatalf("second backoff not doubled: %+v", q)
	}

	h.clk.Add(10 * time.Minute)
	h.mgr.Kick()
	h.nextSend(t)
	h.settle(t, 1)
	if q := queued(t, h.v); len(q) != 0 {
		t.Fatalf("delivered item still queued: %+v", q)
	}
	var got []string
	for _, e := range auditActions(t, h.v) {
		got = append(got, e.Action+"/"+e.Outcome)
		if len(e.Recipients) != 1 || e.Recipients[0] != "pat@patient.test" {
			t.Errorf("attempt audit lacks the recipient: %+v", e)
		}
	}
	want := "deferred/temp deferred/temp delivered/ok"
	if strings.Join(got, " ") != want {
		t.Errorf("audit %v, want %s", got, want)
	}
}

// TestManagerSurvivesSenderPanic: a sender that panics on one item defers
// that item (temporary failure, audited) and goes on delivering the rest;
// the item is delivered on its retry.
func TestManagerSurvivesSenderPanic(t *testing.T) {
	h := newManager(t, 120*time.Hour)
	h.snd.reply["poison@patient.test"] = []error{errPanic}
	h.enqueue(t, item("q1", "poison@patient.test"), item("q2", "pat@patient.test"))
	h.nextSend(t)
	h.nextSend(t)
	h.settle(t, 2)
	q := queued(t, h.v)
	if len(q) != 1 || q[0].To != "poison@patient.test" || q[0].Attempts != 1 || q[0].LastError != delivery.StatusInternalError {
		t.Fatalf("after the panic: %+v", q)
	}
	h.clk.Add(5 * time.Minute)
	h.mgr.Kick()
	if it := h.nextSend(t); it.To != "poison@patient.test" {
		t.Fatalf("retried %s", it.To)
	}
	h.settle(t, 1)
	if q := queued(t, h.v); len(q) != 0 {
		t.Fatalf("still queued: %+v", q)
	}
	var got []string
	for _, e := range auditActions(t, h.v) {
		got = append(got, e.Recipients[0]+":"+e.Action)
	}
	slices.Sort(got)
	if want := "pat@patient.test:delivered poison@patient.test:deferred poison@patient.test:delivered"; strings.Join(got, " ") != want {
		t.Fatalf("audit %v, want %s", got, want)
	}
}

// panickyObserver panics on its first Delivered, then records normally.
type panickyObserver struct{ calls atomic.Int32 }

func (o *panickyObserver) Delivered(*vault.Batch, *queue.Item, delivery.Receipt) error {
	if o.calls.Add(1) == 1 {
		panic("an observer bug")
	}
	return nil
}

func (o *panickyObserver) Failed(*vault.Batch, *queue.Item, bool, string) error { return nil }

// TestManagerSurvivesObserverPanic: a panic past the sender leaves the item
// queued as it was (no outcome committed), the process goes on, and the
// next pass settles it.
func TestManagerSurvivesObserverPanic(t *testing.T) {
	obs := &panickyObserver{}
	h := newManager(t, 120*time.Hour, func(o *delivery.Options) {
		o.Observers = map[string]delivery.Observer{queue.ChannelEmail: obs}
	})
	h.enqueue(t, item("q1", "pat@patient.test"))
	h.nextSend(t)
	select {
	case o := <-h.settled:
		if o != "error" {
			t.Fatalf("outcome after an observer panic: %q", o)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("attempt did not settle")
	}
	if q := queued(t, h.v); len(q) != 1 || q[0].Attempts != 0 {
		t.Fatalf("after the panic: %+v", q)
	}
	h.mgr.Kick()
	h.nextSend(t) // sent again: a duplicate, as after a crash before the commit
	h.settle(t, 1)
	if q := queued(t, h.v); len(q) != 0 {
		t.Fatalf("still queued: %+v", q)
	}
}

func TestManagerBouncesPermanentFailureWithDSN(t *testing.T) {
	h := newManager(t, 120*time.Hour)
	h.snd.reply["gone@patient.test"] = []error{delivery.Permanent("550 5.1.1 Recipient address rejected: User unknown", nil)}
	it := item("q1", "gone@patient.test")
	it.Kind = queue.KindNotice
	h.enqueue(t, it)
	h.nextSend(t)
	dsn := h.nextSend(t) // the DSN goes out through the same queue
	h.settle(t, 2)
	if dsn.Kind != queue.KindDSN || dsn.To != "alice@practice.test" || dsn.From != "" {
		t.Fatalf("DSN %s to %q from %q", dsn.Kind, dsn.To, dsn.From)
	}
	d := string(dsn.Data)
	for _, want := range []string{"multipart/report; report-type=delivery-status", "message/delivery-status",
		"Final-Recipient: rfc822; gone@patient.test", "Action: failed", "Status: 5.1.1", "Diagnostic-Code: smtp; 550 5.1.1"} {
		if !strings.Contains(d, want) {
			t.Errorf("DSN lacks %q", want)
		}
	}
	for _, leak := range []string{"Parking", "lot is closed", "m1@practice.test"} {
		if strings.Contains(d, leak) {
			t.Errorf("DSN leaks content %q", leak)
		}
	}
	if q := queued(t, h.v); len(q) != 0 {
		t.Fatalf("queue not empty: %+v", q)
	}
	var actions []string
	for _, e := range auditActions(t, h.v) {
		actions = append(actions, e.Action)
	}
	if strings.Join(actions, " ") != "bounced delivered" {
		t.Errorf("audit %v", actions)
	}
}

func TestManagerExpiresAfterMaxLifetime(t *testing.T) {
	h := newManager(t, 30*time.Minute)
	h.snd.reply["pat@patient.test"] = []error{
		delivery.Temporary("451 4.3.0 try later", nil),
		delivery.Temporary("451 4.3.0 try later", nil),
	}
	h.enqueue(t, item("q1", "pat@patient.test"))
	h.nextSend(t)
	h.settle(t, 1)
	h.clk.Add(31 * time.Minute)
	h.mgr.Kick()
	h.nextSend(t)
	dsn := h.nextSend(t)
	h.settle(t, 2)
	if dsn.Kind != queue.KindDSN || !strings.Contains(string(dsn.Data), "Status: 4.4.7") {
		t.Fatalf("expiry DSN: %s %q", dsn.Kind, dsn.Data)
	}
}

func TestManagerNeverBouncesADSN(t *testing.T) {
	h := newManager(t, 120*time.Hour)
	h.snd.reply["alice@practice.test"] = []error{delivery.Permanent("550 5.1.1 no such user", nil)}
	it := item("dsn1", "alice@practice.test")
	it.Kind, it.From = queue.KindDSN, ""
	h.enqueue(t, it)
	h.nextSend(t)
	h.settle(t, 1)
	select {
	case x := <-h.snd.sent:
		t.Fatalf("a failed DSN produced another message: %+v", x.Kind)
	case <-time.After(50 * time.Millisecond):
	}
	if q := queued(t, h.v); len(q) != 0 {
		t.Fatalf("queue not empty: %+v", q)
	}
}

func TestManagerSendsEachItemOnceWhileInFlight(t *testing.T) {
	v := openVault(t, nil)
	release := make(chan struct{})
	started := make(chan struct{}, 10)
	var calls atomic.Int64
	slow := senderFunc(func(ctx context.Context, it *queue.Item) (delivery.Receipt, error) {
		calls.Add(1)
		started <- struct{}{}
		<-release
		return delivery.Receipt{Status: "250 ok"}, nil
	})
	mgr, err := delivery.New(delivery.Options{Vault: v, Senders: map[string]delivery.Sender{queue.ChannelEmail: slow},
		Workers: 4, FirstRetry: time.Minute, MaxBackoff: time.Hour, MaxLifetime: time.Hour, AttemptTimeout: time.Minute,
		Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { mgr.Run(ctx); close(done) }()
	b := v.NewBatch()
	for _, id := range []string{"a", "b", "c"} {
		queue.Put(b, item(id, id+"@patient.test"))
	}
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	mgr.Kick()
	for range 3 {
		<-started
	}
	// Rescans while all three are in flight (a fourth worker is idle and
	// would take a duplicate at once).
	for range 50 {
		mgr.Kick()
		runtime.Gosched()
	}
	close(release)
	cancel()
	<-done
	if n := calls.Load(); n != 3 {
		t.Errorf("%d sends for 3 items", n)
	}
	if q := queued(t, v); len(q) != 0 {
		t.Errorf("%d items left after shutdown let sends finish", len(q))
	}
}

type senderFunc func(ctx context.Context, it *queue.Item) (delivery.Receipt, error)

func (f senderFunc) Send(ctx context.Context, it *queue.Item) (delivery.Receipt, error) {
	return f(ctx, it)
}

func TestManagerRelaysThroughRealUpstream(t *testing.T) {
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true})
	cfg := upstreamConfig(t, sink, nil)
	up, err := delivery.NewSMTPSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	v := openVault(t, nil)
	mgr, err := delivery.New(delivery.Options{Vault: v, Senders: map[string]delivery.Sender{queue.ChannelEmail: up},
		Workers: 4, FirstRetry: time.Minute, MaxBackoff: time.Hour, MaxLifetime: time.Hour, AttemptTimeout: time.Minute, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go mgr.Run(ctx)
	const n = 50
	b := v.NewBatch()
	for i := range n {
		queue.Put(b, item(strings.Repeat("x", i+1), "pat@patient.test"))
	}
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	mgr.Kick()
	sink.Wait(t, n, 10*time.Second)
	if c := sink.Conns.Load(); c > int64(cfg.Upstream.MaxConnections) {
		t.Errorf("%d upstream connections, limit %d", c, cfg.Upstream.MaxConnections)
	}
}
