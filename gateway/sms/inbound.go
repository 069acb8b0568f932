package sms

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/http"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/twilio/twilio-go/client"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

// InboundSender does the slow part of an inbound message, from the queue
// (ChannelInbound): fetch each photo from Twilio and seal it with the
// text, delete the media and redact the text at Twilio, then forward the
// message to the practice's webhook with PHI and photos replaced by a staff
// portal link, and run the app's TwiML answer through the pipeline like any
// outbound message. It implements delivery.Sender.
//
// Each step is recorded when done (msg/smsinb/<record>), so a retry after a
// failure or a crash resumes where it stopped: photos are never fetched
// after they were deleted at Twilio, nor forwarded twice once the forward
// is on record. The record of steps goes in the commit that takes the item
// off the queue (inboundObserver), never before: a marker that vanished
// while its item could still run would refetch photos Twilio no longer has
// and re-seal the message without them.
type InboundSender struct {
	s     *Server
	media *http.Client
	web   *http.Client
}

var _ delivery.Sender = (*InboundSender)(nil)

type inboundStage struct {
	Sealed    bool     `json:"sealed"`
	Photos    int      `json:"photos"`
	Refused   []string `json:"refused,omitempty"` // reasons, one per refused media item
	Cleaned   bool     `json:"cleaned"`
	Forwarded bool     `json:"forwarded"`
}

func stageKey(rec string) string { return "smsinb/" + rec }

// actProviderCopyRemoved is the audit action for deleting a message's media
// and redacting its text at Twilio.
const actProviderCopyRemoved = "sms.provider_copy_removed"

var errRedirect = errors.New("sms: media redirect to a host that is not Twilio's")

func (s *Server) newInboundSender() *InboundSender {
	in := &InboundSender{s: s, web: webClient(20 * time.Second)}
	in.media = &http.Client{
		Timeout: 60 * time.Second,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 30 * time.Second,
			MaxIdleConnsPerHost:   8,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 3 || !in.mediaRedirectOK(req.URL) {
				return errRedirect
			}
			return nil
		},
	}
	return in
}

// mediaRedirectOK: Twilio answers a media URL with a redirect to its
// storage — mms.twiliocdn.com when media require HTTP auth, S3 otherwise —
// over https. (Go drops the Authorization header on the way there.)
func (in *InboundSender) mediaRedirectOK(u *url.URL) bool {
	scheme, host, _ := in.s.api.mediaOrigin()
	h := strings.ToLower(u.Hostname())
	switch {
	case u.User != nil:
		return false
	case u.Scheme == scheme && strings.EqualFold(u.Host, host):
		return true
	case u.Scheme != "https" || u.Port() != "":
		return false
	}
	return h == "twiliocdn.com" || strings.HasSuffix(h, ".twiliocdn.com") || h == "s3-external-1.amazonaws.com"
}

func (in *InboundSender) loadStage(ctx context.Context, rec string) (inboundStage, error) {
	var st inboundStage
	val, err := in.s.v.Get(ctx, vault.KSMessage, stageKey(rec))
	if errors.Is(err, vault.ErrNotFound) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(val, &st); err != nil {
		return st, fmt.Errorf("sms: decode stage: %w", err)
	}
	return st, nil
}

func putStage(b *vault.Batch, rec string, st inboundStage) error {
	val, err := json.Marshal(st)
	if err != nil {
		return err
	}
	b.Put(vault.KSMessage, stageKey(rec), val)
	return nil
}

// Send runs the steps not yet on record.
func (in *InboundSender) Send(ctx context.Context, it *queue.Item) (delivery.Receipt, error) {
	s := in.s
	var job inboundJob
	if err := json.Unmarshal(it.Data, &job); err != nil || !validHexID(job.Record) || !validSID(job.MessageSid, "SM") && !validSID(job.MessageSid, "MM") {
		return delivery.Receipt{}, delivery.Permanent("bad inbound item", errors.New("sms: unreadable inbound queue item"))
	}
	stage, err := in.loadStage(ctx, job.Record)
	if err != nil {
		return delivery.Receipt{}, delivery.Temporary("storage", err)
	}
	creds := s.cfg.SMS.AccountSID != "" && s.cfg.SMS.AuthToken != ""

	// 1. Photos: fetched and sealed with the text, or refused — before
	// anything is deleted at Twilio.
	if len(it.Media) > 0 && !stage.Sealed {
		if !creds {
			return delivery.Receipt{}, delivery.Temporary("no twilio credentials", errors.New("sms: media fetch needs sms.account_sid and sms.auth_token"))
		}
		if err := in.sealPhotos(ctx, it, &job, &stage); err != nil {
			return delivery.Receipt{}, err
		}
	}

	// 2. Nothing of the message stays at Twilio: media deleted, text
	// redacted.
	if creds && !stage.Cleaned && (len(it.Media) > 0 || job.HasBody) {
		if err := in.cleanTwilio(ctx, it, &job); err != nil {
			return delivery.Receipt{}, err
		}
		stage.Cleaned = true
		b := s.v.NewBatch()
		if err := putStage(b, job.Record, stage); err != nil {
			return delivery.Receipt{}, delivery.Temporary("storage", err)
		}
		b.Audit(audit.Event{Time: s.now().UTC(), Actor: "system", Action: actProviderCopyRemoved, Channel: "sms",
			Objects: []string{"rec:" + job.Record, "provider:" + job.MessageSid}, Outcome: "ok",
			Detail: fmt.Sprintf("twilio copy removed: media=%d body_redacted=%v", len(it.Media), job.HasBody)})
		if err := s.v.Commit(ctx, b); err != nil {
			return delivery.Receipt{}, delivery.Temporary("storage", err)
		}
	}

	// 3. The practice's own webhook.
	if s.cfg.SMS.ForwardURL != "" && !stage.Forwarded {
		if err := in.forward(ctx, it, &job, &stage); err != nil {
			return delivery.Receipt{}, err
		}
	}
	return delivery.Receipt{Status: fmt.Sprintf("inbound photos=%d refused=%d forwarded=%v", stage.Photos, len(stage.Refused), stage.Forwarded)}, nil
}

type photo struct {
	data  []byte
	ctype string
}

// sealPhotos fetches every media item and re-seals the inbound record with
// the text and the photos that are what they claim to be.
func (in *InboundSender) sealPhotos(ctx context.Context, it *queue.Item, job *inboundJob, stage *inboundStage) error {
	s := in.s
	var photos []photo
	var refused []string
	for i, u := range it.Media {
		declared := ""
		if i < len(job.MediaTypes) {
			declared = job.MediaTypes[i]
		}
		if !s.twilioMediaURL(u, job.Account, job.MessageSid) {
			refused = append(refused, "not a Twilio media URL")
			continue
		}
		p, reason, err := in.fetch(ctx, u, declared)
		if err != nil {
			return err
		}
		if reason != "" {
			refused = append(refused, reason)
			continue
		}
		photos = append(photos, p)
	}
	raw, meta, err := s.v.OpenRecord(ctx, job.Record)
	if err != nil {
		return delivery.Temporary("storage", fmt.Errorf("sms: open inbound record: %w", err))
	}
	body, err := recordText(raw)
	if err != nil {
		return delivery.Permanent("bad inbound record", err)
	}
	now := s.now().UTC()
	m := &inboundMsg{sid: job.MessageSid, from: it.From, body: body}
	full := inboundRecord(job.Record, s.render.hostname, m, photos, meta.Created)
	b := s.v.NewBatch()
	if err := b.Seal(job.Record, full, vault.RecordMeta{Kind: recordKindInbound, Created: meta.Created, Expires: meta.Expires, Size: int64(len(full))}); err != nil {
		return delivery.Temporary("storage", err)
	}
	stage.Sealed, stage.Photos, stage.Refused = true, len(photos), refused
	if err := putStage(b, job.Record, *stage); err != nil {
		return delivery.Temporary("storage", err)
	}
	b.Audit(audit.Event{Time: now, Actor: "system", Action: audit.ActAccepted, Channel: "sms",
		Objects: []string{"rec:" + job.Record, "provider:" + job.MessageSid}, Recipients: []string{it.From},
		Categories: []string{filters.CatImage}, Outcome: "ok", Detail: fmt.Sprintf("mms sealed media=%d", len(photos))})
	for _, r := range refused {
		b.Audit(audit.Event{Time: now, Actor: "system", Action: audit.ActRejected, Channel: "sms",
			Objects: []string{"rec:" + job.Record, "provider:" + job.MessageSid}, Outcome: "fail", Detail: "mms media refused: " + r})
	}
	if err := s.v.Commit(ctx, b); err != nil {
		return delivery.Temporary("storage", err)
	}
	return nil
}

// fetch downloads one media item with the account's credentials. A
// refusal (gone, too large, not what its type says) is a reason, not an
// error: the rest of the message goes on. Errors are worth retrying.
func (in *InboundSender) fetch(ctx context.Context, u, declared string) (photo, string, error) {
	s := in.s
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return photo{}, "bad URL", nil
	}
	req.SetBasicAuth(s.cfg.SMS.AccountSID, s.cfg.SMS.AuthToken)
	resp, err := in.media.Do(req)
	if err != nil {
		if errors.Is(err, errRedirect) {
			return photo{}, "redirect to a host that is not Twilio's", nil
		}
		return photo{}, "", httpOutcome(0, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == 404 || resp.StatusCode == 410:
		return photo{}, "gone at Twilio", nil
	case resp.StatusCode == 429 || resp.StatusCode >= 500:
		return photo{}, "", delivery.Temporary("twilio http "+strconv.Itoa(resp.StatusCode), fmt.Errorf("sms: media fetch answered %d", resp.StatusCode))
	case resp.StatusCode != 200:
		return photo{}, "HTTP " + strconv.Itoa(resp.StatusCode), nil
	}
	if resp.ContentLength > MaxMediaBytes {
		return photo{}, "larger than 5 MB", nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxMediaBytes+1))
	if err != nil {
		return photo{}, "", delivery.Temporary("network", fmt.Errorf("sms: media read: %w", err))
	}
	if len(data) > MaxMediaBytes {
		return photo{}, "larger than 5 MB", nil
	}
	served, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	ct, reason := checkMedia(declared, served, data)
	if reason != "" {
		return photo{}, reason, nil
	}
	return photo{data: data, ctype: ct}, "", nil
}

// checkMedia accepts media whose bytes are what both the webhook and
// Twilio's response say they are, for the types phigate knows how to
// check. It returns the canonical type or a reason for refusing.
func checkMedia(declared, served string, data []byte) (string, string) {
	declared, served = strings.ToLower(declared), strings.ToLower(served)
	if served != "" && served != declared {
		return "", "content type differs from the webhook's"
	}
	img := filters.SniffImage(data)
	switch declared {
	case "image/jpeg", "image/jpg", "image/pjpeg":
		if img == "jpeg" {
			return "image/jpeg", ""
		}
	case "image/png":
		if img == "png" {
			return declared, ""
		}
	case "image/gif":
		if img == "gif" {
			return declared, ""
		}
	case "image/webp":
		if img == "webp" {
			return declared, ""
		}
	case "image/heic", "image/heif":
		if img == "heif" {
			return declared, ""
		}
	case "image/bmp":
		if img == "bmp" {
			return declared, ""
		}
	case "image/tiff":
		if img == "tiff" {
			return declared, ""
		}
	case "video/mp4", "video/3gpp", "video/quicktime", "audio/mp4", "video/h264":
		if len(data) >= 12 && (string(data[4:8]) == "ftyp" || string(data[4:8]) == "moov") {
			return declared, ""
		}
	case "application/pdf":
		if bytes.HasPrefix(data, []byte("%PDF-")) {
			return declared, ""
		}
	case "text/vcard", "text/x-vcard":
		t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
		if len(t) >= 11 && bytes.EqualFold(t[:11], []byte("BEGIN:VCARD")) && utf8.Valid(data) {
			return declared, ""
		}
	case "text/plain":
		if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
			return declared, ""
		}
	default:
		return "", "unsupported type"
	}
	return "", "content is not what its type says"
}

// cleanTwilio deletes the message's media at Twilio and redacts its text.
func (in *InboundSender) cleanTwilio(ctx context.Context, it *queue.Item, job *inboundJob) error {
	s := in.s
	svc := s.api.service(ctx)
	acct := s.cfg.SMS.AccountSID
	for _, u := range it.Media {
		me := u[strings.LastIndexByte(u, '/')+1:]
		if !validSID(me, "ME") {
			continue // refused at intake; nothing of ours to delete
		}
		err := svc.DeleteMedia(job.MessageSid, me, &openapi.DeleteMediaParams{PathAccountSid: &acct})
		if err != nil && !twilioNotFound(err) {
			return twilioError(err)
		}
	}
	if job.HasBody {
		empty := ""
		_, err := svc.UpdateMessage(job.MessageSid, &openapi.UpdateMessageParams{PathAccountSid: &acct, Body: &empty})
		if err != nil && !twilioNotFound(err) {
			terr := twilioError(err)
			var de *delivery.Error
			if errors.As(terr, &de) && de.Permanent {
				// Twilio will not redact this message (yet or ever); it is
				// not worth holding the forward for.
				s.log.Warn("twilio refused to redact an inbound message", "twilio_sid", job.MessageSid, "status", de.Status)
				return nil
			}
			return terr
		}
	}
	return nil
}

func twilioNotFound(err error) bool {
	var te *client.TwilioRestError
	return errors.As(err, &te) && (te.Status == 404 || te.Code == 20404)
}

// forward posts the message to sms.forward_url, signed like Twilio's own
// webhook, and accepts the app's TwiML answer as outbound messages.
func (in *InboundSender) forward(ctx context.Context, it *queue.Item, job *inboundJob, stage *inboundStage) error {
	s := in.s
	staff := strings.TrimSuffix(s.cfg.Portal.BaseURL, "/") + "/staff/r/" + job.Record
	body := ""
	if job.HasBody && !job.PHI {
		raw, _, err := s.v.OpenRecord(ctx, job.Record)
		if err != nil {
			return delivery.Temporary("storage", fmt.Errorf("sms: open inbound record: %w", err))
		}
		if body, err = recordText(raw); err != nil {
			return delivery.Permanent("bad inbound record", err)
		}
	}
	var lines []string
	switch {
	case job.PHI:
		lines = append(lines, "A patient sent a message that may contain health information. Read it securely: "+staff)
	case body != "":
		lines = append(lines, body)
	}
	if stage.Photos > 0 {
		if job.PHI {
			lines = append(lines, fmt.Sprintf("[%d photo(s) kept with it]", stage.Photos))
		} else {
			lines = append(lines, fmt.Sprintf("[%d photo(s) kept securely: %s]", stage.Photos, staff))
		}
	}
	if n := len(stage.Refused); n > 0 {
		lines = append(lines, fmt.Sprintf("[%d attachment(s) refused]", n))
	}
	p := url.Values{}
	p.Set("MessageSid", job.MessageSid)
	p.Set("SmsSid", job.MessageSid)
	p.Set("SmsMessageSid", job.MessageSid)
	p.Set("AccountSid", job.Account)
	p.Set("From", it.From)
	p.Set("To", it.To)
	p.Set("Body", strings.Join(lines, "\n"))
	p.Set("NumMedia", "0")
	p.Set("ApiVersion", "2010-04-01")
	if job.NumSegments != "" {
		p.Set("NumSegments", job.NumSegments)
	}
	p.Set("PhigateRecordId", job.Record)
	p.Set("PhigateStaffUrl", staff)
	if job.PHI {
		p.Set("PhigateSealed", "true")
	}
	status, ctype, reply, err := postSigned(ctx, in.web, s.cfg.SMS.AuthToken, s.cfg.SMS.ForwardURL, p)
	if oerr := httpOutcome(status, err); oerr != nil {
		return oerr
	}
	var msgs []replyMessage
	if mt, _, _ := mime.ParseMediaType(ctype); len(bytes.TrimSpace(reply)) > 0 && (strings.HasSuffix(mt, "/xml") || mt == "") {
		if msgs, err = parseTwiML(reply); err != nil {
			// The forward itself succeeded; an unreadable answer is the
			// app's problem, on record, not a reason to forward again.
			s.log.Warn("practice webhook answered TwiML phigate cannot read", "record", job.Record)
			s.auditNow(audit.Event{Actor: "system", Action: audit.ActRejected, Channel: "sms",
				Objects: []string{"rec:" + job.Record}, Outcome: "fail", Detail: "forward reply: unreadable TwiML"})
		}
	}
	for _, rm := range msgs {
		if err := in.reply(ctx, it, job, rm); err != nil {
			return err
		}
	}
	stage.Forwarded = true
	b := s.v.NewBatch()
	if err := putStage(b, job.Record, *stage); err != nil {
		return delivery.Temporary("storage", err)
	}
	if err := s.v.Commit(ctx, b); err != nil {
		return delivery.Temporary("storage", err)
	}
	return nil
}

// reply sends one <Message> of the practice app's answer through the
// pipeline: scanned, sealed with a neutral notice if it carries PHI. To
// defaults to the patient, From to the number they texted.
func (in *InboundSender) reply(ctx context.Context, it *queue.Item, job *inboundJob, rm replyMessage) error {
	s := in.s
	r := &sendRequest{to: rm.To, from: rm.From, body: rm.Body, media: rm.Media}
	if r.to == "" {
		r.to = it.From
	}
	if r.from == "" {
		r.from = it.To
	}
	refuse := func(why string) error {
		s.auditNow(audit.Event{Actor: "system", Action: audit.ActRejected, Channel: "sms",
			Objects: []string{"rec:" + job.Record}, Outcome: "fail", Detail: "forward reply refused: " + why})
		return nil
	}
	if _, e := parseSend(formOf(r)); e != nil {
		return refuse("twilio " + strconv.Itoa(e.Code))
	}
	out, err := OptedOut(ctx, s.v, r.to)
	if err != nil {
		return delivery.Temporary("consent lookup", err)
	}
	if out {
		return refuse("twilio 21610")
	}
	_, _, err = s.accept(ctx, "system", "", r)
	switch {
	case errors.Is(err, gateway.ErrRejected):
		return nil // audited by the pipeline
	case err != nil:
		return delivery.Temporary("storage", err)
	}
	s.kickDelivery()
	return nil
}

func formOf(r *sendRequest) form {
	f := form{{"To", r.to}, {"From", r.from}, {"Body", r.body}}
	for _, m := range r.media {
		f = append(f, field{"MediaUrl", m})
	}
	return f
}

// recordText is the text part of an inbound record (inboundRecord's own
// format).
func recordText(raw []byte) (string, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", fmt.Errorf("sms: inbound record: %w", err)
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || params["boundary"] == "" {
		return "", errors.New("sms: inbound record: no boundary")
	}
	p, err := multipart.NewReader(msg.Body, params["boundary"]).NextRawPart()
	if err != nil {
		return "", fmt.Errorf("sms: inbound record: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(quotedprintable.NewReader(p), MaxBodyChars*4+1))
	if err != nil {
		return "", fmt.Errorf("sms: inbound record: %w", err)
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n"), nil
}

func extFor(ct string) string {
	switch ct {
	case "image/jpeg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	case "image/heic", "image/heif":
		return ".heic"
	case "image/bmp":
		return ".bmp"
	case "image/tiff":
		return ".tif"
	case "application/pdf":
		return ".pdf"
	case "text/vcard", "text/x-vcard":
		return ".vcf"
	case "text/plain":
		return ".txt"
	case "video/quicktime":
		return ".mov"
	case "video/3gpp":
		return ".3gp"
	}
	if strings.HasPrefix(ct, "video/") || strings.HasPrefix(ct, "audio/") {
		return ".mp4"
	}
	return ".bin"
}

func writeBase64Lines(b *bytes.Buffer, data []byte) {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteString("\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc)
	b.WriteString("\r\n")
}

// inboundObserver deletes an inbound item's step markers in the commit that
// settles the item for good (delivered, or bounced at its lifetime).
type inboundObserver struct{}

func (inboundObserver) Delivered(b *vault.Batch, it *queue.Item, _ delivery.Receipt) error {
	dropStage(b, it)
	return nil
}

func (inboundObserver) Failed(b *vault.Batch, it *queue.Item, permanent bool, _ string) error {
	if permanent {
		dropStage(b, it)
	}
	return nil
}

func dropStage(b *vault.Batch, it *queue.Item) {
	var job inboundJob
	if json.Unmarshal(it.Data, &job) == nil && validHexID(job.Record) {
		b.Delete(vault.KSMessage, stageKey(job.Record))
	}
}
