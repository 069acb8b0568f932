package queue

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/phigate/phigate/vault"
)

// Key is an item's storage key (due time, then ID), as ScanDue reports it.
type Key string

// Parse splits k into its due time and item ID.
func (k Key) Parse() (due time.Time, id string, ok bool) {
	hexDue, id, found := strings.Cut(string(k), "/")
	if !found || len(hexDue) != 16 || id == "" {
		return time.Time{}, "", false
	}
	var b [8]byte
	if _, err := hex.Decode(b[:], []byte(hexDue)); err != nil {
		return time.Time{}, "", false
	}
	return time.Unix(0, int64(binary.BigEndian.Uint64(b[:]))), id, true
}

// ScanDue calls fn with the key of every item due at or before now, earliest
// first, reading keys only (values are loaded with Load for the keys fn
// keeps). It reports the due time of the first item that is not yet due,
// so the caller knows when to look again. fn returning vault.ErrStop ends
// the scan.
func ScanDue(ctx context.Context, v *vault.Vault, now time.Time, fn func(k Key, id string) error) (next time.Time, more bool, err error) {
	return ScanDueFrom(ctx, v, now, "", fn)
}

// ScanDueFrom is ScanDue starting at key from (inclusive).
func ScanDueFrom(ctx context.Context, v *vault.Vault, now time.Time, from Key, fn func(k Key, id string) error) (next time.Time, more bool, err error) {
	err = v.ScanKeysFrom(ctx, vault.KSQueue, "", string(from), func(key string) error {
		due, id, ok := Key(key).Parse()
		if !ok {
			return nil // not an item key; nothing else lives here
		}
		if due.After(now) {
			next, more = due, true
			return vault.ErrStop
		}
		return fn(Key(key), id)
	})
	return next, more, err
}

// KeyOf is the key it is stored under (by its current Due).
func KeyOf(it *Item) Key { return Key(key(it)) }

// Load reads the item stored under k.
func Load(ctx context.Context, v *vault.Vault, k Key) (*Item, error) {
	val, err := v.Get(ctx, vault.KSQueue, string(k))
	if err != nil {
		return nil, err
	}
	var it Item
	if err := json.Unmarshal(val, &it); err != nil {
		return nil, fmt.Errorf("queue: decode %s: %w", k, err)
	}
	return &it, nil
}

// Count returns the number of queued items (keys only).
func Count(ctx context.Context, v *vault.Vault) (int, error) {
	n := 0
	err := v.ScanKeys(ctx, vault.KSQueue, "", func(string) error { n++; return nil })
	return n, err
}
