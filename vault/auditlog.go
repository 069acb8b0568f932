package vault

// The audit chain on disk: aud/<seq, 8 bytes big-endian> holds entry seq in
// the canonical encoding of package audit. meta/audit.head holds the last
// entry's seq and hash, written in the same transaction as every group, so
// entries removed from the tail are detected too. When entries older than
// the audit retention are pruned, meta/audit.anchr keeps the pruned prefix's
// last seq and hash, authenticated with an HMAC key derived from the master
// key, and a checkpoint entry (audit.pruned) records the pruning in the
// chain itself; verification then starts from the anchor.

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// ErrAuditBroken is wrapped by every *AuditError.
var ErrAuditBroken = errors.New("vault: audit chain broken")

// AuditError names the first audit entry that fails verification.
type AuditError struct {
	Seq    uint64
	Reason string
}

func (e *AuditError) Error() string {
	return fmt.Sprintf("audit chain broken at entry %d: %s", e.Seq, e.Reason)
}

func (e *AuditError) Unwrap() error { return ErrAuditBroken }

// AuditProgress is called during AuditVerify with the entries verified so far.
type AuditProgress func(verified uint64)

type anchor struct {
	seq  uint64
	hash [audit.HashSize]byte
}

var anchorKey = []byte(string(KSMeta) + metaAuditAnchor)

func (k *keys) anchorMAC(seq uint64, h [audit.HashSize]byte) []byte {
	m := hmac.New(sha256.New, k.anchor)
	m.Write([]byte("phigate/audit-anchor/v1\x00"))
	m.Write(binary.BigEndian.AppendUint64(nil, seq))
	m.Write(h[:])
	return m.Sum(nil)
}

func (k *keys) encodeAnchor(a anchor) []byte {
	v := binary.BigEndian.AppendUint64(nil, a.seq)
	v = append(v, a.hash[:]...)
	return append(v, k.anchorMAC(a.seq, a.hash)...)
}

func (k *keys) decodeAnchor(v []byte) (anchor, error) {
	var a anchor
	if len(v) != 8+audit.HashSize+sha256.Size {
		return a, &AuditError{Reason: "pruning anchor is malformed"}
	}
	a.seq = binary.BigEndian.Uint64(v)
	copy(a.hash[:], v[8:])
	if !hmac.Equal(v[8+audit.HashSize:], k.anchorMAC(a.seq, a.hash)) {
		return a, &AuditError{Seq: a.seq, Reason: "pruning anchor fails authentication (changed, or from another vault)"}
	}
	return a, nil
}

// AuditVerify walks the whole audit chain and checks every entry: its
// sequence number, that it chains to the previous entry's hash, that its
// hash matches its content, and that the chain ends at the recorded head.
// It returns the number of entries verified and the head hash (the
// checkpoint to keep elsewhere). A broken chain returns an *AuditError
// naming the first bad sequence number.
func (v *Vault) AuditVerify(ctx context.Context, progress AuditProgress) (count uint64, head []byte, err error) {
	var last audit.Link
	err = v.s.view(func(txn *badger.Txn) error {
		var anc *anchor
		if item, err := txn.Get(anchorKey); err == nil {
			val, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			a, err := v.s.keys.decodeAnchor(val)
			if err != nil {
				return err
			}
			anc = &a
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		var headRec *anchor
		if item, err := txn.Get(headKey); err == nil {
			val, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if len(val) != 8+audit.HashSize {
				return &AuditError{Reason: "head record is malformed"}
			}
			h := anchor{seq: binary.BigEndian.Uint64(val)}
			copy(h.hash[:], val[8:])
			headRec = &h
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}

		p := []byte(KSAudit)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		first := true
		var prevHash [audit.HashSize]byte
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			if count&0x3fff == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if progress != nil && count > 0 {
					progress(count)
				}
			}
			key := it.Item().Key()
			if len(key) != len(p)+8 {
				return &AuditError{Seq: last.Seq + 1, Reason: fmt.Sprintf("unexpected key %q in the audit keyspace (inserted)", key)}
			}
			kseq := binary.BigEndian.Uint64(key[len(p):])
			var l audit.Link
			err := it.Item().Value(func(val []byte) error {
				var err error
				l, err = audit.ParseLink(val)
				return err
			})
			if err != nil {
				if errors.Is(err, audit.ErrMalformed) {
					return &AuditError{Seq: kseq, Reason: "entry is unreadable (corrupted): " + err.Error()}
				}
				return err
			}
			if l.Seq != kseq {
				return &AuditError{Seq: kseq, Reason: fmt.Sprintf("entry stored as %d claims to be %d (moved or reordered)", kseq, l.Seq)}
			}
			if first {
				first = false
				switch {
				case l.Seq == 1:
					if l.Prev != audit.Genesis {
						return &AuditError{Seq: 1, Reason: "first entry does not start the chain"}
					}
				case anc == nil:
					return &AuditError{Seq: 1, Reason: fmt.Sprintf("entries 1 to %d are missing and no pruning anchor records them (removed)", l.Seq-1)}
				case anc.seq+1 == l.Seq:
					if l.Prev != anc.hash {
						return &AuditError{Seq: l.Seq, Reason: "first entry after pruning does not chain to the pruning anchor"}
					}
				case anc.seq+1 < l.Seq:
					return &AuditError{Seq: anc.seq + 1, Reason: fmt.Sprintf("entries %d to %d after the pruning anchor are missing (removed)", anc.seq+1, l.Seq-1)}
				default:
					// Pruning was interrupted: entries up to the anchor
					// remain; the anchor is checked when the walk gets there.
				}
			} else {
				switch {
				case l.Seq != last.Seq+1:
					return &AuditError{Seq: last.Seq + 1, Reason: fmt.Sprintf("entries %d to %d are missing (removed)", last.Seq+1, l.Seq-1)}
				case l.Prev != prevHash:
					return &AuditError{Seq: l.Seq, Reason: fmt.Sprintf("entry does not chain to entry %d (an entry was inserted, reordered, or entry %d changed)", last.Seq, last.Seq)}
				}
			}
			if l.Hash != l.Computed {
				return &AuditError{Seq: l.Seq, Reason: "entry content does not match its hash (changed)"}
			}
			if anc != nil && l.Seq == anc.seq && l.Computed != anc.hash {
				return &AuditError{Seq: l.Seq, Reason: "entry does not match the pruning anchor (changed)"}
			}
			prevHash = l.Computed
			last = l
			count++
		}
		switch {
		case headRec == nil && count > 0:
			return &AuditError{Seq: last.Seq, Reason: "audit head record is missing"}
		case headRec == nil:
			return nil
		case count == 0:
			if anc != nil && anc.seq == headRec.seq && anc.hash == headRec.hash {
				last.Seq, last.Computed = anc.seq, anc.hash
				return nil
			}
			return &AuditError{Seq: 1, Reason: fmt.Sprintf("all entries up to %d are missing (removed)", headRec.seq)}
		case headRec.seq > last.Seq:
			return &AuditError{Seq: last.Seq + 1, Reason: fmt.Sprintf("entries %d to %d at the end are missing (removed)", last.Seq+1, headRec.seq)}
		case headRec.seq < last.Seq:
			return &AuditError{Seq: headRec.seq + 1, Reason: "entries after the recorded head (inserted)"}
		case headRec.hash != last.Computed:
			return &AuditError{Seq: last.Seq, Reason: "last entry does not match the recorded head (changed)"}
		}
		return nil
	})
	if err != nil {
		return count, nil, err
	}
	if progress != nil {
		progress(count)
	}
	if last.Seq == 0 {
		return count, audit.Genesis[:], nil
	}
	return count, append([]byte(nil), last.Computed[:]...), nil
}

// AuditHead returns the sequencer's last committed seq and hash.
func (v *Vault) AuditHead(ctx context.Context) (uint64, []byte, error) {
	val, err := v.s.get(ctx, headKey)
	if errors.Is(err, ErrNotFound) {
		return 0, audit.Genesis[:], nil
	}
	if err != nil {
		return 0, nil, err
	}
	if len(val) != 8+audit.HashSize {
		return 0, nil, &AuditError{Reason: "head record is malformed"}
	}
	return binary.BigEndian.Uint64(val), val[8:], nil
}

// AuditExport calls fn for every audit entry with since <= Time < until, in
// sequence order (a zero since or until is open). Entries are decoded
// strictly; a corrupted entry ends the export with an *AuditError.
func (v *Vault) AuditExport(ctx context.Context, since, until time.Time, fn func(audit.Event) error) error {
	return v.AuditExportRaw(ctx, since, until, func(seq uint64, raw []byte) error {
		e, err := audit.Decode(raw)
		if err != nil {
			return &AuditError{Seq: seq, Reason: "entry is unreadable (corrupted): " + err.Error()}
		}
		return fn(e)
	})
}

// AuditExportRaw is AuditExport with each entry's stored canonical encoding
// (one JSON object; valid until fn returns), so a reviewer can re-derive the
// chain's hashes from an export.
func (v *Vault) AuditExportRaw(ctx context.Context, since, until time.Time, fn func(seq uint64, raw []byte) error) error {
	err := v.s.view(func(txn *badger.Txn) error {
		p := []byte(KSAudit)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		n := 0
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			if n++; n&0xfff == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			key := it.Item().Key()
			var seq uint64
			if len(key) == len(p)+8 {
				seq = binary.BigEndian.Uint64(key[len(p):])
			}
			err := it.Item().Value(func(val []byte) error {
				t, err := audit.EntryTime(val)
				if err != nil {
					return &AuditError{Seq: seq, Reason: "entry is unreadable (corrupted): " + err.Error()}
				}
				if (!since.IsZero() && t.Before(since)) || (!until.IsZero() && !t.Before(until)) {
					return nil
				}
				return fn(seq, val)
			})
			if err != nil {
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

// AuditCount returns the number of audit entries stored (cheap estimate for
// progress bars: keys only).
func (v *Vault) AuditCount(ctx context.Context) (uint64, error) {
	var n uint64
	err := v.s.view(func(txn *badger.Txn) error {
		p := []byte(KSAudit)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			n++
		}
		return nil
	})
	return n, err
}

// pruneAudit removes the prefix of entries older than cutoff. It first
// commits the anchor (the prefix's last seq and hash, HMAC'd) together with
// a checkpoint entry, then deletes the entries, so an interrupted prune
// still verifies.
func (s *store) pruneAudit(ctx context.Context, v *Vault, cutoff time.Time) (int, error) {
	var upto anchor
	var firstSeq uint64
	err := s.view(func(txn *badger.Txn) error {
		p := []byte(KSAudit)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var stop bool
			err := it.Item().Value(func(val []byte) error {
				t, err := audit.EntryTime(val)
				if err != nil {
					return err
				}
				if !t.Before(cutoff) {
					stop = true
					return nil
				}
				l, err := audit.ParseLink(val)
				if err != nil {
					return err
				}
				if l.Hash != l.Computed {
					return errors.New("entry hash mismatch")
				}
				if firstSeq == 0 {
					firstSeq = l.Seq
				}
				upto = anchor{seq: l.Seq, hash: l.Computed}
				return nil
			})
			if err != nil {
				return fmt.Errorf("audit entry %x not pruned, run phigate audit verify: %w", it.Item().Key()[len(p):], err)
			}
			if stop {
				break
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if upto.seq == 0 {
		return 0, nil
	}
	b := v.NewBatch()
	b.ops = append(b.ops, op{key: anchorKey, val: s.keys.encodeAnchor(upto)})
	b.Audit(audit.Event{Actor: "system", Action: audit.ActAuditPruned, Outcome: "ok",
		Detail: fmt.Sprintf("pruned entries %d-%d older than %s; head %s", firstSeq, upto.seq,
			cutoff.UTC().Format(time.RFC3339), base64.StdEncoding.EncodeToString(upto.hash[:]))})
	if err := v.Commit(ctx, b); err != nil {
		return 0, err
	}
	n := 0
	for seq := firstSeq; seq <= upto.seq; {
		end := min(upto.seq, seq+4095)
		err := s.update(int64(end-seq+1)*32, func(txn *badger.Txn) error {
			for q := seq; q <= end; q++ {
				if err := txn.Delete(auditKey(q)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return n, storageErr("prune audit", err)
		}
		n += int(end - seq + 1)
		seq = end + 1
	}
	return n, nil
}

// ErrCheckpointPruned reports a kept checkpoint older than the audit
// retention: its entry is gone, so it can no longer be checked.
var ErrCheckpointPruned = errors.New("vault: the checkpoint's entry was pruned (audit retention); keep a newer checkpoint")

// AuditCheckpoint checks that the chain still passes through a checkpoint
// kept elsewhere (the seq and head hash AuditVerify returned earlier). A
// chain that verifies on its own may still have been rewritten from some
// entry on by someone holding the master key; the kept checkpoint catches
// that. A mismatch is an *AuditError naming the checkpoint's entry.
func (v *Vault) AuditCheckpoint(ctx context.Context, seq uint64, hash []byte) error {
	if len(hash) != audit.HashSize {
		return fmt.Errorf("vault: checkpoint hash must be %d bytes, got %d", audit.HashSize, len(hash))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if seq == 0 {
		if !hmac.Equal(hash, audit.Genesis[:]) {
			return &AuditError{Seq: 1, Reason: "checkpoint 0 must be the genesis hash"}
		}
		return nil
	}
	headSeq, _, err := v.AuditHead(ctx)
	if err != nil {
		return err
	}
	if seq > headSeq {
		return &AuditError{Seq: headSeq + 1, Reason: fmt.Sprintf("the chain ends at entry %d, before the kept checkpoint %d (entries removed and the head rewritten)", headSeq, seq)}
	}
	var got []byte
	err = v.s.view(func(txn *badger.Txn) error {
		item, err := txn.Get(auditKey(seq))
		if err == nil {
			return item.Value(func(val []byte) error {
				l, err := audit.ParseLink(val)
				if err != nil {
					return &AuditError{Seq: seq, Reason: "entry is unreadable (corrupted): " + err.Error()}
				}
				got = append([]byte(nil), l.Computed[:]...)
				return nil
			})
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		item, err = txn.Get(anchorKey)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return &AuditError{Seq: seq, Reason: "the checkpoint's entry is missing (removed)"}
		}
		if err != nil {
			return err
		}
		val, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		a, err := v.s.keys.decodeAnchor(val)
		if err != nil {
			return err
		}
		switch {
		case a.seq == seq:
			got = append([]byte(nil), a.hash[:]...)
			return nil
		case seq < a.seq:
			return fmt.Errorf("checkpoint %d, pruned up to %d: %w", seq, a.seq, ErrCheckpointPruned)
		}
		return &AuditError{Seq: seq, Reason: "the checkpoint's entry is missing (removed)"}
	})
	if err != nil {
		return err
	}
	if !hmac.Equal(got, hash) {
		return &AuditError{Seq: seq, Reason: "entry does not match the kept checkpoint (the chain was rewritten from here or earlier)"}
	}
	return nil
}
