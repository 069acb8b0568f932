package delivery

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault/queue"
)

// TLS modes of the upstream connection (upstream.tls).
const (
	TLSStartTLS = "starttls" // plain connect, STARTTLS required before MAIL
	TLSImplicit = "tls"      // TLS from the first byte (port 465)
	TLSNone     = "none"     // cleartext: only for a relay on a trusted link
)

// SMTPSender relays email items to the upstream MTA over a small pool of
// reused connections. With STARTTLS (the default) a server that does not
// offer it gets nothing: the item is deferred, never sent in the clear.
type SMTPSender struct {
	addr     string
	mode     string
	tls      *tls.Config
	auth     func() sasl.Client
	helo     string
	dialer   net.Dialer
	maxIdle  time.Duration
	slots    chan struct{} // one per allowed connection
	mu       sync.Mutex
	idle     []*upConn
	closed   bool
	cmdLimit time.Duration
}

type upConn struct {
	c        *gosmtp.Client
	lastUsed time.Time
	maxSize  int64
}

// NewSMTPSender builds the upstream relay from config.
func NewSMTPSender(cfg *configs.Config) (*SMTPSender, error) {
	u := cfg.Upstream
	host, _, err := net.SplitHostPort(u.Address)
	if err != nil {
		return nil, fmt.Errorf("upstream.address: %w", err)
	}
	s := &SMTPSender{
		addr:     u.Address,
		mode:     u.TLS,
		helo:     cfg.SMTP.Hostname,
		dialer:   net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second},
		maxIdle:  30 * time.Second,
		slots:    make(chan struct{}, max(1, u.MaxConnections)),
		cmdLimit: 5 * time.Minute,
	}
	if s.helo == "" {
		s.helo = "localhost"
	}
	if s.mode != TLSNone {
		name := u.ServerName
		if name == "" {
			name = host
		}
		s.tls = &tls.Config{ServerName: name, MinVersion: tls.VersionTLS12, InsecureSkipVerify: u.InsecureSkipVerify}
		if u.CAFile != "" {
			pem, err := os.ReadFile(u.CAFile)
			if err != nil {
				return nil, fmt.Errorf("upstream.ca_file: %w", err)
			}
			pool, err := x509.SystemCertPool()
			if err != nil || pool == nil {
				pool = x509.NewCertPool()
			}
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("upstream.ca_file: %s holds no PEM certificate", u.CAFile)
			}
			s.tls.RootCAs = pool
		}
	}
	if u.Username != "" {
		if s.mode == TLSNone && !isLoopback(host) {
			return nil, errors.New("upstream.username: refusing to send the upstream password in the clear (upstream.tls is none and the relay is not on loopback)")
		}
		user, pass := u.Username, u.Password
		s.auth = func() sasl.Client { return sasl.NewPlainClient("", user, pass) }
	}
	return s, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Close closes the idle connections; sends in progress finish first.
func (s *SMTPSender) Close() error {
	s.mu.Lock()
	idle := s.idle
	s.idle, s.closed = nil, true
	s.mu.Unlock()
	for _, c := range idle {
		_ = c.c.Quit()
	}
	return nil
}

// Send relays one item: MAIL, RCPT, DATA on a pooled connection.
func (s *SMTPSender) Send(ctx context.Context, it *queue.Item) (Receipt, error) {
	if it.Channel != queue.ChannelEmail {
		return Receipt{}, Permanent("554 5.3.0 not an email item", nil)
	}
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return Receipt{}, Temporary("timeout waiting for an upstream connection", ctx.Err())
	}
	defer func() { <-s.slots }()

	// A pooled connection may have been closed by the server since its last
	// use; a failure before any reply on it is retried once on a new one.
	for attempt := 0; ; attempt++ {
		c, reused, err := s.conn(ctx)
		if err != nil {
			return Receipt{}, err
		}
		r, err, healthy := s.transaction(ctx, c, it)
		if healthy {
			s.put(c)
		} else {
			_ = c.c.Close()
		}
		if err != nil && reused && attempt == 0 && isStale(err) {
			continue
		}
		return r, err
	}
}

// isStale reports an error that means the pooled connection was dead
// before we used it, not a reply to this message.
func isStale(err error) bool {
	var se *gosmtp.SMTPError
	if errors.As(err, &se) {
		return se.Code == 421
	}
	return true
}

func (s *SMTPSender) conn(ctx context.Context) (*upConn, bool, error) {
	now := time.Now()
	s.mu.Lock()
	for len(s.idle) > 0 {
		c := s.idle[len(s.idle)-1]
		s.idle = s.idle[:len(s.idle)-1]
		if now.Sub(c.lastUsed) < s.maxIdle {
			s.mu.Unlock()
			return c, true, nil
		}
		go c.c.Close()
	}
	s.mu.Unlock()
	c, err := s.dial(ctx)
	return c, false, err
}

func (s *SMTPSender) put(c *upConn) {
	c.lastUsed = time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		go c.c.Close()
		return
	}
	s.idle = append(s.idle, c)
}

func (s *SMTPSender) dial(ctx context.Context) (*upConn, error) {
	nc, err := s.dialer.DialContext(ctx, "tcp", s.addr)
	if err != nil {
		return nil, Temporary("connect to upstream failed", err)
	}
	if s.mode == TLSImplicit {
		tc := tls.Client(nc, s.tls)
		if err := tc.HandshakeContext(ctx); err != nil {
			nc.Close()
			return nil, Temporary("TLS handshake with upstream failed", err)
		}
		nc = tc
	}
	stop := context.AfterFunc(ctx, func() { nc.Close() })
	defer stop()
	fail := func(c *gosmtp.Client, what string, err error) (*upConn, error) {
		if c != nil {
			c.Close()
		} else {
			nc.Close()
		}
		var se *gosmtp.SMTPError
		if errors.As(err, &se) {
			return nil, Temporary(strings.TrimSpace(fmt.Sprintf("%d %s upstream %s failed", se.Code, enhanced(se), what)), err)
		}
		return nil, Temporary("upstream "+what+" failed", err)
	}
	var c *gosmtp.Client
	if s.mode == TLSStartTLS {
		// go-smtp greets with "localhost" before STARTTLS (it has no public
		// StartTLS); the EHLO that counts, inside TLS, uses our name.
		nc.SetDeadline(time.Now().Add(s.cmdLimit))
		var err error
		c, err = gosmtp.NewClientStartTLS(nc, s.tls)
		if err != nil {
			if strings.Contains(err.Error(), "doesn't support STARTTLS") {
				return nil, Temporary("upstream does not offer STARTTLS (required by upstream.tls)", err)
			}
			return fail(nil, "STARTTLS", err)
		}
		nc.SetDeadline(time.Time{})
	} else {
		c = gosmtp.NewClient(nc)
	}
	c.CommandTimeout = s.cmdLimit
	c.SubmissionTimeout = s.cmdLimit
	if err := c.Hello(s.helo); err != nil {
		return fail(c, "greeting", err)
	}
	if s.auth != nil {
		if err := c.Auth(s.auth()); err != nil {
			return fail(c, "AUTH", err)
		}
	}
	uc := &upConn{c: c}
	if ok, v := c.Extension("SIZE"); ok {
		fmt.Sscan(v, &uc.maxSize)
	}
	return uc, nil
}

// transaction runs one mail transaction. healthy reports whether the
// connection can carry another one.
func (s *SMTPSender) transaction(ctx context.Context, uc *upConn, it *queue.Item) (r Receipt, err error, healthy bool) {
	if uc.maxSize > 0 && int64(len(it.Data)) > uc.maxSize {
		return Receipt{}, Permanent(fmt.Sprintf("552 5.3.4 message size %d exceeds upstream limit %d", len(it.Data), uc.maxSize), nil), true
	}
	stop := context.AfterFunc(ctx, func() { uc.c.Close() })
	defer stop()
	// A panic here (the manager recovers it and defers the item) would
	// otherwise leave the connection neither pooled nor closed: leaked, and
	// mid-transaction on the server's side.
	defer func() {
		if p := recover(); p != nil {
			_ = uc.c.Close()
			panic(p)
		}
	}()
	c := uc.c
	// A failed command leaves the server mid-transaction; RSET returns it to
	// a clean state so the connection can be reused.
	reply := func(err error) (Receipt, error, bool) {
		var se *gosmtp.SMTPError
		if !errors.As(err, &se) {
			return Receipt{}, Temporary("upstream connection failed", err), false
		}
		st := replyStatus(se)
		healthy := se.Code != 421 && c.Reset() == nil
		if se.Code >= 500 {
			return Receipt{}, Permanent(st, err), healthy
		}
		return Receipt{}, Temporary(st, err), healthy
	}
	if err := c.Mail(it.From, &gosmtp.MailOptions{Size: int64(len(it.Data))}); err != nil {
		return reply(err)
	}
	if err := c.Rcpt(it.To, nil); err != nil {
		return reply(err)
	}
	w, err := c.Data()
	if err != nil {
		return reply(err)
	}
	if _, err := w.Write(it.Data); err != nil {
		return Receipt{}, Temporary("upstream connection failed during DATA", err), false
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		var se *gosmtp.SMTPError
		if !errors.As(err, &se) {
			return Receipt{}, Temporary("upstream connection failed after DATA", err), false
		}
		if se.Code >= 500 {
			return Receipt{}, Permanent(replyStatus(se), err), se.Code != 421
		}
		return Receipt{}, Temporary(replyStatus(se), err), se.Code != 421
	}
	return Receipt{Status: "250 " + cleanText(resp.StatusText)}, nil, true
}

func enhanced(se *gosmtp.SMTPError) string {
	if se.EnhancedCode == (gosmtp.EnhancedCode{}) || se.EnhancedCode == gosmtp.NoEnhancedCode {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", se.EnhancedCode[0], se.EnhancedCode[1], se.EnhancedCode[2])
}

// replyStatus renders an upstream reply for the audit log and DSNs.
func replyStatus(se *gosmtp.SMTPError) string {
	s := fmt.Sprintf("%d", se.Code)
	if e := enhanced(se); e != "" {
		s += " " + e
	}
	if t := cleanText(se.Message); t != "" {
		s += " " + t
	}
	return s
}

// cleanText keeps an upstream reply text to one short line and drops words
// that carry addresses: the text lands in the audit log and in DSNs, and
// recipients are recorded there by field, not in free text.
func cleanText(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	var out []string
	for _, w := range strings.Split(t, " ") {
		if strings.ContainsAny(w, "@<>") {
			w = "[address]"
		}
		out = append(out, w)
	}
	t = strings.Join(out, " ")
	if len(t) > 160 {
		t = t[:160]
	}
	return strings.ToValidUTF8(t, "?")
}
