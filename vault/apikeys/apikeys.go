// Package apikeys stores the API keys of phigate's Twilio-compatible REST
// API: one key per practice tool ("ehr", "booking"), shown once when issued
// and kept only as a hash.
//
// Keys look like Twilio API keys so any Twilio SDK accepts them as HTTP Basic
// credentials: the ID is "SK" plus 32 hex digits (the username), the secret
// 32 base62 characters (the password; twilio-go refuses non-alphanumeric
// credentials before it sends anything).
//
// Unlike staff passwords (vault/users, argon2id), secrets are 190 random
// bits, so a slow hash buys nothing against guessing — there is nothing to
// guess — and would cap the send API at a few dozen requests per second
// while handing anyone with a wrong password a CPU amplifier. A domain-
// separated SHA-256 is the right tool for high-entropy tokens; comparison is
// constant-time.
package apikeys

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
)

// Key is one stored API key. It never holds the secret.
type Key struct {
	ID       string    `json:"id"`   // SK + 32 hex: the Basic-auth username
	Name     string    `json:"name"` // what the practice calls the tool
	Hash     []byte    `json:"hash"` // hashSecret(ID, secret)
	Created  time.Time `json:"created"`
	Disabled bool      `json:"disabled,omitempty"`
}

// String never prints secrets.
func (k *Key) String() string { return "apikey:" + k.ID }

const (
	keyPrefix  = "sk/"
	accountKey = "account" // the generated account SID, when sms.account_sid is empty

	// SecretLen is the length of a secret in base62 characters (~190 bits).
	SecretLen = 32
	// MaxNameLen bounds the tool name (it appears in audit details).
	MaxNameLen = 64
)

var (
	ErrAuth    = errors.New("apikeys: invalid credentials")
	ErrBadName = errors.New("apikeys: name must be 1-64 characters of letters, digits, '-', '_' or '.'")
)

// ValidName reports whether name is an acceptable tool name. Names are
// restricted so they can be written into audit details and command output
// without escaping.
func ValidName(name string) bool {
	if name == "" || len(name) > MaxNameLen {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// ValidID reports whether id has the shape of a key ID. Lookups check it
// first so junk usernames never reach storage.
func ValidID(id string) bool {
	if len(id) != 34 || id[:2] != "SK" {
		return false
	}
	for _, c := range id[2:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func hashSecret(id, secret string) []byte {
	h := sha256.New()
	h.Write([]byte("phigate apikey v1\x00"))
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(secret))
	return h.Sum(nil)
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// newSecret draws SecretLen base62 characters by rejection sampling, so
// every character is uniform.
func newSecret() (string, error) {
	out := make([]byte, 0, SecretLen)
	buf := make([]byte, 64)
	for len(out) < SecretLen {
		if _, err := rand.Read(buf); err != nil {
			return "", fmt.Errorf("apikeys: random: %w", err)
		}
		for _, b := range buf {
			if b < 248 && len(out) < SecretLen { // 248 = 4*62
				out = append(out, base62[b%62])
			}
		}
	}
	return string(out), nil
}

func newID(prefix string) (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("apikeys: random: %w", err)
	}
	return prefix + hex.EncodeToString(b[:]), nil
}

// Add issues a key named name, stores its hash and an audit event durably,
// and returns the ID and the secret. The secret exists nowhere else: the
// caller shows it once.
func Add(ctx context.Context, v *vault.Vault, name, actor string) (id, secret string, err error) {
	if !ValidName(name) {
		return "", "", ErrBadName
	}
	if id, err = newID("SK"); err != nil {
		return "", "", err
	}
	if secret, err = newSecret(); err != nil {
		return "", "", err
	}
	k := &Key{ID: id, Name: name, Hash: hashSecret(id, secret), Created: v.Now().UTC()}
	val, err := json.Marshal(k)
	if err != nil {
		return "", "", err
	}
	b := v.NewBatch()
	b.Put(vault.KSAPIKey, keyPrefix+id, val)
	b.Audit(audit.Event{Time: k.Created, Actor: actor, Action: audit.ActAPIKeyAdded, Channel: "cli",
		Objects: []string{"apikey:" + id}, Outcome: "ok", Detail: "name=" + name})
	if err := v.Commit(ctx, b); err != nil {
		return "", "", fmt.Errorf("apikeys: add: %w", err)
	}
	return id, secret, nil
}

// SetDisabled disables (or re-enables) the key with id: a disabled key stops
// authenticating on the next request, because Authenticate reads the key
// from the vault every time. The key is kept, not deleted, so the audit
// events that name it still resolve to a tool name. It returns
// vault.ErrNotFound for an unknown id, and changed false (nothing written,
// nothing audited) when the key already was as asked.
func SetDisabled(ctx context.Context, v *vault.Vault, id string, disabled bool, actor string) (changed bool, err error) {
	keyMu.Lock() // read-modify-write: two admins toggling the same key
	defer keyMu.Unlock()
	k, err := Get(ctx, v, id)
	if err != nil {
		return false, err
	}
	if k.Disabled == disabled {
		return false, nil
	}
	k.Disabled = disabled
	val, err := json.Marshal(k)
	if err != nil {
		return false, err
	}
	detail := "enabled"
	if disabled {
		detail = "disabled"
	}
	b := v.NewBatch()
	b.Put(vault.KSAPIKey, keyPrefix+id, val)
	b.Audit(audit.Event{Time: v.Now().UTC(), Actor: actor, Action: audit.ActAPIKeyChanged, Channel: "cli",
		Objects: []string{"apikey:" + id}, Outcome: "ok", Detail: detail + " name=" + k.Name})
	if err := v.Commit(ctx, b); err != nil {
		return false, fmt.Errorf("apikeys: %s: %w", detail, err)
	}
	return true, nil
}

var keyMu sync.Mutex

// Get returns the key with id, or vault.ErrNotFound.
func Get(ctx context.Context, v *vault.Vault, id string) (*Key, error) {
	if !ValidID(id) {
		return nil, vault.ErrNotFound
	}
	val, err := v.Get(ctx, vault.KSAPIKey, keyPrefix+id)
	if err != nil {
		return nil, err
	}
	var k Key
	if err := json.Unmarshal(val, &k); err != nil {
		return nil, fmt.Errorf("apikeys: decode: %w", err)
	}
	return &k, nil
}

// List returns every key (without secrets, which are not stored).
func List(ctx context.Context, v *vault.Vault) ([]*Key, error) {
	var out []*Key
	err := v.Scan(ctx, vault.KSAPIKey, keyPrefix, func(_ string, val []byte) error {
		var k Key
		if err := json.Unmarshal(val, &k); err != nil {
			return fmt.Errorf("apikeys: decode: %w", err)
		}
		out = append(out, &k)
		return nil
	})
	return out, err
}

var dummyHash = make([]byte, sha256.Size)

// Authenticate checks id and secret. Unknown, disabled and wrong all answer
// ErrAuth after the same work; storage failures are returned as they are so
// the caller can answer "try again" rather than "wrong key".
func Authenticate(ctx context.Context, v *vault.Vault, id, secret string) (*Key, error) {
	if len(secret) > 256 {
		return nil, ErrAuth
	}
	k, err := Get(ctx, v, id)
	if err != nil && !errors.Is(err, vault.ErrNotFound) {
		return nil, err
	}
	want := dummyHash
	if k != nil {
		want = k.Hash
	}
	got := hashSecret(id, secret)
	if subtle.ConstantTimeCompare(got, want) != 1 || k == nil || k.Disabled {
		return nil, ErrAuth
	}
	return k, nil
}

var accountMu sync.Mutex

// AccountSID is the account SID API clients put in their request paths: the
// configured Twilio account SID when there is one (so a tool that already
// talks to Twilio keeps its SID and changes only its base URL), else an
// "AC" SID generated once and kept in the vault, stable across restarts.
func AccountSID(ctx context.Context, v *vault.Vault, configured string) (string, error) {
	if configured = strings.TrimSpace(configured); configured != "" {
		return configured, nil
	}
	accountMu.Lock()
	defer accountMu.Unlock()
	val, err := v.Get(ctx, vault.KSAPIKey, accountKey)
	if err == nil {
		return string(val), nil
	}
	if !errors.Is(err, vault.ErrNotFound) {
		return "", fmt.Errorf("apikeys: account sid: %w", err)
	}
	sid, err := newID("AC")
	if err != nil {
		return "", err
	}
	b := v.NewBatch()
	b.Put(vault.KSAPIKey, accountKey, []byte(sid))
	if err := v.Commit(ctx, b); err != nil {
		return "", fmt.Errorf("apikeys: account sid: %w", err)
	}
	return sid, nil
}
