package links_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
)

// issue seals record id and issues one link per recipient, as the gateway
// does, and returns the tokens.
func issue(t *testing.T, v *vault.Vault, id string, rcpts ...string) []string {
	t.Helper()
	now := time.Now().UTC()
	b := v.NewBatch()
	if err := b.Seal(id, []byte("original of "+id), vault.RecordMeta{Kind: "email", Created: now, Expires: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	var toks []string
	for _, r := range rcpts {
		tok, l, err := links.Issue(id, "msg-"+id, r, "email", links.EmailTokenBytes, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if err := links.Put(b, l); err != nil {
			t.Fatal(err)
		}
		toks = append(toks, tok)
	}
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return toks
}

func TestRevokeRecord(t *testing.T) {
	v := openVault(t)
	ctx := context.Background()
	toks := issue(t, v, "r1", "a@example.test", "b@example.test", "c@example.test")
	other := issue(t, v, "r2", "a@example.test")
	// One link revoked on its own first: RevokeRecord counts only the rest.
	l0, err := links.Lookup(ctx, v, toks[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := links.Revoke(ctx, v, l0.ID, "user:u1"); err != nil {
		t.Fatal(err)
	}

	n, err := links.RevokeRecord(ctx, v, "r1", "user:admin", "portal")
	if err != nil || n != 2 {
		t.Fatalf("RevokeRecord: %d %v, want 2 links", n, err)
	}
	for _, tok := range toks {
		l, err := links.Lookup(ctx, v, tok)
		if err != nil || !l.Revoked || l.TokenSealed {
			t.Errorf("link after RevokeRecord: %+v %v", l, err)
		}
		if _, _, err := v.OpenRecord(ctx, links.TokenRecordID(l.ID)); !errors.Is(err, vault.ErrShredded) {
			t.Errorf("sealed token of %s: %v, want shredded", l.ID, err)
		}
	}
	if _, _, err := v.OpenRecord(ctx, "r1"); !errors.Is(err, vault.ErrShredded) {
		t.Errorf("record after RevokeRecord: %v, want ErrShredded", err)
	}
	// The other message is untouched.
	if l, err := links.Lookup(ctx, v, other[0]); err != nil || l.Revoked {
		t.Errorf("other link: %+v %v", l, err)
	}
	if pt, _, err := v.OpenRecord(ctx, "r2"); err != nil || string(pt) != "original of r2" {
		t.Errorf("other record: %v", err)
	}
	// Audit: two revocations and the shred, by the staff user.
	var revoked, shredded int
	err = v.AuditExport(ctx, time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Actor == "user:admin" && e.Action == audit.ActRevoked {
			revoked++
		}
		if e.Actor == "user:admin" && e.Action == audit.ActShredded && e.Objects[0] == "rec:r1" {
			shredded++
		}
		return nil
	})
	if err != nil || revoked != 2 || shredded != 1 {
		t.Errorf("audit: %d revoked, %d shredded, %v", revoked, shredded, err)
	}
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Error(err)
	}

	// Again: nothing left to revoke, the record is already shredded.
	if n, err := links.RevokeRecord(ctx, v, "r1", "user:admin", "portal"); n != 0 || !errors.Is(err, vault.ErrShredded) {
		t.Errorf("second RevokeRecord: %d %v, want ErrShredded", n, err)
	}
	if n, err := links.RevokeRecord(ctx, v, "nope", "user:admin", "portal"); n != 0 || !errors.Is(err, vault.ErrNotFound) {
		t.Errorf("unknown record: %d %v, want ErrNotFound", n, err)
	}
}

// RevokeRecord and per-link updates on the same links run concurrently
// without deadlock, and the revocation is not lost to a concurrent Update.
func TestRevokeRecordConcurrentWithUpdate(t *testing.T) {
	v := openVault(t)
	ctx := context.Background()
	rcpts := make([]string, 40)
	for i := range rcpts {
		rcpts[i] = "p" + string(rune('a'+i%26)) + "@example.test"
	}
	toks := issue(t, v, "r", rcpts...)
	var wg sync.WaitGroup
	for _, tok := range toks {
		wg.Add(1)
		go func(tok string) {
			defer wg.Done()
			_, err := links.Update(ctx, v, links.HashToken(tok), func(l *links.Link, _ *vault.Batch) error {
				l.Attempts++
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}(tok)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := links.RevokeRecord(ctx, v, "r", "user:admin", "portal"); err != nil {
			t.Error(err)
		}
	}()
	wg.Wait()
	for _, tok := range toks {
		l, err := links.Lookup(ctx, v, tok)
		if err != nil || !l.Revoked || l.Attempts != 1 {
			t.Errorf("link %s: revoked %v attempts %d %v", l.ID, l.Revoked, l.Attempts, err)
		}
	}
}
