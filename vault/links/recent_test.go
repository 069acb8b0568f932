package links_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
)

func decodeRaw(t *testing.T, raw []byte) *links.Link {
	t.Helper()
	if raw == nil {
		return nil
	}
	var l links.Link
	if err := json.Unmarshal(raw, &l); err != nil {
		t.Fatal(err)
	}
	return &l
}

func TestLookupRecentRaw(t *testing.T) {
	v := openVault(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	tok, l := issueStored(t, v, "pat@patient.test", now)
	hash := links.HashToken(tok)
	get := func(at time.Time) *links.Link {
		raw, err := links.LookupRecentRaw(ctx, v, hash, at, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return decodeRaw(t, raw)
	}
	if got := get(now); got == nil || got.Attempts != 0 {
		t.Fatalf("first read: %+v", got)
	}

	// A write through the vault that bypasses links.Put is not seen while
	// the read is fresh, and is seen once it is not: the read is reused.
	sneaky := *l
	sneaky.Attempts = 7
	val, _ := json.Marshal(sneaky)
	b := v.NewBatch()
	b.Put(vault.KSLink, hash, val)
	if err := v.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got := get(now.Add(500 * time.Millisecond)); got.Attempts != 0 {
		t.Fatalf("a fresh read was not reused: attempts %d", got.Attempts)
	}
	if got := get(now.Add(1500 * time.Millisecond)); got.Attempts != 7 {
		t.Fatalf("a stale read was reused: attempts %d", got.Attempts)
	}

	// A write through links (Update → Put) is seen at once.
	if _, err := links.Update(ctx, v, hash, func(l *links.Link, b *vault.Batch) error {
		l.Revoked = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := get(now.Add(1600 * time.Millisecond)); !got.Revoked {
		t.Fatal("a committed revocation was not seen by the next read")
	}

	// Unknown tokens are remembered alike.
	if raw, err := links.LookupRecentRaw(ctx, v, links.HashToken("no-such-token-0123456789"), now, time.Second); err != nil || raw != nil {
		t.Fatalf("unknown token: %q %v", raw, err)
	}
}

// TestLookupRecentRawNeverOutlivesAWrite races reads with writes: once the
// writers are done, every read sees the last write, however fresh the
// reads it raced.
func TestLookupRecentRawNeverOutlivesAWrite(t *testing.T) {
	v := openVault(t)
	ctx := context.Background()
	now := time.Now()
	tok, _ := issueStored(t, v, "pat@patient.test", now)
	hash := links.HashToken(tok)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := links.LookupRecentRaw(ctx, v, hash, now, time.Hour); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for i := 1; i <= 200; i++ {
		if _, err := links.Update(ctx, v, hash, func(l *links.Link, b *vault.Batch) error {
			l.Attempts = i
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	raw, err := links.LookupRecentRaw(ctx, v, hash, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got := decodeRaw(t, raw); got.Attempts != 200 {
		t.Fatal(fmt.Sprintf("read after the last write shows attempts %d, want 200", got.Attempts))
	}
}
