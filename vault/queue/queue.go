// Package queue is the durable delivery queue kept in the vault's q/
// keyspace. Items are keyed by due time so the scheduler reads only what is
// due. An item is one outbound message to one recipient on one channel.
package queue

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/phigate/phigate/vault"
)

// Kinds of queued message.
const (
	KindNotice   = "notice"   // neutral notice carrying a portal link
	KindClean    = "clean"    // PHI-free original relayed unchanged
	KindDSN      = "dsn"      // bounce to the sender
	KindCode     = "code"     // one-time verification code
	KindReminder = "reminder" // unread reminder notice
	KindStaff    = "staff"    // notice to staff (reply received)
)

// Channels.
const (
	ChannelEmail = "email"
	ChannelSMS   = "sms"
)

// Item is one queued outbound message.
type Item struct {
	ID        string `json:"id"`
	MessageID string `json:"message_id"` // the accepted message it came from
	Channel   string `json:"channel"`
	Kind      string `json:"kind"`
	From      string `json:"from"` // envelope sender ("" for DSNs: null reverse-path)
	To        string `json:"to"`
	Data      []byte `json:"data"` // the full RFC 5322 message, or the SMS body
	// Payload, when set, names the sealed vault record that holds Data
	// instead: a large message is stored once for all its recipients, and
	// a Badger transaction never has to carry it (see PayloadKey).
	Payload   string    `json:"payload,omitempty"`
	Media     []string  `json:"media,omitempty"`
	Callback  string    `json:"callback,omitempty"` // SMS StatusCallback of the caller
	Created   time.Time `json:"created"`
	Due       time.Time `json:"due"`
	Attempts  int       `json:"attempts"`
	LastError string    `json:"last_error,omitempty"` // status text, never content
}

// key orders items by due time, then ID.
func key(it *Item) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(it.Due.UnixNano()))
	return hex.EncodeToString(b[:]) + "/" + it.ID
}

// Put adds it to the batch (new item, or the new state of a rescheduled one
// after Remove of the old state).
func Put(b *vault.Batch, it *Item) error {
	val, err := json.Marshal(it)
	if err != nil {
		return fmt.Errorf("queue: encode %s: %w", it.ID, err)
	}
	b.Put(vault.KSQueue, key(it), val)
	return nil
}

// Remove deletes it (as last stored, with its Due) from the queue.
func Remove(b *vault.Batch, it *Item) { b.Delete(vault.KSQueue, key(it)) }

// Due returns up to limit items due at or before now, earliest first.
func Due(ctx context.Context, v *vault.Vault, now time.Time, limit int) ([]*Item, error) {
	var out []*Item
	err := v.Scan(ctx, vault.KSQueue, "", func(k string, val []byte) error {
		var it Item
		if err := json.Unmarshal(val, &it); err != nil {
			return fmt.Errorf("queue: decode %s: %w", k, err)
		}
		if it.Due.After(now) || len(out) >= limit {
			return vault.ErrStop
		}
		out = append(out, &it)
		return nil
	})
	return out, err
}

// Next returns the earliest due time in the queue, or ok=false when empty.
func Next(ctx context.Context, v *vault.Vault) (due time.Time, ok bool, err error) {
	err = v.Scan(ctx, vault.KSQueue, "", func(k string, val []byte) error {
		var it Item
		if err := json.Unmarshal(val, &it); err != nil {
			return fmt.Errorf("queue: decode %s: %w", k, err)
		}
		due, ok = it.Due, true
		return vault.ErrStop
	})
	return due, ok, err
}

// PayloadRecordKind is the RecordMeta.Kind of a shared payload record.
const PayloadRecordKind = "payload"

// PayloadRefPrefix is where the references to payload record id live in the
// vault's message keyspace: one key per queue item still using it. The
// last item to finish shreds the record.
func PayloadRefPrefix(id string) string { return "payload/" + id + "/" }

// PutPayloadRef records that item itemID uses payload id.
func PutPayloadRef(b *vault.Batch, id, itemID string) {
	b.Put(vault.KSMessage, PayloadRefPrefix(id)+itemID, nil)
}
