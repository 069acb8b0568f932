package vault

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// TestSweepReclaimsValueLog shreds large records and checks that a sweep
// rewrites the value-log files that held their chunks, so the space (and
// the ciphertext) does not stay on disk.
func TestSweepReclaimsValueLog(t *testing.T) {
	old := tuneBadger
	tuneBadger = func(o badger.Options) badger.Options {
		// small files, and compaction as soon as level 0 has two tables
		return o.WithValueLogFileSize(2 << 20).WithNumLevelZeroTables(1).WithNumLevelZeroTablesStall(4)
	}
	defer func() { tuneBadger = old }()

	dir := t.TempDir()
	opts := Options{Dir: dir, MasterKey: bytes.Repeat([]byte{4}, 32), Logger: quietLogger(), MinFreeBytes: -1}
	ctx := context.Background()
	v, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("x"), 3*ChunkSize+100)
	for _, id := range []string{"keep", "gone1", "gone2", "gone3"} {
		b := v.NewBatch()
		if err := b.Seal(id, big, RecordMeta{Kind: "email"}); err != nil {
			t.Fatal(err)
		}
		if err := v.Commit(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	// Each close flushes the memtable into its own level-0 table: one
	// with the chunks, one with the shreds.
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if v, err = Open(ctx, opts); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"gone1", "gone2", "gone3"} {
		if err := v.ShredRecord(ctx, id, "test", "cli"); err != nil {
			t.Fatal(err)
		}
	}
	vlogFiles := func() int {
		files, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
		return len(files)
	}
	// Compaction is what tells Badger which value-log entries are dead.
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if v, err = Open(ctx, opts); err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	// A second level-0 table (the shreds) makes the compactor merge the
	// two, dropping the dead chunks and counting them against their files.
	if err := v.s.db.Flatten(1); err != nil {
		t.Fatal(err)
	}
	before := vlogFiles()
	st, err := v.Sweep(ctx, v.Now())
	if err != nil {
		t.Fatal(err)
	}
	after := vlogFiles()
	t.Logf("value log files %d -> %d, %d rewritten", before, after, st.ValueLogRewrites)
	if st.ValueLogRewrites == 0 || after >= before {
		t.Errorf("sweep reclaimed nothing: %d rewrites, %d -> %d files", st.ValueLogRewrites, before, after)
	}
	if got, _, err := v.OpenRecord(ctx, "keep"); err != nil || !bytes.Equal(got, big) {
		t.Fatalf("surviving record after value-log GC: %v", err)
	}
}
