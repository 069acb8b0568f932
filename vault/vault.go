// Package vault is phigate's one storage barrier: the only code that touches
// Badger, keys and ciphertext. Everything above it sees plaintext values by
// keyspace and key, sealed records by ID, and an audit chain.
//
// Every durable change goes through Commit with a Batch: the writes of one
// accepted message (sealed original, links, queue items, audit event) land in
// one transaction, fsynced before Commit returns. Concurrent commits share
// fsyncs.
//
// The vault is single-process. Read-modify-write of one key must be
// serialised by its caller (the owning package holds a lock per key).
package vault

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/phigate/phigate/vault/audit"
)

// Keyspace is a key prefix. All prefixes live here and nowhere else.
type Keyspace string

const (
	KSRecord  Keyspace = "rec/"  // sealed originals (ciphertext)
	KSDataKey Keyspace = "key/"  // wrapped per-record data keys
	KSLink    Keyspace = "lnk/"  // link state by token hash
	KSQueue   Keyspace = "q/"    // delivery queue by due time
	KSAudit   Keyspace = "aud/"  // audit chain
	KSUser    Keyspace = "usr/"  // staff users
	KSPatient Keyspace = "pat/"  // patient directory
	KSConsent Keyspace = "con/"  // SMS consent (opt-out) registry
	KSSession Keyspace = "ses/"  // portal sessions
	KSAPIKey  Keyspace = "api/"  // API keys for the Twilio-compatible API
	KSMessage Keyspace = "msg/"  // message state (SMS status, per-message index)
	KSMeta    Keyspace = "meta/" // keyring, audit head and anchor, markers
	KSChunk   Keyspace = "chk/"  // chunks of large sealed records
	KSExpiry  Keyspace = "exp/"  // records by retention start (sweeper index)
)

// Errors callers branch on.
var (
	ErrNotFound  = errors.New("vault: not found")
	ErrTampered  = errors.New("vault: ciphertext failed authentication")
	ErrKeyLost   = errors.New("vault: key-encryption key version unknown")
	ErrShredded  = errors.New("vault: record was shredded")
	ErrTemporary = errors.New("vault: temporary storage failure")
	ErrClosed    = errors.New("vault: closed")
)

// Options configure Open.
type Options struct {
	Dir             string
	MasterKey       []byte // 32 bytes
	Logger          *slog.Logger
	Now             func() time.Time
	RecordRetention time.Duration // after a record's Expires
	AuditRetention  time.Duration
	// MinFreeBytes is the free space kept on the data dir's filesystem:
	// a commit that would eat into it fails with ErrTemporary (wrapping
	// syscall.ENOSPC) before Badger writes anything, because Badger writes
	// through mmap and a truly full disk crashes it (see space.go). 0 means
	// DefaultMinFree; negative disables the check.
	MinFreeBytes int64
	// InMemory is for nothing: tests use a real dir (t.TempDir()).
}

// RecordMeta is stored beside a sealed record. It must never hold PHI: IDs,
// kinds, times and counts only.
type RecordMeta struct {
	Kind    string    `json:"kind"` // email | sms | reply | mms
	Created time.Time `json:"created"`
	// Expires is when the last link to the record expires; retention runs
	// from here.
	Expires time.Time `json:"expires"`
	Size    int64     `json:"size"`
	// Parent links a reply to the record it answers.
	Parent string `json:"parent,omitempty"`
}

// Vault is an open data dir.
type Vault struct {
	opts Options
	log  *slog.Logger
	s    *store
	// borrowed handles (Borrow) share the store but do not own it.
	borrowed bool
}

// Open opens (creating if needed) the vault in opts.Dir.
func Open(ctx context.Context, opts Options) (*Vault, error) {
	if len(opts.MasterKey) != 32 {
		return nil, fmt.Errorf("vault: master key must be 32 bytes, got %d", len(opts.MasterKey))
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s, err := openStore(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &Vault{opts: opts, log: opts.Logger, s: s}, nil
}

// Close flushes and closes the database. Closing a borrowed handle does
// nothing: its lender owns the database.
func (v *Vault) Close() error {
	if v.borrowed {
		return nil
	}
	return v.s.close()
}

// Borrow returns a handle on the same open database whose Close is a no-op,
// for code that closes what it is given (admin commands run inside the
// server).
func (v *Vault) Borrow() *Vault {
	b := *v
	b.borrowed = true
	return &b
}

// Now is the vault's clock.
func (v *Vault) Now() time.Time { return v.opts.Now() }

// Batch collects writes committed together by Commit.
type Batch struct {
	v      *Vault
	ops    []op
	events []audit.Event
	err    error
	after  []func()
}

// AfterCommit registers fn to run once Commit of this batch has finished,
// whether it succeeded or not: for caches of values the batch writes,
// which must forget them again once the write is visible.
func (b *Batch) AfterCommit(fn func()) { b.after = append(b.after, fn) }

type op struct {
	key     []byte
	val     []byte // nil = delete
	delete  bool
	expires uint64 // Unix seconds after which the key reads as absent; 0 = never
}

// NewBatch starts an empty batch.
func (v *Vault) NewBatch() *Batch { return &Batch{v: v} }

// Put sets key in keyspace ks to val.
//
// The vault's own keyspaces (KSAudit, KSRecord, KSDataKey, KSChunk, KSExpiry,
// KSMeta) are written only through Audit, Seal and Shred: a Put or Delete
// there fails the batch with ErrReserved.
func (b *Batch) Put(ks Keyspace, key string, val []byte) {
	if b.reserved(ks) {
		return
	}
	if val == nil {
		val = []byte{}
	}
	b.ops = append(b.ops, op{key: []byte(string(ks) + key), val: val})
}

// PutUntil is Put for bookkeeping that is useless after a while (replay
// guards, resumable-step markers, API status): the key reads as absent from
// until on, and Badger drops it at its next compaction, so nothing has to
// sweep it. until is wall-clock time (Badger compares it with the system
// clock, not the vault's Options.Now, in whole seconds, so a key may go up
// to a second early; a clock stepped forward expires keys early as well);
// a zero until is Put. Nothing that guards correctness — a replay guard, a
// marker a queued item still needs — may use it.
func (b *Batch) PutUntil(ks Keyspace, key string, val []byte, until time.Time) {
	b.Put(ks, key, val)
	if !until.IsZero() && len(b.ops) > 0 && !b.reserved(ks) {
		exp := until.Unix()
		if exp < 1 {
			exp = 1 // already past: absent at once, never "no expiry"
		}
		b.ops[len(b.ops)-1].expires = uint64(exp)
	}
}

// ErrReserved reports a Put or Delete into one of the vault's own keyspaces.
var ErrReserved = errors.New("vault: keyspace is written only by the vault")

func (b *Batch) reserved(ks Keyspace) bool {
	switch ks {
	case KSAudit, KSRecord, KSDataKey, KSChunk, KSExpiry, KSMeta:
		if b.err == nil {
			b.err = fmt.Errorf("%w: %s", ErrReserved, ks)
		}
		return true
	}
	return false
}

// Delete removes key from keyspace ks.
func (b *Batch) Delete(ks Keyspace, key string) {
	if b.reserved(ks) {
		return
	}
	b.ops = append(b.ops, op{key: []byte(string(ks) + key), delete: true})
}

// Audit appends an audit event; the vault assigns its sequence number and
// chain hash at commit time, in commit order.
func (b *Batch) Audit(e audit.Event) { b.events = append(b.events, e) }

// Seal encrypts plaintext under a fresh data key for record id and adds the
// ciphertext and wrapped key to the batch.
func (b *Batch) Seal(id string, plaintext []byte, meta RecordMeta) error {
	if b.err != nil {
		return b.err
	}
	if err := b.v.s.seal(b, id, bytesSource(plaintext), meta); err != nil {
		b.err = err
		return err
	}
	return nil
}

// SealReader is Seal for a record read from r: it holds at most two chunks
// of plaintext in memory. Records larger than one chunk (ChunkSize) are
// written ahead in their own transactions; they become visible with the
// batch's commit, and are swept as orphans if it never commits.
func (b *Batch) SealReader(id string, r io.Reader, meta RecordMeta) error {
	if b.err != nil {
		return b.err
	}
	if err := b.v.s.seal(b, id, readerSource(r), meta); err != nil {
		b.err = err
		return err
	}
	return nil
}

// Shred adds the crypto-shred of record id: its wrapped data key and its
// ciphertext are deleted, a tombstone makes OpenRecord answer ErrShredded,
// and an audit event (record.shredded) records it.
func (b *Batch) Shred(id string) { b.v.s.shred(b, id, "") }

// Len is the number of writes and events in the batch.
func (b *Batch) Len() int { return len(b.ops) + len(b.events) }

// Commit writes the batch durably (fsync) and atomically. Errors wrap
// ErrTemporary when retrying later may succeed (disk full, I/O).
func (v *Vault) Commit(ctx context.Context, b *Batch) error {
	defer func() {
		for _, fn := range b.after {
			fn()
		}
	}()
	if b.err != nil {
		return b.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return v.s.c.commit(ctx.Done(), ctx.Err, b)
}

// Get returns a copy of the value of key in ks, or ErrNotFound.
func (v *Vault) Get(ctx context.Context, ks Keyspace, key string) ([]byte, error) {
	return v.s.get(ctx, []byte(string(ks)+key))
}

// Scan calls fn for each key in ks starting with prefix, in key order, with
// the key (without ks) and a copy of its value. fn returning ErrStop ends the
// scan without error.
func (v *Vault) Scan(ctx context.Context, ks Keyspace, prefix string, fn func(key string, val []byte) error) error {
	return v.s.scan(ctx, string(ks), prefix, fn)
}

// ErrStop ends a Scan early.
var ErrStop = errors.New("vault: stop scan")

// OpenRecord decrypts record id.
func (v *Vault) OpenRecord(ctx context.Context, id string) ([]byte, RecordMeta, error) {
	return v.s.open(ctx, id)
}

// OpenRecordTo decrypts record id into w chunk by chunk. Every chunk is
// authenticated before the first byte is written, so w never receives part
// of a record that fails authentication.
func (v *Vault) OpenRecordTo(ctx context.Context, id string, w io.Writer) (RecordMeta, error) {
	return v.s.openTo(ctx, id, w)
}
