package vault

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

var testKey = bytes.Repeat([]byte{7}, 32)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func testOpts(dir string, clk *clock) Options {
	return Options{Dir: dir, MasterKey: testKey, Logger: quietLogger(), Now: clk.Now,
		RecordRetention: 30 * 24 * time.Hour, AuditRetention: 365 * 24 * time.Hour}
}

func newClock() *clock { return &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)} }

func openTest(t testing.TB, dir string, clk *clock) *Vault {
	t.Helper()
	v, err := Open(context.Background(), testOpts(dir, clk))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func newTestVault(t testing.TB) (*Vault, string, *clock) {
	t.Helper()
	dir := t.TempDir()
	clk := newClock()
	v := openTest(t, dir, clk)
	t.Cleanup(func() { v.Close() })
	return v, dir, clk
}

func randBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func mustCommit(t testing.TB, v *Vault, b *Batch) {
	t.Helper()
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
}

func sealOne(t testing.TB, v *Vault, id string, pt []byte, meta RecordMeta) {
	t.Helper()
	b := v.NewBatch()
	if err := b.Seal(id, pt, meta); err != nil {
		t.Fatal(err)
	}
	mustCommit(t, v, b)
}

func TestSealOpenRoundTrip(t *testing.T) {
	v, dir, clk := newTestVault(t)
	ctx := context.Background()
	sizes := []int{0, 1, 10 << 10, ChunkSize - 1, ChunkSize, ChunkSize + 1, 3*ChunkSize + 5}
	want := map[string][]byte{}
	for _, n := range sizes {
		for _, reader := range []bool{false, true} {
			id := fmt.Sprintf("r-%d-%v", n, reader)
			pt := randBytes(n)
			want[id] = pt
			b := v.NewBatch()
			meta := RecordMeta{Kind: "email", Created: clk.Now(), Expires: clk.Now().Add(time.Hour), Size: int64(n)}
			var err error
			if reader {
				err = b.SealReader(id, bytes.NewReader(pt), meta)
			} else {
				err = b.Seal(id, pt, meta)
			}
			if err != nil {
				t.Fatal(err)
			}
			mustCommit(t, v, b)
		}
	}
	check := func(v *Vault) {
		for id, pt := range want {
			got, meta, err := v.OpenRecord(ctx, id)
			if err != nil || !bytes.Equal(got, pt) || meta.Kind != "email" {
				t.Errorf("OpenRecord %s: len %d err %v", id, len(got), err)
			}
			var w bytes.Buffer
			if _, err := v.OpenRecordTo(ctx, id, &w); err != nil || !bytes.Equal(w.Bytes(), pt) {
				t.Errorf("OpenRecordTo %s: %v", id, err)
			}
		}
	}
	check(v)
	v.Close()
	v2 := openTest(t, dir, clk)
	defer v2.Close()
	check(v2)
	if _, _, err := v2.OpenRecord(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing record: %v", err)
	}
}

func TestConcurrentCommitsChainAndRestart(t *testing.T) {
	v, dir, clk := newTestVault(t)
	ctx := context.Background()
	const writers, each = 20, 25
	var wg sync.WaitGroup
	var seqs sync.Map
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				b := v.NewBatch()
				b.Put(KSQueue, fmt.Sprintf("%02d-%03d", w, i), []byte("x"))
				b.Audit(audit.Event{Actor: fmt.Sprintf("user:%d", w), Action: audit.ActAccepted, Objects: []string{fmt.Sprintf("msg:%d-%d", w, i)}})
				if err := v.Commit(ctx, b); err != nil {
					t.Error(err)
					return
				}
				if _, dup := seqs.LoadOrStore(b.events[0].Seq, true); dup || b.events[0].Seq == 0 {
					t.Errorf("seq %d assigned twice", b.events[0].Seq)
				}
			}
		}(w)
	}
	wg.Wait()
	n, head, err := v.AuditVerify(ctx, nil)
	if err != nil || n != writers*each {
		t.Fatalf("verify: %d %v", n, err)
	}
	v.Close()
	v2 := openTest(t, dir, clk)
	defer v2.Close()
	b := v2.NewBatch()
	b.Audit(audit.Event{Actor: "system", Action: audit.ActDelivered})
	mustCommit(t, v2, b)
	if b.events[0].Seq != writers*each+1 || !bytes.Equal(b.events[0].Prev, head) {
		t.Errorf("after restart: seq %d prev %x, want %d %x", b.events[0].Seq, b.events[0].Prev, writers*each+1, head)
	}
	if n, _, err := v2.AuditVerify(ctx, nil); err != nil || n != writers*each+1 {
		t.Errorf("verify after restart: %d %v", n, err)
	}
}

func TestCommitFailureIsTemporaryAndLeavesNoTrace(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx := context.Background()
	b := v.NewBatch()
	b.Audit(audit.Event{Actor: "system", Action: audit.ActAccepted})
	mustCommit(t, v, b)

	var fail atomic.Bool
	fail.Store(true)
	f := func() error {
		if fail.Load() {
			return fmt.Errorf("write: %w", syscall.ENOSPC)
		}
		return nil
	}
	v.s.c.testFail.Store(&f)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b := v.NewBatch()
			b.Put(KSQueue, fmt.Sprint("f", i), []byte("x"))
			b.Audit(audit.Event{Actor: "system", Action: audit.ActAccepted})
			err := v.Commit(ctx, b)
			if !errors.Is(err, ErrTemporary) || !errors.Is(err, syscall.ENOSPC) {
				t.Errorf("commit on full disk: %v", err)
			}
		}(i)
	}
	wg.Wait()
	if _, err := v.Get(ctx, KSQueue, "f0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("failed batch visible: %v", err)
	}
	fail.Store(false)
	b = v.NewBatch()
	b.Audit(audit.Event{Actor: "system", Action: audit.ActAccepted})
	mustCommit(t, v, b)
	if b.events[0].Seq != 2 {
		t.Errorf("seq after failure = %d, want 2", b.events[0].Seq)
	}
	if n, _, err := v.AuditVerify(ctx, nil); err != nil || n != 2 {
		t.Errorf("verify: %d %v", n, err)
	}
}

func TestCommitAfterCloseAndCancel(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := v.NewBatch()
	b.Put(KSQueue, "a", []byte("x"))
	if err := v.Commit(ctx, b); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	v.Close()
	if err := v.Commit(context.Background(), b); !errors.Is(err, ErrClosed) {
		t.Errorf("after close: %v", err)
	}
	if _, err := v.Get(context.Background(), KSQueue, "a"); !errors.Is(err, ErrClosed) {
		t.Errorf("get after close: %v", err)
	}
}

func TestTooLargeBatchFailsAloneAndGroupsSplit(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx := context.Background()
	big := v.NewBatch()
	val := make([]byte, 64<<10)
	for i := 0; i < int(v.s.db.MaxBatchSize()/int64(len(val)))+2; i++ {
		big.Put(KSMessage, fmt.Sprint("big", i), val)
	}
	var wg sync.WaitGroup
	errs := make([]error, 30)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 0 {
				errs[i] = v.Commit(ctx, big)
				return
			}
			b := v.NewBatch()
			for j := 0; j < 20; j++ { // ~1.3 MB each: groups must split
				b.Put(KSMessage, fmt.Sprint(i, "-", j), val)
			}
			b.Audit(audit.Event{Actor: "system", Action: audit.ActAccepted})
			errs[i] = v.Commit(ctx, b)
		}(i)
	}
	wg.Wait()
	if !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("big batch: %v", errs[0])
	}
	for i, err := range errs[1:] {
		if err != nil {
			t.Errorf("batch %d: %v", i+1, err)
		}
	}
	if n, _, err := v.AuditVerify(ctx, nil); err != nil || n != 29 {
		t.Errorf("verify: %d %v", n, err)
	}
}

// rawSet writes directly to Badger, bypassing the vault (an attacker with
// the at-rest key, or a disk fault).
func rawSet(t *testing.T, v *Vault, key []byte, val []byte) {
	t.Helper()
	if err := v.s.db.Update(func(txn *badger.Txn) error {
		if val == nil {
			return txn.Delete(key)
		}
		return txn.Set(key, val)
	}); err != nil {
		t.Fatal(err)
	}
}

func rawGet(t *testing.T, v *Vault, key []byte) []byte {
	t.Helper()
	var out []byte
	if err := v.s.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(key)
		if err != nil {
			return err
		}
		out, err = it.ValueCopy(nil)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestReservedKeyspaces(t *testing.T) {
	v, _, _ := newTestVault(t)
	for _, ks := range []Keyspace{KSAudit, KSRecord, KSDataKey, KSChunk, KSExpiry, KSMeta} {
		b := v.NewBatch()
		b.Put(KSQueue, "ok", []byte("x"))
		b.Delete(ks, "x")
		if err := v.Commit(context.Background(), b); !errors.Is(err, ErrReserved) {
			t.Errorf("delete in %s: %v", ks, err)
		}
		b = v.NewBatch()
		b.Put(ks, "x", []byte("y"))
		if err := v.Commit(context.Background(), b); !errors.Is(err, ErrReserved) {
			t.Errorf("put in %s: %v", ks, err)
		}
	}
	if _, err := v.Get(context.Background(), KSQueue, "ok"); !errors.Is(err, ErrNotFound) {
		t.Errorf("refused batch partly written: %v", err)
	}
}

// genReader yields n deterministic bytes and calls onRead before each Read.
type genReader struct {
	n, off int
	onRead func(off int)
}

func (g *genReader) Read(p []byte) (int, error) {
	if g.off >= g.n {
		return 0, io.EOF
	}
	g.onRead(g.off)
	k := min(len(p), g.n-g.off)
	for i := range p[:k] {
		p[i] = byte((g.off + i) * 7)
	}
	g.off += k
	return k, nil
}

// chunkWriter records the largest single Write.
type chunkWriter struct{ n, max, bad int }

func (w *chunkWriter) Write(p []byte) (int, error) {
	for i, c := range p {
		if c != byte((w.n+i)*7) {
			w.bad++
			break
		}
	}
	w.n += len(p)
	w.max = max(w.max, len(p))
	return len(p), nil
}

// TestLargeRecordStreams seals a 30 MB message from a reader and reads it
// back into a writer: the vault never holds more than a few chunks of it
// (checked at every Read against the chunks already written to Badger), and
// the reader side hands it out chunk by chunk.
func TestLargeRecordStreams(t *testing.T) {
	v, _, _ := newTestVault(t)
	ctx := context.Background()
	const size = 30 << 20
	maxAhead := 0
	r := &genReader{n: size}
	r.onRead = func(off int) {
		written, err := v.s.chunksLeft("big")
		if err != nil {
			t.Fatal(err)
		}
		maxAhead = max(maxAhead, off-written*ChunkSize)
	}
	b := v.NewBatch()
	if err := b.SealReader("big", r, RecordMeta{Kind: "email", Size: size}); err != nil {
		t.Fatal(err)
	}
	mustCommit(t, v, b)
	// Read-ahead of one chunk, the chunk being sealed, and the sealed
	// chunks waiting for their transaction (two per transaction here).
	if limit := 4*ChunkSize + 1; maxAhead > limit {
		t.Errorf("plaintext read ahead of what was written: %d bytes, limit %d", maxAhead, limit)
	}
	if maxAhead < ChunkSize {
		t.Errorf("read-ahead %d: the check did not observe the write-ahead", maxAhead)
	}
	var w chunkWriter
	if _, err := v.OpenRecordTo(ctx, "big", &w); err != nil || w.n != size || w.bad != 0 {
		t.Fatalf("OpenRecordTo: %v, %d bytes, %d bad", err, w.n, w.bad)
	}
	if w.max > ChunkSize {
		t.Errorf("largest write %d bytes: not streamed by chunk", w.max)
	}
	t.Logf("30 MiB record: at most %.1f MiB of plaintext ahead of Badger while sealing; reads in %d KiB writes", float64(maxAhead)/(1<<20), w.max>>10)
}

// TestPutUntil: an expiring key reads as present until its time and absent
// after, to Get and Scan alike; a zero time never expires and a past one is
// absent at once. Badger measures TTLs in wall-clock seconds, so this waits.
func TestPutUntil(t *testing.T) {
	ctx := context.Background()
	v, _, _ := newTestVault(t)
	now := time.Now()
	b := v.NewBatch()
	b.PutUntil(KSMessage, "ttl/soon", []byte("a"), now.Add(time.Second))
	b.PutUntil(KSMessage, "ttl/never", []byte("b"), time.Time{})
	b.PutUntil(KSMessage, "ttl/past", []byte("c"), now.Add(-time.Hour))
	b.PutUntil(KSMessage, "ttl/epoch", []byte("d"), time.Unix(0, 0))
	if err := v.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	keys := func() string {
		var ks []string
		if err := v.Scan(ctx, KSMessage, "ttl/", func(k string, _ []byte) error {
			ks = append(ks, k)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return strings.Join(ks, ",")
	}
	if got := keys(); got != "ttl/never,ttl/soon" {
		t.Fatalf("before expiry: %q", got)
	}
	for _, k := range []string{"ttl/past", "ttl/epoch"} {
		if _, err := v.Get(ctx, KSMessage, k); !errors.Is(err, ErrNotFound) {
			t.Fatalf("%s: %v, want ErrNotFound", k, err)
		}
	}
	time.Sleep(time.Until(now.Truncate(time.Second).Add(2100 * time.Millisecond)))
	if _, err := v.Get(ctx, KSMessage, "ttl/soon"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after expiry: %v, want ErrNotFound", err)
	}
	if got := keys(); got != "ttl/never" {
		t.Fatalf("after expiry: %q", got)
	}
	// PutUntil into a vault keyspace is refused like Put.
	b = v.NewBatch()
	b.PutUntil(KSRecord, "x", []byte("y"), now.Add(time.Hour))
	if err := v.Commit(ctx, b); !errors.Is(err, ErrReserved) {
		t.Fatalf("reserved keyspace: %v", err)
	}
}
