// Package smtp is phigate's SMTP submission front end: a thin go-smtp
// Session that enforces TLS, AUTH, sender ownership and limits, turns one
// DATA into one gateway.Pipeline.Accept call, and replies 250 only after the
// pipeline's durable commit.
package smtp

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/users"
)

// Authenticator checks staff credentials.
type Authenticator interface {
	Authenticate(ctx context.Context, email, password string) (*users.User, error)
}

// VaultUsers authenticates against the vault's user store.
type VaultUsers struct{ V *vault.Vault }

func (u VaultUsers) Authenticate(ctx context.Context, email, password string) (*users.User, error) {
	return users.Authenticate(ctx, u.V, email, password)
}

// Options configure a Server.
type Options struct {
	Config   *configs.Config
	TLS      *tls.Config // nil: no STARTTLS (then AUTH is impossible)
	Pipeline *gateway.Pipeline
	Users    Authenticator
	Log      *slog.Logger
	Now      func() time.Time
}

// Server is the submission listener.
type Server struct {
	o        Options
	srv      *gosmtp.Server
	trusted  []*net.IPNet
	render   *EmailRenderer
	ipRate   *rateLimiter
	userRate *rateLimiter
	authFail *rateLimiter // failed AUTH per client IP, across sessions
}

// maxAuthFailuresPerIP bounds password guessing from one address across
// sessions: past it, AUTH is refused for the rest of the minute.
const maxAuthFailuresPerIP = 10

// New builds a Server from config.
func New(o Options) (*Server, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	c := o.Config
	s := &Server{o: o, render: NewEmailRenderer(c)}
	for _, n := range c.SMTP.TrustedNetworks {
		_, ipn, err := net.ParseCIDR(n)
		if err != nil {
			return nil, fmt.Errorf("smtp.trusted_networks: %w", err)
		}
		s.trusted = append(s.trusted, ipn)
	}
	s.ipRate = newRateLimiter(c.SMTP.PerIPPerMinute, o.Now)
	s.userRate = newRateLimiter(c.SMTP.PerUserPerMinute, o.Now)
	s.authFail = newRateLimiter(maxAuthFailuresPerIP, o.Now)
	srv := gosmtp.NewServer(s)
	srv.Domain = c.SMTP.Hostname
	srv.TLSConfig = o.TLS
	srv.MaxMessageBytes = c.SMTP.MaxMessageBytes
	srv.MaxRecipients = c.SMTP.MaxRecipients
	srv.ReadTimeout = c.SMTP.ReadTimeout
	srv.WriteTimeout = c.SMTP.WriteTimeout
	// AUTH is refused before STARTTLS by the session itself (530 5.7.0) and
	// not advertised there; go-smtp's own check would answer 523.
	srv.AllowInsecureAuth = true
	srv.ErrorLog = slogAdapter{o.Log}
	s.srv = srv
	return s, nil
}

// Renderer is the email notice renderer the server uses.
func (s *Server) Renderer() *EmailRenderer { return s.render }

// Serve accepts connections on ln until ctx is done, then shuts down
// gracefully: sessions in DATA finish (bounded by the data timeout).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(newLimitListener(ln, s.o.Config.SMTP.MaxSessions)) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.o.Config.SMTP.DataTimeout)
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil && !errors.Is(err, gosmtp.ErrServerClosed) {
		_ = s.srv.Close()
	}
	// A shutdown that races the start finds no listener to close; closing
	// ours makes a late Serve return at once.
	_ = ln.Close()
	if err := <-errc; err != nil && !errors.Is(err, gosmtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}

func (s *Server) isTrusted(addr net.Addr) bool {
	ta, ok := addr.(*net.TCPAddr)
	if !ok {
		return false
	}
	for _, n := range s.trusted {
		if n.Contains(ta.IP) {
			return true
		}
	}
	return false
}

// NewSession implements gosmtp.Backend.
func (s *Server) NewSession(c *gosmtp.Conn) (gosmtp.Session, error) {
	remote := c.Conn().RemoteAddr()
	ip := remote.String()
	if ta, ok := remote.(*net.TCPAddr); ok {
		ip = ta.IP.String()
	}
	if !s.ipRate.allow(ip) {
		// go-smtp asks for the session at EHLO and would keep the
		// connection open for another try: end it after this reply.
		_ = c.Conn().SetReadDeadline(time.Now())
		return nil, errRateLimited
	}
	return &session{s: s, conn: c, ip: ip, trusted: s.isTrusted(remote)}, nil
}

// slogAdapter routes go-smtp's internal errors to slog. go-smtp logs network
// errors only, never message content.
type slogAdapter struct{ l *slog.Logger }

func (a slogAdapter) Printf(format string, v ...any) {
	a.l.Debug("smtp server", "detail", fmt.Sprintf(format, v...))
}
func (a slogAdapter) Println(v ...any) { a.l.Debug("smtp server", "detail", fmt.Sprint(v...)) }
