//go:build linux

package vault

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/phigate/phigate/vault/audit"
)

// mountTmpfs mounts a tmpfs of size MiB on a fresh directory and unmounts
// it at cleanup. It skips the test where mounting is not permitted (not
// root, or no CAP_SYS_ADMIN in this sandbox).
func mountTmpfs(t *testing.T, mib int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%dm,mode=0700", mib)); err != nil {
		t.Skipf("cannot mount a %d MiB tmpfs here (%v): the real disk-full test needs root or CAP_SYS_ADMIN; "+
			"TestCommitFailureIsTemporaryAndLeavesNoTrace covers the failure path with an injected error", mib, err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

func writeBallast(t *testing.T, path string, n int) {
	t.Helper()
	if err := os.WriteFile(path, bytes.Repeat([]byte{0xa5}, n), 0o600); err != nil {
		t.Fatalf("ballast: %v", err)
	}
}

// TestDiskFullRealFilesystem fills a real (tmpfs) filesystem from 20
// concurrent writers until commits fail, then checks that every failure is
// a temporary one wrapping ENOSPC, that every acknowledged commit is there
// and no refused one is, that a large record's write-ahead is refused too,
// and that after space is freed the audit sequencer continues the chain and
// everything survives a reopen. Without the free-space guard this test
// dies of SIGBUS inside Badger (its logs are written through mmap).
func TestDiskFullRealFilesystem(t *testing.T) {
	mnt := mountTmpfs(t, 96)
	ballast := filepath.Join(mnt, "ballast")
	writeBallast(t, ballast, 40<<20)
	dir := filepath.Join(mnt, "db")
	clk := newClock()
	opts := testOpts(dir, clk)
	opts.MinFreeBytes = 32 << 20 // room for the memtable's flush at Close
	ctx := context.Background()
	v, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { v.Close() }()

	payload := randBytes(10 << 10)
	var (
		mu       sync.Mutex
		acked    []string
		refused  []string
		otherErr []error
		wg       sync.WaitGroup
	)
	for w := 0; w < 20; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				id := fmt.Sprintf("w%02d-%05d", w, i)
				b := v.NewBatch()
				if err := b.Seal(id, payload, RecordMeta{Kind: "email"}); err != nil {
					mu.Lock()
					otherErr = append(otherErr, err)
					mu.Unlock()
					return
				}
				b.Put(KSQueue, id, []byte("item"))
				b.Audit(audit.Event{Actor: "ip:192.0.2.1", Action: audit.ActRewritten, Objects: []string{"rec:" + id}})
				err := v.Commit(ctx, b)
				mu.Lock()
				switch {
				case err == nil:
					acked = append(acked, id)
				case errors.Is(err, ErrTemporary) && errors.Is(err, syscall.ENOSPC):
					refused = append(refused, id)
				default:
					otherErr = append(otherErr, err)
				}
				mu.Unlock()
				if err != nil || i > 20000 {
					return
				}
			}
		}(w)
	}
	wg.Wait()
	if len(otherErr) > 0 {
		t.Fatalf("%d commits failed with something other than a temporary disk-full error, first: %v", len(otherErr), otherErr[0])
	}
	if len(refused) != 20 || len(acked) < 100 {
		t.Fatalf("%d acknowledged, %d refused: the filesystem never filled up (want every writer refused once)", len(acked), len(refused))
	}
	t.Logf("%d commits acknowledged before the disk filled, %d refused", len(acked), len(refused))

	// A large record's write-ahead is refused as well.
	b := v.NewBatch()
	err = b.SealReader("big", bytes.NewReader(randBytes(3*ChunkSize)), RecordMeta{Kind: "email"})
	if !errors.Is(err, ErrTemporary) || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("write-ahead on a full disk: %v", err)
	}

	check := func(v *Vault, extra uint64) {
		t.Helper()
		for _, id := range acked {
			if pt, _, err := v.OpenRecord(ctx, id); err != nil || !bytes.Equal(pt, payload) {
				t.Fatalf("acknowledged record %s: %v", id, err)
			}
		}
		for _, id := range refused {
			if _, _, err := v.OpenRecord(ctx, id); !errors.Is(err, ErrNotFound) {
				t.Errorf("refused record %s: %v, want ErrNotFound", id, err)
			}
			if _, err := v.Get(ctx, KSQueue, id); !errors.Is(err, ErrNotFound) {
				t.Errorf("refused queue item %s: %v", id, err)
			}
		}
		if n, _, err := v.AuditVerify(ctx, nil); err != nil || n != uint64(len(acked))+extra {
			t.Fatalf("audit verify: %d entries, %v; want %d", n, err, uint64(len(acked))+extra)
		}
	}
	check(v, 0)

	// A vault on a full disk still opens (for audit verify, export and
	// backup) and keeps refusing writes: here the default reserve exceeds
	// the whole filesystem. The write-ahead marker of "big" cannot be swept
	// at open and must not stop it.
	if err := v.Close(); err != nil {
		t.Fatalf("close on a full disk: %v", err)
	}
	full := opts
	full.MinFreeBytes = 0
	if v, err = Open(ctx, full); err != nil {
		t.Fatalf("open on a full disk: %v", err)
	}
	check(v, 0)
	b = v.NewBatch()
	b.Audit(audit.Event{Actor: "system", Action: audit.ActDelivered})
	if err := v.Commit(ctx, b); !errors.Is(err, ErrTemporary) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("commit on a full disk after reopen: %v", err)
	}
	// A backup still works; a restore onto the full disk refuses to start.
	var bk bytes.Buffer
	if err := v.Backup(ctx, &bk); err != nil {
		t.Fatalf("backup on a full disk: %v", err)
	}
	ro := full
	ro.Dir = filepath.Join(mnt, "restored")
	if err := Restore(ctx, ro, bytes.NewReader(bk.Bytes())); !errors.Is(err, ErrTemporary) || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("restore onto a full disk: %v", err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if v, err = Open(ctx, opts); err != nil {
		t.Fatal(err)
	}

	// Free space: the sequencer carries on from the last durable entry.
	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	b = v.NewBatch()
	b.Audit(audit.Event{Actor: "system", Action: audit.ActDelivered})
	if err := v.Commit(ctx, b); err != nil {
		t.Fatalf("commit after freeing space: %v", err)
	}
	if b.events[0].Seq != uint64(len(acked))+1 {
		t.Errorf("seq after recovery = %d, want %d", b.events[0].Seq, len(acked)+1)
	}
	check(v, 1)
	if err := v.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	v, err = Open(ctx, opts)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	check(v, 1)
}

// TestSpaceGuard checks the guard's arithmetic against a fake statfs.
func TestSpaceGuard(t *testing.T) {
	tests := []struct {
		name    string
		free    int64
		reserve int64
		writes  []int64
		wantOK  []bool
	}{
		{"plenty", 1 << 30, 1 << 20, []int64{1 << 20, 1 << 20}, []bool{true, true}},
		{"exactly at reserve", 3 << 20, 1 << 20, []int64{1 << 20}, []bool{true}},
		{"would cross reserve", 3 << 20, 1 << 20, []int64{1<<20 + 1}, []bool{false}},
		// Each admitted byte really uses one byte; the guard counts two.
		{"runs down", 10 << 20, 2 << 20, []int64{2 << 20, 2 << 20, 2 << 20, 1 << 20, 1 << 20}, []bool{true, true, true, true, false}},
		{"disabled", 0, -1, []int64{1 << 40}, []bool{true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var used int64
			g := &spaceGuard{dir: "/x", reserve: tc.reserve, statfs: func(string) (int64, error) { return tc.free - used, nil }}
			for i, n := range tc.writes {
				err := g.admit(n)
				if err == nil {
					used += n
				}
				if (err == nil) != tc.wantOK[i] {
					t.Errorf("write %d of %d bytes: %v, want ok=%v", i, n, err, tc.wantOK[i])
				}
				if err != nil && !errors.Is(err, syscall.ENOSPC) {
					t.Errorf("refusal does not wrap ENOSPC: %v", err)
				}
			}
		})
	}
	g := &spaceGuard{dir: "/x", reserve: 1, statfs: func(string) (int64, error) { return 0, syscall.EIO }}
	if err := g.admit(1); !errors.Is(err, syscall.EIO) {
		t.Errorf("statfs failure: %v", err)
	}
}
