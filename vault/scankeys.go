package vault

import (
	"context"
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// ScanKeys calls fn for each key in ks starting with prefix, in key order,
// without reading values: a scheduler that must skip most entries (work in
// flight) pays for keys only. fn returning ErrStop ends the scan without
// error.
func (v *Vault) ScanKeys(ctx context.Context, ks Keyspace, prefix string, fn func(key string) error) error {
	return v.ScanKeysFrom(ctx, ks, prefix, "", fn)
}

// ScanKeysFrom is ScanKeys starting at the first key >= from (a key within
// ks, without the keyspace prefix), so a long walk can resume where it
// stopped instead of passing the same keys — and the tombstones of deleted
// ones, which an LSM iterator must step over — again.
func (v *Vault) ScanKeysFrom(ctx context.Context, ks Keyspace, prefix, from string, fn func(key string) error) error {
	p := []byte(string(ks) + prefix)
	start := p
	if from > prefix {
		start = []byte(string(ks) + from)
	}
	n := len(ks)
	return v.s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: false})
		defer it.Close()
		for it.Seek(start); it.ValidForPrefix(p); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(string(it.Item().Key()[n:])); err != nil {
				if errors.Is(err, ErrStop) {
					return nil
				}
				return err
			}
		}
		return nil
	})
}
