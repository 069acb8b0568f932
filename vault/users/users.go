// Package users stores staff accounts: unique IDs, argon2id password hashes,
// roles, optional TOTP secrets.
package users

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
)

// Roles.
const (
	RoleStaff = "staff"
	RoleAdmin = "admin"
)

// Argon2id parameters: OWASP's minimum recommendation (19 MiB, t=2, p=1).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
	// MaxPasswordLen bounds the work an attacker can make us do per attempt.
	MaxPasswordLen = 1024
	MinPasswordLen = 12
)

// User is one staff account.
type User struct {
	ID       string    `json:"id"`
	Email    string    `json:"email"`
	Role     string    `json:"role"`
	Salt     []byte    `json:"salt"`
	Hash     []byte    `json:"hash"`
	TOTP     string    `json:"totp,omitempty"`
	Created  time.Time `json:"created"`
	Disabled bool      `json:"disabled,omitempty"`
}

var (
	ErrExists      = errors.New("users: a user with that email exists")
	ErrBadPassword = errors.New("users: password rejected")
	ErrAuth        = errors.New("users: invalid credentials")
)

// Normalize lower-cases and validates an email address used as a login.
func Normalize(email string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(email))
	if err != nil || a.Name != "" || !strings.Contains(a.Address, "@") {
		return "", fmt.Errorf("users: %q is not a plain email address", email)
	}
	return strings.ToLower(a.Address), nil
}

func hash(password string, salt []byte) []byte {
	return argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
}

// Add creates a user and writes an audit event, durably.
func Add(ctx context.Context, v *vault.Vault, email, role, password, actor string) (*User, error) {
	email, err := Normalize(email)
	if err != nil {
		return nil, err
	}
	if role != RoleStaff && role != RoleAdmin {
		return nil, fmt.Errorf("users: role must be %s or %s", RoleStaff, RoleAdmin)
	}
	if len(password) < MinPasswordLen || len(password) > MaxPasswordLen {
		return nil, fmt.Errorf("%w: length must be %d to %d characters", ErrBadPassword, MinPasswordLen, MaxPasswordLen)
	}
	if _, err := Get(ctx, v, email); err == nil {
		return nil, ErrExists
	} else if !errors.Is(err, vault.ErrNotFound) {
		return nil, err
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	u := &User{ID: links.NewID(), Email: email, Role: role, Salt: salt, Hash: hash(password, salt), Created: v.Now().UTC()}
	val, err := json.Marshal(u)
	if err != nil {
		return nil, err
	}
	b := v.NewBatch()
	b.Put(vault.KSUser, email, val)
	b.Audit(audit.Event{Time: u.Created, Actor: actor, Action: audit.ActUserAdded, Channel: "cli",
		Objects: []string{"user:" + u.ID}, Outcome: "ok", Detail: "role=" + role})
	if err := v.Commit(ctx, b); err != nil {
		return nil, fmt.Errorf("users: add: %w", err)
	}
	return u, nil
}

// Get returns the user with email (normalised), or vault.ErrNotFound.
func Get(ctx context.Context, v *vault.Vault, email string) (*User, error) {
	email, err := Normalize(email)
	if err != nil {
		return nil, vault.ErrNotFound
	}
	val, err := v.Get(ctx, vault.KSUser, email)
	if err != nil {
		return nil, err
	}
	var u User
	if err := json.Unmarshal(val, &u); err != nil {
		return nil, fmt.Errorf("users: decode: %w", err)
	}
	return &u, nil
}

var dummySalt = bytes.Repeat([]byte{0x5a}, saltLen)

// Authenticate checks email and password. It spends the same argon2id work
// whether or not the user exists, and compares in constant time.
func Authenticate(ctx context.Context, v *vault.Vault, email, password string) (*User, error) {
	if len(password) > MaxPasswordLen {
		return nil, ErrAuth
	}
	u, err := Get(ctx, v, email)
	if err != nil && !errors.Is(err, vault.ErrNotFound) {
		return nil, err
	}
	salt, want := dummySalt, make([]byte, argonKeyLen)
	if u != nil {
		salt, want = u.Salt, u.Hash
	}
	got := hash(password, salt)
	if subtle.ConstantTimeCompare(got, want) != 1 || u == nil || u.Disabled {
		return nil, ErrAuth
	}
	return u, nil
}

// String never prints secrets.
func (u *User) String() string { return "user:" + u.ID }
