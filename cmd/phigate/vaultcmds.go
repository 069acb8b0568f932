package main

// Owned by the vault work (issue 4): keys, audit, backup, restore, vault.

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
)

// vaultCmd is the common start of the vault subcommands: flags, config,
// logger and (unless noOpen) the open vault.
type vaultCmd struct {
	name   string
	env    *Env
	fs     *flag.FlagSet
	cfg    *configs.Config
	log    *slog.Logger
	v      *vault.Vault
	config *string
}

func newVaultCmd(env *Env, name, usage string) *vaultCmd {
	c := &vaultCmd{name: name, env: env, fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	c.fs.SetOutput(env.Stderr)
	c.fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: phigate %s\n", usage)
		c.fs.PrintDefaults()
	}
	c.config = c.fs.String("config", "", "config file (default: embedded defaults)")
	return c
}

// parse parses args and loads the config; it returns an exit status or -1.
func (c *vaultCmd) parse(args []string) int {
	if err := c.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if c.fs.NArg() > 0 {
		fmt.Fprintf(c.env.Stderr, "phigate %s: unexpected argument %q\n", c.name, c.fs.Arg(0))
		c.fs.Usage()
		return 2
	}
	cfg, err := loadConfig(c.env, *c.config)
	if err != nil {
		return c.fail(err)
	}
	c.cfg = cfg
	c.log = newLogger(c.env, cfg)
	return -1
}

func (c *vaultCmd) open(ctx context.Context) int {
	v, err := openVault(ctx, c.env, c.cfg, c.log)
	if err != nil {
		return c.fail(err)
	}
	c.v = v
	return -1
}

func (c *vaultCmd) close() {
	if c.v != nil {
		if err := c.v.Close(); err != nil {
			fmt.Fprintf(c.env.Stderr, "phigate %s: close: %v\n", c.name, err)
		}
	}
}

func (c *vaultCmd) fail(err error) int {
	fmt.Fprintf(c.env.Stderr, "phigate %s: %v\n", c.name, err)
	return 1
}

// isTerminal reports whether w is a terminal: a file on which TCGETS
// works. A character-device test is not enough (/dev/null is one).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	var errno syscall.Errno
	var t syscall.Termios
	if err := rc.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	}); err != nil {
		return false
	}
	return errno == 0
}

// progress draws a one-line progress indicator on a terminal, at most a few
// times a second; on anything else it is silent.
type progress struct {
	w    io.Writer
	on   bool
	last time.Time
	any  bool
}

func newProgress(w io.Writer, on bool) *progress { return &progress{w: w, on: on && isTerminal(w)} }

func (p *progress) show(format string, a ...any) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.any = true
	fmt.Fprintf(p.w, "\r\033[K"+format, a...)
}

func (p *progress) done() {
	if p.any {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func bar(done, total uint64) string {
	if total == 0 {
		return ""
	}
	const width = 30
	n := int(done * width / total)
	if n > width {
		n = width
	}
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "] " + strconv.Itoa(int(done*100/total)) + "%"
}

func cmdKeys(ctx context.Context, env *Env, args []string) int {
	const usage = "keys rotate|rewrap|list [--config FILE]"
	if len(args) == 0 {
		fmt.Fprintf(env.Stderr, "usage: phigate %s\n", usage)
		return 2
	}
	sub := args[0]
	c := newVaultCmd(env, "keys "+sub, usage)
	switch sub {
	case "rotate", "rewrap", "list":
	default:
		fmt.Fprintf(env.Stderr, "phigate keys: unknown subcommand %q\nusage: phigate %s\n", sub, usage)
		return 2
	}
	if rc := c.parse(args[1:]); rc >= 0 {
		return rc
	}
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()
	switch sub {
	case "rotate":
		ver, err := c.v.RotateKEK(ctx, "cli")
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(env.Stdout, "key-encryption key version %d is now active; run \"phigate keys rewrap\" to move existing data keys to it\n", ver)
	case "rewrap":
		p := newProgress(env.Stderr, true)
		if isTerminal(env.Stdout) {
			p = newProgress(env.Stdout, true)
		}
		n, err := c.v.Rewrap(ctx, "cli", func(done, total int) {
			p.show("rewrapping data keys %d/%d %s", done, total, bar(uint64(done), uint64(total)))
		})
		p.done()
		if err != nil {
			if errors.Is(err, vault.ErrTampered) || errors.Is(err, vault.ErrKeyLost) {
				fmt.Fprintf(env.Stderr, "phigate keys rewrap: rewrapped %d data keys; %v\n", n, err)
			} else {
				fmt.Fprintf(env.Stderr, "phigate keys rewrap: stopped after %d data keys (run it again to resume): %v\n", n, err)
			}
			return 1
		}
		ks, err := c.v.ListKeys(ctx)
		if err != nil {
			return c.fail(err)
		}
		active := uint32(0)
		for _, k := range ks {
			if k.Active {
				active = k.Version
			}
		}
		fmt.Fprintf(env.Stdout, "rewrapped %d data keys; all are now under key-encryption key version %d\n", n, active)
	case "list":
		ks, err := c.v.ListKeys(ctx)
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(env.Stdout, "%-8s %-20s %-7s %s\n", "VERSION", "CREATED", "ACTIVE", "RECORDS")
		for _, k := range ks {
			created, active := "-", ""
			if !k.Created.IsZero() {
				created = k.Created.UTC().Format(time.RFC3339)
			} else {
				active = "MISSING"
			}
			if k.Active {
				active = "yes"
			}
			fmt.Fprintf(env.Stdout, "%-8d %-20s %-7s %d\n", k.Version, created, active, k.Records)
		}
	}
	return 0
}

func cmdAudit(ctx context.Context, env *Env, args []string) int {
	const usage = "audit verify [--config FILE] [--checkpoint SEQ:HASH] | audit export [--config FILE] [--since T] [--until T] [--format jsonl|csv]"
	if len(args) == 0 {
		fmt.Fprintf(env.Stderr, "usage: phigate %s\n", usage)
		return 2
	}
	switch args[0] {
	case "verify":
		return auditVerify(ctx, env, args[1:])
	case "export":
		return auditExport(ctx, env, args[1:])
	}
	fmt.Fprintf(env.Stderr, "phigate audit: unknown subcommand %q\nusage: phigate %s\n", args[0], usage)
	return 2
}

// exitBroken is the status of audit verify for a broken chain (1 is any
// other failure).
const exitBroken = 3

func auditVerify(ctx context.Context, env *Env, args []string) int {
	c := newVaultCmd(env, "audit verify", "audit verify [--config FILE] [--checkpoint SEQ:HASH]")
	cp := c.fs.String("checkpoint", "", "a checkpoint kept from an earlier verify (SEQ:HASH): the chain must still pass through it")
	if rc := c.parse(args); rc >= 0 {
		return rc
	}
	var kept *checkpoint
	if *cp != "" {
		k, err := parseCheckpoint(*cp)
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate audit verify: --checkpoint: %v\n", err)
			return 2
		}
		kept = &k
	}
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()
	return verifyAndReport(ctx, c, kept)
}

type checkpoint struct {
	seq  uint64
	hash []byte
}

// parseCheckpoint reads SEQ:HASH (HASH in standard base64), the form
// verify prints.
func parseCheckpoint(s string) (checkpoint, error) {
	seqS, hashS, ok := strings.Cut(strings.TrimSpace(s), ":")
	seq, err := strconv.ParseUint(seqS, 10, 64)
	if !ok || err != nil {
		return checkpoint{}, fmt.Errorf("%q: want SEQ:HASH as printed by audit verify", s)
	}
	h, err := base64.StdEncoding.DecodeString(hashS)
	if err != nil || len(h) != 32 {
		return checkpoint{}, fmt.Errorf("%q: HASH must be the base64 of 32 bytes", s)
	}
	return checkpoint{seq: seq, hash: h}, nil
}

func verifyAndReport(ctx context.Context, c *vaultCmd, kept *checkpoint) int {
	env := c.env
	p := newProgress(env.Stderr, true)
	var total uint64
	if p.on {
		total, _ = c.v.AuditCount(ctx)
	}
	start := time.Now()
	n, head, err := c.v.AuditVerify(ctx, func(done uint64) {
		p.show("verifying audit chain %d/%d %s", done, total, bar(done, total))
	})
	p.done()
	var ae *vault.AuditError
	if errors.As(err, &ae) {
		fmt.Fprintf(env.Stdout, "audit chain BROKEN: first bad entry %d: %s\n", ae.Seq, ae.Reason)
		fmt.Fprintf(env.Stderr, "phigate %s: audit chain broken at entry %d (%d entries before it verified)\n", c.name, ae.Seq, n)
		return exitBroken
	}
	if err != nil {
		return c.fail(err)
	}
	if kept != nil {
		err := c.v.AuditCheckpoint(ctx, kept.seq, kept.hash)
		if errors.As(err, &ae) {
			fmt.Fprintf(env.Stdout, "audit chain BROKEN: first bad entry %d: %s\n", ae.Seq, ae.Reason)
			fmt.Fprintf(env.Stderr, "phigate %s: the chain verifies on its own but no longer passes through checkpoint %d\n", c.name, kept.seq)
			return exitBroken
		}
		if err != nil {
			return c.fail(err)
		}
	}
	seq, _, _ := c.v.AuditHead(ctx)
	fmt.Fprintf(env.Stdout, "audit chain intact: %d entries verified in %s\n", n, time.Since(start).Round(time.Millisecond))
	if kept != nil {
		fmt.Fprintf(env.Stdout, "passes through the kept checkpoint at entry %d\n", kept.seq)
	}
	b64 := base64.StdEncoding.EncodeToString(head)
	fmt.Fprintf(env.Stdout, "checkpoint: seq %d head %s\n", seq, b64)
	fmt.Fprintf(env.Stdout, "keep the checkpoint somewhere else; later: phigate audit verify --checkpoint %d:%s\n", seq, b64)
	return 0
}

func parseTimeFlag(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--%s %q: want an RFC 3339 time such as 2026-01-31T00:00:00Z (or a date 2026-01-31)", name, s)
}

func auditExport(ctx context.Context, env *Env, args []string) int {
	c := newVaultCmd(env, "audit export", "audit export [--config FILE] [--since T] [--until T] [--format jsonl|csv]")
	since := c.fs.String("since", "", "first time to include (RFC 3339)")
	until := c.fs.String("until", "", "time to stop before (RFC 3339)")
	format := c.fs.String("format", "jsonl", "jsonl (the stored canonical entries, hashes verifiable) or csv")
	if rc := c.parse(args); rc >= 0 {
		return rc
	}
	from, err := parseTimeFlag("since", *since)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate audit export: %v\n", err)
		return 2
	}
	to, err := parseTimeFlag("until", *until)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate audit export: %v\n", err)
		return 2
	}
	if *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(env.Stderr, "phigate audit export: --format must be jsonl or csv, not %q\n", *format)
		return 2
	}
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()

	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	p := newProgress(env.Stderr, !isTerminal(env.Stdout))
	var total uint64
	if p.on {
		// Progress is the sequence number reached against the head's: it
		// stays right after pruning (which removes the first numbers) and
		// with --since (which skips ahead), and costs no scan.
		total, _, _ = c.v.AuditHead(ctx)
	}
	var n, seen uint64
	tick := func(seq uint64) {
		seen = seq
		p.show("exporting audit entries %d/%d %s", seen, total, bar(seen, total))
	}
	switch *format {
	case "jsonl":
		err = c.v.AuditExportRaw(ctx, from, to, func(seq uint64, raw []byte) error {
			n++
			tick(seq)
			out.Write(raw)
			return out.WriteByte('\n')
		})
	case "csv":
		w := csv.NewWriter(out)
		_ = w.Write([]string{"seq", "time", "actor", "action", "channel", "objects", "recipients", "categories", "outcome", "detail", "prev", "hash"})
		err = c.v.AuditExport(ctx, from, to, func(e audit.Event) error {
			n++
			tick(e.Seq)
			return w.Write([]string{strconv.FormatUint(e.Seq, 10), e.Time.UTC().Format(time.RFC3339Nano),
				cell(e.Actor), cell(e.Action), cell(e.Channel), cell(strings.Join(e.Objects, " ")),
				cell(strings.Join(e.Recipients, " ")), cell(strings.Join(e.Categories, " ")), cell(e.Outcome), cell(e.Detail),
				base64.StdEncoding.EncodeToString(e.Prev), base64.StdEncoding.EncodeToString(e.Hash)})
		})
		w.Flush()
		if err == nil {
			err = w.Error()
		}
	}
	p.done()
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(env.Stderr, "exported %d audit entries\n", n)
	return 0
}

// cell keeps a CSV cell from being read as a formula by a spreadsheet
// (OWASP CSV injection): a leading = + - @ tab or CR gets a ' in front. The
// jsonl export is the faithful form.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func cmdBackup(ctx context.Context, env *Env, args []string) int {
	c := newVaultCmd(env, "backup", "backup [--config FILE] > FILE")
	if rc := c.parse(args); rc >= 0 {
		return rc
	}
	if isTerminal(env.Stdout) {
		fmt.Fprintln(env.Stderr, "phigate backup: refusing to write a backup to a terminal; redirect standard output to a file")
		return 2
	}
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()
	cw := &countingWriter{w: env.Stdout}
	bw := bufio.NewWriterSize(cw, 1<<20)
	if err := c.v.Backup(ctx, bw); err != nil {
		return c.fail(err)
	}
	if err := bw.Flush(); err != nil {
		return c.fail(err)
	}
	if f, ok := env.Stdout.(*os.File); ok {
		if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !isUnsyncable(err) {
			return c.fail(fmt.Errorf("sync: %w", err))
		}
	}
	fmt.Fprintf(env.Stderr, "backup written: %d bytes (encrypted; restoring needs the same master key)\n", cw.n)
	return 0
}

// isUnsyncable reports the errors fsync gives for pipes and the like.
func isUnsyncable(err error) bool {
	s := err.Error()
	return strings.Contains(s, "invalid argument") || strings.Contains(s, "not supported")
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func cmdRestore(ctx context.Context, env *Env, args []string) int {
	c := newVaultCmd(env, "restore", "restore [--config FILE] < FILE")
	if rc := c.parse(args); rc >= 0 {
		return rc
	}
	if isTerminal(env.Stdin) {
		fmt.Fprintln(env.Stderr, "phigate restore: standard input is a terminal; redirect it from a backup file")
		return 2
	}
	if err := os.MkdirAll(c.cfg.DataDir, 0o700); err != nil {
		return c.fail(fmt.Errorf("data_dir: %w", err))
	}
	key, src, err := vault.LoadMasterKey(getenv(env, "PHIGATE_MASTER_KEY"), c.cfg.Vault.MasterKeyFile, c.cfg.DataDir)
	if err != nil {
		return c.fail(err)
	}
	dir := c.cfg.DataDir + "/db"
	err = vault.Restore(ctx, vault.Options{Dir: dir, MasterKey: key, Logger: c.log}, bufio.NewReaderSize(env.Stdin, 1<<20))
	if err != nil {
		if errors.Is(err, vault.ErrWrongMasterKey) && src == vault.KeyDevFile {
			err = fmt.Errorf("%w (a development key was used: set PHIGATE_MASTER_KEY or vault.master_key_file to the backed-up vault's key)", err)
		}
		return c.fail(err)
	}
	fmt.Fprintf(env.Stdout, "restored into %s\n", dir)
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()
	return verifyAndReport(ctx, c, nil)
}

func cmdVault(ctx context.Context, env *Env, args []string) int {
	const usage = "vault shred --record ID [--config FILE]"
	if len(args) == 0 || args[0] != "shred" {
		fmt.Fprintf(env.Stderr, "usage: phigate %s\n", usage)
		return 2
	}
	c := newVaultCmd(env, "vault shred", usage)
	id := c.fs.String("record", "", "ID of the sealed record to crypto-shred")
	if rc := c.parse(args[1:]); rc >= 0 {
		return rc
	}
	if *id == "" {
		fmt.Fprintln(env.Stderr, "phigate vault shred: --record is required")
		return 2
	}
	if rc := c.open(ctx); rc >= 0 {
		return rc
	}
	defer c.close()
	// Like revoking the message in the portal: every link to the record is
	// revoked and the record crypto-shredded, in one commit.
	n, err := links.RevokeRecord(ctx, c.v, *id, "cli", "cli")
	switch {
	case errors.Is(err, vault.ErrShredded):
		fmt.Fprintf(env.Stdout, "record %s was already shredded\n", *id)
		return 0
	case errors.Is(err, vault.ErrNotFound):
		return c.fail(fmt.Errorf("no sealed record with ID %q (IDs are in the audit log as rec:ID)", *id))
	case err != nil:
		return c.fail(err)
	}
	fmt.Fprintf(env.Stdout, "record %s shredded: its data key is deleted, the ciphertext is unreadable; %d links revoked\n", *id, n)
	return 0
}
