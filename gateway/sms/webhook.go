package sms

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

// Twilio's webhooks. Each is verified, committed durably, and answered at
// once: Twilio gives up after 15 s, so nothing slow (network, media)
// happens before the answer.

var hdrSignature = []byte("X-Twilio-Signature")

// recordKindInbound is the RecordMeta.Kind of a sealed inbound SMS/MMS.
// It is the portal's ReplyKind: the staff view (/staff/r/<id>) shows
// patient replies, and a patient's text is one.
const recordKindInbound = "reply"

// actStatus is the audit action of a Twilio status report that is neither
// delivered nor failed (queued, sending, sent).
const actStatus = "sms.status"

// verify checks a webhook's form body and signature. The signed URL is
// sms.public_url plus the request's own path and query as received: what
// Twilio called through the proxy. Host and forwarding headers are never
// consulted — they are the client's to choose.
func (s *Server) verify(ctx *fasthttp.RequestCtx) (form, *apiError, string) {
	if !isForm(ctx) {
		return nil, errContentType, "content type"
	}
	if s.validator == nil || s.publicURL == "" {
		return nil, errSignature, "webhooks not configured (sms.public_url, sms.auth_token)"
	}
	sig := ctx.Request.Header.PeekBytes(hdrSignature)
	if len(sig) == 0 || len(sig) > 128 {
		return nil, errSignature, "missing signature"
	}
	body := ctx.PostBody()
	full := s.publicURL + string(ctx.Request.Header.RequestURI())
	if !s.validator.ValidateBody(full, body, string(sig)) {
		return nil, errSignature, "bad signature"
	}
	// The validator signs the first value of each key: refuse repeats so
	// no unsigned second value can ride along.
	f, err := parseForm(body, nil)
	switch {
	case errors.Is(err, errFormRepeat):
		return nil, errRepeated, "repeated field"
	case err != nil:
		return nil, errMalformed, "form"
	}
	if acct := f.get("AccountSid"); s.cfg.SMS.AccountSID != "" && acct != s.cfg.SMS.AccountSID {
		return nil, errWrongAccount, "account"
	}
	return f, nil, ""
}

func isForm(ctx *fasthttp.RequestCtx) bool {
	ct := ctx.Request.Header.ContentType()
	if i := bytes.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.EqualFold(strings.TrimSpace(string(ct)), "application/x-www-form-urlencoded")
}

// inboundJob is the queue item data of an inbound message's slow work.
// The text itself is sealed in Record; From and To are the item's.
type inboundJob struct {
	MessageSid  string   `json:"message_sid"`
	Account     string   `json:"account"`
	Record      string   `json:"record"`
	MediaTypes  []string `json:"media_types,omitempty"`
	PHI         bool     `json:"phi"`
	Keyword     string   `json:"keyword,omitempty"`
	HasBody     bool     `json:"has_body"`
	NumSegments string   `json:"num_segments,omitempty"`
}

type inboundMsg struct {
	sid, account, from, to, body, segments string
	media, types                           []string
}

// parseInbound validates Twilio's inbound message fields.
func (s *Server) parseInbound(f form) (*inboundMsg, *apiError, string) {
	m := &inboundMsg{sid: f.get("MessageSid"), account: f.get("AccountSid"), from: f.get("From"),
		to: f.get("To"), body: f.get("Body"), segments: f.get("NumSegments")}
	if m.sid == "" {
		m.sid = f.get("SmsMessageSid")
	}
	switch {
	case !validSID(m.sid, "SM") && !validSID(m.sid, "MM"):
		return nil, errWebhookFields, "MessageSid"
	case !validSID(m.account, "AC"):
		return nil, errWebhookFields, "AccountSid"
	case !validE164(m.from):
		return nil, errWebhookFields, "From"
	case !validSender(m.to):
		return nil, errWebhookFields, "To"
	case !utf8.ValidString(m.body) || utf8.RuneCountInString(m.body) > MaxBodyChars:
		return nil, errWebhookFields, "Body"
	case len(m.segments) > 3:
		return nil, errWebhookFields, "NumSegments"
	}
	n := 0
	if v := f.get("NumMedia"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 0 || n > MaxMedia {
			return nil, errWebhookFields, "NumMedia"
		}
	}
	for i := 0; i < n; i++ {
		u, ct := f.get("MediaUrl"+strconv.Itoa(i)), f.get("MediaContentType"+strconv.Itoa(i))
		if !s.twilioMediaURL(u, m.account, m.sid) {
			return nil, errWebhookMedia, "MediaUrl"
		}
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || len(ct) > 100 {
			return nil, errWebhookFields, "MediaContentType"
		}
		m.media = append(m.media, u)
		m.types = append(m.types, mt)
	}
	// Media beyond NumMedia would be silently ignored; refuse it instead.
	if f.has("MediaUrl" + strconv.Itoa(n)) {
		return nil, errWebhookFields, "MediaUrl"
	}
	return m, nil, ""
}

// twilioMediaURL reports whether u is a media resource of this very
// message on Twilio's API host: anything else (another host, another
// message, a path trick) is an SSRF attempt or a forgery.
func (s *Server) twilioMediaURL(u, account, msgSid string) bool {
	p, err := url.Parse(u)
	if err != nil || len(u) > maxURLLen || p.User != nil || p.RawQuery != "" || p.Fragment != "" || p.RawPath != "" {
		return false
	}
	scheme, host, prefix := s.api.mediaOrigin()
	if p.Scheme != scheme || !strings.EqualFold(p.Host, host) {
		return false
	}
	// The bare resource (no .json/.xml): that URL answers with the bytes.
	rest, ok := strings.CutPrefix(p.Path, prefix+"/2010-04-01/Accounts/"+account+"/Messages/"+msgSid+"/Media/")
	return ok && validSID(rest, "ME")
}

// inbound is POST /twilio/sms: a patient's text or MMS.
func (s *Server) inbound(ctx *fasthttp.RequestCtx) {
	actor := "ip:" + ctx.RemoteIP().String()
	f, e, detail := s.verify(ctx)
	if e != nil {
		s.refuse(ctx, e, actor, "inbound webhook: "+detail)
		return
	}
	m, e, detail := s.parseInbound(f)
	if e != nil {
		s.refuse(ctx, e, actor, "inbound webhook: "+detail)
		return
	}
	kw := keyword(m.body)

	mu := s.lockFor(m.sid)
	mu.Lock()
	defer mu.Unlock()
	cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := s.v.Get(cctx, vault.KSMessage, "smsin/"+m.sid); err == nil {
		s.refuse(ctx, errReplay, actor, "inbound webhook: replay")
		return
	} else if !errors.Is(err, vault.ErrNotFound) {
		s.log.Error("inbound replay check failed", "err", err)
		errUnavailable.write(ctx)
		return
	}

	now := s.now().UTC()
	recID := gateway.NewID()
	verdict := filters.Verdict{}
	if sc := s.pipe.Scanner(); sc != nil && m.body != "" {
		verdict = sc.Scan(&filters.Content{Text: []string{m.body}})
	} else if m.body != "" {
		verdict.PHI = true // no scanner: fail closed
	}
	b := s.v.NewBatch()
	raw := inboundRecord(recID, s.render.hostname, m, nil, now)
	expires := now.Add(s.cfg.Portal.LinkTTL)
	if err := b.Seal(recID, raw, vault.RecordMeta{Kind: recordKindInbound, Created: now, Expires: expires, Size: int64(len(raw))}); err != nil {
		s.log.Error("seal inbound failed", "err", err)
		errUnavailable.write(ctx)
		return
	}
	b.Put(vault.KSMessage, "smsin/"+m.sid, []byte(recID)) // the replay guard: kept (see StateTTL)
	if err := putStaffIndex(b, recID, now, keepUntil(expires.Sub(now)+s.cfg.Vault.Retention)); err != nil {
		errInternal.write(ctx)
		return
	}
	ev := audit.Event{Time: now, Actor: "twilio:" + m.sid, Action: audit.ActReply, Channel: "sms",
		Objects: []string{"rec:" + recID}, Recipients: []string{m.from}, Categories: verdict.Categories, Outcome: "ok",
		Detail: fmt.Sprintf("inbound media=%d", len(m.media))}

	// The slow work: photos out of Twilio and into the vault, the text
	// redacted at Twilio, the forward to the practice's webhook.
	if len(m.media) > 0 || s.cfg.SMS.ForwardURL != "" || (m.body != "" && s.cfg.SMS.AccountSID != "") {
		job := inboundJob{MessageSid: m.sid, Account: m.account, Record: recID, MediaTypes: m.types,
			PHI: verdict.PHI, Keyword: kw, HasBody: m.body != "", NumSegments: m.segments}
		data, _ := json.Marshal(job)
		it := &queue.Item{ID: gateway.NewID(), MessageID: recID, Channel: ChannelInbound, Kind: kindInbound,
			From: m.from, To: m.to, Data: data, Media: m.media, Created: now, Due: now}
		if err := queue.Put(b, it); err != nil {
			errInternal.write(ctx)
			return
		}
		ev.Objects = append(ev.Objects, "q:"+it.ID)
	}

	var reply string
	switch kw {
	case kwStop, kwStart:
		c := Consent{OptedOut: kw == kwStop, Keyword: strings.ToUpper(strings.TrimSpace(m.body)), Time: now, MessageSid: m.sid}
		if err := putConsent(b, m.from, c); err != nil {
			errInternal.write(ctx)
			return
		}
		detail := "opt-in"
		reply = replyStart
		if c.OptedOut {
			detail, reply = "opt-out", replyStop
		}
		b.Audit(audit.Event{Time: now, Actor: "twilio:" + m.sid, Action: audit.ActConsentChanged, Channel: "sms",
			Recipients: []string{m.from}, Outcome: "ok", Detail: detail + " keyword=" + c.Keyword})
	case kwHelp:
		// On record beside the consent entry (not in it: HELP changes no
		// consent, and a blind put needs no read-modify-write).
		if err := putHelp(b, m.from, Consent{OptedOut: false, Keyword: strings.ToUpper(strings.TrimSpace(m.body)), Time: now, MessageSid: m.sid}); err != nil {
			errInternal.write(ctx)
			return
		}
		reply = replyHelp(s.render.name, s.cfg.PracticePhone)
	}
	if kw != "" {
		ev.Detail += " keyword=" + kw
	}
	b.Audit(ev)
	if err := s.v.Commit(cctx, b); err != nil {
		s.log.Error("inbound commit failed", "err", err)
		errUnavailable.write(ctx)
		return
	}
	s.kickDelivery()
	s.log.Info("sms inbound", "record", recID, "twilio_sid", m.sid, "media", len(m.media), "phi", verdict.PHI, "keyword", kw)
	writeTwiML(ctx, reply)
}

// status is POST /twilio/status?ps=<ref>: Twilio reporting on a message
// phigate sent; ref is the API message's ID, or the queue item's for the
// portal's own texts (statusRef).
func (s *Server) status(ctx *fasthttp.RequestCtx) {
	actor := "ip:" + ctx.RemoteIP().String()
	f, e, detail := s.verify(ctx)
	if e != nil {
		s.refuse(ctx, e, actor, "status webhook: "+detail)
		return
	}
	twSid, st := f.get("MessageSid"), f.get("MessageStatus")
	if st == "" {
		st = f.get("SmsStatus")
	}
	code := 0
	if c := f.get("ErrorCode"); c != "" {
		var err error
		if code, err = strconv.Atoi(c); err != nil || code < 0 || code > 999999 {
			s.refuse(ctx, errWebhookFields, actor, "status webhook: ErrorCode")
			return
		}
	}
	if !validSID(twSid, "SM") && !validSID(twSid, "MM") || statusRank(st) < 0 {
		s.refuse(ctx, errWebhookFields, actor, "status webhook: MessageSid/MessageStatus")
		return
	}
	ps := string(ctx.QueryArgs().Peek("ps"))
	now := s.now().UTC()
	ev := audit.Event{Time: now, Actor: "twilio:" + twSid, Action: actStatus, Channel: "sms",
		Objects: []string{"provider:" + twSid}, Outcome: "ok", Detail: "twilio " + st}
	switch st {
	case "delivered", "read":
		ev.Action = audit.ActDelivered
	case "failed", "undelivered":
		ev.Action, ev.Outcome = audit.ActBounced, "perm"
		if code != 0 {
			ev.Detail += " " + strconv.Itoa(code)
		}
	}
	if !validHexID(ps) {
		// Not one of ours (a Messaging Service-wide callback URL, say):
		// on record, nothing to update.
		if s.auditNow(ev) {
			writeTwiML(ctx, "")
		} else {
			errUnavailable.write(ctx)
		}
		return
	}
	sid := sidOf(ps)
	ev.Objects = append(ev.Objects, "ref:"+ps)

	key := eventKey(sid, "tw", st)
	mu := s.lockFor(key)
	mu.Lock()
	defer mu.Unlock()
	cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := s.v.Get(cctx, vault.KSMessage, key); err == nil {
		s.refuse(ctx, errReplay, actor, "status webhook: replay")
		return
	} else if !errors.Is(err, vault.ErrNotFound) {
		errUnavailable.write(ctx)
		return
	}
	var state *msgState
	if val, err := s.v.Get(cctx, vault.KSMessage, stateKey(sid)); err == nil {
		var ms msgState
		if json.Unmarshal(val, &ms) == nil {
			state = &ms
		}
	} else if !errors.Is(err, vault.ErrNotFound) {
		errUnavailable.write(ctx)
		return
	}
	b := s.v.NewBatch()
	if err := putEvent(b, sid, "tw", msgEvent{Status: st, Time: now, ErrorCode: code, ProviderSID: twSid}); err != nil {
		errInternal.write(ctx)
		return
	}
	if state != nil {
		ev.Recipients = []string{state.To}
		if state.Callback != "" {
			from := state.From
			if from == "" {
				from = state.Service
			}
			if err := s.queueCallback(b, ps, state.Callback, sid, state.To, from, st, code, now); err != nil {
				errInternal.write(ctx)
				return
			}
		}
	}
	b.Audit(ev)
	if err := s.v.Commit(cctx, b); err != nil {
		errUnavailable.write(ctx)
		return
	}
	if state != nil && state.Callback != "" {
		s.kickDelivery()
	}
	writeTwiML(ctx, "")
}

func validHexID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// inboundRecord is the sealed form of an inbound message: a MIME message
// the portal's staff view renders, with the photos as attachments once the
// inbound sender has fetched them.
func inboundRecord(id, host string, m *inboundMsg, photos []photo, now time.Time) []byte {
	var b bytes.Buffer
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", "Patient via SMS <sms@"+host+">")
	h("Subject", "Text message from a patient")
	h("Date", now.UTC().Format(time.RFC1123Z))
	h("Message-ID", "<"+id+"@"+host+">")
	h("X-Phigate-Recipient", m.from)
	h("X-Phigate-Channel", "sms")
	h("X-Phigate-Twilio-Sid", m.sid)
	h("MIME-Version", "1.0")
	boundary := "=_phigate_" + id
	h("Content-Type", `multipart/mixed; boundary="`+boundary+`"`)
	b.WriteString("\r\n--" + boundary + "\r\n")
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	qw := quotedprintable.NewWriter(&b)
	_, _ = qw.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(m.body, "\r\n", "\n"), "\n", "\r\n")))
	_ = qw.Close()
	b.WriteString("\r\n")
	for i, p := range photos {
		b.WriteString("--" + boundary + "\r\n")
		b.WriteString("Content-Type: " + p.ctype + "\r\n")
		b.WriteString("Content-Transfer-Encoding: base64\r\n")
		b.WriteString(fmt.Sprintf("Content-Disposition: attachment; filename=\"photo-%d%s\"\r\n\r\n", i+1, extFor(p.ctype)))
		writeBase64Lines(&b, p.data)
	}
	b.WriteString("--" + boundary + "--\r\n")
	return b.Bytes()
}

// putStaffIndex lists an inbound record in the portal's staff list
// (msg/reply/<created>/<id>, the portal's reply index; no staff owner, so
// admins see it).
// The line expires when the record is shredded (expires + vault.retention).
func putStaffIndex(b *vault.Batch, recID string, now, until time.Time) error {
	val, err := json.Marshal(struct {
		ID      string    `json:"id"`
		Parent  string    `json:"parent"`
		LinkID  string    `json:"link"`
		To      string    `json:"to"`
		Created time.Time `json:"created"`
	}{ID: recID, Created: now})
	if err != nil {
		return err
	}
	b.PutUntil(vault.KSMessage, fmt.Sprintf("reply/%016x/%s", now.UnixNano(), recID), val, until)
	return nil
}
