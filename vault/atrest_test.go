package vault_test

import (
	"bytes"
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

// keyspacesOf lists the Keyspace constants declared in vault.go, so a
// keyspace added there and forgotten here fails the test below.
func keyspacesOf(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "vault.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Keyspace" {
				continue
			}
			for _, val := range vs.Values {
				lit, err := strconv.Unquote(val.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, lit)
			}
		}
	}
	if len(out) < 10 {
		t.Fatalf("found only %d keyspaces in vault.go: %v", len(out), out)
	}
	return out
}

// TestNothingPlaintextAtRest writes a marker through every keyspace (plain
// Put for the open ones; Seal, Shred and Audit for the vault's own), in keys
// and in values, small values (memtable log, then SST) and large ones (value
// log). It greps every file of the data dir while the vault is open (the
// memtable log is what a crash leaves) and after Close (flushed SSTs), then
// opens the raw Badger with the at-rest key to prove that every keyspace
// really holds the marker, so the grep was not vacuous.
func TestNothingPlaintextAtRest(t *testing.T) {
	const marker = "ZZMARKER-c0ffee-PHI-7f3a"
	dir := t.TempDir()
	ctx := context.Background()
	master := bytes.Repeat([]byte{3}, 32)
	opts := vault.Options{Dir: dir, MasterKey: master, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	v, err := vault.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	b := v.NewBatch()
	// Open keyspaces take plain values; the vault's own ones (audit, record,
	// data key, chunk, expiry, meta) are written below through Seal, Shred
	// and Audit.
	for _, ks := range []vault.Keyspace{vault.KSLink, vault.KSQueue,
		vault.KSUser, vault.KSPatient, vault.KSConsent, vault.KSSession, vault.KSAPIKey, vault.KSMessage} {
		b.Put(ks, "k-"+marker, []byte("v-"+marker))
	}
	// Larger than Badger's value threshold (1 MiB): goes to the value log.
	b.Put(vault.KSMessage, "large-"+marker, bytes.Repeat([]byte(marker+" "), (1<<20)/len(marker)+100))
	if err := b.Seal("small-"+marker, []byte("body "+marker), vault.RecordMeta{Kind: "email", Expires: now}); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte(marker+" "), 3*vault.ChunkSize/len(marker))
	// Chunks, and the write-ahead marker meta/pend/<id>.
	if err := b.SealReader("big-"+marker, bytes.NewReader(big), vault.RecordMeta{Kind: "email"}); err != nil {
		t.Fatal(err)
	}
	b.Audit(audit.Event{Actor: "user:" + marker, Action: audit.ActAccepted, Objects: []string{"msg:" + marker},
		Recipients: []string{marker + "@patient.test"}, Detail: marker})
	if err := queue.Put(b, &queue.Item{ID: "q1", Channel: queue.ChannelEmail, Kind: queue.KindNotice, To: marker + "@patient.test",
		Data: []byte("Subject: " + marker), Created: now, Due: now}); err != nil {
		t.Fatal(err)
	}
	_, l, err := links.Issue("small-"+marker, "m1", marker+"@patient.test", "email", links.EmailTokenBytes, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := links.Put(b, l); err != nil {
		t.Fatal(err)
	}
	if err := v.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	// A shred tombstone (meta/shred/<id>).
	b = v.NewBatch()
	if err := b.Seal("gone-"+marker, []byte(marker), vault.RecordMeta{Kind: "sms"}); err != nil {
		t.Fatal(err)
	}
	if err := v.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := v.ShredRecord(ctx, "gone-"+marker, "user:"+marker, "cli"); err != nil {
		t.Fatal(err)
	}
	if _, err := users.Add(ctx, v, strings.ToLower(marker)+"@practice.test", "admin", "pw-"+marker+"-long-enough", "cli"); err != nil {
		t.Fatal(err)
	}
	var backup bytes.Buffer
	if err := v.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}

	needles := [][]byte{[]byte(marker), []byte(strings.ToLower(marker))}
	seen := map[string]bool{}
	found, _ := grepDir(t, dir, needles, seen)
	if len(found) > 0 {
		t.Errorf("marker in plaintext while open in %v", found)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	found, _ = grepDir(t, dir, needles, seen)
	if len(found) > 0 {
		t.Errorf("marker in plaintext after close in %v", found)
	}
	for _, ext := range []string{".mem", ".vlog", ".sst"} {
		if !seen[ext] {
			t.Errorf("no %s file was scanned (scanned kinds: %v): the test did not reach that layer", ext, seen)
		}
	}
	for _, n := range needles {
		if bytes.Contains(backup.Bytes(), n) {
			t.Errorf("backup stream contains the marker in plaintext")
		}
	}

	// Control: through the at-rest key, every keyspace holds the marker.
	k, err := hkdf.Key(sha256.New, master, nil, "phigate/badger-at-rest/v1", 32)
	if err != nil {
		t.Fatal(err)
	}
	db, err := badger.Open(badger.DefaultOptions(dir).WithEncryptionKey(k).WithIndexCacheSize(1 << 20).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	has := map[string]bool{}
	err = db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := it.Item().Key()
			val, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			if i := bytes.IndexByte(key, '/'); i > 0 {
				for _, n := range needles {
					if bytes.Contains(key, n) || bytes.Contains(val, n) {
						has[string(key[:i+1])] = true
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, ks := range keyspacesOf(t) {
		if !has[ks] {
			t.Errorf("keyspace %s holds no marker: write one through it above", ks)
		}
	}
}

// grepDir returns the files under dir that contain any needle, and records
// the extensions of the files scanned in seen.
func grepDir(t *testing.T, dir string, needles [][]byte, seen map[string]bool) (found []string, files int) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		if seen != nil {
			seen[filepath.Ext(p)] = true
		}
		hit, err := fileContains(p, needles)
		if err != nil {
			return err
		}
		if hit {
			found = append(found, filepath.Base(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found, files
}

// fileContains reports whether the file at p contains any needle. Badger's
// open logs are sparse files of up to 2 GiB; only their data segments are
// read (SEEK_DATA/SEEK_HOLE), in windows that overlap by a needle's length.
func fileContains(p string, needles [][]byte) (bool, error) {
	f, err := os.Open(p)
	if err != nil {
		return false, err
	}
	defer f.Close()
	const seekData, seekHole = 3, 4 // Linux lseek whence values
	maxN := 0
	for _, n := range needles {
		maxN = max(maxN, len(n))
	}
	buf := make([]byte, 1<<20)
	var off int64
	for {
		start, err := f.Seek(off, seekData)
		if err != nil {
			return false, nil // ENXIO: no data past off
		}
		end, err := f.Seek(start, seekHole)
		if err != nil {
			return false, err
		}
		for pos := start; pos < end; {
			n, err := f.ReadAt(buf[:min(int64(len(buf)), end-pos)], pos)
			if n == 0 && err != nil {
				return false, err
			}
			for _, nd := range needles {
				if bytes.Contains(buf[:n], nd) {
					return true, nil
				}
			}
			if pos+int64(n) >= end {
				break
			}
			pos += int64(n) - int64(maxN) + 1
		}
		off = end
	}
}

// TestGrepControl shows the scan above would find a marker written without
// encryption (Badger's own compression does not hide it).
func TestGrepControl(t *testing.T) {
	const marker = "ZZMARKER-control"
	dir := t.TempDir()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("k"), []byte("v-"+marker)) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if found, _ := grepDir(t, dir, [][]byte{[]byte(marker)}, nil); len(found) == 0 {
		t.Fatal("control: marker not found in an unencrypted Badger dir; the at-rest test proves nothing")
	}
}
