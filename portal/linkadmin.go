package portal

import (
	"context"
	"errors"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

// ErrRecordGone is returned when a link's message has been shredded, so a
// new link would open nothing.
var ErrRecordGone = errors.New("portal: the message of this link is no longer kept")

// UnlockLink clears the verification lock and failed-attempt count of the
// link with public ID linkID (the ID in audit events), recording the
// link.unlocked audit event by actor ("user:<id>" or "cli:<name>"). The
// patient can then use the same link again. links.ErrUnknown if no link has
// that ID.
func UnlockLink(ctx context.Context, v *vault.Vault, linkID, actor string) error {
	return links.Unlock(ctx, v, linkID, actor)
}

// ResendLink replaces the link with public ID linkID by a new one to the
// same recipient on the same channel, and queues a neutral notice carrying
// it; the old link is revoked (a locked link may be under attack, a lost one
// may be in the wrong hands). One commit holds the revocation, the new link,
// the queue item and the link.resent audit event by actor. The new link
// lives portal.link_ttl, but not past the message's retention. Returns the
// new link's public ID. A running server's delivery picks the notice up
// on its next pass (or at once when the caller kicks it).
func ResendLink(ctx context.Context, v *vault.Vault, cfg *configs.Config, linkID, actor string) (string, error) {
	old, err := links.FindByID(ctx, v, linkID)
	if err != nil {
		return "", err
	}
	_, meta, err := v.OpenRecord(ctx, old.RecordID)
	if errors.Is(err, vault.ErrShredded) || errors.Is(err, vault.ErrNotFound) {
		return "", ErrRecordGone
	}
	if err != nil {
		return "", err
	}
	from := recordSender(ctx, v, old.RecordID)
	mailHost := cfg.SMTP.Hostname
	if mailHost == "" {
		mailHost = "localhost"
	}
	if from == "" {
		from = "postmaster@" + mailHost
	}
	now := v.Now().UTC()
	ttl := cfg.Portal.LinkTTL
	if end := meta.Expires.Add(cfg.Vault.Retention); cfg.Vault.Retention > 0 && now.Add(ttl).After(end) {
		ttl = end.Sub(now)
	}
	if ttl <= time.Minute {
		return "", ErrRecordGone
	}
	n := links.EmailTokenBytes
	if old.Channel == queue.ChannelSMS {
		n = links.SMSTokenBytes
	}
	var newID string
	_, err = links.Update(ctx, v, old.Hash, func(l *links.Link, b *vault.Batch) error {
		tok, nl, err := links.Issue(l.RecordID, l.MessageID, l.Recipient, l.Channel, n, now, ttl)
		if err != nil {
			return err
		}
		nl.Reminded = true // the resend is the nudge; no reminder on top
		it := linkNoticeItem(cfg, mailHost, nl, tok, from, queue.KindNotice,
			"Secure message from "+cfg.PracticeName,
			"%s has sent you a new link to your secure message. Earlier links to it no longer work.",
			smsResendLead, now)
		if err := links.Put(b, nl); err != nil {
			return err
		}
		if err := queue.Put(b, it); err != nil {
			return err
		}
		l.Revoked = true
		if l.TokenSealed {
			b.Shred(links.TokenRecordID(l.ID))
			l.TokenSealed = false
		}
		b.Audit(audit.Event{Time: now, Actor: actor, Action: audit.ActLinkResent, Channel: "portal",
			Objects: []string{"lnk:" + l.ID, "lnk:" + nl.ID, "msg:" + l.MessageID, "q:" + it.ID}, Outcome: "ok"})
		newID = nl.ID
		return nil
	})
	if err != nil {
		return "", err
	}
	return newID, nil
}

// linkRow is one line of the staff link list. It holds the recipient
// address, which staff already know; nothing of the message.
type linkRow struct {
	ID, Recipient, Channel, State, Created, Expires, LockedUntil string
	Attempts                                                     int
	CanUnlock, CanResend                                         bool
}

// staffMayManage reports whether the signed-in staff user may act on l: an
// admin, or the sender of the message it carries.
func (s *Server) staffMayManage(ctx context.Context, r *req, l *links.Link) bool {
	if r.sess.Role == users.RoleAdmin {
		return true
	}
	return strings.EqualFold(recordSender(ctx, s.v, l.RecordID), r.sess.UserEmail)
}

// staffLinks is GET /staff/links: the links to one recipient (?to=), or
// with no query the links locked now, that this user may manage.
func (s *Server) staffLinks(r *req) {
	if !r.staffSession() {
		return
	}
	ctx := context.Background()
	now := s.now().UTC()
	to := PatientKey(string(r.ctx.QueryArgs().Peek("to")))
	if len(to) > 254 {
		to = ""
	}
	var found []*links.Link
	err := links.Each(ctx, s.v, func(l *links.Link) error {
		if to != "" && PatientKey(l.Recipient) != to {
			return nil
		}
		if to == "" && l.StateAt(now) != links.Locked {
			return nil
		}
		if len(found) < 200 {
			found = append(found, l)
		}
		return nil
	})
	if err != nil {
		r.failure("staff links", err)
		return
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Created.After(found[j].Created) })
	p := r.page("Patient links — " + s.cfg.PracticeName)
	p.Query = to
	for _, l := range found {
		if !s.staffMayManage(ctx, r, l) {
			continue
		}
		st := l.StateAt(now)
		row := linkRow{ID: l.ID, Recipient: l.Recipient, Channel: l.Channel, State: stateName(st),
			Created: l.Created.UTC().Format("2006-01-02 15:04 UTC"), Expires: l.Expires.UTC().Format("2006-01-02 15:04 UTC"),
			Attempts: l.Attempts, CanUnlock: st == links.Locked || (st == links.Active && l.Attempts > 0),
			CanResend: st != links.Revoked}
		if st == links.Locked {
			row.LockedUntil = l.LockedUntil.UTC().Format("2006-01-02 15:04 UTC")
		}
		p.Links = append(p.Links, row)
	}
	switch string(r.ctx.QueryArgs().Peek("done")) {
	case "unlocked":
		p.Info = "The link is unlocked. The patient can use the same link again."
	case "resent":
		p.Info = "A new link is on its way to the patient. The old link no longer works."
	}
	r.render(200, "staff_links", p)
}

// staffLinkAction is POST /staff/links/{id}/unlock|resend.
func (s *Server) staffLinkAction(r *req, id, action string) {
	if !r.staffSession() {
		return
	}
	if !r.checkSession() {
		r.status(403, "error_title", "err_csrf")
		return
	}
	ctx := context.Background()
	l, err := links.FindByID(ctx, s.v, id)
	if errors.Is(err, links.ErrUnknown) || (err == nil && !s.staffMayManage(ctx, r, l)) {
		r.status(404, "notfound_title", "notfound_body")
		return
	}
	if err != nil {
		r.failure("staff link", err)
		return
	}
	actor := "user:" + r.sess.UserID
	back := "/staff/links?to=" + url.QueryEscape(l.Recipient) + "&done="
	switch action {
	case "unlock":
		if err := UnlockLink(ctx, s.v, id, actor); err != nil {
			r.failure("unlock", err)
			return
		}
		r.redirect(back + "unlocked")
	case "resend":
		if l.StateAt(s.now().UTC()) == links.Revoked {
			r.status(410, "revoked_title", "revoked_body")
			return
		}
		_, err := ResendLink(ctx, s.v, s.cfg, id, actor)
		if errors.Is(err, ErrRecordGone) {
			r.status(410, "expired_title", "expired_body")
			return
		}
		if err != nil {
			r.failure("resend", err)
			return
		}
		if s.kick != nil {
			s.kick()
		}
		r.redirect(back + "resent")
	default:
		r.status(404, "notfound_title", "notfound_body")
	}
}
