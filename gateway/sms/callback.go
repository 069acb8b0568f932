package sms

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault/queue"
)

// Signature computes X-Twilio-Signature for a form POST to fullURL the way
// Twilio does: HMAC-SHA1 keyed with the auth token over the URL followed by
// every parameter name and value, sorted by name, base64. phigate signs its
// forwards and status callbacks with it, so the practice's app verifies
// them with the same code (any Twilio SDK's RequestValidator) it would use
// for Twilio.
func Signature(authToken, fullURL string, params url.Values) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(fullURL))
	for _, k := range keys {
		vs := append([]string(nil), params[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			mac.Write([]byte(k))
			mac.Write([]byte(v))
		}
	}
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// maxReplyBytes bounds what phigate reads of a practice app's or a
// caller's reply.
const maxReplyBytes = 64 << 10

// webClient posts to practice-owned URLs (the forward webhook, callers'
// status callbacks): bounded in time, never following redirects (a
// redirect would re-send the body somewhere the signature did not name).
func webClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout:       timeout,
		CheckRedirect: noRedirect,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   8,
			IdleConnTimeout:       60 * time.Second,
		},
	}
}

// postSigned POSTs params to target, signed with authToken when there is
// one. It returns the status, the content type and up to maxReplyBytes of
// the reply.
func postSigned(ctx context.Context, hc *http.Client, authToken, target string, params url.Values) (int, string, []byte, error) {
	body := params.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader([]byte(body)))
	if err != nil {
		return 0, "", nil, fmt.Errorf("sms: bad target URL: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", "phigate")
	if authToken != "" {
		req.Header.Set("X-Twilio-Signature", Signature(authToken, target, params))
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, "", nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes+1))
	if err != nil {
		return resp.StatusCode, "", nil, err
	}
	if len(b) > maxReplyBytes {
		return resp.StatusCode, "", nil, errReplyTooLarge
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), b, nil
}

var errReplyTooLarge = errors.New("sms: reply too large")

// httpOutcome classifies a practice server's answer like a mail server's:
// 2xx accepted, 408/429/5xx and network trouble worth retrying, anything
// else (404, 403: misconfiguration there) permanent.
func httpOutcome(status int, err error) error {
	switch {
	case err != nil && errors.Is(err, context.DeadlineExceeded):
		return delivery.Temporary("timeout", context.DeadlineExceeded)
	case err != nil:
		var ue *url.Error
		if errors.As(err, &ue) && ue.Timeout() {
			return delivery.Temporary("timeout", errors.New("sms: webhook timed out"))
		}
		return delivery.Temporary("network", fmt.Errorf("sms: webhook: %w", err))
	case status >= 200 && status < 300:
		return nil
	case status == 408 || status == 429 || status >= 500:
		return delivery.Temporary("http "+strconv.Itoa(status), fmt.Errorf("sms: webhook answered %d", status))
	default:
		return delivery.Permanent("http "+strconv.Itoa(status), fmt.Errorf("sms: webhook answered %d", status))
	}
}

// CallbackSender delivers ChannelCallback items: one message status to the
// StatusCallback a caller of the send API gave. It implements
// delivery.Sender.
type CallbackSender struct {
	token string
	hc    *http.Client
}

var _ delivery.Sender = (*CallbackSender)(nil)

// Send posts the status (queue item Data, form-encoded) to it.Callback.
func (c *CallbackSender) Send(ctx context.Context, it *queue.Item) (delivery.Receipt, error) {
	if !validCallbackURL(it.Callback) {
		return delivery.Receipt{}, delivery.Permanent("bad callback url", errors.New("sms: callback URL is not an absolute http(s) URL"))
	}
	params, err := url.ParseQuery(string(it.Data))
	if err != nil {
		return delivery.Receipt{}, delivery.Permanent("bad callback item", fmt.Errorf("sms: callback item: %w", err))
	}
	status, _, _, err := postSigned(ctx, c.hc, c.token, it.Callback, params)
	if oerr := httpOutcome(status, err); oerr != nil {
		return delivery.Receipt{}, oerr
	}
	return delivery.Receipt{Status: "http " + strconv.Itoa(status)}, nil
}
