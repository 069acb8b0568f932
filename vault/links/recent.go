package links

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/phigate/phigate/vault"
)

// Recent reads: a page that only shows a link's state (the portal's
// landing page, which every mail scanner and link preview fetches too) may
// reuse a read of it for a moment instead of going to the store on every
// request. Every write of a link (Put) forgets the link's read both when it
// is added to a batch and when that batch's commit has finished, and a read
// that raced a write removes itself (epochs below), so no read older than
// the last committed write survives. Unknown tokens are remembered the same
// way as known ones, so a repeated request costs the same either way.

type recentRead struct {
	raw []byte // nil: no such link
	at  time.Time
}

var (
	recent  sync.Map // token hash → *recentRead
	recentN atomic.Int64
	// epochs change whenever a link of the stripe is written.
	epochs [64]atomic.Uint64
)

// maxRecent bounds the remembered reads (an attacker can make reads of
// unknown tokens at will); past it all are dropped.
const maxRecent = 50_000

func epoch(hash string) *atomic.Uint64 {
	var h uint32 = 2166136261
	for i := 0; i < len(hash); i++ {
		h ^= uint32(hash[i])
		h *= 16777619
	}
	return &epochs[h%uint32(len(epochs))]
}

func forget(hash string) {
	epoch(hash).Add(1)
	recent.Delete(hash)
}

// LookupRecentRaw returns the stored encoding of the link with token hash
// (nil when there is none) as read from the vault at most maxAge before
// now. Callers that change state or show anything beyond the link's state
// must use LookupHash.
func LookupRecentRaw(ctx context.Context, v *vault.Vault, hash string, now time.Time, maxAge time.Duration) ([]byte, error) {
	if e, ok := recent.Load(hash); ok {
		if r := e.(*recentRead); !now.Before(r.at) && now.Sub(r.at) < maxAge {
			return r.raw, nil
		}
	}
	ep := epoch(hash).Load()
	raw, err := v.Get(ctx, vault.KSLink, hash)
	if err != nil && !errors.Is(err, vault.ErrNotFound) {
		return nil, err
	}
	if recentN.Add(1) > maxRecent {
		recent.Clear()
		recentN.Store(0)
	}
	r := &recentRead{raw: raw, at: now}
	recent.Store(hash, r)
	if epoch(hash).Load() != ep {
		recent.CompareAndDelete(hash, r) // a write raced this read
	}
	return raw, nil
}
