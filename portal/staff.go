package portal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/users"
)

// replyRow is one line of the staff reply list.
type replyRow struct{ ID, Created string }

// replyIndexPrefix keys the reply index in the message-state keyspace:
// reply/<created, hex ns>/<reply id> → replyIndex. IDs, times and the staff
// sender's address only; no patient data.
const replyIndexPrefix = "reply/"

type replyIndex struct {
	ID      string    `json:"id"`
	Parent  string    `json:"parent"`
	LinkID  string    `json:"link"`
	To      string    `json:"to"` // the staff sender the reply answers
	Created time.Time `json:"created"`
}

func replyIndexKey(ri *replyIndex) string {
	return fmt.Sprintf("%s%016x/%s", replyIndexPrefix, ri.Created.UnixNano(), ri.ID)
}

// routeStaff serves the minimal staff view: sign in, the list of patient
// replies to the signed-in user's messages (all for admins), one reply.
func (s *Server) routeStaff(r *req, method, rest string) {
	switch {
	case rest == "" || rest == "/":
		if method != "GET" {
			r.methodNotAllowed("GET")
			return
		}
		s.staffList(r)
	case rest == "/login":
		if method == "POST" {
			s.staffLogin(r)
			return
		}
		s.staffLoginForm(r, 200, "")
	case rest == "/logout" && method == "POST":
		s.logout(r, kindStaff)
	case rest == "/stay" && method == "POST":
		s.stay(r, kindStaff)
	case rest == "/links":
		if method != "GET" {
			r.methodNotAllowed("GET")
			return
		}
		s.staffLinks(r)
	case strings.HasPrefix(rest, "/links/"):
		id, action, _ := strings.Cut(strings.TrimPrefix(rest, "/links/"), "/")
		if method != "POST" {
			r.methodNotAllowed("POST")
			return
		}
		if !validRecordID(id) {
			r.status(404, "notfound_title", "notfound_body")
			return
		}
		s.staffLinkAction(r, id, action)
	case strings.HasPrefix(rest, "/r/") && method == "GET":
		parts := strings.Split(strings.TrimPrefix(rest, "/r/"), "/")
		if !validRecordID(parts[0]) {
			r.status(404, "notfound_title", "notfound_body")
			return
		}
		switch {
		case len(parts) == 1:
			s.staffReply(r, parts[0])
		case len(parts) == 4 && (parts[2] == "part" || parts[2] == "file"):
			n, err := strconv.Atoi(parts[3])
			if err != nil || n < 0 {
				r.status(404, "notfound_title", "notfound_body")
				return
			}
			if !s.staffOwns(r, parts[0]) {
				return
			}
			r.staffRecord = parts[0]
			s.servePart(r, kindStaff, parts[1], parts[2] == "file", n)
		default:
			r.status(404, "notfound_title", "notfound_body")
		}
	default:
		r.status(404, "notfound_title", "notfound_body")
	}
}

func validRecordID(id string) bool {
	if len(id) < 8 || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func (s *Server) staffLoginForm(r *req, code int, errMsg string) {
	p := r.page("Staff sign in — " + s.cfg.PracticeName)
	p.CSRF = r.preToken("staff")
	p.Err = errMsg
	next := string(r.ctx.QueryArgs().Peek("next"))
	if next == "" {
		next = r.form("next")
	}
	if strings.HasPrefix(next, "/staff/") && !strings.Contains(next, "//") && !strings.ContainsAny(next, "\\\r\n") {
		p.Next = next
	}
	r.render(code, "staff_login", p)
}

func (s *Server) staffLogin(r *req) {
	now := s.now().UTC()
	if !s.staffIP.Allow(r.ip, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	if !r.checkPre("staff") {
		s.staffLoginForm(r, 403, r.T["err_csrf"])
		return
	}
	ctx := context.Background()
	u, err := users.Authenticate(ctx, s.v, r.form("email"), r.form("password"))
	if err != nil {
		if !errors.Is(err, users.ErrAuth) {
			r.failure("staff auth", err)
			return
		}
		if !s.auditNow(r, audit.Event{Actor: "ip:" + r.ip, Action: audit.ActAuthFailed, Outcome: "fail", Detail: "portal staff sign-in"}) {
			return
		}
		s.staffLoginForm(r, 401, "Email or password is not right.")
		return
	}
	b := s.v.NewBatch()
	id, sess, err := s.newSession(b, session{Kind: kindStaff, UserID: u.ID, UserEmail: u.Email, Role: u.Role})
	if err != nil {
		r.failure("staff session", err)
		return
	}
	if err := s.v.Commit(ctx, b); err != nil {
		r.failure("staff session", err)
		return
	}
	s.addSession(sess)
	r.setCookie(sessionCookie, id, s.cfg.Portal.SessionMax)
	next := r.form("next")
	if !strings.HasPrefix(next, "/staff/") || strings.Contains(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		next = "/staff"
	}
	r.redirect(next)
}

func (r *req) staffSession() bool {
	r.sess = r.loadSession(kindStaff, true)
	if r.sess == nil {
		r.redirect("/staff/login?next=" + strings.ReplaceAll(r.path, "?", ""))
		return false
	}
	return true
}

// staffOwns reports whether the signed-in staff user may read reply id (an
// admin, or the sender of the message it answers), writing the response if
// not.
func (s *Server) staffOwns(r *req, id string) bool {
	if !r.staffSession() {
		return false
	}
	raw, meta, err := s.v.OpenRecord(context.Background(), id)
	if err != nil || meta.Kind != ReplyKind {
		r.status(404, "notfound_title", "notfound_body")
		return false
	}
	if r.sess.Role == users.RoleAdmin {
		return true
	}
	pm, err := parseMessage(raw)
	if err != nil || !strings.EqualFold(pm.To, r.sess.UserEmail) {
		r.status(404, "notfound_title", "notfound_body")
		return false
	}
	return true
}

func (s *Server) staffList(r *req) {
	if !r.staffSession() {
		return
	}
	ctx := context.Background()
	var rows []replyIndex
	err := s.v.Scan(ctx, vault.KSMessage, replyIndexPrefix, func(_ string, val []byte) error {
		var ri replyIndex
		if json.Unmarshal(val, &ri) == nil && (r.sess.Role == users.RoleAdmin || strings.EqualFold(ri.To, r.sess.UserEmail)) {
			rows = append(rows, ri)
		}
		return nil
	})
	if err != nil {
		r.failure("staff list", err)
		return
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Created.After(rows[j].Created) })
	p := r.page("Patient replies — " + s.cfg.PracticeName)
	for _, ri := range rows {
		if len(p.Replies) >= 200 {
			break
		}
		p.Replies = append(p.Replies, replyRow{ID: ri.ID, Created: ri.Created.UTC().Format("2006-01-02 15:04 UTC")})
	}
	r.render(200, "staff_list", p)
}

func (s *Server) staffReply(r *req, id string) {
	if !s.staffOwns(r, id) {
		return
	}
	pm, ok := s.openRecord(r, id)
	if !ok {
		return
	}
	if !s.auditNow(r, audit.Event{Actor: "user:" + r.sess.UserID, Action: audit.ActMessageViewed,
		Objects: []string{"rec:" + id}, Outcome: "ok", Detail: "staff reply view"}) {
		return
	}
	p := r.page("Patient reply — " + s.cfg.PracticeName)
	p.Msg = buildView(pm, "/staff/r/"+id+"/"+r.sess.ViewKey)
	if rc := pm.Headers["X-Phigate-Recipient"]; rc != "" {
		p.Msg.From = "Patient (" + rc + ")"
	}
	r.render(200, "message", p)
}
