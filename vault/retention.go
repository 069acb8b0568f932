package vault

// Retention: sealed records are crypto-shredded RecordRetention after their
// RecordMeta.Expires (the wrapped data key is deleted and that deletion
// committed with its audit event first, then the ciphertext); audit entries
// older than AuditRetention are pruned behind an anchor; chunks of large
// records whose batch never committed are removed.

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// SweepStats counts what one Sweep removed.
type SweepStats struct {
	Shredded    int // records past retention
	AuditPruned int // audit entries past retention
	Orphans     int // large records whose batch never committed
	Tombstones  int // shred tombstones past retention
	// ValueLogRewrites counts value-log files rewritten to reclaim the
	// space of deleted large values.
	ValueLogRewrites int
}

// orphanAge is how old a write-ahead marker must be before Sweep treats its
// chunks as orphans (a Seal and its Commit normally follow within seconds).
const orphanAge = time.Hour

// Sweep is the vault's maintenance, as of now: it crypto-shreds sealed
// records past RecordRetention (data key first, committed with the audit
// event, then the ciphertext), removes orphaned write-ahead chunks and old
// shred tombstones, and prunes audit entries past AuditRetention behind an
// anchor. It is safe beside normal traffic and to interrupt; a later Sweep
// finishes what an interrupted one left. The server runs it through Run;
// every 10 minutes is plenty (retention is counted in days, orphans in
// hours), and a sweep with nothing due costs a few index seeks.
func (v *Vault) Sweep(ctx context.Context, now time.Time) (SweepStats, error) {
	var st SweepStats
	var err error
	if st.Shredded, err = v.sweepRecords(ctx, now, now.Add(-v.s.opts.RecordRetention)); err != nil {
		return st, err
	}
	if st.Orphans, err = v.s.sweepOrphans(ctx, now.Add(-orphanAge)); err != nil {
		return st, err
	}
	if st.Tombstones, err = v.s.sweepTombstones(ctx, now.Add(-v.s.opts.RecordRetention)); err != nil {
		return st, err
	}
	if st.AuditPruned, err = v.s.pruneAudit(ctx, v, now.Add(-v.s.opts.AuditRetention)); err != nil {
		return st, err
	}
	st.ValueLogRewrites = v.s.valueLogGC(ctx)
	return st, nil
}

// valueLogGC reclaims value-log files that are mostly garbage. Badger keeps
// large values (record chunks over 1 MB) in its value log and never
// rewrites it on its own, so without this the space of shredded and
// delivered large messages would never come back — and their ciphertext
// would stay on disk long after the data key that could open it is gone.
func (s *store) valueLogGC(ctx context.Context) int {
	n := 0
	for n < 64 && ctx.Err() == nil {
		err := func() error {
			s.closeMu.RLock()
			defer s.closeMu.RUnlock()
			if s.closed {
				return ErrClosed
			}
			return s.db.RunValueLogGC(0.5)
		}()
		if err != nil {
			if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, ErrClosed) && !errors.Is(err, badger.ErrRejected) {
				s.log.Warn("value log GC", "err", err)
			}
			return n
		}
		n++
	}
	return n
}

// Run calls Sweep at once and then every interval until ctx ends, logging
// what each sweep removed (counts only) and any error; it returns ctx.Err().
func (v *Vault) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		st, err := v.Sweep(ctx, v.Now())
		if err != nil && ctx.Err() == nil {
			v.log.Error("vault sweep", "err", err)
		} else if st != (SweepStats{}) {
			v.log.Info("vault sweep", "shredded", st.Shredded, "audit_pruned", st.AuditPruned, "orphans", st.Orphans, "tombstones", st.Tombstones)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (v *Vault) sweepRecords(ctx context.Context, now, cutoff time.Time) (int, error) {
	total := 0
	for {
		type due struct {
			id     string
			key    []byte
			hasKey bool // data key still there (false: an earlier sweep stopped after step 1)
		}
		var batch []due
		p := []byte(KSExpiry)
		err := v.s.view(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
			defer it.Close()
			for it.Seek(p); it.ValidForPrefix(p) && len(batch) < 128; it.Next() {
				k := it.Item().KeyCopy(nil)
				rest := string(k[len(p):])
				ts, id, ok := strings.Cut(rest, "/")
				raw, err := hex.DecodeString(ts)
				if !ok || err != nil || len(raw) != 8 {
					batch = append(batch, due{key: k}) // malformed index entry: drop it
					continue
				}
				if time.Unix(0, int64(binary.BigEndian.Uint64(raw))).After(cutoff) {
					break
				}
				_, kerr := txn.Get([]byte(string(KSDataKey) + id))
				if kerr != nil && !errors.Is(kerr, badger.ErrKeyNotFound) {
					return kerr
				}
				batch = append(batch, due{id: id, key: k, hasKey: kerr == nil})
			}
			return nil
		})
		if err != nil {
			return total, err
		}
		if len(batch) == 0 {
			return total, nil
		}
		// Step 1: the crypto-shred, durable with its audit events.
		b1 := v.NewBatch()
		for _, d := range batch {
			if d.id == "" || !d.hasKey {
				continue
			}
			b1.ops = append(b1.ops, op{key: []byte(string(KSDataKey) + d.id), delete: true})
			b1.Audit(audit.Event{Actor: "system", Action: audit.ActShredded, Objects: []string{"rec:" + d.id},
				Outcome: "ok", Detail: "retention"})
		}
		if err := v.Commit(ctx, b1); err != nil {
			return total, err
		}
		// A crash or failure here leaves records whose data key is gone:
		// unreadable already (OpenRecord says ErrShredded), and the next
		// sweep removes the rest without auditing the shred twice.
		// Step 2: the ciphertext, index entries and tombstones.
		b2 := v.NewBatch()
		for _, d := range batch {
			if d.id != "" {
				v.s.shredOps(b2, d.id, now)
			}
			b2.ops = append(b2.ops, op{key: d.key, delete: true})
		}
		if err := v.Commit(ctx, b2); err != nil {
			return total, err
		}
		total += len(batch)
		if err := ctx.Err(); err != nil {
			return total, err
		}
	}
}

// sweepOrphans removes chunks behind write-ahead markers older than before
// (all markers when before is zero: at Open no Seal is in flight).
func (s *store) sweepOrphans(ctx context.Context, before time.Time) (int, error) {
	p := []byte(string(KSMeta) + metaPending)
	var ids []string
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			id := string(it.Item().Key()[len(p):])
			var stamp int64
			if err := it.Item().Value(func(val []byte) error {
				if len(val) == 8 {
					stamp = int64(binary.BigEndian.Uint64(val))
				}
				return nil
			}); err != nil {
				return err
			}
			if before.IsZero() || time.Unix(0, stamp).Before(before) {
				ids = append(ids, id)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		cp := append([]byte(string(KSChunk)+id), 0)
		for {
			var keys [][]byte
			if err := s.view(func(txn *badger.Txn) error {
				if _, err := txn.Get([]byte(string(KSRecord) + id)); err == nil {
					return errCommitted
				}
				it := txn.NewIterator(badger.IteratorOptions{Prefix: cp})
				defer it.Close()
				for it.Seek(cp); it.ValidForPrefix(cp) && len(keys) < 1024; it.Next() {
					keys = append(keys, it.Item().KeyCopy(nil))
				}
				return nil
			}); errors.Is(err, errCommitted) {
				break // manifest exists: the marker is stale, the chunks live
			} else if err != nil {
				return 0, err
			}
			if len(keys) == 0 {
				break
			}
			if err := s.update(int64(len(keys))*64, func(txn *badger.Txn) error {
				for _, k := range keys {
					if err := txn.Delete(k); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				return 0, storageErr("sweep orphans", err)
			}
		}
		if err := s.update(64, func(txn *badger.Txn) error { return txn.Delete(append(p[:len(p):len(p)], id...)) }); err != nil {
			return 0, storageErr("sweep orphans", err)
		}
		s.log.Warn("vault: removed chunks of a large record whose commit never happened", "record", id)
	}
	return len(ids), nil
}

var errCommitted = fmt.Errorf("committed")

func (s *store) sweepTombstones(ctx context.Context, before time.Time) (int, error) {
	p := []byte(string(KSMeta) + metaShredded)
	var keys [][]byte
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p) && len(keys) < 10000; it.Next() {
			var stamp int64
			if err := it.Item().Value(func(val []byte) error {
				if len(val) == 8 {
					stamp = int64(binary.BigEndian.Uint64(val))
				}
				return nil
			}); err != nil {
				return err
			}
			if time.Unix(0, stamp).Before(before) {
				keys = append(keys, it.Item().KeyCopy(nil))
			}
		}
		return ctx.Err()
	})
	if err != nil || len(keys) == 0 {
		return 0, err
	}
	err = s.update(int64(len(keys))*64, func(txn *badger.Txn) error {
		for _, k := range keys {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, storageErr("sweep tombstones", err)
	}
	return len(keys), nil
}
