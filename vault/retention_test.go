package vault

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/phigate/phigate/vault/audit"
)

func TestSweepShredsExpiredRecords(t *testing.T) {
	v, _, clk := newTestVault(t)
	ctx := context.Background()
	now := clk.Now()
	sealOne(t, v, "old", []byte("old"), RecordMeta{Kind: "email", Created: now, Expires: now.Add(time.Hour)})
	sealOne(t, v, "big", randBytes(2*ChunkSize+1), RecordMeta{Kind: "email", Created: now, Expires: now.Add(time.Hour)})
	sealOne(t, v, "young", []byte("young"), RecordMeta{Kind: "email", Created: now, Expires: now.Add(40 * 24 * time.Hour)})

	st, err := v.Sweep(ctx, now.Add(29*24*time.Hour))
	if err != nil || st.Shredded != 0 {
		t.Fatalf("early sweep: %+v %v", st, err)
	}
	st, err = v.Sweep(ctx, now.Add(31*24*time.Hour))
	if err != nil || st.Shredded != 2 {
		t.Fatalf("sweep: %+v %v", st, err)
	}
	for _, id := range []string{"old", "big"} {
		if _, _, err := v.OpenRecord(ctx, id); !errors.Is(err, ErrShredded) {
			t.Errorf("%s after sweep: %v", id, err)
		}
		if n, _ := v.s.chunksLeft(id); n != 0 {
			t.Errorf("%s: %d chunks left", id, n)
		}
	}
	if pt, _, err := v.OpenRecord(ctx, "young"); err != nil || string(pt) != "young" {
		t.Errorf("young: %v", err)
	}
	var shredded []string
	_ = v.AuditExport(ctx, time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActShredded {
			shredded = append(shredded, e.Objects[0]+" "+e.Detail)
		}
		return nil
	})
	if strings.Join(shredded, ",") != "rec:old retention,rec:big retention" && strings.Join(shredded, ",") != "rec:big retention,rec:old retention" {
		t.Errorf("audit: %v", shredded)
	}
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Error(err)
	}
}

func TestBatchShred(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx := context.Background()
	sealOne(t, v, "r1", randBytes(2*ChunkSize+3), RecordMeta{Kind: "email"})
	b := v.NewBatch()
	b.Shred("r1")
	mustCommit(t, v, b)
	if _, _, err := v.OpenRecord(ctx, "r1"); !errors.Is(err, ErrShredded) {
		t.Errorf("after shred: %v", err)
	}
	if n, _ := v.s.chunksLeft("r1"); n != 0 {
		t.Errorf("%d chunks left", n)
	}
	if n, _, err := v.AuditVerify(ctx, nil); err != nil || n != 1 {
		t.Errorf("audit: %d %v", n, err)
	}
}

func TestOrphanChunksSwept(t *testing.T) {
	dir := t.TempDir()
	clk := newClock()
	v := openTest(t, dir, clk)
	b := v.NewBatch()
	if err := b.SealReader("lost", bytes.NewReader(randBytes(3*ChunkSize)), RecordMeta{Kind: "email"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := v.s.chunksLeft("lost"); n != 3 {
		t.Fatalf("written ahead: %d", n)
	}
	// Sweep while young: kept (the commit may still come).
	if st, _ := v.Sweep(context.Background(), clk.Now()); st.Orphans != 0 {
		t.Errorf("young orphan swept")
	}
	if st, _ := v.Sweep(context.Background(), clk.Now().Add(2*time.Hour)); st.Orphans != 1 {
		t.Errorf("old orphan not swept: %+v", st)
	}
	if n, _ := v.s.chunksLeft("lost"); n != 0 {
		t.Errorf("after sweep: %d chunks", n)
	}
	// And at open, every uncommitted write-ahead goes.
	b = v.NewBatch()
	if err := b.SealReader("lost2", bytes.NewReader(randBytes(2*ChunkSize)), RecordMeta{Kind: "email"}); err != nil {
		t.Fatal(err)
	}
	v.Close()
	v = openTest(t, dir, clk)
	defer v.Close()
	if n, _ := v.s.chunksLeft("lost2"); n != 0 {
		t.Errorf("after reopen: %d chunks", n)
	}
}

func TestAuditPruneKeepsChainVerifiable(t *testing.T) {
	v, dir, clk := newTestVault(t)
	ctx := context.Background()
	appendEvents(t, v, 20) // at t0
	clk.Add(400 * 24 * time.Hour)
	appendEvents(t, v, 5) // a year later
	st, err := v.Sweep(ctx, clk.Now())
	if err != nil || st.AuditPruned != 20 {
		t.Fatalf("sweep: %+v %v", st, err)
	}
	n, head, err := v.AuditVerify(ctx, nil)
	if err != nil || n != 6 { // 5 recent + the checkpoint
		t.Fatalf("verify after prune: %d %v", n, err)
	}
	var detail string
	_ = v.AuditExport(ctx, time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActAuditPruned {
			detail = e.Detail
		}
		return nil
	})
	if !strings.HasPrefix(detail, "pruned entries 1-20 ") {
		t.Errorf("checkpoint: %q", detail)
	}
	v.Close()
	v = openTest(t, dir, clk)
	defer v.Close()
	if n2, head2, err := v.AuditVerify(ctx, nil); err != nil || n2 != n || !bytes.Equal(head, head2) {
		t.Errorf("after reopen: %d %v", n2, err)
	}
	// A forged anchor (wrong HMAC) is detected.
	a := rawGet(t, v, anchorKey)
	a[len(a)-1] ^= 1
	rawSet(t, v, anchorKey, a)
	if _, _, err := v.AuditVerify(ctx, nil); !errors.Is(err, ErrAuditBroken) {
		t.Errorf("forged anchor: %v", err)
	}
	a[len(a)-1] ^= 1
	rawSet(t, v, anchorKey, a)
	// Removing the first surviving entry is detected.
	rawSet(t, v, auditKey(21), nil)
	var ae *AuditError
	if _, _, err := v.AuditVerify(ctx, nil); !errors.As(err, &ae) || ae.Seq != 21 {
		t.Errorf("removed after anchor: %v", err)
	}
}

func TestBackupRestore(t *testing.T) {
	v, _, clk := newTestVault(t)
	ctx := context.Background()
	big := randBytes(2*ChunkSize + 7)
	sealOne(t, v, "big", big, RecordMeta{Kind: "email"})
	sealOne(t, v, "small", []byte("hello"), RecordMeta{Kind: "sms"})
	sealOne(t, v, "gone", []byte("bye"), RecordMeta{Kind: "sms"})
	b := v.NewBatch()
	b.Shred("gone")
	b.Put(KSQueue, "q1", []byte("item"))
	mustCommit(t, v, b)
	appendEvents(t, v, 50)
	if _, err := v.RotateKEK(ctx, "user:a"); err != nil {
		t.Fatal(err)
	}
	sealOne(t, v, "after", []byte("rotated"), RecordMeta{Kind: "sms"})
	wantN, wantHead, err := v.AuditVerify(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var bk bytes.Buffer
	if err := v.Backup(ctx, &bk); err != nil {
		t.Fatal(err)
	}
	full := bk.Bytes()
	if err := CheckBackup(bytes.NewReader(full), testKey); err != nil {
		t.Fatalf("check: %v", err)
	}

	t.Run("restore", func(t *testing.T) {
		dir := t.TempDir()
		if err := Restore(ctx, testOpts(dir, clk), bytes.NewReader(full)); err != nil {
			t.Fatal(err)
		}
		r := openTest(t, dir, clk)
		defer r.Close()
		n, head, err := r.AuditVerify(ctx, nil)
		if err != nil || n != wantN || !bytes.Equal(head, wantHead) {
			t.Fatalf("restored audit: %d %v", n, err)
		}
		for id, want := range map[string][]byte{"big": big, "small": []byte("hello"), "after": []byte("rotated")} {
			if pt, _, err := r.OpenRecord(ctx, id); err != nil || !bytes.Equal(pt, want) {
				t.Errorf("restored %s: %v", id, err)
			}
		}
		if _, _, err := r.OpenRecord(ctx, "gone"); !errors.Is(err, ErrShredded) {
			t.Errorf("shredded record after restore: %v", err)
		}
		if val, err := r.Get(ctx, KSQueue, "q1"); err != nil || string(val) != "item" {
			t.Errorf("queue: %v", err)
		}
		// The sequencer continues the restored chain.
		appendEvents(t, r, 1)
		if n, _, err := r.AuditVerify(ctx, nil); err != nil || n != wantN+1 {
			t.Errorf("append after restore: %d %v", n, err)
		}
	})

	bad := []struct {
		name string
		in   []byte
		key  []byte
		want error
	}{
		{"empty", nil, testKey, ErrBackupFormat},
		{"not a backup", []byte(strings.Repeat("x", 100)), testKey, ErrBackupFormat},
		{"truncated header", full[:20], testKey, ErrBackupTruncated},
		{"header only", full[:backupHeaderLen], testKey, ErrBackupTruncated},
		{"truncated mid-frame", full[:len(full)/2], testKey, ErrBackupTruncated},
		{"final frame missing", full[:frameEnd(t, full, 1)], testKey, ErrBackupTruncated},
		{"flipped byte", flip(full, len(full)/2), testKey, ErrBackupCorrupt},
		{"trailing data", append(append([]byte(nil), full...), 'x'), testKey, ErrBackupCorrupt},
		{"wrong master key", full, bytes.Repeat([]byte{9}, 32), ErrWrongMasterKey},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckBackup(bytes.NewReader(tc.in), tc.key); !errors.Is(err, tc.want) {
				t.Errorf("check: %v, want %v", err, tc.want)
			}
			dir := t.TempDir()
			o := testOpts(dir, clk)
			o.MasterKey = tc.key
			if err := Restore(ctx, o, bytes.NewReader(tc.in)); !errors.Is(err, tc.want) {
				t.Errorf("restore: %v, want %v", err, tc.want)
			}
			if ents, _ := readDirNames(dir); len(ents) != 0 {
				t.Errorf("failed restore left %v", ents)
			}
		})
	}

	t.Run("not empty", func(t *testing.T) {
		dir := t.TempDir()
		v2 := openTest(t, dir, clk)
		v2.Close()
		if err := Restore(ctx, testOpts(dir, clk), bytes.NewReader(full)); !errors.Is(err, ErrNotEmpty) {
			t.Errorf("restore into used dir: %v", err)
		}
	})
}

// frameEnd returns the offset just after frame n (0-based) of a backup.
func frameEnd(t *testing.T, b []byte, n int) int {
	off := backupHeaderLen
	for i := 0; i < n; i++ {
		if off+4 > len(b) {
			t.Fatalf("backup has fewer than %d frames", n)
		}
		off += 4 + int(uint32(b[off])<<24|uint32(b[off+1])<<16|uint32(b[off+2])<<8|uint32(b[off+3]))
	}
	if off >= len(b) {
		t.Fatalf("backup has only %d frames", n)
	}
	return off
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 0x40
	return c
}

func readDirNames(dir string) ([]string, error) {
	var out []string
	ents, err := os.ReadDir(dir)
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out, err
}

func TestResealMovesRetention(t *testing.T) {
	v, _, clk := newTestVault(t)
	ctx := context.Background()
	now := clk.Now()
	sealOne(t, v, "r", randBytes(2*ChunkSize+1), RecordMeta{Kind: "email", Expires: now})
	sealOne(t, v, "r", []byte("v2"), RecordMeta{Kind: "email", Expires: now.Add(100 * 24 * time.Hour)})
	if n, _ := v.s.chunksLeft("r"); n != 0 {
		t.Errorf("%d stale chunks", n)
	}
	if st, err := v.Sweep(ctx, now.Add(31*24*time.Hour)); err != nil || st.Shredded != 0 {
		t.Errorf("resealed record swept on the old schedule: %+v %v", st, err)
	}
	if pt, _, err := v.OpenRecord(ctx, "r"); err != nil || string(pt) != "v2" {
		t.Errorf("open: %v", err)
	}
}

// TestSweepShredsKeyFirst stops a retention sweep between its two commits:
// the data key is gone (the record is unreadable) while the ciphertext is
// still there; the next sweep removes the rest without a second audit event.
func TestSweepShredsKeyFirst(t *testing.T) {
	v, _, clk := newTestVault(t)
	ctx := context.Background()
	now := clk.Now()
	sealOne(t, v, "old", []byte("old"), RecordMeta{Kind: "email", Created: now, Expires: now})
	var commits atomic.Int32
	f := func() error {
		if commits.Add(1) > 1 {
			return fmt.Errorf("write: %w", syscall.EIO)
		}
		return nil
	}
	v.s.c.testFail.Store(&f)
	later := now.Add(31 * 24 * time.Hour)
	if _, err := v.Sweep(ctx, later); !errors.Is(err, ErrTemporary) {
		t.Fatalf("sweep with the second commit failing: %v", err)
	}
	if _, _, err := v.OpenRecord(ctx, "old"); !errors.Is(err, ErrShredded) {
		t.Errorf("after step 1: %v, want ErrShredded", err)
	}
	if m := rawGet(t, v, []byte(string(KSRecord)+"old")); len(m) == 0 {
		t.Errorf("ciphertext already gone: the key-first order was not tested")
	}
	v.s.c.testFail.Store(nil)
	st, err := v.Sweep(ctx, later)
	if err != nil || st.Shredded != 1 {
		t.Fatalf("second sweep: %+v %v", st, err)
	}
	if err := v.RecordStatus(ctx, "old"); !errors.Is(err, ErrShredded) {
		t.Errorf("status: %v", err)
	}
	if v.s.manifestOf("old") != nil {
		t.Error("ciphertext left after the second sweep")
	}
	shreds := 0
	_ = v.AuditExport(ctx, time.Time{}, time.Time{}, func(e audit.Event) error {
		if e.Action == audit.ActShredded {
			shreds++
		}
		return nil
	})
	if shreds != 1 {
		t.Errorf("%d shred events, want 1", shreds)
	}
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Error(err)
	}
}

// TestRetentionDefaults: zero Options mean 30 days after the last link
// expires for sealed originals and six years for audit entries.
func TestRetentionDefaults(t *testing.T) {
	clk := newClock()
	o := testOpts(t.TempDir(), clk)
	o.RecordRetention, o.AuditRetention = 0, 0
	v, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	ctx := context.Background()
	t0 := clk.Now()
	linkExpiry := t0.Add(7 * 24 * time.Hour)
	sealOne(t, v, "r", []byte("x"), RecordMeta{Kind: "email", Created: t0, Expires: linkExpiry})
	appendEvents(t, v, 3) // at t0
	day := 24 * time.Hour
	steps := []struct {
		at            time.Time
		shredded      int
		auditPruned   int
		recordPresent bool
	}{
		{linkExpiry.Add(29 * day), 0, 0, true},
		{linkExpiry.Add(30*day + time.Minute), 1, 0, false},
		{t0.Add(5 * 365 * day), 0, 0, false},
		{t0.Add(6*366*day + day), 0, 4, false}, // the three and the retention shred, all stamped t0
	}
	for i, s := range steps {
		st, err := v.Sweep(ctx, s.at)
		if err != nil || st.Shredded != s.shredded || st.AuditPruned != s.auditPruned {
			t.Errorf("step %d (%s): %+v %v", i, s.at.Format(time.DateOnly), st, err)
		}
		if err := v.RecordStatus(ctx, "r"); (err == nil) != s.recordPresent {
			t.Errorf("step %d: record status %v", i, err)
		}
	}
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Error(err)
	}
}
