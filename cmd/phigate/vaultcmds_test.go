package main

import (
	"bytes"
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
)

var cliKey = bytes.Repeat([]byte{5}, 32)

type cliEnv struct {
	dataDir string
	environ []string
}

func newCLIEnv(t *testing.T) *cliEnv {
	dir := t.TempDir()
	return &cliEnv{dataDir: dir, environ: []string{
		"PHIGATE_DATA_DIR=" + dir,
		"PHIGATE_MASTER_KEY=" + base64.StdEncoding.EncodeToString(cliKey),
		"PHIGATE_LOG_LEVEL=error",
	}}
}

// phigate runs the CLI with stdin and returns exit status, stdout, stderr.
func (e *cliEnv) phigate(t *testing.T, stdin []byte, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errb, Environ: e.environ}
	code := run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

// vault opens the CLI's vault directly to set up or inspect state.
func (e *cliEnv) vault(t *testing.T) *vault.Vault {
	t.Helper()
	v, err := vault.Open(context.Background(), vault.Options{Dir: e.dataDir + "/db", MasterKey: cliKey,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// populate seals n records and writes n audit events, one per hour from t0.
func (e *cliEnv) populate(t *testing.T, n int, t0 time.Time) {
	t.Helper()
	v := e.vault(t)
	defer v.Close()
	for i := 0; i < n; i++ {
		b := v.NewBatch()
		if err := b.Seal(fmt.Sprint("rec", i), []byte(fmt.Sprint("secret ", i)), vault.RecordMeta{Kind: "email"}); err != nil {
			t.Fatal(err)
		}
		b.Audit(audit.Event{Time: t0.Add(time.Duration(i) * time.Hour), Actor: "ip:192.0.2.1", Action: audit.ActRewritten,
			Objects: []string{fmt.Sprint("rec:rec", i)}, Detail: "=cmd()"})
		if err := v.Commit(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
}

// rawBadger opens the data dir's Badger with the documented at-rest key
// derivation, as an attacker holding the master key (or a disk fault) could.
func (e *cliEnv) rawBadger(t *testing.T, fn func(txn *badger.Txn) error) {
	t.Helper()
	k, err := hkdf.Key(sha256.New, cliKey, nil, "phigate/badger-at-rest/v1", 32)
	if err != nil {
		t.Fatal(err)
	}
	db, err := badger.Open(badger.DefaultOptions(e.dataDir + "/db").WithEncryptionKey(k).WithIndexCacheSize(1 << 20).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func auditKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(vault.KSAudit), seq)
}

func TestKeysCommands(t *testing.T) {
	e := newCLIEnv(t)
	e.populate(t, 3, time.Now())
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"keys", "list"}, 0, "1        "},
		{[]string{"keys", "rotate"}, 0, "version 2 is now active"},
		{[]string{"keys", "list"}, 0, "2        "},
		{[]string{"keys", "rewrap"}, 0, "rewrapped 3 data keys; all are now under key-encryption key version 2"},
		{[]string{"keys", "rewrap"}, 0, "rewrapped 0 data keys"},
		{[]string{"keys"}, 2, ""},
		{[]string{"keys", "bogus"}, 2, ""},
		{[]string{"keys", "list", "extra"}, 2, ""},
	}
	for _, s := range steps {
		code, out, errOut := e.phigate(t, nil, s.args...)
		if code != s.code || !strings.Contains(out, s.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", s.args, code, out, errOut, s.code, s.want)
		}
	}
	_, out, _ := e.phigate(t, nil, "keys", "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasSuffix(lines[1], " 0") || !strings.HasSuffix(lines[2], " 3") || !strings.Contains(lines[2], "yes") {
		t.Errorf("keys list after rewrap:\n%s", out)
	}
	v := e.vault(t)
	defer v.Close()
	for i := 0; i < 3; i++ {
		if pt, _, err := v.OpenRecord(context.Background(), fmt.Sprint("rec", i)); err != nil || string(pt) != fmt.Sprint("secret ", i) {
			t.Errorf("rec%d after rewrap: %v", i, err)
		}
	}
}

func TestAuditVerifyCommand(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(t *testing.T, e *cliEnv)
		code   int
		want   string
	}{
		{"intact", func(*testing.T, *cliEnv) {}, 0, "audit chain intact: 5 entries"},
		{"changed", func(t *testing.T, e *cliEnv) {
			e.rawBadger(t, func(txn *badger.Txn) error {
				it, err := txn.Get(auditKey(3))
				if err != nil {
					return err
				}
				val, _ := it.ValueCopy(nil)
				return txn.Set(auditKey(3), bytes.Replace(val, []byte("192.0.2.1"), []byte("192.0.2.9"), 1))
			})
		}, exitBroken, "first bad entry 3"},
		{"removed", func(t *testing.T, e *cliEnv) {
			e.rawBadger(t, func(txn *badger.Txn) error { return txn.Delete(auditKey(2)) })
		}, exitBroken, "first bad entry 2"},
		{"corrupted", func(t *testing.T, e *cliEnv) {
			e.rawBadger(t, func(txn *badger.Txn) error { return txn.Set(auditKey(4), []byte("{garbage")) })
		}, exitBroken, "first bad entry 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newCLIEnv(t)
			e.populate(t, 5, time.Now())
			tc.tamper(t, e)
			code, out, errOut := e.phigate(t, nil, "audit", "verify")
			if code != tc.code || !strings.Contains(out, tc.want) {
				t.Errorf("exit %d stdout %q stderr %q; want %d and %q", code, out, errOut, tc.code, tc.want)
			}
			if tc.code == 0 && !strings.Contains(out, "checkpoint: seq 5 head ") {
				t.Errorf("no checkpoint: %q", out)
			}
		})
	}
}

func TestAuditExportCommand(t *testing.T) {
	e := newCLIEnv(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e.populate(t, 6, t0)
	code, out, errOut := e.phigate(t, nil, "audit", "export", "--since", "2026-01-01T02:00:00Z", "--until", "2026-01-01T05:00:00Z")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 || !strings.HasPrefix(lines[0], `{"seq":3,"time":"2026-01-01T02:00:00.000000000Z"`) {
		t.Fatalf("jsonl: exit %d %q %q", code, out, errOut)
	}
	for _, l := range lines {
		if _, err := audit.Decode([]byte(l)); err != nil {
			t.Errorf("exported line does not decode/verify: %v", err)
		}
	}
	code, out, _ = e.phigate(t, nil, "audit", "export", "--format", "csv", "--since", "2026-01-01")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 7 || rows[0][0] != "seq" || rows[1][3] != audit.ActRewritten || rows[1][9] != "'=cmd()" {
		t.Errorf("csv: exit %d %v %q", code, err, rows)
	}
	for _, bad := range [][]string{{"--since", "yesterday"}, {"--format", "xml"}} {
		if code, _, _ := e.phigate(t, nil, append([]string{"audit", "export"}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

func TestBackupRestoreCommands(t *testing.T) {
	src := newCLIEnv(t)
	src.populate(t, 4, time.Now())
	code, backup, errOut := src.phigate(t, nil, "backup")
	if code != 0 || len(backup) < 100 || !strings.Contains(errOut, "backup written") {
		t.Fatalf("backup: exit %d, %d bytes, %q", code, len(backup), errOut)
	}
	if strings.Contains(backup, "secret") || strings.Contains(backup, "192.0.2.1") {
		t.Error("backup holds plaintext")
	}

	dst := newCLIEnv(t)
	code, out, errOut := dst.phigate(t, []byte(backup), "restore")
	if code != 0 || !strings.Contains(out, "audit chain intact: 4 entries") {
		t.Fatalf("restore: exit %d %q %q", code, out, errOut)
	}
	v := dst.vault(t)
	if pt, _, err := v.OpenRecord(context.Background(), "rec3"); err != nil || string(pt) != "secret 3" {
		t.Errorf("restored record: %v", err)
	}
	v.Close()
	if code, _, errOut := dst.phigate(t, []byte(backup), "restore"); code != 1 || !strings.Contains(errOut, "empty data dir") {
		t.Errorf("restore over data: exit %d %q", code, errOut)
	}

	trunc := newCLIEnv(t)
	if code, _, errOut := trunc.phigate(t, []byte(backup[:len(backup)-40]), "restore"); code != 1 || !strings.Contains(errOut, "truncated") {
		t.Errorf("truncated: exit %d %q", code, errOut)
	}
	wrong := newCLIEnv(t)
	wrong.environ[1] = "PHIGATE_MASTER_KEY=" + base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{6}, 32))
	if code, _, errOut := wrong.phigate(t, []byte(backup), "restore"); code != 1 || !strings.Contains(errOut, "different master key") {
		t.Errorf("wrong key: exit %d %q", code, errOut)
	}
}

func TestVaultShredCommand(t *testing.T) {
	e := newCLIEnv(t)
	e.populate(t, 2, time.Now())
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"vault", "shred", "--record", "rec1"}, 0, "record rec1 shredded"},
		{[]string{"vault", "shred", "--record", "rec1"}, 0, "already shredded"},
		{[]string{"vault", "shred", "--record", "nope"}, 1, ""},
		{[]string{"vault", "shred"}, 2, ""},
		{[]string{"vault"}, 2, ""},
	}
	for _, s := range steps {
		code, out, errOut := e.phigate(t, nil, s.args...)
		if code != s.code || !strings.Contains(out, s.want) {
			t.Errorf("%v: exit %d %q %q", s.args, code, out, errOut)
		}
	}
	v := e.vault(t)
	defer v.Close()
	if _, _, err := v.OpenRecord(context.Background(), "rec0"); err != nil {
		t.Errorf("rec0: %v", err)
	}
	var last audit.Event
	_ = v.AuditExport(context.Background(), time.Time{}, time.Time{}, func(ev audit.Event) error { last = ev; return nil })
	if last.Action != audit.ActShredded || last.Actor != "cli" || last.Objects[0] != "rec:rec1" {
		t.Errorf("audit: %+v", last)
	}
}
