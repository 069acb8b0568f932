// Package configs holds phigate's embedded defaults and lexicons and loads the
// one configuration tree: embedded defaults, then an optional YAML file, then
// PHIGATE_* environment variables, then validation that names the bad key.
package configs

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

//go:embed default.yaml
var defaultYAML []byte

// FS holds the embedded data files: default.yaml and lexicon/*.yaml.
//
//go:embed default.yaml lexicon
var FS embed.FS

// DefaultYAML returns the embedded default configuration text.
func DefaultYAML() []byte { return bytes.Clone(defaultYAML) }

// Config is the whole configuration tree. YAML keys are the contract; the
// environment name of a key is PHIGATE_ plus its upper-cased path joined by
// underscores (smtp.listen → PHIGATE_SMTP_LISTEN).
type Config struct {
	PracticeName  string `yaml:"practice_name"`
	PracticePhone string `yaml:"practice_phone"`
	DataDir       string `yaml:"data_dir"`
	LogFormat     string `yaml:"log_format"`
	LogLevel      string `yaml:"log_level"`
	// MemoryLimit is the Go runtime's soft memory limit ("128MiB"; "0"
	// turns it off; the GOMEMLIMIT environment variable wins).
	MemoryLimit string `yaml:"memory_limit"`

	SMTP     SMTP     `yaml:"smtp"`
	Upstream Upstream `yaml:"upstream"`
	Delivery Delivery `yaml:"delivery"`
	Portal   Portal   `yaml:"portal"`
	Vault    Vault    `yaml:"vault"`
	Audit    Audit    `yaml:"audit"`
	SMS      SMS      `yaml:"sms"`
	Filters  Filters  `yaml:"filters"`
}

type SMTP struct {
	Listen           string        `yaml:"listen"`
	Hostname         string        `yaml:"hostname"`
	TLSCert          string        `yaml:"tls_cert"`
	TLSKey           string        `yaml:"tls_key"`
	MaxMessageBytes  int64         `yaml:"max_message_bytes"`
	MaxRecipients    int           `yaml:"max_recipients"`
	TrustedNetworks  []string      `yaml:"trusted_networks"`
	ReadTimeout      time.Duration `yaml:"read_timeout"`
	WriteTimeout     time.Duration `yaml:"write_timeout"`
	DataTimeout      time.Duration `yaml:"data_timeout"`
	MaxSessions      int           `yaml:"max_sessions"`
	PerIPPerMinute   int           `yaml:"per_ip_per_minute"`
	PerUserPerMinute int           `yaml:"per_user_per_minute"`
	AuthFailDelay    time.Duration `yaml:"auth_fail_delay"`
}

type Upstream struct {
	Address            string `yaml:"address"`
	TLS                string `yaml:"tls"`
	Username           string `yaml:"username"`
	Password           string `yaml:"password"`
	ServerName         string `yaml:"server_name"`
	CAFile             string `yaml:"ca_file"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
	MaxConnections     int    `yaml:"max_connections"`
}

type Delivery struct {
	Workers        int           `yaml:"workers"`
	FirstRetry     time.Duration `yaml:"first_retry"`
	MaxBackoff     time.Duration `yaml:"max_backoff"`
	MaxLifetime    time.Duration `yaml:"max_lifetime"`
	AttemptTimeout time.Duration `yaml:"attempt_timeout"`
}

type Portal struct {
	Listen  string        `yaml:"listen"`
	BaseURL string        `yaml:"base_url"`
	LinkTTL time.Duration `yaml:"link_ttl"`
	TLSCert string        `yaml:"tls_cert"`
	TLSKey  string        `yaml:"tls_key"`
	// TLS is "on" (the portal terminates TLS) or "proxy" (plain HTTP on
	// portal.listen for a reverse proxy named in trusted_proxies).
	TLS            string        `yaml:"tls"`
	IdleTimeout    time.Duration `yaml:"idle_timeout"`
	SessionMax     time.Duration `yaml:"session_max"`
	ReminderAfter  time.Duration `yaml:"reminder_after"`
	MaxAttempts    int           `yaml:"max_attempts"`
	LockDuration   time.Duration `yaml:"lock_duration"`
	CodeTTL        time.Duration `yaml:"code_ttl"`
	TrustedProxies []string      `yaml:"trusted_proxies"`
	BrandColor     string        `yaml:"brand_color"`
	BrandLogo      string        `yaml:"brand_logo"`
}

type Vault struct {
	MasterKeyFile string        `yaml:"master_key_file"`
	Retention     time.Duration `yaml:"retention"`
	// MinFree is the free disk space kept in reserve ("256MiB"): a commit
	// that would eat into it is refused as a temporary failure, because
	// Badger writes through mmap and dies on a truly full disk.
	MinFree string `yaml:"min_free"`
}

type Audit struct {
	Retention time.Duration `yaml:"retention"`
}

type SMS struct {
	Listen              string `yaml:"listen"`
	PublicURL           string `yaml:"public_url"`
	AccountSID          string `yaml:"account_sid"`
	AuthToken           string `yaml:"auth_token"`
	From                string `yaml:"from"`
	MessagingServiceSID string `yaml:"messaging_service_sid"`
	ForwardURL          string `yaml:"forward_url"`
	APIBaseURL          string `yaml:"api_base_url"`
}

// ExtraTerm is a practice's own lexicon entry.
type ExtraTerm struct {
	ID       string   `yaml:"id"`
	Category string   `yaml:"category"`
	Terms    []string `yaml:"terms"`
}

type Filters struct {
	// Policy maps a finding category (or "default") to rewrite, pass or reject.
	Policy      map[string]string `yaml:"policy"`
	ExtraTerms  []ExtraTerm       `yaml:"extra_terms"`
	MRNPatterns []string          `yaml:"mrn_patterns"`
}

// Limits that validation enforces; other packages size buffers from them.
const (
	MaxPracticeNameLen = 40
	MaxBaseURLLen      = 40
)

// Load builds the configuration: embedded defaults, then the YAML file at path
// (skipped when path is empty), then environment overrides from environ (pass
// os.Environ(); nil means none), then validation.
func Load(path string, environ []string) (*Config, error) {
	var c Config
	if err := decodeStrict(defaultYAML, &c); err != nil {
		return nil, fmt.Errorf("embedded defaults: %w", err)
	}
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if err := decodeStrict(b, &c); err != nil {
			return nil, fmt.Errorf("config %s: %w", path, err)
		}
	}
	if err := applyEnv(&c, environ); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func decodeStrict(b []byte, c *Config) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	// An empty file decodes to "no changes".
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// EnvName returns the environment variable that overrides a dotted key.
func EnvName(key string) string {
	return "PHIGATE_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Keys lists every dotted config key, in struct order.
func Keys() []string {
	var out []string
	walk(reflect.ValueOf(&Config{}).Elem(), "", func(key string, _ reflect.Value) error {
		out = append(out, key)
		return nil
	})
	return out
}

func walk(v reflect.Value, prefix string, fn func(key string, f reflect.Value) error) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if name == "" || name == "-" {
			continue
		}
		key := name
		if prefix != "" {
			key = prefix + "." + name
		}
		f := v.Field(i)
		if f.Kind() == reflect.Struct && f.Type() != reflect.TypeOf(time.Duration(0)) {
			if err := walk(f, key, fn); err != nil {
				return err
			}
			continue
		}
		if err := fn(key, f); err != nil {
			return err
		}
	}
	return nil
}

func applyEnv(c *Config, environ []string) error {
	env := map[string]string{}
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && strings.HasPrefix(k, "PHIGATE_") {
			env[k] = v
		}
	}
	if len(env) == 0 {
		return nil
	}
	return walk(reflect.ValueOf(c).Elem(), "", func(key string, f reflect.Value) error {
		raw, ok := env[EnvName(key)]
		if !ok {
			return nil
		}
		if err := setFromString(f, raw); err != nil {
			return fmt.Errorf("config: %s (from %s): %w", key, EnvName(key), err)
		}
		return nil
	})
}

func setFromString(f reflect.Value, raw string) error {
	switch {
	case f.Type() == reflect.TypeOf(time.Duration(0)):
		d, err := time.ParseDuration(raw)
		if err != nil {
			return err
		}
		f.SetInt(int64(d))
	case f.Kind() == reflect.String:
		f.SetString(raw)
	case f.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case f.Kind() == reflect.Int || f.Kind() == reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return err
		}
		f.SetInt(n)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
		var parts []string
		for _, p := range strings.Split(raw, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		f.Set(reflect.ValueOf(parts))
	default:
		// Structured values (maps, lists of objects) are YAML in the variable.
		return yaml.Unmarshal([]byte(raw), f.Addr().Interface())
	}
	return nil
}

// Validate checks every key and names the first bad one.
func (c *Config) Validate() error {
	bad := func(key, format string, a ...any) error {
		return fmt.Errorf("config: %s: %s", key, fmt.Sprintf(format, a...))
	}
	if strings.TrimSpace(c.PracticeName) == "" {
		return bad("practice_name", "must not be empty")
	}
	if len(c.PracticeName) > MaxPracticeNameLen {
		return bad("practice_name", "at most %d characters (it must fit a one-segment SMS notice)", MaxPracticeNameLen)
	}
	for _, r := range c.PracticeName {
		if r < 0x20 || r == 0x7f {
			return bad("practice_name", "control characters are not allowed")
		}
	}
	if c.DataDir == "" {
		return bad("data_dir", "must not be empty")
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		return bad("log_format", "want text or json, got %q", c.LogFormat)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return bad("log_level", "want debug, info, warn or error, got %q", c.LogLevel)
	}
	if _, err := ParseBytes(c.MemoryLimit); err != nil {
		return bad("memory_limit", "%v", err)
	}
	if n, err := ParseBytes(c.Vault.MinFree); err != nil || n < 64<<20 {
		return bad("vault.min_free", "want a size of at least 64MiB, got %q", c.Vault.MinFree)
	}
	if err := checkHostPort("smtp.listen", c.SMTP.Listen); err != nil {
		return err
	}
	if (c.SMTP.TLSCert == "") != (c.SMTP.TLSKey == "") {
		return bad("smtp.tls_cert", "smtp.tls_cert and smtp.tls_key must be set together")
	}
	if c.SMTP.MaxMessageBytes < 1024 || c.SMTP.MaxMessageBytes > 1<<30 {
		return bad("smtp.max_message_bytes", "must be between 1024 and 1073741824")
	}
	if c.SMTP.MaxRecipients < 1 || c.SMTP.MaxRecipients > 10000 {
		return bad("smtp.max_recipients", "must be between 1 and 10000")
	}
	for _, n := range c.SMTP.TrustedNetworks {
		if _, _, err := net.ParseCIDR(n); err != nil {
			return bad("smtp.trusted_networks", "%q is not a CIDR", n)
		}
	}
	for key, d := range map[string]time.Duration{
		"smtp.read_timeout": c.SMTP.ReadTimeout, "smtp.write_timeout": c.SMTP.WriteTimeout,
		"smtp.data_timeout": c.SMTP.DataTimeout, "delivery.first_retry": c.Delivery.FirstRetry,
		"delivery.max_backoff": c.Delivery.MaxBackoff, "delivery.max_lifetime": c.Delivery.MaxLifetime,
		"delivery.attempt_timeout": c.Delivery.AttemptTimeout, "portal.link_ttl": c.Portal.LinkTTL,
		"portal.idle_timeout": c.Portal.IdleTimeout, "portal.session_max": c.Portal.SessionMax,
		"portal.lock_duration": c.Portal.LockDuration, "portal.code_ttl": c.Portal.CodeTTL,
		"vault.retention": c.Vault.Retention, "audit.retention": c.Audit.Retention,
	} {
		if d <= 0 {
			return bad(key, "must be a positive duration")
		}
	}
	if c.Portal.ReminderAfter < 0 {
		return bad("portal.reminder_after", "must not be negative (0 turns reminders off)")
	}
	if c.SMTP.MaxSessions < 1 {
		return bad("smtp.max_sessions", "must be at least 1")
	}
	if c.Delivery.Workers < 1 || c.Delivery.Workers > 256 {
		return bad("delivery.workers", "must be between 1 and 256")
	}
	if c.Upstream.Address != "" {
		if err := checkHostPort("upstream.address", c.Upstream.Address); err != nil {
			return err
		}
	}
	switch c.Upstream.TLS {
	case "starttls", "tls", "none":
	default:
		return bad("upstream.tls", "want starttls, tls or none, got %q", c.Upstream.TLS)
	}
	if c.Upstream.MaxConnections < 1 {
		return bad("upstream.max_connections", "must be at least 1")
	}
	if err := checkHostPort("portal.listen", c.Portal.Listen); err != nil {
		return err
	}
	u, err := url.Parse(c.Portal.BaseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return bad("portal.base_url", "must be an absolute http(s) URL without query, got %q", c.Portal.BaseURL)
	}
	if len(strings.TrimSuffix(c.Portal.BaseURL, "/")) > MaxBaseURLLen {
		return bad("portal.base_url", "at most %d characters (links must fit a one-segment SMS)", MaxBaseURLLen)
	}
	// The SMS notice carries the link in a GSM-7 segment: anything outside
	// printable ASCII would switch the whole SMS to UCS-2 (70 characters),
	// and the backquote has no GSM-7 code at all.
	for i := 0; i < len(c.Portal.BaseURL); i++ {
		if ch := c.Portal.BaseURL[i]; ch <= ' ' || ch >= 0x7f || ch == '`' {
			return bad("portal.base_url", "printable ASCII only, no spaces or backquotes (links must fit a one-segment GSM-7 SMS)")
		}
	}
	switch c.Portal.TLS {
	case "on":
	case "proxy":
		if len(c.Portal.TrustedProxies) == 0 {
			return bad("portal.trusted_proxies", "must name the reverse proxy when portal.tls is proxy")
		}
		if u.Scheme != "https" {
			return bad("portal.base_url", "must be https when portal.tls is proxy (the proxy terminates TLS)")
		}
	default:
		return bad("portal.tls", "want on or proxy, got %q", c.Portal.TLS)
	}
	if c.Portal.MaxAttempts < 1 {
		return bad("portal.max_attempts", "must be at least 1")
	}
	if err := checkHostPort("sms.listen", c.SMS.Listen); err != nil {
		return err
	}
	for _, k := range []struct{ key, val string }{{"sms.public_url", c.SMS.PublicURL}, {"sms.forward_url", c.SMS.ForwardURL}, {"sms.api_base_url", c.SMS.APIBaseURL}} {
		if k.val == "" {
			continue
		}
		if u, err := url.Parse(k.val); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return bad(k.key, "must be an absolute http(s) URL")
		}
	}
	for cat, p := range c.Filters.Policy {
		switch p {
		case "rewrite", "pass", "reject":
		default:
			return bad("filters.policy."+cat, "want rewrite, pass or reject, got %q", p)
		}
	}
	for i, t := range c.Filters.ExtraTerms {
		if t.ID == "" || t.Category == "" || len(t.Terms) == 0 {
			return bad(fmt.Sprintf("filters.extra_terms[%d]", i), "needs id, category and at least one term")
		}
	}
	return nil
}

func checkHostPort(key, v string) error {
	host, port, err := net.SplitHostPort(v)
	if err != nil {
		return fmt.Errorf("config: %s: want host:port, got %q: %w", key, v, err)
	}
	_ = host
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("config: %s: bad port %q", key, port)
	}
	return nil
}

// ParseBytes reads a size such as "128MiB", "1GiB", "512KiB" or a plain
// number of bytes. "" and "0" mean zero.
func ParseBytes(v string) (int64, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			v, mult = strings.TrimSpace(strings.TrimSuffix(v, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > (1<<50)/mult {
		return 0, fmt.Errorf("want a size such as 128MiB, got %q", v)
	}
	return n * mult, nil
}
