package main

import (
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twilio/twilio-go"
	"github.com/twilio/twilio-go/client"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

// rebase sends requests meant for api.twilio.com to phigate: the one change
// an SMS tool's Twilio SDK integration makes.
type rebase struct{ base *url.URL }

func (r rebase) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.URL.Scheme, req.URL.Host, req.Host = r.base.Scheme, r.base.Host, r.base.Host
	return http.DefaultTransport.RoundTrip(req)
}

var (
	keySIDRE    = regexp.MustCompile(`API key SID:\s+(\S+)`)
	keySecretRE = regexp.MustCompile(`API secret:\s+(\S+)`)
	accountRE   = regexp.MustCompile(`Account SID:\s+(\S+)`)
)

// TestServeSMSSendAPI issues an API key from the CLI while the server runs,
// sends a PHI text through the real twilio-go SDK pointed at phigate, and
// finds a one-segment neutral SMS with a portal link in the dev outbox.
func TestServeSMSSendAPI(t *testing.T) {
	ts := startServe(t, "", "")
	code, out, errs := ts.cli(t, "", "apikeys", "add", "--name", "ehr")
	if code != 0 {
		t.Fatalf("apikeys add: %d %s %s", code, out, errs)
	}
	sid, secret, account := keySIDRE.FindStringSubmatch(out), keySecretRE.FindStringSubmatch(out), accountRE.FindStringSubmatch(out)
	if sid == nil || secret == nil || account == nil {
		t.Fatalf("apikeys add output: %s", out)
	}
	base, _ := url.Parse("http://" + ts.s.smsLn.Addr().String())
	c := &client.Client{Credentials: client.NewCredentials(sid[1], secret[1]), HTTPClient: &http.Client{Transport: rebase{base}}}
	c.SetAccountSid(account[1])
	sdk := twilio.NewRestClientWithParams(twilio.ClientParams{Client: c})

	p := &api.CreateMessageParams{}
	p.SetTo("+15550100042")
	p.SetFrom("+15550100000")
	p.SetBody("Hi Pat, your Botox touch-up is Thursday at 3pm.")
	msg, err := sdk.Api.CreateMessage(p)
	if err != nil {
		t.Fatalf("twilio-go CreateMessage: %v", err)
	}
	if msg.Sid == nil || msg.Status == nil || *msg.Status != "queued" {
		t.Fatalf("response: %+v", msg)
	}

	deadline := time.Now().Add(15 * time.Second)
	var sms []byte
	for sms == nil && time.Now().Before(deadline) {
		files, _ := filepath.Glob(filepath.Join(ts.dir, "outbox", "*.sms.txt"))
		if len(files) > 0 {
			sms, _ = os.ReadFile(files[0])
		} else {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if sms == nil {
		t.Fatal("no SMS in the dev outbox")
	}
	_, body, _ := strings.Cut(string(sms), "\n\n")
	body = strings.TrimSpace(body)
	low := strings.ToLower(body)
	if strings.Contains(low, "botox") || strings.Contains(low, "thursday") || strings.Contains(low, "hi pat") || strings.Contains(low, "3pm") {
		t.Errorf("the SMS leaks the original: %q", body)
	}
	if len(body) > 160 || !strings.Contains(body, ts.s.cfg.Portal.BaseURL+"/s/") {
		t.Errorf("notice is not one segment with a portal link (%d chars): %q", len(body), body)
	}
	for _, r := range body {
		if r > 0x7e {
			t.Errorf("notice is not ASCII: %q", body)
			break
		}
	}

	// An admin disables the key while the server runs: the very next request
	// with it is refused with Twilio's 20003, and enabling it again restores it.
	if code, out, errs := ts.cli(t, "", "apikeys", "disable", "--id", sid[1]); code != 0 {
		t.Fatalf("apikeys disable: %d %s %s", code, out, errs)
	}
	_, err = sdk.Api.CreateMessage(p)
	var rest *client.TwilioRestError
	if !errors.As(err, &rest) || rest.Code != 20003 || rest.Status != http.StatusUnauthorized {
		t.Fatalf("send with a disabled key: %v, want a 401 with code 20003", err)
	}
	if code, out, _ := ts.cli(t, "", "apikeys", "list"); code != 0 || !strings.Contains(out, sid[1]) || !strings.Contains(out, "disabled") {
		t.Fatalf("apikeys list after disable: %d\n%s", code, out)
	}
	if code, out, errs := ts.cli(t, "", "apikeys", "enable", "--id", sid[1]); code != 0 {
		t.Fatalf("apikeys enable: %d %s %s", code, out, errs)
	}
	if _, err := sdk.Api.CreateMessage(p); err != nil {
		t.Fatalf("send after enable: %v", err)
	}
}
