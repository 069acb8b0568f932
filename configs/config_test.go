package configs

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDefaultsLoadAndValidate(t *testing.T) {
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key  string
		got  any
		want any
	}{
		{"smtp.listen", c.SMTP.Listen, "127.0.0.1:2587"},
		{"portal.listen", c.Portal.Listen, "127.0.0.1:8443"},
		{"data_dir", c.DataDir, "./phigate-data"},
		{"portal.link_ttl", c.Portal.LinkTTL, 168 * time.Hour},
		{"upstream.address", c.Upstream.Address, ""},
		{"upstream.tls", c.Upstream.TLS, "starttls"},
		{"smtp.trusted_networks", len(c.SMTP.TrustedNetworks), 0},
		{"sms.listen", c.SMS.Listen, "127.0.0.1:8025"},
		{"portal.idle_timeout", c.Portal.IdleTimeout, 10 * time.Minute},
		{"portal.reminder_after", c.Portal.ReminderAfter, 48 * time.Hour},
		{"vault.retention", c.Vault.Retention, 30 * 24 * time.Hour},
		{"delivery.max_lifetime", c.Delivery.MaxLifetime, 5 * 24 * time.Hour},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("default %s = %v, want %v", tc.key, tc.got, tc.want)
		}
	}
}

// TestEveryKeyHasAnEnvironmentVariable sets each contract key through its
// PHIGATE_ variable and reads it back.
func TestEveryKeyHasAnEnvironmentVariable(t *testing.T) {
	env := map[string]string{
		"practice_name":          "Env Practice",
		"data_dir":               "/tmp/env-data",
		"smtp.listen":            "0.0.0.0:587",
		"smtp.tls_cert":          "/etc/c.pem",
		"smtp.tls_key":           "/etc/k.pem",
		"smtp.max_message_bytes": "2048",
		"smtp.trusted_networks":  "10.0.0.0/8, 192.168.0.0/16",
		"upstream.address":       "relay.example:587",
		"upstream.tls":           "tls",
		"upstream.username":      "u",
		"upstream.password":      "p",
		"portal.listen":          "0.0.0.0:443",
		"portal.base_url":        "https://portal.example.com",
		"portal.link_ttl":        "72h",
		"sms.listen":             "0.0.0.0:8025",
		"sms.public_url":         "https://sms.example.com",
		"sms.account_sid":        "AC123",
		"sms.auth_token":         "tok",
		"sms.from":               "+15550100000",
		"sms.api_base_url":       "http://127.0.0.1:9999",
		"vault.master_key_file":  "/etc/phigate.key",
		"memory_limit":           "1GiB",
	}
	var environ []string
	for k, v := range env {
		environ = append(environ, EnvName(k)+"="+v)
	}
	c, err := Load("", environ)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	walk(reflect.ValueOf(c).Elem(), "", func(key string, f reflect.Value) error {
		switch v := f.Interface().(type) {
		case []string:
			got[key] = strings.Join(v, ", ")
		default:
			got[key] = fmt.Sprint(v)
		}
		return nil
	})
	for k, want := range env {
		g := got[k]
		if k == "portal.link_ttl" {
			want = "72h0m0s"
		}
		if g != want {
			t.Errorf("%s via %s: got %q, want %q", k, EnvName(k), g, want)
		}
	}
	if EnvName("smtp.listen") != "PHIGATE_SMTP_LISTEN" {
		t.Errorf("EnvName: %s", EnvName("smtp.listen"))
	}
}

func TestFileThenEnvironment(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("practice_name: From File\nsmtp:\n  listen: 127.0.0.1:2525\n"), 0o600)
	c, err := Load(p, []string{"PHIGATE_SMTP_LISTEN=127.0.0.1:2626"})
	if err != nil {
		t.Fatal(err)
	}
	if c.PracticeName != "From File" || c.SMTP.Listen != "127.0.0.1:2626" {
		t.Errorf("file then env: %q %q", c.PracticeName, c.SMTP.Listen)
	}
}

func TestValidationNamesTheKey(t *testing.T) {
	tests := []struct {
		yaml, env, key string
	}{
		{"practice_name: ''\n", "", "practice_name"},
		{"smtp:\n  listen: nowhere\n", "", "smtp.listen"},
		{"smtp:\n  trusted_networks: [10.0.0.1]\n", "", "smtp.trusted_networks"},
		{"upstream:\n  tls: sometimes\n", "", "upstream.tls"},
		{"portal:\n  base_url: ftp://x\n", "", "portal.base_url"},
		{"portal:\n  link_ttl: -1h\n", "", "portal.link_ttl"},
		{"smtp:\n  tls_cert: /x\n", "", "smtp.tls_cert"},
		{"filters:\n  policy:\n    image: shrug\n", "", "filters.policy.image"},
		{"", "PHIGATE_PORTAL_LINK_TTL=soon", "portal.link_ttl"},
		{"", "PHIGATE_MEMORY_LIMIT=lots", "memory_limit"},
		{"nosuchkey: 1\n", "", "nosuchkey"},
		{"portal:\n  tls: proxy\n", "", "portal.trusted_proxies"},
		{"portal:\n  tls: sometimes\n", "", "portal.tls"},
	}
	for _, tc := range tests {
		p := filepath.Join(t.TempDir(), "c.yaml")
		os.WriteFile(p, []byte(tc.yaml), 0o600)
		var environ []string
		if tc.env != "" {
			environ = []string{tc.env}
		}
		_, err := Load(p, environ)
		if err == nil || !strings.Contains(err.Error(), tc.key) {
			t.Errorf("%q %q: error %v does not name %s", tc.yaml, tc.env, err, tc.key)
		}
	}
}

func TestParseBytes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"", 0, true}, {"0", 0, true}, {"4096", 4096, true}, {"512KiB", 512 << 10, true},
		{"128MiB", 128 << 20, true}, {"2GiB", 2 << 30, true}, {"128 MiB", 128 << 20, true},
		{"-1", 0, false}, {"lots", 0, false}, {"1.5GiB", 0, false}, {"99999999999GiB", 0, false},
	} {
		got, err := ParseBytes(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseBytes(%q) = %d, %v", tc.in, got, err)
		}
	}
}

func TestKeysListsTheContract(t *testing.T) {
	keys := strings.Join(Keys(), " ")
	for _, k := range []string{"practice_name", "data_dir", "smtp.listen", "smtp.tls_cert", "smtp.tls_key",
		"smtp.max_message_bytes", "smtp.trusted_networks", "upstream.address", "upstream.tls", "upstream.username",
		"upstream.password", "portal.listen", "portal.base_url", "portal.link_ttl", "sms.listen", "sms.public_url",
		"sms.account_sid", "sms.auth_token", "sms.from", "sms.messaging_service_sid", "sms.forward_url",
		"sms.api_base_url", "vault.master_key_file", "vault.retention", "audit.retention", "portal.idle_timeout",
		"portal.reminder_after", "portal.tls_cert", "portal.tls_key"} {
		if !strings.Contains(" "+keys+" ", " "+k+" ") {
			t.Errorf("config key %s missing", k)
		}
	}
}
