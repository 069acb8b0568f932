package portal

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"mime/multipart"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

// wantHeaders are on every response but static assets' Cache-Control.
var wantHeaders = map[string]string{
	"Content-Security-Policy":   "default-src 'self'",
	"Strict-Transport-Security": "max-age=",
	"X-Frame-Options":           "DENY",
	"Referrer-Policy":           "no-referrer",
	"Cache-Control":             "no-store",
	"X-Content-Type-Options":    "nosniff",
	"Permissions-Policy":        "camera=()",
}

// TestSecurityHeadersEverywhere: pages, errors, redirects, images,
// downloads, staff pages and static files all carry the headers.
func TestSecurityHeadersEverywhere(t *testing.T) {
	e := newEnv(t)
	e.listen()
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	tok, _ := e.seal(testMessage(t, exifJPEG(t, 16, 16), ""), "pat@example.com", queue.ChannelEmail)
	c := e.client()
	c.verifyDOB(tok, "1984", "3", "27")
	view := c.get("/m")
	staff, _ := e.staffClient("rivera@clinic.example", users.RoleStaff)
	paths := []struct {
		name string
		c    *client
		path string
		code int
	}{
		{"landing", e.client(), "/s/" + tok, 200},
		{"unknown link", e.client(), "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 404},
		{"message", c, "/m", 200},
		{"image", c, regexpAll(`/m/[A-Za-z0-9_-]+/part/[0-9]+`, view.Body)[0], 200},
		{"download", c, regexpAll(`/m/[A-Za-z0-9_-]+/file/[0-9]+`, view.Body)[0], 200},
		{"no session", e.client(), "/m", 401},
		{"method not allowed", e.client(), "/s/" + tok + "/verify", 405},
		{"signed out", e.client(), "/bye", 200},
		{"staff login", e.client(), "/staff/login", 200},
		{"staff redirect", e.client(), "/staff", 303},
		{"staff links", staff, "/staff/links", 200},
		{"home", e.client(), "/", 200},
		{"static", e.client(), "/static/portal.css", 200},
	}
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			r := p.c.get(p.path)
			if r.Code != p.code {
				t.Fatalf("status %d, want %d", r.Code, p.code)
			}
			for k, want := range wantHeaders {
				if k == "Cache-Control" && p.name == "static" {
					continue // the stylesheet is public and cacheable
				}
				if got := r.Header.Get(k); !strings.Contains(got, want) {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			csp := r.Header.Get("Content-Security-Policy")
			if strings.Contains(csp, "unsafe-") || !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("CSP %q", csp)
			}
			if ct := r.Header.Get("Content-Type"); ct == "" && r.Body != "" {
				t.Error("a body without Content-Type")
			}
		})
	}
}

// TestCSRFOnEveryPOST: every state-changing form refuses a POST without
// its token, and changes nothing.
func TestCSRFOnEveryPOST(t *testing.T) {
	e := newEnv(t)
	e.listen()
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	tok, _ := e.seal(testMessage(t, exifJPEG(t, 16, 16), ""), "pat@example.com", queue.ChannelEmail)
	codeTok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "nodob@example.com", queue.ChannelEmail)
	lockTok, ll := e.seal([]byte("From: rivera@clinic.example\r\nSubject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
	e.lock(lockTok)
	pc := e.client()
	pc.get("/s/" + tok) // pre-session cookie, as a browser would have
	pc.get("/s/" + codeTok)
	vc := e.client()
	vc.verifyDOB(tok, "1984", "3", "27")
	staff, _ := e.staffClient("rivera@clinic.example", users.RoleStaff)
	sl := e.client()
	sl.get("/staff/login")
	users.Add(context.Background(), e.v, "x@clinic.example", users.RoleStaff, "correct horse battery", "test")

	multipartBody := func() (*bytes.Buffer, string) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.WriteField("text", "hello")
		mw.Close()
		return &b, mw.FormDataContentType()
	}
	posts := []struct {
		name string
		c    *client
		path string
		form url.Values
	}{
		{"verify", pc, "/s/" + tok + "/verify", url.Values{"year": {"1984"}, "month": {"3"}, "day": {"27"}}},
		{"send code", pc, "/s/" + codeTok + "/code", url.Values{}},
		{"logout", vc, "/logout", url.Values{}},
		{"stay", vc, "/m/stay", url.Values{}},
		{"reply", vc, "/m/reply", nil},
		{"staff login", sl, "/staff/login", url.Values{"email": {"x@clinic.example"}, "password": {"correct horse battery"}}},
		{"staff logout", staff, "/staff/logout", url.Values{}},
		{"staff stay", staff, "/staff/stay", url.Values{}},
		{"staff unlock", staff, "/staff/links/" + ll.ID + "/unlock", url.Values{}},
		{"staff resend", staff, "/staff/links/" + ll.ID + "/resend", url.Values{}},
	}
	snapshot := func() string {
		var b strings.Builder
		for _, ks := range []vault.Keyspace{vault.KSLink, vault.KSSession, vault.KSQueue} {
			e.v.Scan(context.Background(), ks, "", func(k string, v []byte) error {
				fmt.Fprintf(&b, "%s%s=%s\n", ks, k, v)
				return nil
			})
		}
		return b.String()
	}
	for _, p := range posts {
		for _, csrf := range []string{"", "forged-" + strconv.Itoa(len(p.name))} {
			t.Run(p.name+"/"+map[bool]string{true: "missing", false: "forged"}[csrf == ""], func(t *testing.T) {
				before := snapshot()
				var r *resp
				if p.form == nil {
					body, ct := multipartBody()
					if csrf != "" {
						body, ct = func() (*bytes.Buffer, string) {
							var b bytes.Buffer
							mw := multipart.NewWriter(&b)
							mw.WriteField("csrf", csrf)
							mw.WriteField("text", "hello")
							mw.Close()
							return &b, mw.FormDataContentType()
						}()
					}
					r = p.c.do("POST", p.path, body, ct)
				} else {
					f := url.Values{}
					for k, v := range p.form {
						f[k] = v
					}
					if csrf != "" {
						f.Set("csrf", csrf)
					}
					r = p.c.post(p.path, f)
				}
				if r.Code != 403 {
					t.Fatalf("status %d, want 403", r.Code)
				}
				if after := snapshot(); after != before {
					t.Errorf("state changed by a POST without a valid token")
				}
			})
		}
	}
	// The session survived: the refused logout did not sign out.
	if r := vc.get("/m"); r.Code != 200 {
		t.Errorf("session after refused POSTs: %d", r.Code)
	}
}

// TestCookies: both cookies are host-only, Secure, HttpOnly, SameSite=Strict;
// the session ID is 256 random bits and is stored only as a hash.
func TestCookies(t *testing.T) {
	e := newEnv(t)
	e.listen()
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
	c := e.client()
	landing := c.get("/s/" + tok)
	r := c.post("/s/"+tok+"/verify", url.Values{"csrf": {csrfOf(t, landing.Body)}, "year": {"1984"}, "month": {"3"}, "day": {"27"}})
	for _, sc := range []string{landing.Header.Get("Set-Cookie"), r.Header.Get("Set-Cookie")} {
		low := strings.ToLower(sc)
		for _, f := range []string{"__host-", "secure", "httponly", "samesite=strict", "path=/"} {
			if !strings.Contains(low, f) {
				t.Errorf("cookie %q lacks %s", sc, f)
			}
		}
		if strings.Contains(low, "domain=") {
			t.Errorf("cookie %q names a domain", sc)
		}
	}
	id := strings.TrimPrefix(strings.Split(r.Header.Get("Set-Cookie"), ";")[0], sessionCookie+"=")
	if len(id) != 43 { // base64url of 32 bytes
		t.Fatalf("session id %q is not 256 bits", id)
	}
	var stored []string
	e.v.Scan(context.Background(), vault.KSSession, "", func(k string, v []byte) error {
		stored = append(stored, k+string(v))
		return nil
	})
	if len(stored) != 1 || strings.Contains(stored[0], id) || !strings.HasPrefix(stored[0], sessionKey(id)) {
		t.Fatalf("session store: %v", stored)
	}
}

// TestTokensStoredOnlyAsHashes: after the notice is relayed and the
// patient verified, no keyspace holds the link token or the session ID in
// the clear (link state is keyed by SHA-256 of the token; the sealed copy
// kept for the reminder is ciphertext and is shredded on first use).
func TestTokensStoredOnlyAsHashes(t *testing.T) {
	r := newRelay(t)
	PutPatient(context.Background(), r.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	r.submit(t, []string{"pat@example.com"}, phiMessage(t, "pat@example.com", exifJPEG(t, 16, 16)))
	text, _ := r.mailTo(t, "pat@example.com", 1)
	_, tok := r.noticeLink(t, text)
	c := r.client()
	res := c.verifyDOB(tok, "1984", "3", "27")
	sid := strings.TrimPrefix(strings.Split(res.Header.Get("Set-Cookie"), ";")[0], sessionCookie+"=")
	if res.Code != 303 || len(sid) < 40 {
		t.Fatalf("verify: %d", res.Code)
	}
	if _, err := links.Lookup(context.Background(), r.v, tok); err != nil {
		t.Fatal(err)
	}
	for _, ks := range []vault.Keyspace{vault.KSLink, vault.KSQueue, vault.KSAudit, vault.KSUser, vault.KSPatient,
		vault.KSSession, vault.KSMessage, vault.KSMeta, vault.KSExpiry, vault.KSConsent} {
		err := r.v.Scan(context.Background(), ks, "", func(k string, v []byte) error {
			for name, secret := range map[string]string{"link token": tok, "session id": sid} {
				if strings.Contains(k, secret) || bytes.Contains(v, []byte(secret)) {
					t.Errorf("%s%s holds the %s", ks, k, name)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := r.v.OpenRecord(context.Background(), links.TokenRecordID(r.link(tok).ID)); err == nil {
		t.Error("the sealed token copy survives the first verification")
	}
}

// TestRateLimits: verification POSTs per link, POSTs per IP, and unknown
// tokens per IP are bounded; the limit answers 429 with Retry-After.
func TestRateLimits(t *testing.T) {
	t.Run("per link", func(t *testing.T) {
		e := newEnv(t)
		e.listen()
		tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
		PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
		c := e.client()
		csrf := csrfOf(t, c.get("/s/"+tok).Body)
		// Malformed dates are not failed attempts, so only the rate limit
		// can stop them.
		var codes []int
		for range 11 {
			codes = append(codes, c.post("/s/"+tok+"/verify", url.Values{"csrf": {csrf}, "year": {"84"}, "month": {"3"}, "day": {"27"}}).Code)
		}
		if codes[9] != 400 || codes[10] != 429 {
			t.Fatalf("statuses %v: want 400 ten times, then 429", codes)
		}
		e.clk.Add(time.Minute)
		if r := c.post("/s/"+tok+"/verify", url.Values{"csrf": {csrf}, "year": {"1984"}, "month": {"3"}, "day": {"27"}}); r.Code != 303 {
			t.Fatalf("after the window: %d", r.Code)
		}
	})
	t.Run("POSTs per IP", func(t *testing.T) {
		e := newEnv(t)
		e.listen()
		c := e.client()
		// Seven links, nine POSTs each (under the per-link limit), refused
		// for their form token so nothing is written: the 61st POST from
		// the address is over the per-IP limit.
		var toks []string
		for i := range 7 {
			tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), fmt.Sprintf("p%d@example.com", i), queue.ChannelEmail)
			toks = append(toks, tok)
		}
		var codes []int
		for i := range 61 {
			codes = append(codes, c.post("/s/"+toks[i/9]+"/verify", url.Values{"csrf": {"forged"}}).Code)
		}
		if codes[59] != 403 || codes[60] != 429 {
			t.Fatalf("statuses %v: want 403 sixty times, then 429", codes)
		}
	})
	t.Run("unknown tokens per IP", func(t *testing.T) {
		e := newEnv(t)
		e.listen()
		tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
		c := e.client()
		for range 30 {
			u, _ := links.NewToken(32)
			c.get("/s/" + u)
		}
		// Guessing is stopped, and so is the guesser's use of a real link.
		if r := c.get("/s/" + tok); r.Code != 429 {
			t.Fatalf("after 30 unknown tokens: %d", r.Code)
		}
		e.clk.Add(10 * time.Minute)
		if r := c.get("/s/" + tok); r.Code != 200 {
			t.Fatalf("after the window: %d", r.Code)
		}
	})
}

// TestConfiguredLockAndCodeTTL: the lock lasts portal.lock_duration, and a
// code portal.code_ttl (defaults 60 and 10 minutes).
func TestConfiguredLockAndCodeTTL(t *testing.T) {
	def := newEnv(t)
	if def.cfg.Portal.LockDuration != 60*time.Minute || def.cfg.Portal.CodeTTL != 10*time.Minute ||
		def.cfg.Portal.MaxAttempts != 5 || def.cfg.Portal.IdleTimeout != 10*time.Minute || def.cfg.Portal.ReminderAfter != 48*time.Hour {
		t.Fatalf("defaults: %+v", def.cfg.Portal)
	}
	for _, lock := range []time.Duration{15 * time.Minute, 60 * time.Minute} {
		t.Run(lock.String(), func(t *testing.T) {
			e := newEnv(t, func(c *configs.Config) { c.Portal.LockDuration = lock })
			e.listen()
			tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
			PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
			e.lock(tok)
			e.clk.Add(lock - time.Second)
			if r := e.client().get("/s/" + tok); r.Code != 423 {
				t.Fatalf("just before the lock ends: %d", r.Code)
			}
			e.clk.Add(2 * time.Second)
			if r := e.client().verifyDOB(tok, "1984", "3", "27"); r.Code != 303 {
				t.Fatalf("after the lock: %d", r.Code)
			}
		})
	}
}

// TestBrandContrast: for any brand colour, header text on it and links on
// white meet WCAG AA (4.5:1).
func TestBrandContrast(t *testing.T) {
	contrast := func(a, b string) float64 {
		lum := func(h string) float64 {
			h = strings.TrimPrefix(h, "#")
			if len(h) == 3 {
				h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
			}
			v, _ := strconv.ParseUint(h, 16, 32)
			return relLum(float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff))
		}
		l1, l2 := lum(a), lum(b)
		return (math.Max(l1, l2) + 0.05) / (math.Min(l1, l2) + 0.05)
	}
	for _, c := range []string{"#1f4e79", "#f5c518", "#ffffff", "#000000", "#777777", "#808080", "#00ff00", "#e91e63", "#fc0", "#0a0a0a", "#ffb6c1"} {
		text, onWhite := brandContrast(c)
		if r := contrast(c, text); r < 4.5 {
			t.Errorf("%s: text %s on it: %.2f", c, text, r)
		}
		if r := contrast(onWhite, "#ffffff"); r < 4.5 {
			t.Errorf("%s: links %s on white: %.2f", c, onWhite, r)
		}
	}
}
