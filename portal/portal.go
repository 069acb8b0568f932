// Package portal is the only place a patient sees PHI: the HTTPS site behind
// the notice links. A patient opens /s/{token} (a page that names only the
// practice and never changes state), proves who they are (date of birth from
// the patient directory, or a one-time code sent through the delivery
// queue), and reads the sealed message in a server-side session: text
// escaped, HTML sanitised, images stripped of metadata, attachments as
// downloads. They can reply securely with text and photos.
//
// fasthttp, html/template and embedded assets; no JavaScript is needed (one
// small same-origin script shows the idle-logoff countdown; without it the
// page refreshes to a warning page, /idle, and then to the signed-out page).
//
// # TLS and reverse proxies
//
// Serve speaks HTTPS itself: TLS 1.2+ with forward-secret AEAD suites, the
// certificate from portal.tls_cert and portal.tls_key, or a self-signed
// development certificate generated in data_dir. Behind a reverse proxy
// that terminates TLS, use ServePlain on the proxy-facing listener instead:
// portal.base_url stays https, portal.trusted_proxies must name the proxy
// (addresses or CIDRs), and the proxy must send X-Forwarded-Proto: https
// and X-Forwarded-For. Requests from any other peer, or forwarded from
// cleartext, get 421 and no page. With trusted_proxies set, the client
// address for rate limits and audit is the right-most X-Forwarded-For hop
// that is not itself a trusted proxy.
//
// # Staff actions and the CLI
//
// Staff (the sender of a message, or an admin) manage its links at
// /staff/links: unlock a locked link (UnlockLink) or send a new one in place
// of a locked or lost one (ResendLink). Both are audited and callable from
// a command line with the server's vault. The patient directory that the
// date-of-birth check reads is kept with SetPatients and RemovePatient
// (audited; what the CLI uses), GetPatient, and PutPatient (unaudited, for
// tests and tools).
package portal

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/httpserve"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/vault"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options are what the server wiring passes to New.
type Options struct {
	Config *configs.Config
	Vault  *vault.Vault
	Log    *slog.Logger
	// Kick wakes delivery after a code, reminder or staff notice is queued;
	// may be nil.
	Kick func()
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Limits on what a patient may send and what the portal will render.
const (
	MaxReplyText   = 5000
	MaxReplyPhotos = 5
	MaxPhotoBytes  = 10 << 20
	MaxPhotoPixels = 40_000_000
	maxBodyBytes   = MaxReplyPhotos*MaxPhotoBytes + 1<<20
	maxCodesSent   = 10
	codeInterval   = 30 * time.Second
	idleWarn       = 60 // seconds of warning before idle logoff
)

// Server is the portal.
type Server struct {
	cfg   *configs.Config
	v     *vault.Vault
	log   *slog.Logger
	kick  func()
	now   func() time.Time
	tmpl  *template.Template
	files map[string]staticFile
	// csrfKey signs the pre-session form tokens; random per process.
	csrfKey  []byte
	macs     sync.Pool // HMAC-SHA256 under csrfKey
	proxies  []*net.IPNet
	baseURL  string
	mailHost string

	sessions  sessionCache
	pages     pageCache
	linkMemo  sync.Map // token hash → *linkMemo
	linkMemoN atomic.Int64
	dirCache  sync.Map // patient key → *dirEntry (landing pages only)
	dirCacheN atomic.Int64

	ipFail   *limiter // unknown tokens and failed checks per IP
	ipPost   *limiter // POSTs per IP
	linkPost *limiter // verification POSTs per link
	staffIP  *limiter // staff sign-in attempts per IP

	landingMu    sync.Mutex
	landingAudit map[string]time.Time // link ID → last landing audit

	handler fasthttp.RequestHandler
}

type staticFile struct {
	body  []byte
	ctype string
}

// New builds a portal from o.
func New(o Options) (*Server, error) {
	if o.Config == nil || o.Vault == nil {
		return nil, errors.New("portal: Config and Vault are required")
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	c := o.Config
	s := &Server{
		cfg: c, v: o.Vault, log: o.Log.With("component", "portal"), kick: o.Kick, now: o.Now,
		csrfKey:      make([]byte, 32),
		baseURL:      strings.TrimSuffix(c.Portal.BaseURL, "/"),
		mailHost:     c.SMTP.Hostname,
		ipFail:       newLimiter(30, 10*time.Minute),
		ipPost:       newLimiter(60, time.Minute),
		linkPost:     newLimiter(10, time.Minute),
		staffIP:      newLimiter(10, 10*time.Minute),
		landingAudit: map[string]time.Time{},
	}
	if s.mailHost == "" {
		s.mailHost = "localhost"
	}
	s.sessions.m = map[string]*session{}
	if _, err := rand.Read(s.csrfKey); err != nil {
		return nil, err
	}
	for _, p := range c.Portal.TrustedProxies {
		if !strings.Contains(p, "/") {
			if strings.Contains(p, ":") {
				p += "/128"
			} else {
				p += "/32"
			}
		}
		_, n, err := net.ParseCIDR(p)
		if err != nil {
			return nil, fmt.Errorf("portal.trusted_proxies: %q: %w", p, err)
		}
		s.proxies = append(s.proxies, n)
	}
	t, err := template.New("portal").Funcs(template.FuncMap{
		"inc": func(i int) int { return i + 1 },
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("portal: templates: %w", err)
	}
	s.tmpl = t
	if err := s.loadStatic(); err != nil {
		return nil, err
	}
	s.handler = s.route
	return s, nil
}

var (
	hdrContentLanguage = []byte("Content-Language")
	hdrVary            = []byte("Vary")
	hdrVaryValue       = []byte("Accept-Language, Cookie")
	langBytes          = map[string][]byte{"en": []byte("en"), "es": []byte("es")}
)

var csrfFieldRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

var hexColor = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

func (s *Server) loadStatic() error {
	s.files = map[string]staticFile{}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		ct := "application/octet-stream"
		switch {
		case strings.HasSuffix(p, ".css"):
			ct = "text/css; charset=utf-8"
		case strings.HasSuffix(p, ".js"):
			ct = "text/javascript; charset=utf-8"
		}
		s.files["/"+p] = staticFile{b, ct}
		return nil
	})
	if err != nil {
		return fmt.Errorf("portal: static: %w", err)
	}
	color := s.cfg.Portal.BrandColor
	if !hexColor.MatchString(color) {
		color = "#1f4e79"
	}
	text, onWhite := brandContrast(color)
	s.files["/static/brand.css"] = staticFile{
		[]byte(fmt.Sprintf(":root{--brand:%s;--brand-text:%s;--brand-on-white:%s}\n", color, text, onWhite)),
		"text/css; charset=utf-8"}
	if lp := s.cfg.Portal.BrandLogo; lp != "" {
		b, err := os.ReadFile(lp)
		if err != nil {
			return fmt.Errorf("portal.brand_logo: %w", err)
		}
		ct := http.DetectContentType(b)
		if bytes.Contains(b[:min(len(b), 512)], []byte("<svg")) {
			ct = "image/svg+xml"
		}
		switch ct {
		case "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml":
		default:
			return fmt.Errorf("portal.brand_logo: %s is %s, want PNG, JPEG, GIF, WebP or SVG", lp, ct)
		}
		s.files["/static/logo"] = staticFile{b, ct}
	}
	return nil
}

// brandContrast picks the text colour on the brand colour (white or near
// black, whichever contrasts more) and a link colour for white backgrounds
// that meets WCAG AA 4.5:1 (the brand colour, or near black if too light).
func brandContrast(hex string) (text, onWhite string) {
	h := strings.TrimPrefix(hex, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, _ := strconv.ParseUint(h, 16, 32)
	lum := relLum(float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff))
	white := (1.05) / (lum + 0.05)
	dark := (lum + 0.05) / (relLum(0x1a, 0x1a, 0x1a) + 0.05)
	black := (lum + 0.05) / 0.05
	// Mid tones (#777, #e91e63) reach 4.5:1 only with pure black; one of
	// white and black always does.
	switch {
	case dark >= 4.5 && dark > white:
		text = "#1a1a1a"
	case black > white:
		text = "#000000"
	default:
		text = "#ffffff"
	}
	onWhite = hex
	if white < 4.5 {
		onWhite = "#1a1a1a"
	}
	return text, onWhite
}

func relLum(r, g, b float64) float64 {
	f := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(b)
}

// Handler is the portal's request handler (for tests and benchmarks).
func (s *Server) Handler() fasthttp.RequestHandler { return s.handler }

// Serve serves HTTPS on ln until ctx is done, then shuts down gracefully.
// TLS comes from portal.tls_cert/tls_key, or a self-signed development
// certificate in data_dir.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	host := "localhost"
	if u, err := url.Parse(s.baseURL); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	tcfg, generated, err := tlsconf.Server(s.cfg.Portal.TLSCert, s.cfg.Portal.TLSKey, s.cfg.DataDir, "portal", []string{host})
	if err != nil {
		return fmt.Errorf("portal: %w", err)
	}
	if generated {
		s.log.Warn("portal uses a self-signed development certificate; set portal.tls_cert and portal.tls_key in production")
	}
	tcfg.NextProtos = []string{"http/1.1"}
	return s.serve(ctx, newTLSListener(ln, tcfg), s.handler)
}

// ServePlain serves plain HTTP on ln for a reverse proxy that terminates
// TLS in front of the portal (portal.base_url stays https). It needs
// portal.trusted_proxies: only requests whose peer is a trusted proxy and
// that the proxy marks X-Forwarded-Proto: https are answered (421
// otherwise, so a direct cleartext request never gets a page or a
// cookie), and the patient's address for rate limits and audit is taken
// from the proxy's X-Forwarded-For.
func (s *Server) ServePlain(ctx context.Context, ln net.Listener) error {
	if len(s.proxies) == 0 {
		return errors.New("portal: portal.trusted_proxies must name the reverse proxy when the portal listens in plain HTTP")
	}
	if u, err := url.Parse(s.baseURL); err != nil || u.Scheme != "https" {
		return errors.New("portal: portal.base_url must be https when a reverse proxy terminates TLS")
	}
	return s.serve(ctx, ln, s.viaProxy)
}

var misdirected = []byte("This portal is reached through its HTTPS address only.\n")

// viaProxy admits only requests forwarded over HTTPS by a trusted proxy.
func (s *Server) viaProxy(ctx *fasthttp.RequestCtx) {
	if !s.trusted(ctx.RemoteIP()) || !strings.EqualFold(string(ctx.Request.Header.Peek("X-Forwarded-Proto")), "https") {
		setSecurityHeaders(ctx)
		ctx.SetStatusCode(fasthttp.StatusMisdirectedRequest)
		ctx.SetContentType("text/plain; charset=utf-8")
		ctx.SetBody(misdirected)
		return
	}
	s.handler(ctx)
}

func (s *Server) serve(ctx context.Context, ln net.Listener, h fasthttp.RequestHandler) error {
	srv := &fasthttp.Server{
		Handler:               h,
		Name:                  "phigate",
		NoDefaultServerHeader: true,
		NoDefaultContentType:  true,
		ReadTimeout:           30 * time.Second,
		WriteTimeout:          60 * time.Second,
		IdleTimeout:           120 * time.Second,
		MaxRequestBodySize:    maxBodyBytes,
		ReadBufferSize:        8192,
		Concurrency:           4096,
		Logger:                fasthttpLogger{s.log},
		// Form files are read into memory (bounded by MaxRequestBodySize)
		// so no PHI touches temp files.
		StreamRequestBody: false,
	}
	sweepCtx, stopSweep := context.WithCancel(ctx)
	defer stopSweep()
	go s.sweepSessions(sweepCtx)

	if err := httpserve.Serve(ctx, srv, ln, s.log); err != nil {
		return fmt.Errorf("portal: %w", err)
	}
	return nil
}

type fasthttpLogger struct{ l *slog.Logger }

// Printf drops fasthttp's message text (it may quote request data) and keeps
// only that an error happened.
func (f fasthttpLogger) Printf(format string, _ ...any) {
	f.l.Debug("fasthttp", "format", format)
}

// ---- routing ----

func (s *Server) route(ctx *fasthttp.RequestCtx) {
	setSecurityHeaders(ctx)
	path := string(ctx.Path())
	method := string(ctx.Method())
	lang := pickLang(string(ctx.Request.Header.Peek("Accept-Language")))
	ctx.Response.Header.SetCanonical(hdrContentLanguage, langBytes[lang])
	ctx.Response.Header.SetCanonical(hdrVary, hdrVaryValue)
	r := &req{ctx: ctx, s: s, lang: lang, T: langs[lang], ip: s.clientIP(ctx), path: path}

	switch {
	case strings.HasPrefix(path, "/static/"):
		if method != "GET" && method != "HEAD" {
			r.methodNotAllowed("GET, HEAD")
			return
		}
		s.serveStatic(ctx, path)
	case strings.HasPrefix(path, "/s/"):
		s.routeLink(r, method, strings.TrimPrefix(path, "/s/"))
	case path == "/m":
		if method != "GET" {
			r.methodNotAllowed("GET")
			return
		}
		s.viewMessage(r)
	case strings.HasPrefix(path, "/m/"):
		s.routeMessage(r, method, strings.TrimPrefix(path, "/m/"))
	case path == "/logout":
		if method != "POST" {
			r.methodNotAllowed("POST")
			return
		}
		s.logout(r, "patient")
	case path == "/bye":
		s.bye(r)
	case path == "/idle":
		if method != "GET" {
			r.methodNotAllowed("GET")
			return
		}
		s.idleWarning(r)
	case path == "/staff" || strings.HasPrefix(path, "/staff/"):
		s.routeStaff(r, method, strings.TrimPrefix(path, "/staff"))
	case path == "/":
		r.status(200, "home_title", "home_body")
	case path == "/favicon.ico":
		ctx.SetStatusCode(204)
	default:
		r.status(404, "notfound_title", "notfound_body")
	}
}

func (s *Server) routeLink(r *req, method, rest string) {
	token, action, _ := strings.Cut(rest, "/")
	if !validToken(token) {
		// Same shape of work as a real lookup (see landing).
		token = ""
	}
	switch {
	case action == "" && (method == "GET" || method == "HEAD"):
		s.landing(r, token)
	case action == "verify" && method == "POST":
		s.verify(r, token)
	case action == "code" && method == "POST":
		s.sendCode(r, token)
	case action == "" || action == "verify" || action == "code":
		if action == "" {
			r.methodNotAllowed("GET, HEAD")
		} else {
			r.methodNotAllowed("POST")
		}
	default:
		r.status(404, "notfound_title", "notfound_body")
	}
}

func (s *Server) routeMessage(r *req, method, rest string) {
	switch {
	case rest == "reply":
		if method != "POST" {
			r.methodNotAllowed("POST")
			return
		}
		s.reply(r)
	case rest == "stay":
		if method != "POST" {
			r.methodNotAllowed("POST")
			return
		}
		s.stay(r, "patient")
	default:
		// {viewKey}/part/{n} or {viewKey}/file/{n}
		parts := strings.Split(rest, "/")
		if len(parts) != 3 || (parts[1] != "part" && parts[1] != "file") || method != "GET" {
			r.status(404, "notfound_title", "notfound_body")
			return
		}
		n, err := strconv.Atoi(parts[2])
		if err != nil || n < 0 {
			r.status(404, "notfound_title", "notfound_body")
			return
		}
		s.servePart(r, "patient", parts[0], parts[1] == "file", n)
	}
}

func validToken(t string) bool {
	if len(t) < 16 || len(t) > 64 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func (s *Server) serveStatic(ctx *fasthttp.RequestCtx, path string) {
	f, ok := s.files[path]
	if !ok {
		ctx.SetStatusCode(404)
		ctx.SetContentType("text/plain; charset=utf-8")
		ctx.SetBodyString("not found")
		return
	}
	ctx.Response.Header.Set("Cache-Control", "public, max-age=3600")
	ctx.SetContentType(f.ctype)
	ctx.SetBody(f.body)
}

// securityHeaders are set on every response.
var securityHeaders = [][2]string{
	{"Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
	{"Strict-Transport-Security", "max-age=63072000; includeSubDomains"},
	{"X-Frame-Options", "DENY"},
	{"Referrer-Policy", "no-referrer"},
	{"Cache-Control", "no-store"},
	{"Pragma", "no-cache"},
	{"X-Content-Type-Options", "nosniff"},
	{"Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
	{"X-Robots-Tag", "noindex, nofollow"},
}

var securityHeaderBytes = func() (out [][2][]byte) {
	for _, kv := range securityHeaders {
		out = append(out, [2][]byte{[]byte(kv[0]), []byte(kv[1])})
	}
	return out
}()

func setSecurityHeaders(ctx *fasthttp.RequestCtx) {
	h := &ctx.Response.Header
	for _, kv := range securityHeaderBytes {
		h.SetCanonical(kv[0], kv[1])
	}
}

// clientIP is the peer address, or the client named by X-Forwarded-For when
// the peer is a trusted proxy (portal.trusted_proxies): the right-most
// address that is not itself a trusted proxy.
func (s *Server) clientIP(ctx *fasthttp.RequestCtx) string {
	ip := ctx.RemoteIP()
	if len(s.proxies) == 0 || !s.trusted(ip) {
		return ip.String()
	}
	xff := string(ctx.Request.Header.Peek("X-Forwarded-For"))
	hops := strings.Split(xff, ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h := net.ParseIP(strings.TrimSpace(hops[i]))
		if h == nil {
			break
		}
		if !s.trusted(h) {
			return h.String()
		}
	}
	return ip.String()
}

func (s *Server) trusted(ip net.IP) bool {
	for _, n := range s.proxies {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// ---- per-request helpers ----

type req struct {
	ctx  *fasthttp.RequestCtx
	s    *Server
	lang string
	T    map[string]string
	ip   string
	path string
	sess *session
	// staffRecord is the reply a staff part URL belongs to.
	staffRecord string
}

// page is the data every template gets.
type page struct {
	Lang, Title     string
	T               map[string]string
	Practice, Phone string
	Logo            bool
	CSRF            string
	Session         bool
	IdleSecs        int
	IdleRefresh     int
	RefreshURL      string
	// IdlePage: this is the no-JavaScript idle warning, which refreshes to
	// the signed-out page when the session ends instead.
	IdlePage     bool
	IdleMins     int
	WarnSecs     int
	LogoutAction string
	StayAction   string
	Info, Err    string
	Lines        []string

	// landing
	Token      string
	DOB        bool
	CodeActive bool
	CodeWhere  string
	// message
	Msg        *msgView
	CanReply   bool
	MaxText    int
	MaxPhotos  int
	MaxPhotoMB int
	// staff
	Next    string
	Replies []replyRow
	Query   string
	Links   []linkRow
}

func (r *req) page(title string) *page {
	p := &page{Lang: r.lang, T: r.T, Title: title, Practice: r.s.cfg.PracticeName, Phone: r.s.cfg.PracticePhone,
		Logo: r.s.files["/static/logo"].body != nil}
	if r.sess != nil {
		idle := int(r.s.cfg.Portal.IdleTimeout / time.Second)
		p.Session, p.CSRF = true, r.sess.CSRF
		p.IdleSecs, p.IdleMins, p.WarnSecs = idle, max(1, idle/60), min(idleWarn, idle/2)
		// Without JavaScript the page itself moves to the warning page
		// when the warning is due (see idleWarning).
		p.IdleRefresh, p.RefreshURL = max(1, idle-p.WarnSecs), "/idle"
		if r.sess.Kind == kindStaff {
			p.LogoutAction, p.StayAction = "/staff/logout", "/staff/stay"
		} else {
			p.LogoutAction, p.StayAction = "/logout", "/m/stay"
		}
	}
	return p
}

func (r *req) render(code int, name string, p *page) {
	var buf bytes.Buffer
	buf.Grow(8192)
	if err := r.s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		r.s.log.Error("render", "template", name, "err", err)
		r.ctx.SetStatusCode(500)
		r.ctx.SetContentType("text/plain; charset=utf-8")
		r.ctx.SetBodyString("Internal error")
		return
	}
	r.ctx.SetStatusCode(code)
	r.ctx.SetContentType("text/html; charset=utf-8")
	r.ctx.SetBody(buf.Bytes())
}

// status renders a calm page: title and body keys, formatted with the
// practice name.
func (r *req) status(code int, titleKey, bodyKey string, extra ...string) {
	p := r.page(fmt.Sprintf(r.T[titleKey], r.s.cfg.PracticeName))
	if bodyKey != "" {
		body := r.T[bodyKey]
		if strings.Contains(body, "%s") {
			body = fmt.Sprintf(body, r.s.cfg.PracticeName)
		}
		p.Lines = append(p.Lines, body)
	}
	p.Lines = append(p.Lines, extra...)
	if code == 429 {
		r.ctx.Response.Header.Set("Retry-After", "300")
	}
	if r.sess == nil && len(extra) == 0 {
		r.renderCached(code, "status|"+r.lang+"|"+titleKey+"|"+bodyKey, "status", p)
		return
	}
	r.render(code, "status", p)
}

func (r *req) methodNotAllowed(allow string) {
	r.ctx.Response.Header.Set("Allow", allow)
	r.status(405, "error_title", "error_body")
}

func (r *req) failure(where string, err error) {
	r.s.log.Error("portal request failed", "where", where, "err", err)
	r.status(503, "error_title", "error_body")
}

func (r *req) redirect(to string) {
	r.ctx.Response.Header.Set("Location", to)
	r.ctx.SetStatusCode(303)
}

func (r *req) form(name string) string {
	return string(r.ctx.FormValue(name))
}

// ---- CSRF ----

const preCookie = "__Host-pg_pre"

// preToken returns the form token for a pre-session form bound to scope
// (a link hash, or "staff"), setting the pre-session cookie if needed. The
// cookie is random and the token an HMAC over it, so the GET stores nothing.
func (r *req) preToken(scope string) string {
	nonce := string(r.ctx.Request.Header.Cookie(preCookie))
	if !validToken(nonce) {
		var b [18]byte
		_, _ = rand.Read(b[:])
		nonce = base64.RawURLEncoding.EncodeToString(b[:])
		r.setCookie(preCookie, nonce, 0)
	}
	return r.s.sign(nonce, scope)
}

func (s *Server) sign(nonce, scope string) string {
	// Pooled: an HMAC reset reuses its keyed state instead of rehashing
	// the key pads on every landing page.
	m, _ := s.macs.Get().(hash.Hash)
	if m == nil {
		m = hmac.New(sha256.New, s.csrfKey)
	}
	m.Reset()
	m.Write([]byte(nonce))
	m.Write([]byte{0})
	m.Write([]byte(scope))
	var sum [sha256.Size]byte
	out := base64.RawURLEncoding.EncodeToString(m.Sum(sum[:0]))
	s.macs.Put(m)
	return out
}

// checkPre verifies a pre-session form token.
func (r *req) checkPre(scope string) bool {
	nonce := string(r.ctx.Request.Header.Cookie(preCookie))
	got := r.form("csrf")
	if nonce == "" || got == "" {
		return false
	}
	want := r.s.sign(nonce, scope)
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// checkSession verifies a session form token.
func (r *req) checkSession() bool {
	got := r.form("csrf")
	return r.sess != nil && got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(r.sess.CSRF)) == 1
}

func (r *req) setCookie(name, value string, maxAge time.Duration) {
	c := fasthttp.AcquireCookie()
	defer fasthttp.ReleaseCookie(c)
	c.SetKey(name)
	c.SetValue(value)
	c.SetPath("/")
	c.SetSecure(true)
	c.SetHTTPOnly(true)
	c.SetSameSite(fasthttp.CookieSameSiteStrictMode)
	if maxAge > 0 {
		c.SetMaxAge(int(maxAge / time.Second))
	} else if maxAge < 0 {
		c.SetExpire(fasthttp.CookieExpireDelete)
		c.SetMaxAge(-1)
	}
	r.ctx.Response.Header.SetCookie(c)
}
