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
	p := []byte(string(ks) + prefix)
	n := len(ks)
	return v.s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: false})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
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
