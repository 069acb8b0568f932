package portal

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/phigate/phigate/vault"
)

const (
	sessionCookie = "__Host-pg_s"
	kindPatient   = "patient"
	kindStaff     = "staff"
	// persistEvery bounds how often a session's LastSeen is written back.
	persistEvery = 30 * time.Second
)

// session is server-side state behind the cookie. It is stored under
// SHA-256(cookie value), so a copy of the store holds no usable session IDs.
type session struct {
	Kind      string    `json:"kind"`
	LinkHash  string    `json:"link_hash,omitempty"`
	LinkID    string    `json:"link_id,omitempty"`
	RecordID  string    `json:"record,omitempty"`
	MessageID string    `json:"message,omitempty"`
	UserID    string    `json:"user_id,omitempty"`
	UserEmail string    `json:"user_email,omitempty"`
	Role      string    `json:"role,omitempty"`
	Created   time.Time `json:"created"`
	LastSeen  time.Time `json:"last_seen"`
	CSRF      string    `json:"csrf"`
	// ViewKey is a per-session path segment for part and download URLs.
	ViewKey string `json:"view_key"`

	key       string    // storage key
	persisted time.Time // LastSeen as last written
}

type sessionCache struct {
	mu sync.Mutex
	m  map[string]*session
}

func randomString(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("portal: crypto/rand failed: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func sessionKey(id string) string {
	h := sha256.Sum256([]byte("phigate session v1\x00" + id))
	return hex.EncodeToString(h[:])
}

// newSession creates a session and adds its storage write to b; the caller
// commits b and then calls addSession and sets the cookie.
func (s *Server) newSession(b *vault.Batch, base session) (id string, sess *session, err error) {
	id = randomString(32) // 256 bits
	now := s.now().UTC()
	sess = &base
	sess.Created, sess.LastSeen, sess.persisted = now, now, now
	sess.CSRF = randomString(32)
	sess.ViewKey = randomString(16)
	sess.key = sessionKey(id)
	val, err := json.Marshal(sess)
	if err != nil {
		return "", nil, err
	}
	b.Put(vault.KSSession, sess.key, val)
	return id, sess, nil
}

func (s *Server) addSession(sess *session) {
	s.sessions.mu.Lock()
	s.sessions.m[sess.key] = sess
	s.sessions.mu.Unlock()
}

// alive reports whether sess is within its idle and absolute limits.
func (s *Server) alive(sess *session, now time.Time) bool {
	return now.Sub(sess.LastSeen) < s.cfg.Portal.IdleTimeout && now.Sub(sess.Created) < s.cfg.Portal.SessionMax
}

// loadSession returns the live session of kind named by the request cookie,
// touching its idle clock, or nil. The returned session is a copy safe to
// read after the cache lock is released.
func (r *req) loadSession(kind string, touch bool) *session {
	id := string(r.ctx.Request.Header.Cookie(sessionCookie))
	if !validToken(id) {
		return nil
	}
	s := r.s
	key := sessionKey(id)
	now := s.now().UTC()
	s.sessions.mu.Lock()
	sess := s.sessions.m[key]
	s.sessions.mu.Unlock()
	if sess == nil {
		val, err := s.v.Get(context.Background(), vault.KSSession, key)
		if err != nil {
			if !errors.Is(err, vault.ErrNotFound) {
				s.log.Error("session load", "err", err)
			}
			return nil
		}
		sess = &session{}
		if json.Unmarshal(val, sess) != nil {
			return nil
		}
		sess.key, sess.persisted = key, sess.LastSeen
		s.addSession(sess)
	}
	s.sessions.mu.Lock()
	ok := s.alive(sess, now) && sess.Kind == kind
	var persist []byte
	if ok && touch {
		sess.LastSeen = now
		if now.Sub(sess.persisted) >= persistEvery {
			sess.persisted = now
			persist, _ = json.Marshal(sess)
		}
	}
	cp := *sess
	s.sessions.mu.Unlock()
	if !ok {
		if !s.alive(&cp, now) {
			s.dropSession(key)
		}
		return nil
	}
	if persist != nil {
		b := s.v.NewBatch()
		b.Put(vault.KSSession, key, persist)
		if err := s.v.Commit(context.Background(), b); err != nil {
			s.log.Warn("session touch not persisted", "err", err)
		}
	}
	return &cp
}

func (s *Server) dropSession(key string) {
	s.sessions.mu.Lock()
	delete(s.sessions.m, key)
	s.sessions.mu.Unlock()
	b := s.v.NewBatch()
	b.Delete(vault.KSSession, key)
	if err := s.v.Commit(context.Background(), b); err != nil {
		s.log.Warn("session delete", "err", err)
	}
}

// sweepSessions removes dead sessions from memory and storage.
func (s *Server) sweepSessions(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.SweepSessions(ctx)
	}
}

// SweepSessions deletes sessions past their idle or absolute limit.
func (s *Server) SweepSessions(ctx context.Context) {
	now := s.now().UTC()
	var dead []string
	_ = s.v.Scan(ctx, vault.KSSession, "", func(key string, val []byte) error {
		var sess session
		if json.Unmarshal(val, &sess) != nil {
			dead = append(dead, key)
			return nil
		}
		s.sessions.mu.Lock()
		if m := s.sessions.m[key]; m != nil {
			sess.LastSeen = m.LastSeen
		}
		s.sessions.mu.Unlock()
		if !s.alive(&sess, now) {
			dead = append(dead, key)
		}
		return nil
	})
	if len(dead) == 0 {
		return
	}
	b := s.v.NewBatch()
	s.sessions.mu.Lock()
	for _, k := range dead {
		delete(s.sessions.m, k)
		b.Delete(vault.KSSession, k)
	}
	s.sessions.mu.Unlock()
	if err := s.v.Commit(ctx, b); err != nil {
		s.log.Warn("session sweep", "err", err)
	}
}

// logout ends the session of kind (POST with CSRF).
func (s *Server) logout(r *req, kind string) {
	r.sess = r.loadSession(kind, false)
	if r.sess != nil && !r.checkSession() {
		r.status(403, "error_title", "err_csrf")
		return
	}
	if r.sess != nil {
		s.dropSession(r.sess.key)
	}
	r.setCookie(sessionCookie, "", -1)
	if kind == kindStaff {
		r.redirect("/staff/login")
		return
	}
	r.redirect("/bye")
}

// bye is the signed-out page. It ends a session that is still open (the
// idle refresh lands here) and clears the cookie.
func (s *Server) bye(r *req) {
	if id := string(r.ctx.Request.Header.Cookie(sessionCookie)); validToken(id) {
		s.dropSession(sessionKey(id))
		r.setCookie(sessionCookie, "", -1)
	}
	var extra []string
	if string(r.ctx.QueryArgs().Peek("r")) == "idle" {
		extra = append(extra, fmtT(r.T["out_idle"], int(s.cfg.Portal.IdleTimeout/time.Minute)))
	}
	p := r.page(r.T["out_title"])
	p.Lines = append(extra, r.T["out_body"])
	r.render(200, "status", p)
}

// stay keeps the session alive (the idle warning's button).
func (s *Server) stay(r *req, kind string) {
	r.sess = r.loadSession(kind, true)
	if r.sess == nil {
		r.redirect("/bye")
		return
	}
	if !r.checkSession() {
		r.status(403, "error_title", "err_csrf")
		return
	}
	if kind == kindStaff {
		r.redirect("/staff")
		return
	}
	r.redirect("/m")
}

// idleWarning is GET /idle, where a page without JavaScript goes when the
// idle warning is due: it says the session is about to end, offers to stay
// signed in, and moves on to the signed-out page when the session has
// ended. It does not count as activity.
func (s *Server) idleWarning(r *req) {
	r.sess = r.loadSession(kindPatient, false)
	if r.sess == nil {
		r.sess = r.loadSession(kindStaff, false)
	}
	if r.sess == nil {
		r.redirect("/bye?r=idle")
		return
	}
	left := s.cfg.Portal.IdleTimeout - s.now().UTC().Sub(r.sess.LastSeen)
	secs := max(1, int((left+time.Second-1)/time.Second))
	p := r.page(r.T["idle_title"])
	p.IdlePage = true
	p.IdleRefresh, p.RefreshURL = secs+1, "/bye?r=idle"
	p.Lines = []string{fmtT(r.T["idle_body"], secs)}
	r.render(200, "idle", p)
}
