// Package links issues and resolves the per-recipient portal links. Only
// SHA-256(token) is stored; the token itself exists in the notice alone.
package links

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/phigate/phigate/vault"
)

// Token sizes: email links carry 256 bits; SMS links 128 bits so the notice
// fits one GSM-7 segment.
const (
	EmailTokenBytes = 32
	SMSTokenBytes   = 16
)

// Link is the state of one link. It holds IDs and the recipient address
// (needed to send a one-time code), never message content.
type Link struct {
	ID          string    `json:"id"` // public-safe ID for audit and staff views
	Hash        string    `json:"hash"`
	RecordID    string    `json:"record"`
	MessageID   string    `json:"message"`
	Recipient   string    `json:"recipient"`
	Channel     string    `json:"channel"`
	Created     time.Time `json:"created"`
	Expires     time.Time `json:"expires"`
	Revoked     bool      `json:"revoked,omitempty"`
	Attempts    int       `json:"attempts,omitempty"`
	LockedUntil time.Time `json:"locked_until,omitempty"`
	FirstViewed time.Time `json:"first_viewed,omitempty"`
	Reminded    bool      `json:"reminded,omitempty"`
	// CodeHash is SHA-256 of the current one-time code, with its expiry.
	CodeHash    string    `json:"code_hash,omitempty"`
	CodeExpires time.Time `json:"code_expires,omitempty"`
}

// NewToken returns a fresh random token of n bytes, base64url without padding.
func NewToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("links: token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken is the storage key of a token.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// NewID returns a random 96-bit ID, hex.
func NewID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Issue creates a link for recipient to record and returns its token. The
// caller adds it to its batch with Put.
func Issue(recordID, messageID, recipient, channel string, tokenBytes int, now time.Time, ttl time.Duration) (string, *Link, error) {
	tok, err := NewToken(tokenBytes)
	if err != nil {
		return "", nil, err
	}
	return tok, &Link{
		ID: NewID(), Hash: HashToken(tok), RecordID: recordID, MessageID: messageID,
		Recipient: recipient, Channel: channel, Created: now, Expires: now.Add(ttl),
	}, nil
}

// Put stores l in b.
func Put(b *vault.Batch, l *Link) error {
	val, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("links: encode: %w", err)
	}
	b.Put(vault.KSLink, l.Hash, val)
	return nil
}

// ErrUnknown is returned for a token that matches no link.
var ErrUnknown = errors.New("links: unknown link")

// Lookup resolves a token. The lookup is by hash, so timing does not depend
// on how much of a guessed token matches a real one.
func Lookup(ctx context.Context, v *vault.Vault, token string) (*Link, error) {
	val, err := v.Get(ctx, vault.KSLink, HashToken(token))
	if errors.Is(err, vault.ErrNotFound) {
		return nil, ErrUnknown
	}
	if err != nil {
		return nil, err
	}
	var l Link
	if err := json.Unmarshal(val, &l); err != nil {
		return nil, fmt.Errorf("links: decode: %w", err)
	}
	return &l, nil
}
