package sms

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/twilio/twilio-go/client"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// DefaultAPIBaseURL is Twilio's REST API.
const DefaultAPIBaseURL = "https://api.twilio.com"

// twilioAPI is phigate's side of Twilio's REST API: the account's
// credentials and an HTTP transport that sends twilio-go's requests to
// sms.api_base_url. twilio-go has no base-URL setting; its services build
// https://api.twilio.com/... themselves, so the transport rewrites scheme,
// host and path prefix of every request bound for a twilio.com host.
type twilioAPI struct {
	account, token string
	base           *url.URL // nil: Twilio itself, no rewriting
	transport      http.RoundTripper
	timeout        time.Duration
}

func newTwilioAPI(cfg *configs.Config) (*twilioAPI, error) {
	t := &twilioAPI{account: cfg.SMS.AccountSID, token: cfg.SMS.AuthToken, timeout: 30 * time.Second}
	if d := cfg.Delivery.AttemptTimeout; d > 0 && d < t.timeout {
		t.timeout = d
	}
	raw := strings.TrimSuffix(cfg.SMS.APIBaseURL, "/")
	if raw == "" {
		raw = DefaultAPIBaseURL
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" {
		return nil, fmt.Errorf("sms.api_base_url: want an absolute http(s) URL, got %q", cfg.SMS.APIBaseURL)
	}
	if raw != DefaultAPIBaseURL {
		t.base = u
	}
	t.transport = &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   32,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
	}
	return t, nil
}

// mediaHost is the scheme and host media URLs must have: Twilio's API host,
// or the configured base in tests.
func (t *twilioAPI) mediaOrigin() (scheme, host, prefix string) {
	if t.base == nil {
		return "https", "api.twilio.com", ""
	}
	return t.base.Scheme, t.base.Host, strings.TrimSuffix(t.base.Path, "/")
}

func isTwilioHost(h string) bool {
	h = strings.ToLower(h)
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	return h == "twilio.com" || strings.HasSuffix(h, ".twilio.com")
}

// ctxTransport carries one call's context into twilio-go's requests (it
// builds them with context.Background()) and rewrites the base URL.
type ctxTransport struct {
	ctx  context.Context
	api  *twilioAPI
	next http.RoundTripper
}

func (c ctxTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(c.ctx)
	if b := c.api.base; b != nil && isTwilioHost(r.URL.Host) {
		r.URL.Scheme, r.URL.Host, r.Host = b.Scheme, b.Host, b.Host
		r.URL.Path = strings.TrimSuffix(b.Path, "/") + r.URL.Path
		r.URL.RawPath = ""
	}
	return c.next.RoundTrip(r)
}

func noRedirect(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

// service returns twilio-go's API v2010 service for one call under ctx.
// It is cheap: the connection pool lives in the shared transport.
func (t *twilioAPI) service(ctx context.Context) *openapi.ApiService {
	c := &client.Client{
		Credentials: client.NewCredentials(t.account, t.token),
		HTTPClient: &http.Client{Transport: ctxTransport{ctx: ctx, api: t, next: t.transport},
			CheckRedirect: noRedirect, Timeout: t.timeout},
	}
	c.SetAccountSid(t.account)
	return openapi.NewApiServiceWithClient(c)
}

// permanentCodes are Twilio error codes that retrying cannot fix: the
// number, the sender, the content or the recipient's consent is wrong.
var permanentCodes = map[int]bool{
	21211: true, // invalid To
	21212: true, // invalid From
	21408: true, // region not enabled
	21601: true, 21602: true, 21603: true, 21604: true, 21606: true, 21608: true,
	21610: true,              // unsubscribed recipient
	21612: true,              // To/From pair cannot be connected
	21614: true,              // not a mobile number
	21617: true,              // body too long
	21620: true, 21623: true, // media
	21660: true, 21661: true, 21701: true, 21703: true, 21704: true,
	30003: true, 30005: true, 30006: true, 30007: true,
}

// twilioError turns a twilio-go error into a delivery error. Twilio's
// message text can quote the phone number, so neither the status nor the
// wrapped error keeps it: status and error code only.
func twilioError(err error) error {
	var te *client.TwilioRestError
	var v1 *client.RestErrorV1
	status, code := 0, 0
	switch {
	case errors.As(err, &te):
		status, code = te.Status, te.Code
	case errors.As(err, &v1):
		status, code = v1.HttpStatusCode, v1.Code
	case errors.Is(err, context.DeadlineExceeded):
		return delivery.Temporary("timeout", context.DeadlineExceeded)
	default:
		var ue *url.Error
		if errors.As(err, &ue) {
			if ue.Timeout() {
				return delivery.Temporary("timeout", fmt.Errorf("twilio: %s: timeout", ue.Op))
			}
			return delivery.Temporary("network", fmt.Errorf("twilio: %s: connection failed: %w", ue.Op, ue.Err))
		}
		// twilio-go could not decode an error reply (a proxy's HTML 502).
		return delivery.Temporary("twilio bad reply", errors.New("twilio: unreadable reply"))
	}
	st := "twilio " + strconv.Itoa(code)
	if code == 0 {
		st = "http " + strconv.Itoa(status)
	}
	clean := fmt.Errorf("twilio: HTTP %d, error %d", status, code)
	switch {
	case permanentCodes[code]:
		return delivery.Permanent(st, clean)
	case status == 400 || status == 422:
		return delivery.Permanent(st, clean)
	default: // 401/403/404 are our configuration, 429 and 5xx are Twilio's
		return delivery.Temporary(st, clean)
	}
}

// TwilioSender hands queue.ChannelSMS items to Twilio's Messages API with
// twilio-go. It implements delivery.Sender.
type TwilioSender struct {
	api       *twilioAPI
	from      string // sms.from
	service   string // sms.messaging_service_sid
	statusURL string // public callback for Twilio's status reports, or ""
	v         *vault.Vault
}

var _ delivery.Sender = (*TwilioSender)(nil)

// NewTwilioSender builds the sender from cfg. v, when not nil, is checked
// for opt-outs before every send (the portal's codes and reminders, too).
func NewTwilioSender(cfg *configs.Config, v *vault.Vault) (*TwilioSender, error) {
	if cfg.SMS.AccountSID == "" || cfg.SMS.AuthToken == "" {
		return nil, errors.New("sms.account_sid and sms.auth_token are required to send through Twilio")
	}
	if cfg.SMS.From == "" && cfg.SMS.MessagingServiceSID == "" {
		return nil, errors.New("sms.from or sms.messaging_service_sid is required to send through Twilio")
	}
	if cfg.SMS.From != "" && !validSender(cfg.SMS.From) {
		return nil, errors.New("sms.from: want an E.164 number (+15551234567), a short code or an alphanumeric sender ID")
	}
	if cfg.SMS.MessagingServiceSID != "" && !validSID(cfg.SMS.MessagingServiceSID, "MG") {
		return nil, errors.New("sms.messaging_service_sid: want MG followed by 32 hex digits")
	}
	api, err := newTwilioAPI(cfg)
	if err != nil {
		return nil, err
	}
	t := &TwilioSender{api: api, from: cfg.SMS.From, service: cfg.SMS.MessagingServiceSID, v: v}
	if pu := strings.TrimSuffix(cfg.SMS.PublicURL, "/"); pu != "" {
		t.statusURL = pu + pathStatus
	}
	return t, nil
}

// Send creates the message at Twilio. The status callback URL names the
// message (statusRef), so Twilio's reports find it without a lookup that
// could race the recording of this very send.
func (t *TwilioSender) Send(ctx context.Context, it *queue.Item) (delivery.Receipt, error) {
	if !validE164(it.To) {
		return delivery.Receipt{}, delivery.Permanent("twilio 21211", errors.New("sms: recipient is not an E.164 number"))
	}
	if t.v != nil {
		out, err := OptedOut(ctx, t.v, it.To)
		if err != nil {
			return delivery.Receipt{}, delivery.Temporary("consent lookup", err)
		}
		if out {
			return delivery.Receipt{}, delivery.Permanent("twilio 21610", errors.New("sms: recipient opted out"))
		}
	}
	p := &openapi.CreateMessageParams{}
	p.SetPathAccountSid(t.api.account)
	p.SetTo(it.To)
	switch from := it.From; {
	case validSID(from, "MG"):
		p.SetMessagingServiceSid(from)
	case from != "":
		p.SetFrom(from)
	case t.from != "":
		p.SetFrom(t.from)
	default:
		p.SetMessagingServiceSid(t.service)
	}
	if len(it.Data) > 0 || len(it.Media) == 0 {
		p.SetBody(string(it.Data))
	}
	if len(it.Media) > 0 {
		p.SetMediaUrl(it.Media)
	}
	if t.statusURL != "" {
		p.SetStatusCallback(t.statusURL + "?ps=" + url.QueryEscape(statusRef(it)))
	}
	m, err := t.api.service(ctx).CreateMessage(p)
	if err != nil {
		return delivery.Receipt{}, twilioError(err)
	}
	r := delivery.Receipt{Status: "twilio accepted"}
	if m.Status != nil {
		r.Status = "twilio " + *m.Status
	}
	if m.Sid != nil && (validSID(*m.Sid, "SM") || validSID(*m.Sid, "MM")) {
		r.ProviderID = *m.Sid
	}
	return r, nil
}
