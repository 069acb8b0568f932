package sms

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/apikeys"
	"github.com/phigate/phigate/vault/queue"
)

// The Twilio-compatible Messages API.

var basicPrefix = []byte("Basic ")

// authenticate checks HTTP Basic credentials against the API keys.
func (s *Server) authenticate(ctx *fasthttp.RequestCtx) (*apikeys.Key, *apiError) {
	h := ctx.Request.Header.Peek(fasthttp.HeaderAuthorization)
	if len(h) < len(basicPrefix) || !bytes.EqualFold(h[:len(basicPrefix)], basicPrefix) || len(h) > 512 {
		return nil, errAuth
	}
	dec, err := base64.StdEncoding.DecodeString(string(bytes.TrimSpace(h[len(basicPrefix):])))
	if err != nil {
		return nil, errAuth
	}
	user, pass, ok := strings.Cut(string(dec), ":")
	if !ok {
		return nil, errAuth
	}
	cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	k, err := apikeys.Authenticate(cctx, s.v, user, pass)
	switch {
	case errors.Is(err, apikeys.ErrAuth):
		return nil, errAuth
	case err != nil:
		s.log.Error("api key lookup failed", "err", err)
		return nil, errUnavailable
	}
	return k, nil
}

// serveAPI serves /2010-04-01/Accounts/{AccountSid}/Messages.json and
// …/Messages/{Sid}.json; rest is the path after the accounts prefix.
func (s *Server) serveAPI(ctx *fasthttp.RequestCtx, rest string) {
	actor := "ip:" + ctx.RemoteIP().String()
	key, e := s.authenticate(ctx)
	if e == errUnavailable {
		e.write(ctx)
		return
	}
	if e != nil {
		s.refuse(ctx, e, actor, "api")
		return
	}
	actor = "apikey:" + key.ID
	acct, tail, _ := strings.Cut(rest, "/")
	if acct != s.account {
		s.refuse(ctx, errNotFound, actor, "api: unknown AccountSid")
		return
	}
	switch {
	case tail == "Messages.json":
		if !ctx.IsPost() {
			s.methodNotAllowed(ctx, "POST")
			return
		}
		s.create(ctx, key)
	case strings.HasPrefix(tail, "Messages/") && strings.HasSuffix(tail, ".json"):
		sid := strings.TrimSuffix(strings.TrimPrefix(tail, "Messages/"), ".json")
		if !ctx.IsGet() {
			s.methodNotAllowed(ctx, "GET")
			return
		}
		s.fetch(ctx, key, sid)
	default:
		s.refuse(ctx, errNotFound, actor, "api: unknown resource")
	}
}

// sendRequest is a validated send.
type sendRequest struct {
	to, from, service, body, callback string
	media                             []string
}

// parseSend validates the form of POST …/Messages.json, in Twilio's order
// of complaints.
func parseSend(f form) (*sendRequest, *apiError) {
	r := &sendRequest{to: f.get("To"), from: f.get("From"), service: f.get("MessagingServiceSid"),
		body: f.get("Body"), callback: f.get("StatusCallback"), media: f.all("MediaUrl")}
	switch {
	case r.to == "":
		return nil, errToRequired
	case !validE164(r.to):
		return nil, errInvalidTo
	case r.from == "" && r.service == "":
		return nil, errFromRequired
	case r.from != "" && !validSender(r.from):
		return nil, errInvalidFrom
	case r.service != "" && !validSID(r.service, "MG"):
		return nil, errInvalidMSID
	case r.body == "" && len(r.media) == 0:
		return nil, errBodyRequired
	case !utf8.ValidString(r.body):
		return nil, errMalformed
	case utf8.RuneCountInString(r.body) > MaxBodyChars:
		return nil, errBodyTooLong
	case len(r.media) > MaxMedia:
		return nil, errMediaCount
	case r.callback != "" && !validCallbackURL(r.callback):
		return nil, errCallbackURL
	}
	for _, m := range r.media {
		if !validCallbackURL(m) {
			return nil, errMediaURL
		}
	}
	return r, nil
}

// create is POST …/Messages.json: scan, seal or pass, queue — durably —
// then 201.
func (s *Server) create(ctx *fasthttp.RequestCtx, key *apikeys.Key) {
	actor := "apikey:" + key.ID
	if !isForm(ctx) {
		s.refuse(ctx, errContentType, actor, "api send")
		return
	}
	f, err := parseForm(ctx.PostBody(), func(k string) bool { return k == "MediaUrl" })
	switch {
	case errors.Is(err, errFormRepeat):
		s.refuse(ctx, errRepeated, actor, "api send: repeated field")
		return
	case err != nil:
		s.refuse(ctx, errMalformed, actor, "api send: form")
		return
	}
	r, e := parseSend(f)
	if e != nil {
		s.refuse(ctx, e, actor, "api send")
		return
	}
	cctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	out, err := OptedOut(cctx, s.v, r.to)
	if err != nil {
		s.log.Error("consent lookup failed", "err", err)
		errUnavailable.write(ctx)
		return
	}
	if out {
		s.refuse(ctx, errOptedOut, actor, "api send")
		return
	}
	_, st, err := s.accept(cctx, actor, key.ID, r)
	switch {
	case errors.Is(err, gateway.ErrRejected):
		// The pipeline has audited the rejection with its categories.
		errFiltered.write(ctx)
		return
	case err != nil:
		s.log.Error("sms accept failed", "err", err)
		errUnavailable.write(ctx)
		return
	}
	s.writeMessage(ctx, fasthttp.StatusCreated, st, msgEvent{Status: "queued"}, r.body)
}

// stateCounts fills what the API reports of the message that goes out:
// the notice (one segment, no media) or the original.
func stateCounts(st *msgState, r *sendRequest, res *gateway.Result) {
	if res != nil && res.Action == gateway.ActRewrite {
		st.NumSegments, st.NumMedia = 1, 0
		return
	}
	st.NumMedia = len(r.media)
	st.NumSegments = gsm.Segments(r.body)
	if st.NumSegments == 0 && r.body != "" { // UCS-2: 70 a segment, 67 concatenated
		n := utf8.RuneCountInString(r.body)
		st.NumSegments = 1
		if n > 70 {
			st.NumSegments = (n + 66) / 67
		}
	}
}

// accept runs one outbound SMS through the pipeline, with the API state in
// the same commit. Used by the send API and for a practice app's replies.
func (s *Server) accept(ctx context.Context, actor, keyID string, r *sendRequest) (*gateway.Result, *msgState, error) {
	now := s.now().UTC()
	id := gateway.NewID()
	sender := r.from
	if sender == "" {
		sender = r.service
	}
	text := []string{r.body}
	atts := make([]filters.Attachment, 0, len(r.media))
	for _, m := range r.media {
		// Media are never fetched at intake (a URL the caller chooses is
		// not ours to dereference); a URL is scanned as text, and any
		// media makes an attachment finding, so policy decides.
		text = append(text, m)
		name := ""
		if u, err := url.Parse(m); err == nil {
			name = path.Base(u.Path)
		}
		atts = append(atts, filters.Attachment{Filename: name})
	}
	st := &msgState{SID: sidOf(id), Account: s.account, To: r.to, From: r.from, Service: r.service,
		Callback: r.callback, Created: now, APIKey: keyID}
	msg := &gateway.Message{
		ID: id, Channel: queue.ChannelSMS, Actor: actor, From: sender, Recipients: []string{r.to},
		Raw:      s.render.sealedCopy(id, r.body, r.media, now),
		Content:  &filters.Content{Text: text, Attachments: atts},
		Received: now, Callback: r.callback,
		Also: func(b *vault.Batch, res *gateway.Result) error {
			st.Sealed = res.Action == gateway.ActRewrite
			stateCounts(st, r, res)
			return putState(b, st)
		},
	}
	res, err := s.pipe.Accept(ctx, msg, withMedia{s.render, r.media})
	if err != nil {
		return nil, nil, err
	}
	return res, st, nil
}

// fetch is GET …/Messages/{Sid}.json.
func (s *Server) fetch(ctx *fasthttp.RequestCtx, key *apikeys.Key, sid string) {
	if !validSID(sid, "SM") {
		s.refuse(ctx, errNotFound, "apikey:"+key.ID, "api fetch")
		return
	}
	cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, ev, err := loadState(cctx, s.v, sid)
	switch {
	case errors.Is(err, vault.ErrNotFound):
		s.refuse(ctx, errNotFound, "apikey:"+key.ID, "api fetch")
		return
	case err != nil:
		s.log.Error("sms state lookup failed", "err", err)
		errUnavailable.write(ctx)
		return
	}
	s.writeMessage(ctx, fasthttp.StatusOK, st, ev, "")
}

// apiMessage is Twilio's Message resource as JSON.
type apiMessage struct {
	AccountSid          string            `json:"account_sid"`
	APIVersion          string            `json:"api_version"`
	Body                string            `json:"body"`
	DateCreated         string            `json:"date_created"`
	DateSent            *string           `json:"date_sent"`
	DateUpdated         string            `json:"date_updated"`
	Direction           string            `json:"direction"`
	ErrorCode           *int              `json:"error_code"`
	ErrorMessage        *string           `json:"error_message"`
	From                *string           `json:"from"`
	MessagingServiceSid *string           `json:"messaging_service_sid"`
	NumMedia            string            `json:"num_media"`
	NumSegments         string            `json:"num_segments"`
	Price               *string           `json:"price"`
	PriceUnit           string            `json:"price_unit"`
	Sid                 string            `json:"sid"`
	Status              string            `json:"status"`
	SubresourceUris     map[string]string `json:"subresource_uris"`
	To                  string            `json:"to"`
	URI                 string            `json:"uri"`
}

// writeMessage answers with the Message resource. body is echoed only in
// the reply to the send itself (the caller's own text); phigate keeps no
// copy to report later.
func (s *Server) writeMessage(ctx *fasthttp.RequestCtx, code int, st *msgState, ev msgEvent, body string) {
	uri := apiPrefix + st.Account + "/Messages/" + st.SID
	m := apiMessage{
		AccountSid: st.Account, APIVersion: "2010-04-01", Body: body,
		DateCreated: st.Created.UTC().Format(time.RFC1123Z), DateUpdated: st.Created.UTC().Format(time.RFC1123Z),
		Direction: "outbound-api", NumMedia: strconv.Itoa(st.NumMedia), NumSegments: strconv.Itoa(st.NumSegments),
		PriceUnit: "USD", Sid: st.SID, Status: ev.Status, To: st.To, URI: uri + ".json",
		SubresourceUris: map[string]string{"media": uri + "/Media.json"},
	}
	if !ev.Time.IsZero() {
		d := ev.Time.UTC().Format(time.RFC1123Z)
		m.DateUpdated = d
		if statusRank(ev.Status) >= 2 {
			m.DateSent = &d
		}
	}
	if st.From != "" {
		m.From = &st.From
	}
	if st.Service != "" {
		m.MessagingServiceSid = &st.Service
	}
	if ev.ErrorCode != 0 {
		c := ev.ErrorCode
		m.ErrorCode = &c
	}
	b, err := json.Marshal(&m)
	if err != nil {
		errInternal.write(ctx)
		return
	}
	ctx.SetStatusCode(code)
	ctx.Response.Header.SetContentTypeBytes(hdrJSON)
	ctx.Response.SetBodyRaw(b)
}
