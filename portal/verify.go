package portal

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// dummyLink is decoded when a token is unknown, so an unknown token costs
// the same work as a known one.
var dummyLink = func() []byte {
	b, _ := json.Marshal(&links.Link{ID: strings.Repeat("0", 24), Hash: strings.Repeat("0", 64),
		RecordID: strings.Repeat("0", 32), MessageID: strings.Repeat("0", 32), Recipient: "someone@example.invalid",
		Channel: "email", Created: time.Unix(1, 0), Expires: time.Unix(2, 0)})
	return b
}()

const dummyPatientKey = "\x00portal-timing-dummy"

// landingTTL is how long the landing page may reuse a read of its link
// (links.LookupRecentRaw): every write of the link makes the next landing
// read it afresh, and POSTs and message views always read the vault.
const landingTTL = time.Second

// lookupLanding is lookup for GET /s/{token}.
func (s *Server) lookupLanding(ctx context.Context, hash string, now time.Time) (*links.Link, *Patient, error) {
	raw, err := links.LookupRecentRaw(ctx, s.v, hash, now, landingTTL)
	if err != nil {
		return nil, nil, err
	}
	return s.resolve(ctx, hash, raw)
}

// lookup resolves a token with the same work whether or not it is known:
// the link read and decode, and the patient directory read.
func (s *Server) lookup(ctx context.Context, hash string) (*links.Link, *Patient, error) {
	raw, err := s.v.Get(ctx, vault.KSLink, hash)
	if err != nil && !errors.Is(err, vault.ErrNotFound) {
		return nil, nil, err
	}
	return s.resolve(ctx, hash, raw)
}

// resolve decodes a link read (raw nil: unknown token) and finds its
// patient, doing the same work for an unknown token.
func (s *Server) resolve(ctx context.Context, hash string, raw []byte) (*links.Link, *Patient, error) {
	if raw == nil {
		// A hit copies the stored value out of the vault; so does this.
		_, _ = s.decodeLink("\x00dummy", append([]byte(nil), dummyLink...))
		_, _ = s.cachedPatient(ctx, dummyPatientKey)
		return nil, nil, links.ErrUnknown
	}
	l, err := s.decodeLink(hash, raw)
	if err != nil {
		return nil, nil, err
	}
	p, err := s.cachedPatient(ctx, l.Recipient)
	if err != nil {
		return nil, nil, err
	}
	return l, p, nil
}

// linkMemo remembers the last decoded state of a link with its encoding,
// so a page view whose link has not changed skips the JSON decode. The
// stored bytes are always read; only the decode is saved.
type linkMemo struct {
	raw []byte
	l   links.Link
}

func (s *Server) decodeLink(hash string, raw []byte) (*links.Link, error) {
	if v, ok := s.linkMemo.Load(hash); ok {
		m := v.(*linkMemo)
		if bytes.Equal(m.raw, raw) {
			l := m.l
			return &l, nil
		}
	}
	var l links.Link
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, fmt.Errorf("portal: link decode: %w", err)
	}
	if s.linkMemoN.Add(1) > 50_000 {
		s.linkMemo.Clear()
		s.linkMemoN.Store(0)
	}
	s.linkMemo.Store(hash, &linkMemo{raw: raw, l: l})
	cp := l
	return &cp, nil
}

// codeRoute is where a one-time code for l goes: the other channel when the
// directory knows it, else the link's own recipient.
func codeRoute(l *links.Link, p *Patient) (channel, to string) {
	if p != nil {
		if l.Channel == queue.ChannelEmail && p.Phone != "" {
			return queue.ChannelSMS, p.Phone
		}
		if l.Channel == queue.ChannelSMS && p.Email != "" {
			return queue.ChannelEmail, p.Email
		}
	}
	if l.Channel == queue.ChannelSMS {
		return queue.ChannelSMS, l.Recipient
	}
	return queue.ChannelEmail, l.Recipient
}

// stateStatus renders the page of a link that cannot be used now.
func (r *req) stateStatus(l *links.Link, st links.State) {
	switch st {
	case links.Expired:
		r.status(410, "expired_title", "expired_body")
	case links.Revoked:
		r.status(410, "revoked_title", "revoked_body")
	case links.Locked:
		p := r.page(r.T["locked_title"])
		p.Lines = []string{fmt.Sprintf(r.T["locked_body"], l.LockedUntil.UTC().Format("2006-01-02 15:04"))}
		r.render(423, "status", p)
	}
}

// landing is GET /s/{token}. It never changes link state: mail scanners and
// link previews fetch it before the patient does.
func (s *Server) landing(r *req, token string) {
	now := s.now().UTC()
	if r.s.ipFail.Over(r.ip, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	hash := links.HashToken(token)
	l, p, err := s.lookupLanding(context.Background(), hash, now)
	if errors.Is(err, links.ErrUnknown) {
		// The CSRF nonce, cookie and signature of a known link's page:
		// the same work, and the same response headers.
		_ = r.preToken(hash)
		s.ipFail.Allow(r.ip, now)
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	if err != nil {
		r.failure("landing", err)
		return
	}
	st := l.StateAt(now)
	s.auditLanding(l, st, now)
	if st != links.Active {
		r.stateStatus(l, st)
		return
	}
	s.renderLanding(r, token, l, p, 200, "")
}

func (s *Server) renderLanding(r *req, token string, l *links.Link, p *Patient, code int, errMsg string) {
	now := s.now().UTC()
	dob := p != nil && p.DOB != ""
	var (
		codeActive bool
		where      string
		info       string
	)
	if !dob {
		codeActive = l.CodeHash != "" && now.Before(l.CodeExpires)
		where = "email"
		if ch, _ := codeRoute(l, p); ch == queue.ChannelSMS {
			where = "phone"
		}
		args := r.ctx.QueryArgs()
		switch {
		case args.Has("sent") && codeActive:
			info = fmt.Sprintf(r.T["code_sent"], int(s.cfg.Portal.CodeTTL/time.Minute))
		case args.Has("wait"):
			info = r.T["code_wait"]
		}
	}
	cacheable := errMsg == "" && info == "" && validToken(token)
	var key string
	if cacheable {
		// The common case (every first visit, every scanner) is assembled
		// from the cached skeleton without building the page data.
		key = "landing|" + r.lang + "|" + strconv.FormatBool(dob) + "|" + strconv.FormatBool(codeActive) + "|" + where
		if v, ok := s.pages.m.Load(key); ok {
			csrf := r.preToken(l.Hash)
			r.ctx.SetStatusCode(code)
			r.ctx.Response.Header.SetContentTypeBytes(ctypeHTML)
			v.(*skeleton).assemble(&r.ctx.Response, token, csrf)
			return
		}
	}
	pg := r.page(fmt.Sprintf(r.T["title_landing"], s.cfg.PracticeName))
	pg.Token = token
	pg.CSRF = r.preToken(l.Hash)
	pg.Err, pg.Info = errMsg, info
	pg.DOB, pg.CodeActive = dob, codeActive
	if where != "" {
		pg.CodeWhere = r.T[where]
	}
	if cacheable {
		r.renderCached(code, key, "landing", pg)
		return
	}
	r.render(code, "landing", pg)
}

// auditLanding records that a link's landing page was fetched: at most once
// per link per ten minutes (scanners and reloads), and never link state.
func (s *Server) auditLanding(l *links.Link, st links.State, now time.Time) {
	s.landingMu.Lock()
	last, seen := s.landingAudit[l.ID]
	if seen && now.Sub(last) < 10*time.Minute {
		s.landingMu.Unlock()
		return
	}
	if len(s.landingAudit) > 100_000 {
		for k, t := range s.landingAudit {
			if now.Sub(t) >= 10*time.Minute {
				delete(s.landingAudit, k)
			}
		}
	}
	s.landingAudit[l.ID] = now
	s.landingMu.Unlock()
	b := s.v.NewBatch()
	b.Audit(audit.Event{Time: now, Actor: "patient:" + l.ID, Action: audit.ActLinkViewed, Channel: "portal",
		Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID}, Outcome: "ok", Detail: "landing state=" + stateName(st)})
	if err := s.v.Commit(context.Background(), b); err != nil {
		s.log.Warn("landing audit", "link", l.ID, "err", err)
	}
}

func stateName(st links.State) string {
	return [...]string{"active", "expired", "revoked", "locked"}[st]
}

func codeHash(linkHash, code string) string {
	h := sha256.Sum256([]byte("phigate code v1\x00" + linkHash + "\x00" + code))
	return hex.EncodeToString(h[:])
}

func dobHash(dob string) []byte {
	h := sha256.Sum256([]byte("phigate dob v1\x00" + dob))
	return h[:]
}

var errNoWrite = errors.New("portal: nothing to write")

type verifyOutcome int

const (
	vNone verifyOutcome = iota
	vOK
	vFailed
	vLockedNow
	vState
	vBadFormat
	vCodeExpired
)

// verify is POST /s/{token}/verify: date of birth or one-time code.
func (s *Server) verify(r *req, token string) {
	now := s.now().UTC()
	if !s.ipPost.Allow(r.ip, now) || s.ipFail.Over(r.ip, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	hash := links.HashToken(token)
	if !s.linkPost.Allow(hash, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	ctx := context.Background()
	if !r.checkPre(hash) {
		l, p, err := s.lookup(ctx, hash)
		if err != nil {
			r.status(403, "error_title", "err_csrf")
			return
		}
		s.renderLanding(r, token, l, p, 403, r.T["err_csrf"])
		return
	}
	month, day, year := strings.TrimSpace(r.form("month")), strings.TrimSpace(r.form("day")), strings.TrimSpace(r.form("year"))
	code := strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' {
			return c
		}
		if c == ' ' || c == '-' {
			return -1
		}
		return 'x'
	}, r.form("code"))

	var (
		out      verifyOutcome
		state    links.State
		pat      *Patient
		sessID   string
		sess     *session
		attempts int
	)
	maxAttempts := s.cfg.Portal.MaxAttempts
	l, err := links.Update(ctx, s.v, hash, func(l *links.Link, b *vault.Batch) error {
		if st := l.StateAt(now); st != links.Active {
			out, state = vState, st
			return errNoWrite
		}
		if !l.LockedUntil.IsZero() {
			l.Attempts, l.LockedUntil = 0, time.Time{} // the lock has run out
		}
		p, err := s.lookupPatient(ctx, l.Recipient)
		if err != nil {
			return err
		}
		pat = p
		method := "code"
		var ok bool
		if p != nil && p.DOB != "" {
			method = "dob"
			y, e1 := strconv.Atoi(year)
			m, e2 := strconv.Atoi(month)
			d, e3 := strconv.Atoi(day)
			in, valid := dobString(y, m, d)
			if e1 != nil || e2 != nil || e3 != nil || len(year) != 4 || !valid {
				out = vBadFormat
				return errNoWrite
			}
			ok = subtle.ConstantTimeCompare(dobHash(in), dobHash(p.DOB)) == 1
		} else {
			if l.CodeHash == "" || !now.Before(l.CodeExpires) {
				out = vCodeExpired
				return errNoWrite
			}
			ok = len(code) == 6 && subtle.ConstantTimeCompare([]byte(codeHash(hash, code)), []byte(l.CodeHash)) == 1
		}
		ev := audit.Event{Time: now, Actor: "patient:" + l.ID, Channel: "portal",
			Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID}}
		if !ok {
			l.Attempts++
			attempts = l.Attempts
			ev.Action, ev.Outcome = audit.ActVerifyFailed, "fail"
			ev.Detail = fmt.Sprintf("method=%s attempts=%d", method, l.Attempts)
			b.Audit(ev)
			out = vFailed
			if l.Attempts >= maxAttempts {
				l.LockedUntil = now.Add(s.cfg.Portal.LockDuration)
				l.CodeHash, l.CodeExpires = "", time.Time{}
				lock := ev
				lock.Action, lock.Outcome = audit.ActLocked, "ok"
				lock.Detail = "until=" + l.LockedUntil.Format(time.RFC3339)
				b.Audit(lock)
				out = vLockedNow
			}
			return nil
		}
		l.Attempts = 0
		l.CodeHash, l.CodeExpires = "", time.Time{}
		if l.FirstViewed.IsZero() {
			l.FirstViewed = now
		}
		if l.TokenSealed {
			b.Shred(links.TokenRecordID(l.ID))
			l.TokenSealed = false
		}
		sessID, sess, err = s.newSession(b, session{Kind: kindPatient, LinkHash: l.Hash, LinkID: l.ID,
			RecordID: l.RecordID, MessageID: l.MessageID})
		if err != nil {
			return err
		}
		ev.Action, ev.Outcome, ev.Detail = audit.ActVerified, "ok", "method="+method
		b.Audit(ev)
		out = vOK
		return nil
	})
	if errors.Is(err, links.ErrUnknown) {
		_, _ = s.v.Get(ctx, vault.KSPatient, dummyPatientKey)
		_ = subtle.ConstantTimeCompare(dobHash(year+month+day), dobHash(code))
		s.ipFail.Allow(r.ip, now)
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	if err != nil && !errors.Is(err, errNoWrite) {
		r.failure("verify", err)
		return
	}
	switch out {
	case vOK:
		s.addSession(sess)
		r.setCookie(sessionCookie, sessID, s.cfg.Portal.SessionMax)
		r.redirect("/m")
	case vState:
		r.stateStatus(l, state)
	case vLockedNow:
		s.ipFail.Allow(r.ip, now)
		r.stateStatus(l, links.Locked)
	case vFailed:
		s.ipFail.Allow(r.ip, now)
		key := "err_code"
		if pat != nil && pat.DOB != "" {
			key = "err_dob"
		}
		s.renderLanding(r, token, l, pat, 400, fmt.Sprintf(r.T[key], maxAttempts-attempts))
	case vBadFormat:
		s.renderLanding(r, token, l, pat, 400, r.T["err_dob_format"])
	case vCodeExpired:
		s.renderLanding(r, token, l, pat, 400, r.T["err_code_expired"])
	}
}

// sendCode is POST /s/{token}/code: queue a fresh one-time code.
func (s *Server) sendCode(r *req, token string) {
	now := s.now().UTC()
	if !s.ipPost.Allow(r.ip, now) || s.ipFail.Over(r.ip, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	hash := links.HashToken(token)
	if !s.linkPost.Allow(hash, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	ctx := context.Background()
	if !r.checkPre(hash) {
		l, p, err := s.lookup(ctx, hash)
		if err != nil {
			r.status(403, "error_title", "err_csrf")
			return
		}
		s.renderLanding(r, token, l, p, 403, r.T["err_csrf"])
		return
	}
	const (
		cSent = iota + 1
		cWait
		cLimit
		cDOB
		cState
	)
	var (
		out   int
		state links.State
		pat   *Patient
	)
	l, err := links.Update(ctx, s.v, hash, func(l *links.Link, b *vault.Batch) error {
		if st := l.StateAt(now); st != links.Active {
			out, state = cState, st
			return errNoWrite
		}
		p, err := s.lookupPatient(ctx, l.Recipient)
		if err != nil {
			return err
		}
		pat = p
		switch {
		case p != nil && p.DOB != "":
			out = cDOB
			return errNoWrite
		case now.Sub(l.CodeSent) < codeInterval:
			out = cWait
			return errNoWrite
		case l.CodesSent >= maxCodesSent:
			out = cLimit
			return errNoWrite
		}
		code, err := sixDigits()
		if err != nil {
			return err
		}
		ch, to := codeRoute(l, p)
		it := s.codeItem(ctx, l, ch, to, code, now)
		if err := queue.Put(b, it); err != nil {
			return err
		}
		l.CodeHash, l.CodeExpires = codeHash(hash, code), now.Add(s.cfg.Portal.CodeTTL)
		l.CodeSent = now
		l.CodesSent++
		b.Audit(audit.Event{Time: now, Actor: "patient:" + l.ID, Action: audit.ActCodeSent, Channel: "portal",
			Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID, "q:" + it.ID}, Outcome: "ok", Detail: "channel=" + ch})
		out = cSent
		return nil
	})
	if errors.Is(err, links.ErrUnknown) {
		s.ipFail.Allow(r.ip, now)
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	if err != nil && !errors.Is(err, errNoWrite) {
		r.failure("code", err)
		return
	}
	switch out {
	case cSent:
		if s.kick != nil {
			s.kick()
		}
		r.redirect("/s/" + token + "?sent=1")
	case cWait:
		r.redirect("/s/" + token + "?wait=1")
	case cDOB:
		r.redirect("/s/" + token)
	case cLimit:
		phone := s.cfg.PracticePhone
		if phone == "" {
			phone = s.cfg.PracticeName
		}
		s.renderLanding(r, token, l, pat, 429, fmt.Sprintf(r.T["code_limit"], phone))
	case cState:
		r.stateStatus(l, state)
	}
}

func sixDigits() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func fmtT(format string, args ...any) string { return fmt.Sprintf(format, args...) }
