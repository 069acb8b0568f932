package smtp

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/memlimit"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

const maxAuthFailures = 3

type session struct {
	s       *Server
	conn    *gosmtp.Conn
	ip      string
	trusted bool

	user         *users.User
	authFailures int

	from     string
	rcpt     []string
	sizeHint int64 // MAIL FROM SIZE=, untrusted, capped by the limit
}

var _ gosmtp.AuthSession = (*session)(nil)

func (se *session) isTLS() bool {
	_, ok := se.conn.TLSConnectionState()
	return ok
}

func (se *session) actor() string {
	if se.user != nil {
		return "user:" + se.user.ID
	}
	return "ip:" + se.ip
}

// AuthMechanisms advertises AUTH only inside TLS.
func (se *session) AuthMechanisms() []string {
	if !se.isTLS() {
		return nil
	}
	return []string{sasl.Plain, sasl.Login}
}

func (se *session) Auth(mech string) (sasl.Server, error) {
	if !se.isTLS() {
		return nil, errTLSRequired
	}
	if se.s.authFail.over(se.ip) {
		return nil, errTooManyAuth
	}
	check := func(username, password string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		u, err := se.s.o.Users.Authenticate(ctx, username, password)
		if err != nil {
			se.authFailures++
			se.s.authFail.allow(se.ip)
			se.s.o.Log.Info("smtp auth failed", "ip", se.ip, "failures", se.authFailures)
			// Slow down guessing: the delay grows with each failure.
			time.Sleep(se.s.o.Config.SMTP.AuthFailDelay * time.Duration(se.authFailures))
			if se.authFailures >= maxAuthFailures {
				// End the session after this reply: the next read fails.
				_ = se.conn.Conn().SetReadDeadline(time.Now())
				return errTooManyAuth
			}
			return errBadCredentials
		}
		se.user = u
		return nil
	}
	switch strings.ToUpper(mech) {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && !strings.EqualFold(identity, username) {
				return errBadCredentials
			}
			return check(username, password)
		}), nil
	case sasl.Login:
		return &loginServer{auth: check}, nil
	}
	return nil, errAuthMechanism
}

func (se *session) Mail(from string, opts *gosmtp.MailOptions) error {
	if se.user == nil && !se.trusted {
		return errAuthRequired
	}
	if se.user != nil {
		if from == "" {
			return errNullSenderStaff
		}
		if !strings.EqualFold(from, se.user.Email) {
			return errSenderNotOwned
		}
		if !se.s.userRate.allow(se.user.ID) {
			return errRateLimited
		}
	} else if !se.s.ipRate.allow(se.ip) {
		// A trusted client has no user to count against: its messages
		// count against its address, like its connections.
		return errRateLimited
	}
	if from != "" && !validAddress(from) {
		return errBadAddress
	}
	se.from = from
	if opts != nil {
		se.sizeHint = opts.Size
	}
	return nil
}

func (se *session) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	if se.user == nil && !se.trusted {
		return errAuthRequired
	}
	if !validAddress(to) {
		return errBadAddress
	}
	se.rcpt = append(se.rcpt, to)
	return nil
}

// validAddress is a bounded sanity check; go-smtp has parsed the path.
func validAddress(a string) bool {
	at := strings.LastIndexByte(a, '@')
	return len(a) <= 254 && at > 0 && at < len(a)-1 && !strings.ContainsAny(a, " \t\r\n<>")
}

func (se *session) Data(r io.Reader) error {
	if len(se.rcpt) == 0 {
		return errNoValidRcpt
	}
	cfg := se.s.o.Config
	// go-smtp refreshes the read deadline per command line but not inside
	// DATA, so this bounds the whole transfer.
	_ = se.conn.Conn().SetReadDeadline(time.Now().Add(cfg.SMTP.DataTimeout))
	defer se.conn.Conn().SetReadDeadline(time.Time{})

	// The trace header goes in front of the message in the same buffer, so a
	// large message is never copied to prepend it.
	id := gateway.NewID()
	trace := se.received(id)
	// A large message tightens the GC while it is buffered and stored, so
	// one 30 MB message does not take the heap to several times its size.
	exit := memlimit.Default.Enter(min(se.sizeHint, cfg.SMTP.MaxMessageBytes))
	defer func() { exit() }()
	buf, err := readAll(r, trace, se.sizeHint, cfg.SMTP.MaxMessageBytes)
	if err == nil && se.sizeHint < memlimit.Threshold {
		exit = memlimit.Default.Enter(int64(len(buf))) // no (honest) SIZE
	}
	if err != nil {
		var se *gosmtp.SMTPError
		if errors.As(err, &se) {
			return se
		}
		if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
			return errDataTimeout
		}
		return errInternal
	}
	raw := buf[len(trace):]
	if err := checkHeader(raw); err != nil {
		return malformed(err.Error())
	}
	// Broken MIME inside a valid header comes back with Unparsable set:
	// scanning cannot be trusted, so the pipeline seals it (fail closed)
	// rather than relaying it.
	content, _ := filters.FromMIME(bytes.NewReader(raw), cfg.SMTP.MaxMessageBytes)
	if content == nil {
		content = &filters.Content{Unparsable: true}
	}

	msg := &gateway.Message{
		ID: id, Channel: queue.ChannelEmail, Actor: se.actor(), From: se.from,
		Recipients: append([]string(nil), se.rcpt...),
		Raw:        buf,
		Content:    content,
		Received:   se.s.o.Now().UTC(),
	}

	ctx, cancel := context.WithTimeout(context.Background(), cfg.SMTP.DataTimeout)
	defer cancel()
	res, err := se.s.o.Pipeline.Accept(ctx, msg, se.s.render)
	switch {
	case err == nil:
		se.s.o.Log.Info("smtp accepted", "msg_id", id, "action", res.Action.String(),
			"categories", res.Verdict.Categories, "recipients", len(se.rcpt), "actor", se.actor())
		return nil
	case errors.Is(err, gateway.ErrRejected):
		se.s.o.Log.Info("smtp rejected by policy", "msg_id", id, "categories", res.Verdict.Categories)
		return errRejected
	case errors.Is(err, gateway.ErrTemporary):
		se.s.o.Log.Error("smtp commit failed", "msg_id", id, "err", err)
		return errStorage
	default:
		se.s.o.Log.Error("smtp accept failed", "msg_id", id, "err", err)
		return errInternal
	}
}

// received builds this hop's trace header. It names the client's HELO and
// address and the authenticated user's ID, nothing from the message.
func (se *session) received(id string) []byte {
	with := "ESMTP"
	if se.isTLS() {
		with += "S"
	}
	if se.user != nil {
		with += "A"
	}
	helo := sanitizeToken(se.conn.Hostname())
	return []byte(fmt.Sprintf("Received: from %s ([%s])\r\n\tby %s (phigate) with %s id %s;\r\n\t%s\r\n",
		helo, se.ip, se.s.o.Config.SMTP.Hostname, with, id, se.s.o.Now().UTC().Format(time.RFC1123Z)))
}

func sanitizeToken(s string) string {
	if len(s) > 255 {
		s = s[:255]
	}
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || r == '(' || r == ')' || r == ';' {
			return '_'
		}
		return r
	}, s)
}

func (se *session) Reset() {
	se.from = ""
	se.rcpt = nil
	se.sizeHint = 0
}

func (se *session) Logout() error { return nil }

// readAll reads the message into one buffer after prefix. The client's SIZE
// declaration (bounded by max) sizes the buffer up front, so a large message
// is not copied while the buffer grows.
func readAll(r io.Reader, prefix []byte, sizeHint, max int64) ([]byte, error) {
	hint := int64(64 << 10)
	if sizeHint > hint {
		hint = min(sizeHint, max) + 4096
	}
	buf := bytes.NewBuffer(make([]byte, 0, int64(len(prefix))+hint))
	buf.Write(prefix)
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, errTooLarge
	}
	return buf.Bytes(), nil
}

// checkHeader validates the RFC 5322 header block. A message without a
// parsable header cannot be scanned or relayed.
func checkHeader(raw []byte) error {
	if len(raw) == 0 {
		return errors.New("empty message")
	}
	br := bufio.NewReader(bytes.NewReader(raw))
	tp := textproto.NewReader(br)
	h, err := tp.ReadMIMEHeader()
	if errors.Is(err, io.EOF) && len(h) > 0 {
		err = nil // a header-only message
	}
	if err != nil {
		return errors.New("header section cannot be parsed")
	}
	if len(h.Values("From")) == 0 {
		return errors.New("missing From header")
	}
	return nil
}
