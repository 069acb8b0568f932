// Package deliverytest provides a real SMTP server for tests: a go-smtp
// upstream on loopback that records what it receives and can be told to
// refuse, defer, or offer no STARTTLS. Tests of the relay, the queue and
// the whole server use it as the upstream MTA, the way net/http/httptest
// gives HTTP tests a real server.
package deliverytest

import (
	"context"
	"io"
	"log"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/gateway/tlsconf"
)

// Msg is one received message (one transaction).
type Msg struct {
	From string
	To   []string
	Data []byte
	TLS  bool
	User string // authenticated user, "" without AUTH
}

// Options shape the sink's behaviour. The zero value is a plain server
// that accepts everything.
type Options struct {
	// StartTLS offers STARTTLS with a self-signed certificate.
	StartTLS bool
	// Users, when non-empty, requires AUTH PLAIN with one of these
	// username → password pairs before MAIL.
	Users map[string]string
	// Rcpt, when set, decides each RCPT: return a *gosmtp.SMTPError to
	// refuse it.
	Rcpt func(to string) error
	// Data, when set, decides each message after it is received.
	Data func(m Msg) error
	// Addr to listen on; default 127.0.0.1:0.
	Addr string
	// CertDir keeps the STARTTLS certificate in this dir (reused across
	// sinks, left in place); default a temporary dir removed on Close.
	CertDir string
}

// Sink is a running SMTP server.
type Sink struct {
	Addr  string
	Conns atomic.Int64 // connections accepted so far

	o    Options
	srv  *gosmtp.Server
	ln   net.Listener
	mu   sync.Mutex
	msgs []Msg
	cond chan struct{} // closed and replaced on each message

	certDir string
	tmpDir  string // removed on Close
}

// Start starts a sink; it stops when the test ends.
func Start(t testing.TB, o Options) *Sink {
	t.Helper()
	s, err := Listen(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// Listen starts a sink without a test (benchmark tools).
func Listen(o Options) (*Sink, error) {
	addr := o.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &Sink{Addr: ln.Addr().String(), o: o, ln: ln, cond: make(chan struct{})}
	srv := gosmtp.NewServer(backend{s})
	srv.Domain = "sink.test"
	srv.ErrorLog = log.New(io.Discard, "", 0) // clients that vanish mid-session are expected here
	srv.AllowInsecureAuth = false
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	srv.MaxMessageBytes = 64 << 20
	srv.MaxRecipients = 1000
	if o.StartTLS {
		dir := o.CertDir
		if dir == "" {
			tmp, err := os.MkdirTemp("", "phigate-sink-")
			if err != nil {
				ln.Close()
				return nil, err
			}
			dir, s.tmpDir = tmp, tmp
		}
		s.certDir = dir
		tc, _, err := tlsconf.Server("", "", dir, "sink", []string{"127.0.0.1", "localhost"})
		if err != nil {
			os.RemoveAll(s.tmpDir)
			ln.Close()
			return nil, err
		}
		srv.TLSConfig = tc
	}
	s.srv = srv
	go srv.Serve(countingListener{ln, &s.Conns})
	return s, nil
}

// Close stops the sink.
func (s *Sink) Close() {
	_ = s.srv.Close()
	if s.tmpDir != "" {
		os.RemoveAll(s.tmpDir)
	}
}

// CertFile is the sink's self-signed certificate (with StartTLS), for
// upstream.ca_file.
func (s *Sink) CertFile() string {
	if s.certDir == "" {
		return ""
	}
	return s.certDir + "/tls/sink.crt"
}

// Messages returns what has been received so far.
func (s *Sink) Messages() []Msg {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Msg(nil), s.msgs...)
}

// Wait returns once at least n messages have been received, or fails the
// test after timeout.
func (s *Sink) Wait(t testing.TB, n int, timeout time.Duration) []Msg {
	t.Helper()
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		got, ch := len(s.msgs), s.cond
		s.mu.Unlock()
		if got >= n {
			return s.Messages()
		}
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("sink received %d messages, want %d within %v", got, n, timeout)
		}
	}
}

// WaitContext is Wait for tools: it returns the count reached when ctx ends.
func (s *Sink) WaitContext(ctx context.Context, n int) int {
	for {
		s.mu.Lock()
		got, ch := len(s.msgs), s.cond
		s.mu.Unlock()
		if got >= n {
			return got
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return got
		}
	}
}

// Count is the number of messages received.
func (s *Sink) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.msgs)
}

func (s *Sink) add(m Msg) {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	close(s.cond)
	s.cond = make(chan struct{})
	s.mu.Unlock()
}

type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

type backend struct{ s *Sink }

func (b backend) NewSession(c *gosmtp.Conn) (gosmtp.Session, error) {
	return &session{s: b.s, conn: c}, nil
}

type session struct {
	s    *Sink
	conn *gosmtp.Conn
	user string
	m    Msg
}

var errAuthRequired = &gosmtp.SMTPError{Code: 530, EnhancedCode: gosmtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}

func (se *session) AuthMechanisms() []string {
	if len(se.s.o.Users) == 0 {
		return nil
	}
	return []string{sasl.Plain}
}

func (se *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if want, ok := se.s.o.Users[user]; ok && want == pass {
			se.user = user
			return nil
		}
		return &gosmtp.SMTPError{Code: 535, EnhancedCode: gosmtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
	}), nil
}

func (se *session) Mail(from string, _ *gosmtp.MailOptions) error {
	if len(se.s.o.Users) > 0 && se.user == "" {
		return errAuthRequired
	}
	_, isTLS := se.conn.TLSConnectionState()
	se.m = Msg{From: from, TLS: isTLS, User: se.user}
	return nil
}

func (se *session) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	if se.s.o.Rcpt != nil {
		if err := se.s.o.Rcpt(to); err != nil {
			return err
		}
	}
	se.m.To = append(se.m.To, to)
	return nil
}

func (se *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m := se.m
	m.Data = b
	if se.s.o.Data != nil {
		if err := se.s.o.Data(m); err != nil {
			return err
		}
	}
	se.s.add(m)
	return nil
}

func (se *session) Reset()        { se.m = Msg{} }
func (se *session) Logout() error { return nil }

// ErrTemp and ErrPerm are ready-made replies for Options hooks.
var (
	ErrTemp = &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "Try again later"}
	ErrPerm = &gosmtp.SMTPError{Code: 550, EnhancedCode: gosmtp.EnhancedCode{5, 1, 1}, Message: "Recipient address rejected: User unknown"}
)
