package vault_test

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
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

// TestNothingPlaintextAtRest writes a marker through every keyspace, the
// audit chain, a sealed record (small and chunked), users, queue and links,
// closes the vault, and checks that no file in the data dir contains it.
func TestNothingPlaintextAtRest(t *testing.T) {
	const marker = "ZZMARKER-c0ffee-PHI-7f3a"
	dir := t.TempDir()
	ctx := context.Background()
	opts := vault.Options{Dir: dir, MasterKey: bytes.Repeat([]byte{3}, 32),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	v, err := vault.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	b := v.NewBatch()
	// Open keyspaces take plain values; the vault's own ones (audit, record,
	// data key, chunk, expiry, meta) are written below through Seal and Audit.
	for _, ks := range []vault.Keyspace{vault.KSLink, vault.KSQueue,
		vault.KSUser, vault.KSPatient, vault.KSConsent, vault.KSSession, vault.KSAPIKey, vault.KSMessage} {
		b.Put(ks, "k-"+marker, []byte("v-"+marker))
	}
	if err := b.Seal("small-"+marker, []byte("body "+marker), vault.RecordMeta{Kind: "email", Expires: now}); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte(marker+" "), 3*vault.ChunkSize/len(marker))
	if err := b.Seal("big", big, vault.RecordMeta{Kind: "email"}); err != nil {
		t.Fatal(err)
	}
	b.Audit(audit.Event{Actor: "user:" + marker, Action: audit.ActAccepted, Recipients: []string{marker + "@patient.test"}, Detail: marker})
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
	if _, err := users.Add(ctx, v, strings.ToLower(marker)+"@practice.test", "admin", "pw-"+marker+"-long-enough", "cli"); err != nil {
		t.Fatal(err)
	}
	var backup bytes.Buffer
	if err := v.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}

	needles := [][]byte{[]byte(marker), []byte(strings.ToLower(marker))}
	if found, files := grepDir(t, dir, needles); len(found) > 0 || files < 3 {
		t.Errorf("marker in plaintext in %v (%d files scanned)", found, files)
	}
	for _, n := range needles {
		if bytes.Contains(backup.Bytes(), n) {
			t.Errorf("backup stream contains the marker in plaintext")
		}
	}
}

// grepDir returns the files under dir that contain any needle.
func grepDir(t *testing.T, dir string, needles [][]byte) (found []string, files int) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		for _, n := range needles {
			if bytes.Contains(raw, n) {
				found = append(found, filepath.Base(p))
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found, files
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
	if found, _ := grepDir(t, dir, [][]byte{[]byte(marker)}); len(found) == 0 {
		t.Fatal("control: marker not found in an unencrypted Badger dir; the at-rest test proves nothing")
	}
}
