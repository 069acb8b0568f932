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
	"hash/fnv"
	"sync"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
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
	// CodeSent is when the last one-time code was queued; CodesSent counts
	// them (bounded per link against SMS pumping).
	CodeSent  time.Time `json:"code_sent,omitempty"`
	CodesSent int       `json:"codes_sent,omitempty"`
	// TokenSealed reports that the token is kept as a sealed vault record
	// (TokenRecordID) so the one unread reminder can carry the same link. It
	// is shredded after the reminder is sent or the link is first verified.
	TokenSealed bool `json:"token_sealed,omitempty"`

	// token is set by Issue and sealed by Put; never encoded.
	token string
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
		token: tok,
	}, nil
}

// TokenRecordKind is the RecordMeta.Kind of a sealed link token.
const TokenRecordKind = "linktoken"

// TokenRecordID is the vault record that holds link id's sealed token.
func TokenRecordID(linkID string) string { return "lt-" + linkID }

// Put stores l in b. For a link fresh from Issue it also seals the token
// (envelope-encrypted like any record, crypto-shreddable) so the unread
// reminder can repeat the same link; the link state itself holds only the
// hash.
func Put(b *vault.Batch, l *Link) error {
	if l.token != "" {
		if err := b.Seal(TokenRecordID(l.ID), []byte(l.token), vault.RecordMeta{
			Kind: TokenRecordKind, Created: l.Created, Expires: l.Expires, Size: int64(len(l.token)),
		}); err != nil {
			return fmt.Errorf("links: seal token: %w", err)
		}
		l.token = ""
		l.TokenSealed = true
	}
	val, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("links: encode: %w", err)
	}
	b.Put(vault.KSLink, l.Hash, val)
	hash := l.Hash
	forget(hash)
	b.AfterCommit(func() { forget(hash) })
	return nil
}

// ErrUnknown is returned for a token that matches no link.
var ErrUnknown = errors.New("links: unknown link")

// Lookup resolves a token. The lookup is by hash, so timing does not depend
// on how much of a guessed token matches a real one.
func Lookup(ctx context.Context, v *vault.Vault, token string) (*Link, error) {
	return LookupHash(ctx, v, HashToken(token))
}

// LookupHash resolves a link by its token hash.
func LookupHash(ctx context.Context, v *vault.Vault, hash string) (*Link, error) {
	val, err := v.Get(ctx, vault.KSLink, hash)
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

// State is what a link allows right now.
type State int

const (
	Active State = iota
	Expired
	Revoked
	Locked
)

// StateAt is l's state at now. A lock whose time has passed no longer
// counts.
func (l *Link) StateAt(now time.Time) State {
	switch {
	case l.Revoked:
		return Revoked
	case !now.Before(l.Expires):
		return Expired
	case now.Before(l.LockedUntil):
		return Locked
	}
	return Active
}

// lockStripes serialises read-modify-write of one link (the vault leaves
// per-key serialisation to the owning package).
var lockStripes [64]sync.Mutex

func stripe(hash string) *sync.Mutex {
	h := fnv.New32a()
	h.Write([]byte(hash))
	return &lockStripes[h.Sum32()%uint32(len(lockStripes))]
}

// Update loads the link with token hash, calls fn with it and a fresh batch,
// then stores the (possibly changed) link and commits the batch durably, all
// under the link's lock. fn returning an error aborts without writing.
func Update(ctx context.Context, v *vault.Vault, hash string, fn func(l *Link, b *vault.Batch) error) (*Link, error) {
	mu := stripe(hash)
	mu.Lock()
	defer mu.Unlock()
	l, err := LookupHash(ctx, v, hash)
	if err != nil {
		return nil, err
	}
	b := v.NewBatch()
	if err := fn(l, b); err != nil {
		return l, err
	}
	if err := Put(b, l); err != nil {
		return l, err
	}
	if err := v.Commit(ctx, b); err != nil {
		return l, fmt.Errorf("links: update: %w", err)
	}
	return l, nil
}

// Each calls fn for every link, in hash order.
func Each(ctx context.Context, v *vault.Vault, fn func(l *Link) error) error {
	return v.Scan(ctx, vault.KSLink, "", func(_ string, val []byte) error {
		var l Link
		if err := json.Unmarshal(val, &l); err != nil {
			return fmt.Errorf("links: decode: %w", err)
		}
		return fn(&l)
	})
}

// FindByID returns the link with public ID id (a scan: for staff and CLI
// actions, not for the patient path).
func FindByID(ctx context.Context, v *vault.Vault, id string) (*Link, error) {
	var found *Link
	err := Each(ctx, v, func(l *Link) error {
		if l.ID == id {
			found = l
			return vault.ErrStop
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if found == nil {
		return nil, ErrUnknown
	}
	return found, nil
}

// Unlock clears a verification lock and the failed-attempt count of the link
// with public ID id, with an audit event by actor (staff action).
func Unlock(ctx context.Context, v *vault.Vault, id, actor string) error {
	l, err := FindByID(ctx, v, id)
	if err != nil {
		return err
	}
	_, err = Update(ctx, v, l.Hash, func(l *Link, b *vault.Batch) error {
		l.Attempts, l.LockedUntil = 0, time.Time{}
		b.Audit(audit.Event{Time: v.Now().UTC(), Actor: actor, Action: audit.ActUnlocked, Channel: "portal",
			Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID}, Outcome: "ok"})
		return nil
	})
	return err
}

// Revoke makes the link with public ID id unusable, with an audit event.
func Revoke(ctx context.Context, v *vault.Vault, id, actor string) error {
	l, err := FindByID(ctx, v, id)
	if err != nil {
		return err
	}
	_, err = Update(ctx, v, l.Hash, func(l *Link, b *vault.Batch) error {
		l.Revoked = true
		if l.TokenSealed {
			b.Shred(TokenRecordID(l.ID))
			l.TokenSealed = false
		}
		b.Audit(audit.Event{Time: v.Now().UTC(), Actor: actor, Action: audit.ActRevoked, Channel: "portal",
			Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID}, Outcome: "ok"})
		return nil
	})
	return err
}
