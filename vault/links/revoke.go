package links

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"sort"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
)

// RevokeRecord withdraws a sealed message at once: every link to record
// recordID is revoked (and its sealed token shredded), and the record itself
// is crypto-shredded, in one durable commit with an audit event for each
// link and one for the shred. It returns the number of links revoked.
//
// With no link left to revoke it answers like vault.ShredRecord: the
// record's ErrShredded or ErrNotFound, or nil after shredding it. Revoking a
// single link (Revoke) leaves the record for the message's other
// recipients; this is the "revoke the message" action.
func RevokeRecord(ctx context.Context, v *vault.Vault, recordID, actor, channel string) (int, error) {
	var hashes []string
	err := Each(ctx, v, func(l *Link) error {
		if l.RecordID == recordID && !l.Revoked {
			hashes = append(hashes, l.Hash)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	// Lock every stripe involved, in index order so two revocations (or a
	// revocation and Update) cannot deadlock.
	idx := map[int]bool{}
	for _, h := range hashes {
		idx[stripeIndex(h)] = true
	}
	order := make([]int, 0, len(idx))
	for i := range idx {
		order = append(order, i)
	}
	sort.Ints(order)
	for _, i := range order {
		lockStripes[i].Lock()
		defer lockStripes[i].Unlock()
	}

	status := v.RecordStatus(ctx, recordID)
	if status != nil && !errors.Is(status, vault.ErrShredded) && !errors.Is(status, vault.ErrNotFound) {
		return 0, status
	}
	b := v.NewBatch()
	n := 0
	for _, h := range hashes {
		l, err := LookupHash(ctx, v, h) // re-read under the lock
		if errors.Is(err, ErrUnknown) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if l.Revoked {
			continue
		}
		l.Revoked = true
		if l.TokenSealed {
			b.Shred(TokenRecordID(l.ID))
			l.TokenSealed = false
		}
		if err := Put(b, l); err != nil {
			return 0, err
		}
		b.Audit(audit.Event{Time: v.Now().UTC(), Actor: actor, Action: audit.ActRevoked, Channel: channel,
			Objects: []string{"lnk:" + l.ID, "msg:" + l.MessageID, "rec:" + recordID}, Outcome: "ok"})
		n++
	}
	if status == nil {
		b.ShredBy(recordID, actor, channel)
	} else if n == 0 {
		return 0, status
	}
	if err := v.Commit(ctx, b); err != nil {
		return 0, fmt.Errorf("links: revoke record %s: %w", recordID, err)
	}
	return n, nil
}

// stripeIndex is the index of stripe(hash) in lockStripes (a test keeps the
// two in step).
func stripeIndex(hash string) int {
	h := fnv.New32a()
	h.Write([]byte(hash))
	return int(h.Sum32() % uint32(len(lockStripes)))
}
