package vault

// Disk space guard.
//
// Badger writes its memtable log and value log through mmap'd files that it
// sizes sparsely up front. When the filesystem runs out of blocks, the next
// store into such a page is not an ENOSPC from write(2) but a SIGBUS that
// kills the process (seen on a 24 MB tmpfs: "unexpected fault address" in
// logFile.writeEntry). So "disk full" must be caught before Badger writes:
// every commit and every direct update first asks the guard, which keeps a
// reserve of free space on the data dir's filesystem (room for the write
// itself, a memtable flush and a compaction) and refuses with an error
// wrapping syscall.ENOSPC, which storageErr turns into ErrTemporary (SMTP
// 452 / HTTP 503 upstream). Nothing is written, so the audit chain and the
// caller's view stay consistent.
//
// The guard cannot stop another process from filling the disk between its
// check and Badger's write, nor Badger's background compaction from needing
// more than the reserve; the reserve is sized so that this takes a disk that
// fills by hundreds of megabytes within a fraction of a second.

import (
	"fmt"
	"sync"
	"syscall"
	"time"
)

// DefaultMinFree is the free space kept in reserve when Options.MinFreeBytes
// is zero: eight memtables (32 MiB each), enough for the memtable being
// written, its flush to a level-0 table and a level-0 compaction.
const DefaultMinFree = 256 << 20

// spaceRecheck bounds how long the guard trusts its last statfs reading.
const spaceRecheck = 100 * time.Millisecond

type spaceGuard struct {
	dir     string
	reserve int64 // < 0: disabled
	statfs  func(dir string) (int64, error)

	mu      sync.Mutex
	checked time.Time
	free    int64 // bytes available at the last statfs
	since   int64 // bytes admitted since then
}

func newSpaceGuard(dir string, reserve int64) *spaceGuard {
	if reserve == 0 {
		reserve = DefaultMinFree
	}
	return &spaceGuard{dir: dir, reserve: reserve, statfs: statfsAvail}
}

func statfsAvail(dir string) (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, err
	}
	// Bavail, not Bfree: blocks reserved for root are not ours to plan with.
	return int64(st.Bavail) * int64(st.Bsize), nil
}

// admit reports whether n more bytes may be written. Each admitted byte is
// counted twice (memtable log, then the level-0 table it is flushed to)
// against the last statfs reading, which is refreshed every spaceRecheck and
// whenever the estimate comes within twice the reserve.
func (g *spaceGuard) admit(n int64) error {
	if g == nil || g.reserve < 0 {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	est := g.free - 2*(g.since+n)
	if g.checked.IsZero() || time.Since(g.checked) > spaceRecheck || est < 2*g.reserve {
		free, err := g.statfs(g.dir)
		if err != nil {
			return fmt.Errorf("free space of %s: %w", g.dir, err)
		}
		g.free, g.since, g.checked = free, 0, time.Now()
		est = free - 2*n
	}
	if est < g.reserve {
		return fmt.Errorf("disk nearly full: %d bytes free under %s, %d kept in reserve, %d to write: %w",
			g.free-2*g.since, g.dir, g.reserve, n, syscall.ENOSPC)
	}
	g.since += n
	return nil
}
