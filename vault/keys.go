package vault

// The keyring: versioned key-encryption keys (KEK) kept in the meta
// keyspace, each wrapped by a key derived from the master key. The highest
// version is active and wraps new per-record data keys; older versions stay
// to unwrap until Rewrap has moved every data key off them.
//
// Key derivation (HKDF-SHA256 over the 32-byte master key, no salt unless
// stated, 32-byte outputs), one info string per purpose:
//
//	phigate/kek-wrap/v1        wraps KEKs (AES-256-GCM)
//	phigate/badger-at-rest/v1  Badger's own encryption at rest
//	phigate/audit-anchor/v1    HMAC of audit pruning anchors
//	phigate/backup/v1          backup streams (salt: 32 random bytes per backup)

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// ErrWrongMasterKey reports a master key that does not open a data dir or a
// backup.
var ErrWrongMasterKey = errors.New("vault: wrong master key")

const (
	infoKEKWrap = "phigate/kek-wrap/v1"
	infoAtRest  = "phigate/badger-at-rest/v1"
	infoAnchor  = "phigate/audit-anchor/v1"
	infoBackup  = "phigate/backup/v1"

	kekFormat     = 1
	dataKeyFormat = 1
	wrappedDKLen  = 1 + 4 + 12 + 32 + 16
)

// meta keys (all under KSMeta).
const (
	metaKEK         = "kek/"        // + 8 hex digits of the version
	metaAuditHead   = "audit.head"  // seq (8) | hash (32) of the last entry
	metaAuditAnchor = "audit.anchr" // pruning anchor: seq | hash | HMAC
	metaPending     = "pend/"       // + record id: large record written ahead
	metaShredded    = "shred/"      // + record id: tombstone (time)
)

func derive(master []byte, salt []byte, info string) []byte {
	k, err := hkdf.Key(sha256.New, master, salt, info, 32)
	if err != nil {
		panic("vault: hkdf: " + err.Error()) // only on impossible lengths
	}
	return k
}

func newGCM(key []byte) cipher.AEAD {
	blk, err := aes.NewCipher(key)
	if err != nil {
		panic("vault: aes: " + err.Error()) // key sizes are fixed here
	}
	g, err := cipher.NewGCM(blk)
	if err != nil {
		panic("vault: gcm: " + err.Error())
	}
	return g
}

// keyring is immutable; rotation swaps in a new one.
type keyring struct {
	active  uint32
	keks    map[uint32]cipher.AEAD
	created map[uint32]time.Time
}

type keys struct {
	wrap   cipher.AEAD // wraps KEKs
	anchor []byte      // HMAC key for audit anchors
	master []byte
	ring   atomic.Pointer[keyring]
}

func kekKey(ver uint32) []byte {
	return fmt.Appendf([]byte(string(KSMeta)+metaKEK), "%08x", ver)
}

func kekAD(ver uint32, created int64) []byte {
	ad := []byte("phigate/kek/v1\x00")
	ad = binary.BigEndian.AppendUint32(ad, ver)
	return binary.BigEndian.AppendUint64(ad, uint64(created))
}

// loadKeyring reads every KEK; an empty vault gets version 1.
func (k *keys) load(db *badger.DB, now time.Time) error {
	ring := &keyring{keks: map[uint32]cipher.AEAD{}, created: map[uint32]time.Time{}}
	p := []byte(string(KSMeta) + metaKEK)
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			var ver uint32
			if _, err := fmt.Sscanf(string(it.Item().Key()[len(p):]), "%08x", &ver); err != nil {
				return fmt.Errorf("vault: keyring entry %q: %w", it.Item().Key(), ErrTampered)
			}
			err := it.Item().Value(func(val []byte) error {
				kek, created, err := k.unwrapKEK(ver, val)
				if err != nil {
					return err
				}
				ring.keks[ver] = newGCM(kek)
				ring.created[ver] = created
				if ver > ring.active {
					ring.active = ver
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(ring.keks) == 0 {
		// A keyring is created only for a vault without data keys: creating
		// one over existing data keys would hide their loss behind
		// "tampered" errors, and wrap new records under a key that nobody
		// can tell apart from the lost one.
		var orphaned int
		err := db.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(KSDataKey)})
			defer it.Close()
			for it.Seek([]byte(KSDataKey)); it.ValidForPrefix([]byte(KSDataKey)) && orphaned < 1000; it.Next() {
				orphaned++
			}
			return nil
		})
		if err != nil {
			return err
		}
		if orphaned > 0 {
			return fmt.Errorf("vault: the keyring is missing but data keys exist (%d or more); restore the data dir from a backup: %w", orphaned, ErrKeyLost)
		}
		val, kek, err := k.wrapKEK(1, now)
		if err != nil {
			return err
		}
		if err := db.Update(func(txn *badger.Txn) error { return txn.Set(kekKey(1), val) }); err != nil {
			return fmt.Errorf("vault: create keyring: %w", err)
		}
		ring.keks[1] = newGCM(kek)
		ring.created[1] = now
		ring.active = 1
	}
	k.ring.Store(ring)
	return nil
}

func (k *keys) wrapKEK(ver uint32, now time.Time) (val, kek []byte, err error) {
	kek = make([]byte, 32)
	if _, err := rand.Read(kek); err != nil {
		return nil, nil, err
	}
	created := now.UnixNano()
	val = []byte{kekFormat}
	val = binary.BigEndian.AppendUint64(val, uint64(created))
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, nil, err
	}
	val = append(val, nonce...)
	val = k.wrap.Seal(val, nonce, kek, kekAD(ver, created))
	return val, kek, nil
}

func (k *keys) unwrapKEK(ver uint32, val []byte) ([]byte, time.Time, error) {
	if len(val) != 1+8+12+32+16 || val[0] != kekFormat {
		return nil, time.Time{}, fmt.Errorf("vault: key-encryption key version %d is malformed: %w", ver, ErrTampered)
	}
	created := int64(binary.BigEndian.Uint64(val[1:9]))
	kek, err := k.wrap.Open(nil, val[9:21], val[21:], kekAD(ver, created))
	if err != nil {
		// Badger has already checked the master key (its at-rest key comes
		// from it), so a KEK that does not open was changed or corrupted.
		return nil, time.Time{}, fmt.Errorf("vault: key-encryption key version %d does not open (the keyring entry was changed or corrupted): %w", ver, ErrTampered)
	}
	return kek, time.Unix(0, created).UTC(), nil
}

func dataKeyAD(id string, ver uint32) []byte {
	ad := []byte("phigate/dk/v1\x00")
	ad = binary.BigEndian.AppendUint32(ad, ver)
	return append(ad, id...)
}

// wrapDataKey wraps dk for record id under the active KEK.
func (k *keys) wrapDataKey(id string, dk []byte) ([]byte, error) {
	ring := k.ring.Load()
	return wrapDK(ring.keks[ring.active], ring.active, id, dk)
}

func wrapDK(kek cipher.AEAD, ver uint32, id string, dk []byte) ([]byte, error) {
	out := make([]byte, 0, wrappedDKLen)
	out = append(out, dataKeyFormat)
	out = binary.BigEndian.AppendUint32(out, ver)
	var nonce [12]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	out = append(out, nonce[:]...)
	return kek.Seal(out, nonce[:], dk, dataKeyAD(id, ver)), nil
}

// unwrapDataKey opens record id's wrapped data key.
func (k *keys) unwrapDataKey(id string, w []byte) ([]byte, uint32, error) {
	if len(w) != wrappedDKLen || w[0] != dataKeyFormat {
		return nil, 0, fmt.Errorf("vault: record %s: wrapped data key is malformed: %w", id, ErrTampered)
	}
	ver := binary.BigEndian.Uint32(w[1:5])
	kek, ok := k.ring.Load().keks[ver]
	if !ok {
		return nil, ver, fmt.Errorf("vault: record %s: data key wrapped by key-encryption key version %d: %w", id, ver, ErrKeyLost)
	}
	dk, err := kek.Open(nil, w[5:17], w[17:], dataKeyAD(id, ver))
	if err != nil {
		return nil, ver, fmt.Errorf("vault: record %s: data key does not open (changed, or moved from another record): %w", id, ErrTampered)
	}
	return dk, ver, nil
}

// KeyInfo describes one key-encryption key version.
type KeyInfo struct {
	Version uint32
	Created time.Time
	Active  bool
	// Records is the number of data keys wrapped by this version.
	Records int
}

// ListKeys returns the keyring's versions, oldest first, with the number of
// data keys each one wraps.
func (v *Vault) ListKeys(ctx context.Context) ([]KeyInfo, error) {
	ring := v.s.keys.ring.Load()
	counts := map[uint32]int{}
	err := v.s.view(func(txn *badger.Txn) error {
		p := []byte(KSDataKey)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := it.Item().Value(func(val []byte) error {
				if len(val) >= 5 {
					counts[binary.BigEndian.Uint32(val[1:5])]++
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, storageErr("list keys", err)
	}
	var out []KeyInfo
	for ver := range ring.keks {
		out = append(out, KeyInfo{Version: ver, Created: ring.created[ver], Active: ver == ring.active, Records: counts[ver]})
		delete(counts, ver)
	}
	for ver, n := range counts { // wrapped by a version the keyring lacks
		out = append(out, KeyInfo{Version: ver, Records: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// RotateKEK adds a new key-encryption key version and makes it active. Old
// versions stay to unwrap existing data keys; Rewrap moves those.
func (v *Vault) RotateKEK(ctx context.Context, actor string) (uint32, error) {
	v.s.rotMu.Lock()
	defer v.s.rotMu.Unlock()
	old := v.s.keys.ring.Load()
	ver := old.active + 1
	now := v.Now()
	val, kek, err := v.s.keys.wrapKEK(ver, now)
	if err != nil {
		return 0, err
	}
	b := v.NewBatch()
	b.ops = append(b.ops, op{key: kekKey(ver), val: val})
	b.Audit(audit.Event{Time: now, Actor: actor, Action: audit.ActKeyRotated, Channel: "cli",
		Objects: []string{fmt.Sprintf("kek:%d", ver)}, Outcome: "ok"})
	if err := v.Commit(ctx, b); err != nil {
		return 0, err
	}
	ring := &keyring{active: ver, keks: map[uint32]cipher.AEAD{ver: newGCM(kek)}, created: map[uint32]time.Time{ver: now.UTC()}}
	for k, a := range old.keks {
		ring.keks[k] = a
		ring.created[k] = old.created[k]
	}
	v.s.keys.ring.Store(ring)
	return ver, nil
}

// RewrapProgress reports Rewrap's progress: done of total data keys that
// were not under the active version when Rewrap started.
type RewrapProgress func(done, total int)

// Rewrap re-wraps every data key that is not under the active KEK version.
// It works in small transactions and is resumable: interrupted, it can be
// run again and continues with what is left. Data keys shredded meanwhile
// stay shredded (each step re-reads the key in the transaction that writes
// it; Badger's conflict detection retries the step).
func (v *Vault) Rewrap(ctx context.Context, actor string, progress RewrapProgress) (int, error) {
	v.s.rotMu.Lock()
	defer v.s.rotMu.Unlock()
	ring := v.s.keys.ring.Load()
	kis, err := v.ListKeys(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, ki := range kis {
		if !ki.Active {
			total += ki.Records
		}
	}
	if progress != nil {
		progress(0, total)
	}
	done, nbad, bad, err := v.rewrapAll(ctx, ring, func(done int) {
		if progress != nil {
			progress(done, total)
		}
	})
	if done > 0 {
		// Recorded even when interrupted: those data keys did move. The
		// event must not be lost to the cancellation that stopped us.
		outcome, detail := "ok", fmt.Sprintf("rewrapped %d data keys", done)
		if err != nil || nbad > 0 {
			outcome, detail = "partial", fmt.Sprintf("rewrapped %d data keys, then stopped or skipped; %d do not open", done, nbad)
		}
		b := v.NewBatch()
		b.Audit(audit.Event{Time: v.Now(), Actor: actor, Action: audit.ActKeyRewrapped, Channel: "cli",
			Objects: []string{fmt.Sprintf("kek:%d", ring.active)}, Outcome: outcome, Detail: detail})
		if cerr := v.Commit(context.WithoutCancel(ctx), b); cerr != nil && err == nil {
			err = cerr
		}
	}
	if err != nil {
		return done, err
	}
	if nbad > 0 {
		return done, fmt.Errorf("vault: rewrap: %d data keys do not open and stay under their old key version (shred those records, or restore them from a backup); first: %w", nbad, bad[0])
	}
	return done, nil
}

// rewrapAll walks the data keys in steps of one transaction each. bad keeps
// the first few errors of data keys that do not open; nbad counts them all.
func (v *Vault) rewrapAll(ctx context.Context, ring *keyring, step func(done int)) (done, nbad int, bad []error, err error) {
	const stepSize = 256
	p := []byte(KSDataKey)
	from := []byte(KSDataKey)
	for {
		if err := ctx.Err(); err != nil {
			return done, nbad, bad, err
		}
		var ids []string
		err := v.s.view(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
			defer it.Close()
			for it.Seek(from); it.ValidForPrefix(p) && len(ids) < stepSize; it.Next() {
				k := it.Item().KeyCopy(nil)
				from = append(k, 0)
				err := it.Item().Value(func(val []byte) error {
					if len(val) >= 5 && binary.BigEndian.Uint32(val[1:5]) != ring.active {
						ids = append(ids, string(k[len(p):]))
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return done, nbad, bad, storageErr("rewrap", err)
		}
		if len(ids) == 0 {
			return done, nbad, bad, nil
		}
		n, stepBad, err := v.rewrapStep(ids, ring)
		done += n
		if err != nil {
			return done, nbad, bad, err
		}
		if len(bad) < 10 {
			bad = append(bad, stepBad[:min(len(stepBad), 10-len(bad))]...)
		}
		nbad += len(stepBad)
		step(done)
	}
}

// rewrapStep rewraps the data keys of ids in one transaction. bad holds the
// errors of data keys that do not open.
func (v *Vault) rewrapStep(ids []string, ring *keyring) (n int, bad []error, err error) {
	for attempt := 0; ; attempt++ {
		err := v.s.update(int64(len(ids))*(wrappedDKLen+64), func(txn *badger.Txn) error {
			n, bad = 0, bad[:0]
			for _, id := range ids {
				k := []byte(string(KSDataKey) + id)
				it, err := txn.Get(k)
				if errors.Is(err, badger.ErrKeyNotFound) {
					continue // shredded meanwhile
				}
				if err != nil {
					return err
				}
				w, err := it.ValueCopy(nil)
				if err != nil {
					return err
				}
				dk, ver, err := v.s.keys.unwrapDataKey(id, w)
				if errors.Is(err, ErrTampered) || errors.Is(err, ErrKeyLost) {
					// One bad data key must not block the rest: it stays
					// as it is (still unreadable) and is reported.
					bad = append(bad, err)
					continue
				}
				if err != nil {
					return err
				}
				if ver == ring.active {
					continue
				}
				nw, err := wrapDK(ring.keks[ring.active], ring.active, id, dk)
				if err != nil {
					return err
				}
				if err := txn.Set(k, nw); err != nil {
					return err
				}
				n++
			}
			return nil
		})
		if errors.Is(err, badger.ErrConflict) && attempt < 10 {
			continue
		}
		if err != nil {
			return 0, nil, storageErr("rewrap", err)
		}
		return n, bad, nil
	}
}
