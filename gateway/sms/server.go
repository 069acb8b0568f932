// Package sms is phigate's SMS channel, in front of Twilio.
//
// Outbound, practice tools send through a Twilio-compatible Messages API
// (POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic with
// keys from "phigate apikeys add"): each message goes through the gateway
// pipeline, so a body or media with PHI is sealed and the patient gets a
// one-segment neutral SMS with a portal link, and clean text passes as it
// was. Delivery is the durable queue's job (TwilioSender, via twilio-go).
//
// Inbound, Twilio's webhooks (POST /twilio/sms, POST /twilio/status) are
// verified against X-Twilio-Signature, committed durably and answered at
// once with TwiML: opt-out keywords go to the consent registry, a patient's
// text is sealed, and the slow part — fetching photos from Twilio, sealing
// them, deleting them there, forwarding the message to the practice's own
// webhook with PHI replaced by a staff portal link — runs from the queue
// (InboundSender).
//
// The server speaks plain HTTP on sms.listen. TLS belongs to the reverse
// proxy in front of it (Twilio calls https://sms.public_url); signatures are
// checked against sms.public_url, never against forwarded host headers.
package sms

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/twilio/twilio-go/client"
	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/gateway/httpserve"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/apikeys"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// Paths Twilio calls. Exact: no redirects, no trailing-slash variants.
const (
	pathInbound = "/twilio/sms"
	pathStatus  = "/twilio/status"
	apiPrefix   = "/2010-04-01/Accounts/"
)

// Limits.
const (
	// MaxRequestBodySize bounds every request: an API send is at most
	// 1,600 characters of body and 10 media URLs, a webhook about 30 short
	// fields plus 10 media URLs, both form-encoded (up to 9 bytes a
	// character).
	MaxRequestBodySize = 64 << 10
	// MaxBodyChars is Twilio's limit on a message body.
	MaxBodyChars = 1600
	// MaxMedia is Twilio's limit on media per message.
	MaxMedia = 10
	// MaxMediaBytes caps one fetched MMS item (Twilio's own cap is 5 MB).
	MaxMediaBytes = 5 << 20
)

// Options are what the server wiring passes to New.
type Options struct {
	Config   *configs.Config
	Vault    *vault.Vault
	Pipeline *gateway.Pipeline
	Log      *slog.Logger
	Now      func() time.Time
	// Kick wakes delivery after a commit that queued work; may be nil.
	Kick func()
}

// Server is the SMS front end: the send API and Twilio's webhooks.
type Server struct {
	cfg       *configs.Config
	v         *vault.Vault
	pipe      *gateway.Pipeline
	log       *slog.Logger
	now       func() time.Time
	kick      func()
	account   string // the account SID of the send API
	render    *Renderer
	publicURL string // sms.public_url without trailing slash; "" = webhooks refused
	validator *client.RequestValidator
	api       *twilioAPI
	handler   fasthttp.RequestHandler

	// locks serialise the check-then-commit of one inbound MessageSid
	// (replay detection) or one status report; striped by hash.
	locks [64]sync.Mutex

	fails *limiter // refused requests per client IP

	senders map[string]delivery.Sender
}

// New builds a server from o. The account SID clients use is the
// configured sms.account_sid, or one generated once and kept in the vault.
func New(o Options) (*Server, error) {
	if o.Config == nil || o.Vault == nil || o.Pipeline == nil {
		return nil, errors.New("sms: Config, Vault and Pipeline are required")
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	cfg := o.Config
	account, err := apikeys.AccountSID(context.Background(), o.Vault, cfg.SMS.AccountSID)
	if err != nil {
		return nil, err
	}
	api, err := newTwilioAPI(cfg)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, v: o.Vault, pipe: o.Pipeline, log: o.Log.With("component", "sms"), now: o.Now, kick: o.Kick,
		account: account, render: NewRenderer(cfg), api: api,
		publicURL: strings.TrimSuffix(cfg.SMS.PublicURL, "/"),
		fails:     newLimiter(120, time.Minute),
	}
	if s.publicURL != "" {
		u, err := url.Parse(s.publicURL)
		if err != nil || u.RawQuery != "" || u.Fragment != "" {
			return nil, fmt.Errorf("sms.public_url: want a base URL without query, got %q", cfg.SMS.PublicURL)
		}
	}
	if cfg.SMS.AuthToken != "" {
		rv := client.NewRequestValidator(cfg.SMS.AuthToken)
		s.validator = &rv
	}
	// Fail at start, not at the first PHI message: the longest notice this
	// configuration can produce must fit one segment.
	if _, err := NoticeText(s.render.name, strings.TrimSuffix(cfg.Portal.BaseURL, "/")+"/s/"+
		strings.Repeat("A", base64.RawURLEncoding.EncodedLen(links.SMSTokenBytes))); err != nil {
		return nil, fmt.Errorf("portal.base_url: %w", err)
	}
	s.senders = map[string]delivery.Sender{
		ChannelCallback: &CallbackSender{token: cfg.SMS.AuthToken, hc: webClient(20 * time.Second)},
		ChannelInbound:  s.newInboundSender(),
	}
	if cfg.SMS.AccountSID != "" {
		tw, err := NewTwilioSender(cfg, o.Vault)
		if err != nil {
			return nil, err
		}
		s.senders[queue.ChannelSMS] = tw
	}
	s.handler = s.route
	return s, nil
}

// Handler is the request handler (for tests and embedding).
func (s *Server) Handler() fasthttp.RequestHandler { return s.handler }

// AccountSID is the account SID the send API answers to.
func (s *Server) AccountSID() string { return s.account }

// Serve answers on ln until ctx is done, then shuts down gracefully. It
// speaks plain HTTP: terminate TLS in the reverse proxy in front of it.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if s.publicURL == "" {
		s.log.Warn("sms.public_url is not set: Twilio webhooks will be refused (signatures cannot be checked)")
	}
	srv := &fasthttp.Server{
		Handler:               s.handler,
		ErrorHandler:          s.transportError,
		Name:                  "phigate",
		NoDefaultServerHeader: true,
		NoDefaultContentType:  true,
		ReadTimeout:           15 * time.Second,
		WriteTimeout:          15 * time.Second,
		IdleTimeout:           120 * time.Second,
		MaxRequestBodySize:    MaxRequestBodySize,
		ReadBufferSize:        8192,
		Concurrency:           4096,
		// Webhook and API bodies are form-encoded; never parse multipart.
		DisablePreParseMultipartForm: true,
		Logger:                       fasthttpLogger{s.log},
	}
	if err := httpserve.Serve(ctx, srv, ln, s.log); err != nil {
		return fmt.Errorf("sms: %w", err)
	}
	return nil
}

type fasthttpLogger struct{ l *slog.Logger }

// Printf drops fasthttp's message arguments: they may quote request data.
func (f fasthttpLogger) Printf(format string, _ ...any) { f.l.Debug("fasthttp", "format", format) }

// transportError answers requests fasthttp could not read (oversize or
// malformed) with a Twilio error, and audits them.
func (s *Server) transportError(ctx *fasthttp.RequestCtx, err error) {
	e := errMalformed
	if errors.Is(err, fasthttp.ErrBodyTooLarge) {
		e = errTooLarge
	}
	s.refuse(ctx, e, "ip:"+ctx.RemoteIP().String(), "transport")
}

// route dispatches on the exact, unnormalised path.
func (s *Server) route(ctx *fasthttp.RequestCtx) {
	path := string(ctx.Request.URI().PathOriginal())
	post := ctx.IsPost()
	switch {
	case path == pathInbound:
		if !post {
			s.methodNotAllowed(ctx, "POST")
			return
		}
		s.inbound(ctx)
	case path == pathStatus:
		if !post {
			s.methodNotAllowed(ctx, "POST")
			return
		}
		s.status(ctx)
	case strings.HasPrefix(path, apiPrefix):
		s.serveAPI(ctx, path[len(apiPrefix):])
	default:
		errNotFound.write(ctx)
	}
}

func (s *Server) methodNotAllowed(ctx *fasthttp.RequestCtx, allow string) {
	errMethod.write(ctx)
	ctx.Response.Header.Set("Allow", allow)
}

// refuse answers a bad request with e and records it in the audit log
// before the answer leaves, as every refusal must be on record. A client
// that keeps sending bad requests is throttled (429) once over the limit,
// with one audit event per window rather than one per request.
func (s *Server) refuse(ctx *fasthttp.RequestCtx, e *apiError, actor, detail string) {
	ip := ctx.RemoteIP().String()
	now := s.now()
	n := s.fails.hit(ip, now)
	if n > s.fails.max {
		if n == s.fails.max+1 {
			s.auditNow(audit.Event{Actor: actor, Action: audit.ActRejected, Channel: "sms", Outcome: "fail",
				Detail: "throttled: too many refused requests"})
		}
		errTooMany.write(ctx)
		return
	}
	action := audit.ActRejected
	switch e {
	case errAuth:
		action = audit.ActAuthFailed
	case errSignature, errReplay, errWrongAccount:
		action = audit.ActSignatureBad
	}
	if !s.auditNow(audit.Event{Actor: actor, Action: action, Channel: "sms", Outcome: "fail",
		Detail: fmt.Sprintf("%s: twilio %d", detail, e.Code)}) {
		errUnavailable.write(ctx)
		return
	}
	e.write(ctx)
}

// auditNow commits one audit event durably; false if it could not.
func (s *Server) auditNow(ev audit.Event) bool {
	if ev.Time.IsZero() {
		ev.Time = s.now().UTC()
	}
	b := s.v.NewBatch()
	b.Audit(ev)
	cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.v.Commit(cctx, b); err != nil {
		s.log.Error("audit commit failed", "action", ev.Action, "err", err)
		return false
	}
	return true
}

func (s *Server) lockFor(key string) *sync.Mutex {
	var h uint32 = 2166136261
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return &s.locks[h%uint32(len(s.locks))]
}

func (s *Server) kickDelivery() {
	if s.kick != nil {
		s.kick()
	}
}

// Senders returns the delivery senders of the SMS channel by queue channel,
// for the delivery manager: queue.ChannelSMS (Twilio, only when
// sms.account_sid is set — without it the server's dev outbox takes "sms"),
// ChannelCallback (status forwards to callers) and ChannelInbound (MMS
// fetch, seal, delete at Twilio, forward to the practice).
func (s *Server) Senders() map[string]delivery.Sender {
	out := make(map[string]delivery.Sender, len(s.senders))
	for k, v := range s.senders {
		out[k] = v
	}
	return out
}

// Observer returns the delivery observer for queue.ChannelSMS items.
func (s *Server) Observer() delivery.Observer { return Observer{s} }

// Observers is Observer keyed by channel, the shape delivery.Options wants,
// with the inbound channel's (which clears an item's step markers).
func (s *Server) Observers() map[string]delivery.Observer {
	return map[string]delivery.Observer{queue.ChannelSMS: Observer{s}, ChannelInbound: inboundObserver{}}
}

// limiter counts events per key in fixed windows; bounded in keys.
type limiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	start  time.Time
	counts map[string]int
}

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, counts: map[string]int{}}
}

// hit counts one event for key and returns the count in this window.
func (l *limiter) hit(key string, now time.Time) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.start) >= l.window || len(l.counts) > 100_000 {
		l.start = now
		clear(l.counts)
	}
	l.counts[key]++
	return l.counts[key]
}
