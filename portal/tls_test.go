package portal

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// TestTLSVersionsAndCiphers: TLS 1.2 and 1.3 with forward-secret AEAD
// suites; older versions and legacy suites are refused.
func TestTLSVersionsAndCiphers(t *testing.T) {
	e := newEnv(t)
	addr := strings.TrimPrefix(e.listen(), "https://")
	tests := []struct {
		name string
		cfg  *tls.Config
		ok   bool
		want uint16
	}{
		{"TLS 1.3", &tls.Config{MinVersion: tls.VersionTLS13}, true, tls.VersionTLS13},
		{"TLS 1.2 ECDHE-ECDSA-AES-GCM", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}}, true, tls.VersionTLS12},
		{"TLS 1.2 ECDHE-ECDSA-CHACHA20", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256}}, true, tls.VersionTLS12},
		{"TLS 1.2 CBC", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA}}, false, 0},
		{"TLS 1.2 RSA key exchange", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_RSA_WITH_AES_128_GCM_SHA256}}, false, 0},
		{"TLS 1.1", &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}, false, 0},
		{"TLS 1.0", &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS10}, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg.Clone()
			cfg.InsecureSkipVerify = true
			c, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, cfg)
			if !tc.ok {
				if err == nil {
					c.Close()
					t.Fatal("handshake succeeded")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if v := c.ConnectionState().Version; v != tc.want {
				t.Errorf("version %x, want %x", v, tc.want)
			}
		})
	}
}

// TestTLSFromFiles: portal.tls_cert and portal.tls_key are served instead
// of a generated certificate.
func TestTLSFromFiles(t *testing.T) {
	certDir := t.TempDir()
	if _, _, err := tlsconf.Server("", "", certDir, "custom", []string{"portal.practice.test"}); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, func(c *configs.Config) {
		c.Portal.TLSCert = filepath.Join(certDir, "tls", "custom.crt")
		c.Portal.TLSKey = filepath.Join(certDir, "tls", "custom.key")
	})
	addr := strings.TrimPrefix(e.listen(), "https://")
	c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if names := c.ConnectionState().PeerCertificates[0].DNSNames; !slices.Contains(names, "portal.practice.test") {
		t.Errorf("served certificate names %v", names)
	}
	if _, err := os.Stat(filepath.Join(e.cfg.DataDir, "tls", "portal.crt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a development certificate was generated anyway: %v", err)
	}
}

// proxied is a plain-HTTP request as a TLS-terminating proxy forwards it.
func proxied(t *testing.T, base, path, xff, proto string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", base+path, nil)
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	if proto != "" {
		req.Header.Set("X-Forwarded-Proto", proto)
	}
	res, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// servePlain runs ServePlain on loopback until the test ends.
func (e *env) servePlain() string {
	e.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.srv.ServePlain(ctx, ln) }()
	e.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("ServePlain: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// TestServePlainBehindProxy: with portal.trusted_proxies the portal can
// listen in plain HTTP behind a TLS-terminating proxy; it answers only the
// proxy, only for requests that came in over HTTPS, and limits and audits
// by the patient's address from X-Forwarded-For.
func TestServePlainBehindProxy(t *testing.T) {
	e := newEnv(t, func(c *configs.Config) {
		c.Portal.TrustedProxies = []string{"127.0.0.1"}
		c.Portal.BaseURL = "https://portal.practice.test"
	})
	base := e.servePlain()
	tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)

	if res, _ := proxied(t, base, "/s/"+tok, "203.0.113.9", ""); res.StatusCode != 421 {
		t.Errorf("without X-Forwarded-Proto: %d, want 421", res.StatusCode)
	}
	if res, _ := proxied(t, base, "/s/"+tok, "203.0.113.9", "http"); res.StatusCode != 421 {
		t.Errorf("forwarded from cleartext: %d, want 421", res.StatusCode)
	}
	res, body := proxied(t, base, "/s/"+tok, "203.0.113.9", "https")
	if res.StatusCode != 200 || !strings.Contains(body, "Example Aesthetics") || res.Header.Get("Strict-Transport-Security") == "" {
		t.Fatalf("through the proxy: %d", res.StatusCode)
	}
	if sc := res.Header.Get("Set-Cookie"); !strings.Contains(strings.ToLower(sc), "; secure") {
		t.Errorf("cookie without Secure behind the proxy: %q", sc)
	}
	// Guessing from one patient address is limited by that address, not
	// the proxy's: another client through the same proxy is unaffected.
	for range 30 {
		u, _ := links.NewToken(32)
		proxied(t, base, "/s/"+u, "198.51.100.7, 203.0.113.66", "https")
	}
	if res, _ := proxied(t, base, "/s/"+tok, "198.51.100.7, 203.0.113.66", "https"); res.StatusCode != 429 {
		t.Errorf("guesser through the proxy: %d, want 429", res.StatusCode)
	}
	if res, _ := proxied(t, base, "/s/"+tok, "203.0.113.9", "https"); res.StatusCode != 200 {
		t.Errorf("another client through the proxy: %d, want 200", res.StatusCode)
	}

	// Not a trusted proxy: nothing is served in cleartext.
	other := newEnv(t, func(c *configs.Config) {
		c.Portal.TrustedProxies = []string{"192.0.2.1"}
		c.Portal.BaseURL = "https://portal.practice.test"
	})
	if res, _ := proxied(t, other.servePlain(), "/", "203.0.113.9", "https"); res.StatusCode != 421 {
		t.Errorf("from an untrusted peer: %d, want 421", res.StatusCode)
	}
	// Refused configurations.
	for name, mut := range map[string]func(*configs.Config){
		"no trusted proxies": func(c *configs.Config) { c.Portal.TrustedProxies = nil },
		"http base_url": func(c *configs.Config) {
			c.Portal.TrustedProxies = []string{"127.0.0.1"}
			c.Portal.BaseURL = "http://portal.practice.test"
		},
	} {
		bad := newEnv(t, mut)
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		if err := bad.srv.ServePlain(context.Background(), ln); err == nil {
			t.Errorf("%s: ServePlain started", name)
		}
		ln.Close()
	}
}
