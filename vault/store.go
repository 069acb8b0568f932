package vault

// PROVISIONAL: a minimal working store so the rest of phigate can be built
// against the real Badger while the vault's keyring, group-commit sequencer
// and audit chain are written. The exported API in vault.go is the contract.

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

type store struct {
	db   *badger.DB
	kek  cipher.AEAD
	mu   sync.Mutex // audit chain head (provisional: serialises commits)
	seq  uint64
	head []byte
}

func openStore(_ context.Context, opts Options) (*store, error) {
	bo := badger.DefaultOptions(opts.Dir).WithSyncWrites(true).WithLogger(nil)
	h := sha256.Sum256(append([]byte("phigate badger at-rest v1"), opts.MasterKey...))
	bo = bo.WithEncryptionKey(h[:]).WithIndexCacheSize(16 << 20)
	db, err := badger.Open(bo)
	if err != nil {
		return nil, fmt.Errorf("vault: open %s: %w", opts.Dir, err)
	}
	blk, _ := aes.NewCipher(opts.MasterKey)
	kek, _ := cipher.NewGCM(blk)
	return &store{db: db, kek: kek}, nil
}

func (s *store) close() error { return s.db.Close() }

func (s *store) seal(b *Batch, id string, plaintext []byte, meta RecordMeta) error {
	dk := make([]byte, 32)
	if _, err := rand.Read(dk); err != nil {
		return err
	}
	blk, _ := aes.NewCipher(dk)
	g, _ := cipher.NewGCM(blk)
	nonce := make([]byte, g.NonceSize())
	rand.Read(nonce)
	ct := g.Seal(nonce, nonce, plaintext, []byte("rec:"+id))
	n2 := make([]byte, s.kek.NonceSize())
	rand.Read(n2)
	wrapped := s.kek.Seal(n2, n2, dk, []byte("key:"+id))
	mb, _ := json.Marshal(meta)
	b.Put(KSDataKey, id, wrapped)
	b.Put(KSRecord, id, ct)
	b.Put(KSRecord, id+"/meta", mb)
	return nil
}

func (s *store) shred(b *Batch, id string) {
	b.Delete(KSDataKey, id)
	b.Delete(KSRecord, id)
	b.Delete(KSRecord, id+"/meta")
}

func (s *store) open(ctx context.Context, id string) ([]byte, RecordMeta, error) {
	var meta RecordMeta
	wrapped, err := s.get(ctx, []byte(string(KSDataKey)+id))
	if errors.Is(err, ErrNotFound) {
		return nil, meta, ErrShredded
	}
	if err != nil {
		return nil, meta, err
	}
	ct, err := s.get(ctx, []byte(string(KSRecord)+id))
	if err != nil {
		return nil, meta, err
	}
	mb, err := s.get(ctx, []byte(string(KSRecord)+id+"/meta"))
	if err != nil {
		return nil, meta, err
	}
	_ = json.Unmarshal(mb, &meta)
	ns := s.kek.NonceSize()
	if len(wrapped) < ns {
		return nil, meta, ErrTampered
	}
	dk, err := s.kek.Open(nil, wrapped[:ns], wrapped[ns:], []byte("key:"+id))
	if err != nil {
		return nil, meta, ErrTampered
	}
	blk, _ := aes.NewCipher(dk)
	g, _ := cipher.NewGCM(blk)
	if len(ct) < g.NonceSize() {
		return nil, meta, ErrTampered
	}
	pt, err := g.Open(nil, ct[:g.NonceSize()], ct[g.NonceSize():], []byte("rec:"+id))
	if err != nil {
		return nil, meta, ErrTampered
	}
	return pt, meta, nil
}

func (s *store) commit(ctx context.Context, b *Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	seq, head := s.seq, s.head
	err := s.db.Update(func(txn *badger.Txn) error {
		for _, o := range b.ops {
			var err error
			if o.delete {
				err = txn.Delete(o.key)
			} else {
				err = txn.Set(o.key, o.val)
			}
			if err != nil {
				return err
			}
		}
		for _, e := range b.events {
			seq++
			e.Seq = seq
			e.Prev = head
			e.Hash = nil
			raw, _ := json.Marshal(e)
			sum := sha256.Sum256(raw)
			e.Hash = sum[:]
			head = e.Hash
			val, _ := json.Marshal(e)
			k := make([]byte, len(KSAudit)+8)
			copy(k, KSAudit)
			binary.BigEndian.PutUint64(k[len(KSAudit):], seq)
			if err := txn.Set(k, val); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrTemporary, err)
	}
	s.seq, s.head = seq, head
	return nil
}

func (s *store) get(_ context.Context, key []byte) ([]byte, error) {
	var out []byte
	err := s.db.View(func(txn *badger.Txn) error {
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
	return out, err
}

func (s *store) scan(ctx context.Context, ks, prefix string, fn func(string, []byte) error) error {
	p := []byte(ks + prefix)
	return s.db.View(func(txn *badger.Txn) error {
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
			if err := fn(strings.TrimPrefix(string(item.Key()), ks), val); err != nil {
				if errors.Is(err, ErrStop) {
					return nil
				}
				return err
			}
		}
		return nil
	})
}
