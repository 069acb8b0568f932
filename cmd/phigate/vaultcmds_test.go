package main

import (
	"bytes"
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
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
	if code, _, errOut := dst.phigate(t, []byte(backup), "restore"); code != 1 || !strings.Contains(errOut, "empty data dir") || !strings.Contains(errOut, "restore into a new data_dir") {
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

// phigateIO runs the CLI with the given streams (real files, pipes or a
// pseudo-terminal) and returns the exit status.
func (e *cliEnv) phigateIO(t *testing.T, stdin io.Reader, stdout, stderr io.Writer, args ...string) int {
	t.Helper()
	return run(context.Background(), &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Environ: e.environ}, args)
}

// writeConfig writes a config file naming the env's data dir plus extra
// YAML, for --config.
func (e *cliEnv) writeConfig(t *testing.T, extra string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "phigate.yaml")
	if err := os.WriteFile(p, []byte("data_dir: "+e.dataDir+"\n"+extra), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFreshDataDirDevKey runs every vault command on a fresh data dir with
// no master key configured: the development key is generated 0600 with a
// warning that no log level hides, and each command works.
func TestFreshDataDirDevKey(t *testing.T) {
	for _, level := range []string{"info", "error"} {
		t.Run("log_level="+level, func(t *testing.T) {
			e := &cliEnv{dataDir: filepath.Join(t.TempDir(), "data")}
			cfg := e.writeConfig(t, "log_level: "+level+"\n")
			steps := []struct {
				args []string
				code int
				out  string
			}{
				{[]string{"keys", "list", "--config", cfg}, 0, "1        "},
				{[]string{"audit", "verify", "--config", cfg}, 0, "audit chain intact: 0 entries"},
				{[]string{"audit", "export", "--config", cfg}, 0, ""},
				{[]string{"audit", "export", "--format", "csv", "--config", cfg}, 0, "seq,time,actor,action,channel,objects,recipients,categories,outcome,detail,prev,hash\n"},
				{[]string{"keys", "rotate", "--config", cfg}, 0, "version 2 is now active"},
				{[]string{"keys", "rewrap", "--config", cfg}, 0, "rewrapped 0 data keys"},
				{[]string{"vault", "shred", "--record", "nope", "--config", cfg}, 1, ""},
				{[]string{"audit", "verify", "--config", cfg}, 0, "audit chain intact: 1 entries"},
			}
			for i, s := range steps {
				code, out, errOut := e.phigate(t, nil, s.args...)
				if code != s.code || !strings.Contains(out, s.out) {
					t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", s.args, code, out, errOut, s.code, s.out)
				}
				if !strings.Contains(errOut, "DEVELOPMENT MASTER KEY") {
					t.Errorf("%v: no development key warning in %q", s.args, errOut)
				}
				if i == 0 {
					st, err := os.Stat(filepath.Join(e.dataDir, vault.DevKeyFile))
					if err != nil || st.Mode().Perm() != 0o600 {
						t.Fatalf("dev key: %v, mode %v", err, st.Mode().Perm())
					}
				}
			}
			var buf bytes.Buffer
			if code := e.phigateIO(t, nil, &buf, io.Discard, "backup", "--config", cfg); code != 0 || buf.Len() < 100 {
				t.Errorf("backup of a fresh vault: exit %d, %d bytes", code, buf.Len())
			}
		})
	}
}

// TestMasterKeyRefusals: phigate refuses to open the vault, saying why,
// when the master key is unsafe or wrong.
func TestMasterKeyRefusals(t *testing.T) {
	good := base64.StdEncoding.EncodeToString(cliKey)
	tests := []struct {
		name    string
		env     string // PHIGATE_MASTER_KEY
		file    string // key file content ("" = none)
		mode    os.FileMode
		errHas  []string
		created bool // the data dir already holds a vault made with cliKey
	}{
		{"key file 0644", "", good, 0o644, []string{"vault.master_key_file", "master.b64", "mode 0644", "must be 0600", "chmod 600"}, false},
		{"key file not base64", "", "secret", 0o600, []string{"vault.master_key_file", "not valid base64"}, false},
		{"env not base64", "%%%", "", 0, []string{"PHIGATE_MASTER_KEY", "not valid base64"}, false},
		{"env 31 bytes", base64.StdEncoding.EncodeToString(cliKey[:31]), "", 0, []string{"PHIGATE_MASTER_KEY", "31 bytes, want 32"}, false},
		{"wrong key for the data dir", base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{9}, 32)), "", 0, []string{"master key does not match this data dir"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newCLIEnv(t)
			if tc.created {
				e.populate(t, 1, time.Now())
			}
			e.environ = []string{"PHIGATE_LOG_LEVEL=error"}
			if tc.env != "" {
				e.environ = append(e.environ, "PHIGATE_MASTER_KEY="+tc.env)
			}
			extra := ""
			if tc.file != "" {
				kf := filepath.Join(t.TempDir(), "master.b64")
				if err := os.WriteFile(kf, []byte(tc.file), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(kf, tc.mode); err != nil {
					t.Fatal(err)
				}
				extra = "vault:\n  master_key_file: " + kf + "\n"
			}
			cfg := e.writeConfig(t, extra)
			code, _, errOut := e.phigate(t, nil, "audit", "verify", "--config", cfg)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			for _, s := range tc.errHas {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr %q does not mention %q", errOut, s)
				}
			}
			if !tc.created {
				if _, err := os.Stat(filepath.Join(e.dataDir, "db")); !os.IsNotExist(err) {
					t.Errorf("a vault was created despite the refusal: %v", err)
				}
			}
		})
	}
}

// TestAuditVerifyCommandReorderInsert adds the reordered and inserted cases.
func TestAuditVerifyCommandReorderInsert(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(txn *badger.Txn) error
		want   string
	}{
		{"reordered", func(txn *badger.Txn) error {
			a, err := txn.Get(auditKey(2))
			if err != nil {
				return err
			}
			b, err := txn.Get(auditKey(3))
			if err != nil {
				return err
			}
			av, _ := a.ValueCopy(nil)
			bv, _ := b.ValueCopy(nil)
			if err := txn.Set(auditKey(2), bv); err != nil {
				return err
			}
			return txn.Set(auditKey(3), av)
		}, "first bad entry 2"},
		{"inserted at the end", func(txn *badger.Txn) error {
			it, err := txn.Get(auditKey(5))
			if err != nil {
				return err
			}
			v5, _ := it.ValueCopy(nil)
			e5, err := audit.Decode(v5)
			if err != nil {
				return err
			}
			var h5 [32]byte
			copy(h5[:], e5.Hash)
			forged := audit.Event{Time: e5.Time, Actor: "user:evil", Action: audit.ActDelivered}
			val, _ := audit.Encode(nil, &forged, 6, h5)
			return txn.Set(auditKey(6), val)
		}, "first bad entry 6"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newCLIEnv(t)
			e.populate(t, 5, time.Now())
			e.rawBadger(t, tc.tamper)
			code, out, errOut := e.phigate(t, nil, "audit", "verify")
			if code == 0 || !strings.Contains(out, tc.want) {
				t.Errorf("exit %d stdout %q stderr %q; want non-zero and %q", code, out, errOut, tc.want)
			}
		})
	}
}

func TestAuditExportDates(t *testing.T) {
	e := newCLIEnv(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e.populate(t, 60, t0) // hourly: 2026-01-01T00 .. 2026-01-03T11
	tests := []struct {
		args  []string
		lines int
		first string
	}{
		{[]string{"--since", "2026-01-02"}, 36, `{"seq":25,`},
		{[]string{"--until", "2026-01-02"}, 24, `{"seq":1,`},
		{[]string{"--since", "2026-01-01", "--until", "2026-01-01T03:00:00+01:00"}, 2, `{"seq":1,`},
		{[]string{"--since", "2026-01-03T10:30:00.5Z"}, 1, `{"seq":60,`},
	}
	for _, tc := range tests {
		code, out, errOut := e.phigate(t, nil, append([]string{"audit", "export"}, tc.args...)...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != tc.lines || !strings.HasPrefix(lines[0], tc.first) {
			t.Errorf("%v: exit %d, %d lines (want %d), first %.20q, stderr %q", tc.args, code, len(lines), tc.lines, lines[0], errOut)
		}
	}
	_, out, _ := e.phigate(t, nil, "audit", "export", "--format", "csv", "--until", "2026-01-01T01:00:00Z")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 || strings.Join(rows[0], ",") != "seq,time,actor,action,channel,objects,recipients,categories,outcome,detail,prev,hash" ||
		rows[1][0] != "1" || rows[1][6] != "" || rows[1][10] != base64.StdEncoding.EncodeToString(make([]byte, 32)) {
		t.Errorf("csv: %v %q", err, rows)
	}
	if code, _, errOut := e.phigate(t, nil, "audit", "export", "--until", "01/02/2026"); code != 2 || !strings.Contains(errOut, "RFC 3339") {
		t.Errorf("bad date: exit %d %q", code, errOut)
	}
}

// TestKeysRewrapResumesCommand: a rewrap interrupted after its first step
// (through the API, as a killed process would leave it) is finished by the
// command, and keys list shows the counts at each point.
func TestKeysRewrapResumesCommand(t *testing.T) {
	e := newCLIEnv(t)
	e.populate(t, 600, time.Now())
	if code, _, errOut := e.phigate(t, nil, "keys", "rotate"); code != 0 {
		t.Fatal(errOut)
	}
	v := e.vault(t)
	ctx, cancel := context.WithCancel(context.Background())
	n, err := v.Rewrap(ctx, "cli", func(done, _ int) {
		if done > 0 {
			cancel()
		}
	})
	cancel()
	v.Close()
	if n != 256 || err == nil {
		t.Fatalf("interrupted rewrap: %d %v", n, err)
	}
	listed := func() string {
		_, out, _ := e.phigate(t, nil, "keys", "list")
		var counts []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			f := strings.Fields(l)
			counts = append(counts, f[0]+":"+f[len(f)-1])
		}
		return strings.Join(counts, " ")
	}
	if got := listed(); got != "1:344 2:256" {
		t.Errorf("keys list after interruption: %s", got)
	}
	code, out, errOut := e.phigate(t, nil, "keys", "rewrap")
	if code != 0 || !strings.Contains(out, "rewrapped 344 data keys; all are now under key-encryption key version 2") {
		t.Fatalf("resumed: exit %d %q %q", code, out, errOut)
	}
	if got := listed(); got != "1:0 2:600" {
		t.Errorf("keys list after resume: %s", got)
	}
}

// TestVaultShredRevokesLinks: vault shred withdraws the message like a
// revocation in the portal: its links are revoked in the same commit.
func TestVaultShredRevokesLinks(t *testing.T) {
	e := newCLIEnv(t)
	v := e.vault(t)
	now := time.Now().UTC()
	b := v.NewBatch()
	if err := b.Seal("m1", []byte("secret"), vault.RecordMeta{Kind: "email", Created: now, Expires: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	var toks []string
	for _, r := range []string{"a@example.test", "b@example.test"} {
		tok, l, err := links.Issue("m1", "msg1", r, "email", links.EmailTokenBytes, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if err := links.Put(b, l); err != nil {
			t.Fatal(err)
		}
		toks = append(toks, tok)
	}
	if err := v.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	v.Close()
	code, out, errOut := e.phigate(t, nil, "vault", "shred", "--record", "m1")
	if code != 0 || !strings.Contains(out, "record m1 shredded") || !strings.Contains(out, "2 links revoked") {
		t.Fatalf("exit %d %q %q", code, out, errOut)
	}
	v = e.vault(t)
	defer v.Close()
	for _, tok := range toks {
		if l, err := links.Lookup(context.Background(), v, tok); err != nil || !l.Revoked {
			t.Errorf("link not revoked: %v", err)
		}
	}
	if _, _, err := v.OpenRecord(context.Background(), "m1"); !errors.Is(err, vault.ErrShredded) {
		t.Errorf("record: %v", err)
	}
}

// openPTY returns the terminal end of a fresh pseudo-terminal, a function
// that types into it, and one that closes it and returns everything written
// to it.
func openPTY(t *testing.T) (tty *os.File, output func() string) {
	tty, _, output = openPTYTyping(t)
	return tty, output
}

func openPTYTyping(t *testing.T) (tty *os.File, typeIn func(string), output func() string) {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	ioctl := func(req uintptr, arg unsafe.Pointer) {
		if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), req, uintptr(arg)); errno != 0 {
			t.Skipf("pty ioctl: %v", errno)
		}
	}
	var unlock int32
	ioctl(syscall.TIOCSPTLCK, unsafe.Pointer(&unlock))
	var n uint32
	ioctl(syscall.TIOCGPTN, unsafe.Pointer(&n))
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pty: %v", err)
	}
	var buf bytes.Buffer
	done := make(chan struct{})
	go func() {
		_, _ = io.Copy(&buf, ptm) // ends with EIO once tty is closed
		close(done)
	}()
	typeIn = func(s string) {
		if _, err := ptm.WriteString(s); err != nil {
			t.Fatal(err)
		}
	}
	return tty, typeIn, func() string {
		tty.Close()
		<-done
		ptm.Close()
		return buf.String()
	}
}

// TestProgressOnlyOnTerminal: progress lines appear when stderr is a
// terminal and never when it is a pipe or a file; backup refuses a terminal
// on stdout and restore one on stdin, but /dev/null is no terminal.
func TestProgressOnlyOnTerminal(t *testing.T) {
	e := newCLIEnv(t)
	e.populate(t, 300, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if code, _, _ := e.phigate(t, nil, "keys", "rotate"); code != 0 {
		t.Fatal("rotate")
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"audit", "verify"}, "verifying audit chain"},
		{[]string{"audit", "export"}, "exporting audit entries"},
		{[]string{"keys", "rewrap"}, "rewrapping data keys"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			tty, output := openPTY(t)
			var out bytes.Buffer
			code := e.phigateIO(t, nil, &out, tty, tc.args...)
			got := output()
			if code != 0 || !strings.Contains(got, tc.want) || !strings.Contains(got, "\r\x1b[K") {
				t.Errorf("on a terminal: exit %d, terminal got %q", code, got)
			}
			if strings.Contains(out.String(), "\r") {
				t.Errorf("progress leaked into stdout: %q", out.String())
			}
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			var piped bytes.Buffer
			copied := make(chan struct{})
			go func() { io.Copy(&piped, pr); close(copied) }()
			code = e.phigateIO(t, nil, io.Discard, pw, tc.args...)
			pw.Close()
			<-copied
			if code != 0 || strings.Contains(piped.String(), "\r") || strings.Contains(piped.String(), tc.want) {
				t.Errorf("into a pipe: exit %d, stderr %q", code, piped.String())
			}
		})
	}
	t.Run("backup to a terminal", func(t *testing.T) {
		tty, output := openPTY(t)
		var errb bytes.Buffer
		code := e.phigateIO(t, nil, tty, &errb, "backup")
		if got := output(); code != 2 || got != "" || !strings.Contains(errb.String(), "refusing to write a backup to a terminal") {
			t.Errorf("exit %d, terminal got %d bytes, stderr %q", code, len(got), errb.String())
		}
	})
	t.Run("backup to /dev/null", func(t *testing.T) {
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer null.Close()
		var errb bytes.Buffer
		if code := e.phigateIO(t, nil, null, &errb, "backup"); code != 0 {
			t.Errorf("exit %d %q", code, errb.String())
		}
	})
	t.Run("restore from a terminal", func(t *testing.T) {
		tty, typeIn, output := openPTYTyping(t)
		defer output()
		// Should restore read the terminal after all, it gets end of file
		// (Ctrl-D) and fails differently instead of waiting forever.
		typeIn("\x04")
		dst := newCLIEnv(t)
		var errb bytes.Buffer
		if code := dst.phigateIO(t, tty, io.Discard, &errb, "restore"); code != 2 || !strings.Contains(errb.String(), "standard input is a terminal") {
			t.Errorf("exit %d %q", code, errb.String())
		}
	})
}

// TestAuditVerifyCheckpoint: the printed checkpoint, given back later,
// catches a chain rewritten consistently (hashes and head recomputed, as
// someone holding the master key could), which a plain verify passes.
func TestAuditVerifyCheckpoint(t *testing.T) {
	e := newCLIEnv(t)
	e.populate(t, 5, time.Now())
	code, out, _ := e.phigate(t, nil, "audit", "verify")
	i := strings.Index(out, "--checkpoint ")
	if code != 0 || i < 0 {
		t.Fatalf("verify: %d %q", code, out)
	}
	kept := strings.TrimSpace(out[i+len("--checkpoint "):])
	if !strings.HasPrefix(kept, "5:") {
		t.Fatalf("checkpoint %q", kept)
	}
	e.populate(t, 2, time.Now())
	if code, out, errOut := e.phigate(t, nil, "audit", "verify", "--checkpoint", kept); code != 0 || !strings.Contains(out, "passes through the kept checkpoint at entry 5") {
		t.Fatalf("extended chain: exit %d %q %q", code, out, errOut)
	}
	// Rewrite entries 2..7 consistently and move the head.
	e.rawBadger(t, func(txn *badger.Txn) error {
		var prev [32]byte
		for s := uint64(1); s <= 7; s++ {
			it, err := txn.Get(auditKey(s))
			if err != nil {
				return err
			}
			val, _ := it.ValueCopy(nil)
			ev, err := audit.Decode(val)
			if err != nil {
				return err
			}
			if s == 1 {
				copy(prev[:], ev.Hash)
				continue
			}
			ev.Actor = "ip:203.0.113.66"
			val, prev = audit.Encode(nil, &ev, s, prev)
			if err := txn.Set(auditKey(s), val); err != nil {
				return err
			}
		}
		return txn.Set([]byte(string(vault.KSMeta)+"audit.head"), append(binary.BigEndian.AppendUint64(nil, 7), prev[:]...))
	})
	if code, out, _ := e.phigate(t, nil, "audit", "verify"); code != 0 || !strings.Contains(out, "intact: 7 entries") {
		t.Fatalf("the rewrite should pass a plain verify: %d %q", code, out)
	}
	code, out, errOut := e.phigate(t, nil, "audit", "verify", "--checkpoint", kept)
	if code != exitBroken || !strings.Contains(out, "first bad entry 5") || !strings.Contains(errOut, "no longer passes through checkpoint 5") {
		t.Errorf("rewritten chain against the kept checkpoint: exit %d %q %q", code, out, errOut)
	}
	for _, bad := range []string{"5", "x:AAAA", "5:notbase64", "5:" + base64.StdEncoding.EncodeToString([]byte("short"))} {
		if code, _, _ := e.phigate(t, nil, "audit", "verify", "--checkpoint", bad); code != 2 {
			t.Errorf("--checkpoint %q: exit %d, want 2", bad, code)
		}
	}
}
