package vault

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// store is the barrier: the Badger DB, the keyring and the committer.
type store struct {
	db    *badger.DB
	opts  Options
	log   *slog.Logger
	keys  *keys
	c     *committer
	space *spaceGuard

	// closeMu guards db against use after Close: readers hold it shared.
	closeMu sync.RWMutex
	closed  bool

	rotMu sync.Mutex // one RotateKEK or Rewrap at a time
}

// Defaults for zero Options.
const (
	DefaultRecordRetention = 30 * 24 * time.Hour
	DefaultAuditRetention  = 6 * 366 * 24 * time.Hour // six years, leap days included
)

// tuneBadger lets tests shrink Badger's files and thresholds.
var tuneBadger = func(o badger.Options) badger.Options { return o }

func badgerOptions(dir string, master []byte, log *slog.Logger) badger.Options {
	return tuneBadger(badger.DefaultOptions(dir).
		// Only closed value-log files can be garbage-collected, so
		// Badger's default (1 GB) would leave the ciphertext of shredded
		// large messages on disk until a gigabyte more had been written.
		WithValueLogFileSize(64 << 20).
		WithSyncWrites(true).
		WithLogger(badgerLogger{log}).
		WithEncryptionKey(derive(master, nil, infoAtRest)).
		WithIndexCacheSize(16 << 20).
		WithBlockCacheSize(32 << 20).
		WithMemTableSize(32 << 20).
		WithNumVersionsToKeep(1))
}

func openStore(ctx context.Context, opts Options) (*store, error) {
	if opts.Dir == "" {
		return nil, errors.New("vault: no data dir")
	}
	if opts.RecordRetention <= 0 {
		opts.RecordRetention = DefaultRecordRetention
	}
	if opts.AuditRetention <= 0 {
		opts.AuditRetention = DefaultAuditRetention
	}
	db, err := badger.Open(badgerOptions(opts.Dir, opts.MasterKey, opts.Logger))
	if err != nil {
		return nil, openErr(opts.Dir, err)
	}
	s := &store{db: db, opts: opts, log: opts.Logger, space: newSpaceGuard(opts.Dir, opts.MinFreeBytes)}
	s.keys = &keys{
		wrap:   newGCM(derive(opts.MasterKey, nil, infoKEKWrap)),
		anchor: derive(opts.MasterKey, nil, infoAnchor),
		master: opts.MasterKey,
	}
	fail := func(err error) (*store, error) {
		db.Close()
		return nil, err
	}
	if err := s.keys.load(db, opts.Now()); err != nil {
		return fail(err)
	}
	s.c = newCommitter(s)
	if err := s.c.recoverState(); err != nil {
		return fail(err)
	}
	// At open no Seal is in flight, so every write-ahead marker is an
	// orphan. Failing to remove them (a full disk) must not keep the vault
	// from opening: reading, verifying and backing up still work, and
	// Sweep retries.
	if _, err := s.sweepOrphans(ctx, time.Time{}); errors.Is(err, ErrTemporary) {
		s.log.Warn("vault: orphaned chunks not removed at open; Sweep will retry", "err", err)
	} else if err != nil {
		return fail(err)
	}
	go s.c.run()
	return s, nil
}

func openErr(dir string, err error) error {
	switch {
	case errors.Is(err, badger.ErrEncryptionKeyMismatch):
		return fmt.Errorf("vault: open %s: the master key does not match this data dir: %w", dir, ErrWrongMasterKey)
	case strings.Contains(err.Error(), "Cannot acquire directory lock"):
		return fmt.Errorf("vault: open %s: data dir is in use by another process (is phigate serve running?): %w", dir, err)
	}
	return fmt.Errorf("vault: open %s: %w", dir, err)
}

func (s *store) close() error {
	s.c.stop()
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.db.Close()
}

func (s *store) view(fn func(txn *badger.Txn) error) error {
	s.closeMu.RLock()
	defer s.closeMu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	return s.db.View(fn)
}

// update runs a direct Badger update (not through the committer): only for
// writes that carry no audit events and need read-modify-write (rewrap) or
// are written ahead (large record chunks). size estimates the bytes written,
// for the free-space guard.
func (s *store) update(size int64, fn func(txn *badger.Txn) error) error {
	s.closeMu.RLock()
	defer s.closeMu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if err := s.space.admit(size); err != nil {
		return err
	}
	return s.db.Update(fn)
}

// storageErr classifies a Badger write error: everything that may succeed
// later (I/O, disk full, blocked writes) wraps ErrTemporary.
func storageErr(what string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrClosed), errors.Is(err, badger.ErrDBClosed):
		return fmt.Errorf("vault: %s: %w", what, ErrClosed)
	case errors.Is(err, badger.ErrTxnTooBig):
		return fmt.Errorf("vault: %s: %w", what, ErrTooLarge)
	case errors.Is(err, ErrTampered), errors.Is(err, ErrKeyLost), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("vault: %s: %w", what, err)
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("vault: %s: disk full: %w: %w", what, ErrTemporary, err)
	}
	return fmt.Errorf("vault: %s: %w: %w", what, ErrTemporary, err)
}

func (s *store) get(_ context.Context, key []byte) ([]byte, error) {
	var out []byte
	err := s.view(func(txn *badger.Txn) error {
		it, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		out, err = it.ValueCopy(nil)
		return err
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, storageErr("get", err)
	}
	return out, err
}

func (s *store) scan(ctx context.Context, ks, prefix string, fn func(string, []byte) error) error {
	p := []byte(ks + prefix)
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 64})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			val, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if err := fn(string(item.Key()[len(ks):]), val); err != nil {
				if errors.Is(err, ErrStop) {
					return nil
				}
				return err
			}
		}
		return nil
	})
	return err
}

// badgerLogger passes Badger's warnings and errors to slog and drops its
// informational chatter.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any) {
	b.l.Error("badger", "msg", strings.TrimSpace(fmt.Sprintf(f, a...)))
}
func (b badgerLogger) Warningf(f string, a ...any) {
	b.l.Warn("badger", "msg", strings.TrimSpace(fmt.Sprintf(f, a...)))
}
func (badgerLogger) Infof(string, ...any)  {}
func (badgerLogger) Debugf(string, ...any) {}
