package portal

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"strconv"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
)

// patientSession loads the patient session and re-checks its link: expiry
// and revocation apply to open sessions too. It writes the response and
// returns false when the request cannot go on.
func (s *Server) patientSession(r *req) bool {
	r.sess = r.loadSession(kindPatient, true)
	if r.sess == nil {
		r.status(401, "out_title", "out_body")
		return false
	}
	l, err := links.LookupHash(context.Background(), s.v, r.sess.LinkHash)
	if err != nil {
		if errors.Is(err, links.ErrUnknown) {
			s.dropSession(r.sess.key)
			r.sess = nil
			r.status(410, "expired_title", "expired_body")
			return false
		}
		r.failure("session link", err)
		return false
	}
	if st := l.StateAt(s.now().UTC()); st == links.Expired || st == links.Revoked {
		s.dropSession(r.sess.key)
		r.sess = nil
		r.setCookie(sessionCookie, "", -1)
		r.stateStatus(l, st)
		return false
	}
	return true
}

// openRecord decrypts and parses record id (attachment bodies: first 512
// bytes only).
func (s *Server) openRecord(r *req, id string) (*parsedMsg, bool) {
	return s.openRecordKeep(r, id, nil)
}

// openRecordKeep is openRecord keeping the whole bodies keep selects.
func (s *Server) openRecordKeep(r *req, id string, keep func(int) bool) (*parsedMsg, bool) {
	raw, _, err := s.v.OpenRecord(context.Background(), id)
	if errors.Is(err, vault.ErrShredded) || errors.Is(err, vault.ErrNotFound) {
		r.status(410, "expired_title", "expired_body")
		return nil, false
	}
	if err != nil {
		r.failure("open record", err)
		return nil, false
	}
	pm, err := parseMessageKeep(raw, keep)
	if err != nil {
		r.failure("parse record", err)
		return nil, false
	}
	return pm, true
}

// auditNow commits one audit event before the response; a failed audit
// write fails the request.
func (s *Server) auditNow(r *req, ev audit.Event) bool {
	ev.Time = s.now().UTC()
	ev.Channel = "portal"
	b := s.v.NewBatch()
	b.Audit(ev)
	if err := s.v.Commit(context.Background(), b); err != nil {
		r.failure("audit", err)
		return false
	}
	return true
}

// viewMessage is GET /m: the verified message view.
func (s *Server) viewMessage(r *req) {
	if !s.patientSession(r) {
		return
	}
	sess := r.sess
	pm, ok := s.openRecord(r, sess.RecordID)
	if !ok {
		return
	}
	view := buildView(pm, "/m/"+sess.ViewKey)
	if !s.auditNow(r, audit.Event{Actor: "patient:" + sess.LinkID, Action: audit.ActMessageViewed,
		Objects: []string{"lnk:" + sess.LinkID, "rec:" + sess.RecordID, "msg:" + sess.MessageID}, Outcome: "ok"}) {
		return
	}
	p := r.page(r.T["msg_title"])
	p.Msg = view
	p.CanReply = true
	p.MaxText, p.MaxPhotos, p.MaxPhotoMB = MaxReplyText, MaxReplyPhotos, MaxPhotoBytes>>20
	if r.ctx.QueryArgs().Has("sent") {
		p.Info = fmt.Sprintf(r.T["reply_sent"], s.cfg.PracticeName)
	}
	r.render(200, "message", p)
}

// servePart serves part n of record id: an inline image with its metadata
// stripped, or (file) a download.
func (s *Server) servePart(r *req, kind, viewKey string, file bool, n int) {
	var recordID, actor string
	var objects []string
	if kind == kindPatient {
		if !s.patientSession(r) {
			return
		}
		recordID, actor = r.sess.RecordID, "patient:"+r.sess.LinkID
		objects = []string{"lnk:" + r.sess.LinkID, "rec:" + recordID, "msg:" + r.sess.MessageID}
	} else {
		r.sess = r.loadSession(kindStaff, true)
		if r.sess == nil {
			r.redirect("/staff/login")
			return
		}
		recordID, actor = r.staffRecord, "user:"+r.sess.UserID
		objects = []string{"rec:" + recordID}
	}
	if subtle.ConstantTimeCompare([]byte(viewKey), []byte(r.sess.ViewKey)) != 1 {
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	pm, ok := s.openRecordKeep(r, recordID, func(i int) bool { return i == n })
	if !ok {
		return
	}
	if n >= len(pm.Parts) || pm.Parts[n].isBodyText() {
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	part := &pm.Parts[n]
	if !file {
		img, ct, err := stripMetadata(part.Body)
		if err != nil {
			r.status(404, "notfound_title", "notfound_body")
			return
		}
		r.ctx.SetStatusCode(200)
		r.ctx.SetContentType(ct)
		r.ctx.Response.Header.Set("Content-Disposition", "inline")
		r.ctx.SetBody(img)
		return
	}
	if !s.auditNow(r, audit.Event{Actor: actor, Action: audit.ActDownload, Objects: objects,
		Outcome: "ok", Detail: "part=" + strconv.Itoa(n)}) {
		return
	}
	r.ctx.SetStatusCode(200)
	r.ctx.SetContentType("application/octet-stream")
	r.ctx.Response.Header.Set("Content-Disposition", contentDisposition(safeFilename(part.Filename, n)))
	r.ctx.SetBody(part.Body)
}
