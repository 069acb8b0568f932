package portal

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// ReplyKind is the RecordMeta.Kind of a sealed patient reply.
const ReplyKind = "reply"

type photo struct {
	data  []byte
	ctype string
}

var (
	errReplyType  = errors.New("type")
	errReplySize  = errors.New("size")
	errReplyCount = errors.New("count")
	errReplyLong  = errors.New("long")
	errReplyForm  = errors.New("form")
)

// readReplyForm parses the multipart reply in memory (no temp files: the
// body is already bounded by the server's MaxRequestBodySize) with per-field
// limits.
func (r *req) readReplyForm() (csrf, text string, photos []photo, err error) {
	boundary := string(r.ctx.Request.Header.MultipartFormBoundary())
	if boundary == "" {
		return "", "", nil, errReplyForm
	}
	mr := multipart.NewReader(bytes.NewReader(r.ctx.PostBody()), boundary)
	for {
		p, perr := mr.NextPart()
		if perr == io.EOF {
			break
		}
		if perr != nil {
			return "", "", nil, errReplyForm
		}
		name := p.FormName()
		switch name {
		case "csrf", "text":
			b, _ := io.ReadAll(io.LimitReader(p, MaxReplyText*4+1))
			if name == "csrf" {
				csrf = string(b)
			} else {
				text = string(b)
			}
		case "photos":
			b, _ := io.ReadAll(io.LimitReader(p, MaxPhotoBytes+1))
			if len(b) == 0 && p.FileName() == "" {
				continue // the empty file field a browser sends
			}
			if len(b) == 0 {
				continue
			}
			if len(photos) >= MaxReplyPhotos {
				err = errReplyCount
				continue
			}
			if len(b) > MaxPhotoBytes {
				err = errReplySize
				continue
			}
			photos = append(photos, photo{data: b})
		}
		p.Close()
	}
	if err != nil {
		return csrf, text, nil, err
	}
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	if !utf8.ValidString(text) || utf8.RuneCountInString(text) > MaxReplyText {
		return csrf, text, nil, errReplyLong
	}
	for i := range photos {
		b, ct, e := reencodePhoto(photos[i].data)
		if e != nil {
			return csrf, text, nil, errReplyType
		}
		photos[i] = photo{data: b, ctype: ct}
	}
	return csrf, text, photos, nil
}

// reply is POST /m/reply: seal the patient's answer and tell the sender.
func (s *Server) reply(r *req) {
	now := s.now().UTC()
	if !s.ipPost.Allow(r.ip, now) {
		r.status(429, "slow_title", "slow_body")
		return
	}
	if !s.patientSession(r) {
		return
	}
	sess := r.sess
	csrf, text, photos, ferr := r.readReplyForm()
	if csrf == "" || subtle.ConstantTimeCompare([]byte(csrf), []byte(sess.CSRF)) != 1 {
		r.status(403, "error_title", "err_csrf")
		return
	}
	if ferr == nil && text == "" && len(photos) == 0 {
		ferr = errors.New("empty")
	}
	if ferr != nil {
		code, msg := 400, r.T["reply_empty"]
		switch ferr {
		case errReplyType:
			code, msg = 415, r.T["reply_type"]
		case errReplySize:
			code, msg = 413, fmt.Sprintf(r.T["reply_size"], MaxPhotoBytes>>20)
		case errReplyCount:
			code, msg = 413, fmt.Sprintf(r.T["reply_count"], MaxReplyPhotos)
		case errReplyLong:
			code, msg = 413, fmt.Sprintf(r.T["reply_long"], MaxReplyText)
		}
		s.renderReplyError(r, code, msg)
		return
	}
	pm, ok := s.openRecord(r, sess.RecordID)
	if !ok {
		return
	}
	l, err := links.LookupHash(r.ctx, s.v, sess.LinkHash)
	if err != nil {
		r.failure("reply link", err)
		return
	}
	var idb [16]byte
	_, _ = rand.Read(idb[:])
	replyID := hex.EncodeToString(idb[:])
	raw := s.replyMessage(replyID, pm, l, text, photos)
	expires := l.Expires
	if min := now.Add(s.cfg.Portal.LinkTTL); min.After(expires) {
		expires = min
	}
	b := s.v.NewBatch()
	if err := b.Seal(replyID, raw, vault.RecordMeta{Kind: ReplyKind, Created: now, Expires: expires,
		Size: int64(len(raw)), Parent: sess.RecordID}); err != nil {
		r.failure("seal reply", err)
		return
	}
	ev := audit.Event{Time: now, Actor: "patient:" + l.ID, Action: audit.ActReply, Channel: "portal",
		Objects: []string{"rec:" + replyID, "rec:" + sess.RecordID, "lnk:" + l.ID, "msg:" + l.MessageID},
		Outcome: "ok", Detail: fmt.Sprintf("photos=%d", len(photos))}
	if strings.Contains(pm.FromAddr, "@") {
		it := s.staffNoticeItem(pm.FromAddr, replyID, l.MessageID, now)
		if err := queue.Put(b, it); err != nil {
			r.failure("queue staff notice", err)
			return
		}
		ev.Objects = append(ev.Objects, "q:"+it.ID)
	} else {
		ev.Detail += " staff_notice=none"
	}
	ri := &replyIndex{ID: replyID, Parent: sess.RecordID, LinkID: l.ID, To: strings.ToLower(pm.FromAddr), Created: now}
	riv, _ := json.Marshal(ri)
	// The index line goes when the reply itself is shredded (Expires +
	// vault.retention), so the staff list never grows without bound.
	b.PutUntil(vault.KSMessage, replyIndexKey(ri), riv, time.Now().Add(expires.Sub(now)+s.cfg.Vault.Retention))
	b.Audit(ev)
	if err := s.v.Commit(r.ctx, b); err != nil {
		r.failure("commit reply", err)
		return
	}
	if s.kick != nil {
		s.kick()
	}
	r.redirect("/m?sent=1")
}

func (s *Server) renderReplyError(r *req, code int, msg string) {
	pm, ok := s.openRecord(r, r.sess.RecordID)
	if !ok {
		return
	}
	p := r.page(r.T["msg_title"])
	p.Msg = buildView(pm, "/m/"+r.sess.ViewKey)
	p.CanReply, p.Err = true, msg
	p.MaxText, p.MaxPhotos, p.MaxPhotoMB = MaxReplyText, MaxReplyPhotos, MaxPhotoBytes>>20
	r.render(code, "message", p)
}

// replyMessage renders the sealed reply: a MIME message from the patient's
// address (as a header, for staff) to the original sender.
func (s *Server) replyMessage(id string, orig *parsedMsg, l *links.Link, text string, photos []photo) []byte {
	var buf bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&buf, "%s: %s\r\n", k, v) }
	h("From", "Patient via secure portal <portal@"+s.mailHost+">")
	if orig.FromAddr != "" {
		h("To", "<"+orig.FromAddr+">")
	}
	subj := orig.Subject
	if subj == "" {
		subj = "Secure message"
	}
	if !strings.HasPrefix(strings.ToLower(subj), "re:") {
		subj = "Re: " + subj
	}
	h("Subject", mime.QEncoding.Encode("utf-8", subj))
	h("Date", s.now().UTC().Format("Mon, 02 Jan 2006 15:04:05 -0700"))
	h("Message-ID", "<"+id+"@"+s.mailHost+">")
	if orig.MessageID != "" {
		h("In-Reply-To", "<"+orig.MessageID+">")
	}
	h("X-Phigate-Link", l.ID)
	h("X-Phigate-Recipient", mime.QEncoding.Encode("utf-8", l.Recipient))
	h("X-Phigate-Parent", l.RecordID)
	h("MIME-Version", "1.0")
	mw := multipart.NewWriter(&buf)
	h("Content-Type", "multipart/mixed; boundary=\""+mw.Boundary()+"\"")
	buf.WriteString("\r\n")
	th := textproto.MIMEHeader{}
	th.Set("Content-Type", "text/plain; charset=utf-8")
	th.Set("Content-Transfer-Encoding", "quoted-printable")
	pw, _ := mw.CreatePart(th)
	qw := quotedprintable.NewWriter(pw)
	_, _ = qw.Write([]byte(strings.ReplaceAll(text, "\n", "\r\n")))
	_ = qw.Close()
	for i, p := range photos {
		ext := ".jpg"
		if p.ctype == "image/png" {
			ext = ".png"
		}
		ih := textproto.MIMEHeader{}
		ih.Set("Content-Type", p.ctype)
		ih.Set("Content-Transfer-Encoding", "base64")
		ih.Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"photo-%d%s\"", i+1, ext))
		pw, _ := mw.CreatePart(ih)
		enc := base64.StdEncoding.EncodeToString(p.data)
		for len(enc) > 76 {
			_, _ = io.WriteString(pw, enc[:76]+"\r\n")
			enc = enc[76:]
		}
		_, _ = io.WriteString(pw, enc+"\r\n")
	}
	_ = mw.Close()
	return buf.Bytes()
}
