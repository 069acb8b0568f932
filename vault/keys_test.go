package vault

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/vault/audit"
)

func sealN(t *testing.T, v *Vault, prefix string, n int) {
	t.Helper()
	b := v.NewBatch()
	for i := 0; i < n; i++ {
		if err := b.Seal(fmt.Sprintf("%s%04d", prefix, i), []byte(fmt.Sprint("plain ", i)), RecordMeta{Kind: "sms"}); err != nil {
			t.Fatal(err)
		}
	}
	mustCommit(t, v, b)
}

func keyCounts(t *testing.T, v *Vault) map[uint32]int {
	t.Helper()
	ks, err := v.ListKeys(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint32]int{}
	for _, k := range ks {
		out[k.Version] = k.Records
	}
	return out
}

// TestRewrapResumes interrupts a rewrap after its first step, restarts the
// vault, and runs it again: it finishes the rest, every record opens, and
// both runs are in the audit log.
func TestRewrapResumes(t *testing.T) {
	v, dir, clk := newTestVault(t)
	ctx := context.Background()
	sealN(t, v, "r", 700) // three steps of 256
	if _, err := v.RotateKEK(ctx, "user:admin"); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	n, err := v.Rewrap(cctx, "user:admin", func(done, total int) {
		if total != 700 {
			t.Errorf("total %d, want 700", total)
		}
		if done > 0 {
			cancel() // interrupted after the first step
		}
	})
	cancel()
	if !errors.Is(err, context.Canceled) || n != 256 {
		t.Fatalf("interrupted rewrap: %d %v, want 256 and context.Canceled", n, err)
	}
	if c := keyCounts(t, v); c[1] != 444 || c[2] != 256 {
		t.Fatalf("after interruption: %v", c)
	}
	v.Close()
	v = openTest(t, dir, clk)
	defer v.Close()
	var last [2]int
	n, err = v.Rewrap(ctx, "user:admin", func(done, total int) { last = [2]int{done, total} })
	if err != nil || n != 444 || last != [2]int{444, 444} {
		t.Fatalf("resumed rewrap: %d %v %v", n, err, last)
	}
	if c := keyCounts(t, v); c[1] != 0 || c[2] != 700 {
		t.Fatalf("after resume: %v", c)
	}
	for i := 0; i < 700; i++ {
		if pt, _, err := v.OpenRecord(ctx, fmt.Sprintf("r%04d", i)); err != nil || string(pt) != fmt.Sprint("plain ", i) {
			t.Fatalf("r%04d: %v", i, err)
		}
	}
	var details []string
	_ = v.AuditExport(ctx, time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActKeyRewrapped {
			details = append(details, e.Outcome+": "+e.Detail)
		}
		return nil
	})
	if len(details) != 2 || !strings.HasPrefix(details[0], "partial: rewrapped 256 ") || details[1] != "ok: rewrapped 444 data keys" {
		t.Errorf("audit of the two runs: %q", details)
	}
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Error(err)
	}
}

// A data key that does not open is skipped and reported; the rest move.
func TestRewrapSkipsBadDataKeys(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx := context.Background()
	sealN(t, v, "r", 300)
	w := rawGet(t, v, []byte(string(KSDataKey)+"r0123"))
	w[len(w)-1] ^= 1
	rawSet(t, v, []byte(string(KSDataKey)+"r0123"), w)
	if _, err := v.RotateKEK(ctx, "user:admin"); err != nil {
		t.Fatal(err)
	}
	n, err := v.Rewrap(ctx, "user:admin", nil)
	if n != 299 || !errors.Is(err, ErrTampered) || !strings.Contains(err.Error(), "1 data keys do not open") || !strings.Contains(err.Error(), "r0123") {
		t.Fatalf("rewrap: %d %v", n, err)
	}
	if c := keyCounts(t, v); c[1] != 1 || c[2] != 299 {
		t.Errorf("counts: %v", c)
	}
}

// TestKeyringFaults: a changed KEK entry, a missing old KEK version and a
// wiped keyring are each reported as such, never papered over.
func TestKeyringFaults(t *testing.T) {
	t.Run("KEK entry changed", func(t *testing.T) {
		dir := t.TempDir()
		clk := newClock()
		v := openTest(t, dir, clk)
		sealN(t, v, "r", 3)
		k := rawGet(t, v, kekKey(1))
		k[len(k)-1] ^= 1
		rawSet(t, v, kekKey(1), k)
		v.Close()
		_, err := Open(context.Background(), testOpts(dir, clk))
		if !errors.Is(err, ErrTampered) || !strings.Contains(err.Error(), "version 1") {
			t.Errorf("open: %v", err)
		}
	})
	t.Run("old KEK version missing", func(t *testing.T) {
		dir := t.TempDir()
		clk := newClock()
		v := openTest(t, dir, clk)
		sealN(t, v, "old", 3)
		if _, err := v.RotateKEK(context.Background(), "user:a"); err != nil {
			t.Fatal(err)
		}
		sealN(t, v, "new", 2)
		rawSet(t, v, kekKey(1), nil)
		v.Close()
		v = openTest(t, dir, clk)
		defer v.Close()
		pt, _, err := v.OpenRecord(context.Background(), "old0000")
		if !errors.Is(err, ErrKeyLost) || pt != nil || !strings.Contains(err.Error(), "version 1") {
			t.Errorf("record under the missing version: %v", err)
		}
		if pt, _, err := v.OpenRecord(context.Background(), "new0001"); err != nil || string(pt) != "plain 1" {
			t.Errorf("record under the active version: %v", err)
		}
		ks, err := v.ListKeys(context.Background())
		if err != nil || len(ks) != 2 || ks[0].Version != 1 || !ks[0].Created.IsZero() || ks[0].Records != 3 || !ks[1].Active || ks[1].Records != 2 {
			t.Errorf("list: %+v %v", ks, err)
		}
	})
	t.Run("keyring wiped", func(t *testing.T) {
		dir := t.TempDir()
		clk := newClock()
		v := openTest(t, dir, clk)
		sealN(t, v, "r", 3)
		rawSet(t, v, kekKey(1), nil)
		v.Close()
		_, err := Open(context.Background(), testOpts(dir, clk))
		if !errors.Is(err, ErrKeyLost) || !strings.Contains(err.Error(), "keyring is missing") {
			t.Errorf("open: %v", err)
		}
	})
}
