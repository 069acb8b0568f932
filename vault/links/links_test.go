package links_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
)

func openVault(t *testing.T) *vault.Vault {
	t.Helper()
	v, err := vault.Open(context.Background(), vault.Options{Dir: t.TempDir(), MasterKey: bytes.Repeat([]byte{3}, 32)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

// issueStored issues an email link for rec1/msg1 to rcpt and commits it.
func issueStored(t *testing.T, v *vault.Vault, rcpt string, now time.Time) (string, *links.Link) {
	t.Helper()
	tok, l, err := links.Issue("rec1", "msg1", rcpt, "email", links.EmailTokenBytes, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	b := v.NewBatch()
	if err := links.Put(b, l); err != nil {
		t.Fatal(err)
	}
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return tok, l
}

func TestStateAt(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		l    links.Link
		want links.State
	}{
		{"active", links.Link{Expires: now.Add(time.Hour)}, links.Active},
		{"expired at the instant", links.Link{Expires: now}, links.Expired},
		{"revoked wins", links.Link{Expires: now.Add(time.Hour), Revoked: true, LockedUntil: now.Add(time.Hour)}, links.Revoked},
		{"locked", links.Link{Expires: now.Add(time.Hour), LockedUntil: now.Add(time.Minute)}, links.Locked},
		{"lock ran out", links.Link{Expires: now.Add(time.Hour), LockedUntil: now}, links.Active},
	}
	for _, tc := range tests {
		if got := tc.l.StateAt(now); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPutSealsTokenAndUpdate(t *testing.T) {
	v := openVault(t)
	ctx := context.Background()
	now := time.Now().UTC()
	tok, l := issueStored(t, v, "pat@example.com", now)
	raw, _ := v.Get(ctx, vault.KSLink, links.HashToken(tok))
	if bytes.Contains(raw, []byte(tok)) {
		t.Fatal("link state holds the token")
	}
	got, meta, err := v.OpenRecord(ctx, links.TokenRecordID(l.ID))
	if err != nil || string(got) != tok || meta.Kind != links.TokenRecordKind {
		t.Fatalf("sealed token: %v %q %+v", err, got, meta)
	}
	// Update under the lock; an error aborts without writing.
	if _, err := links.Update(ctx, v, l.Hash, func(l *links.Link, b *vault.Batch) error {
		l.Attempts = 99
		return errors.New("abort")
	}); err == nil {
		t.Fatal("no error from aborted update")
	}
	if l2, _ := links.Lookup(ctx, v, tok); l2.Attempts != 0 {
		t.Fatal("aborted update was written")
	}
	if _, err := links.Update(ctx, v, l.Hash, func(l *links.Link, b *vault.Batch) error {
		l.Attempts = 2
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if l2, _ := links.Lookup(ctx, v, tok); l2.Attempts != 2 || !l2.TokenSealed {
		t.Fatalf("after update: %+v", l2)
	}
	if _, err := links.Update(ctx, v, "nope", func(*links.Link, *vault.Batch) error { return nil }); !errors.Is(err, links.ErrUnknown) {
		t.Fatalf("unknown: %v", err)
	}
	// Revoke by public ID shreds the sealed token.
	if err := links.Revoke(ctx, v, l.ID, "user:x"); err != nil {
		t.Fatal(err)
	}
	l3, _ := links.Lookup(ctx, v, tok)
	if l3.StateAt(time.Now()) != links.Revoked || l3.TokenSealed {
		t.Fatalf("after revoke: %+v", l3)
	}
	if _, _, err := v.OpenRecord(ctx, links.TokenRecordID(l.ID)); err == nil {
		t.Fatal("token survives revocation")
	}
}
