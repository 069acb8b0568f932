// Package delivery runs phigate's durable outbound queue: it takes due items
// from the vault's q/ keyspace, hands each to the Sender of its channel (the
// upstream MTA, the dev outbox, Twilio), and records the outcome — removed
// and audited when delivered, rescheduled with backoff when the failure is
// temporary, bounced (RFC 3464 DSN to the sender) when it is permanent or
// the item has been queued too long.
//
// Delivery is at-least-once. An item leaves the queue only in the commit
// that records its outcome, so an item in flight when the process dies is
// sent again after restart with the same bytes and Message-ID.
package delivery

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

// Options configure a Manager.
type Options struct {
	Vault *vault.Vault
	// Senders by queue channel. An item whose channel has no sender stays
	// queued (and is reported once in the log).
	Senders map[string]Sender
	// Observers by queue channel; optional.
	Observers map[string]Observer
	// Bounce renders the DSN for a failed email item; nil disables DSNs.
	Bounce func(it *queue.Item, status string, now time.Time) (*queue.Item, error)

	Workers        int           // concurrent sends
	FirstRetry     time.Duration // delay after the first failure
	MaxBackoff     time.Duration // cap on the delay between attempts
	MaxLifetime    time.Duration // give up (bounce) after this long in the queue
	AttemptTimeout time.Duration // one send, dial to final reply

	Log *slog.Logger
	Now func() time.Time
	// Jitter returns a factor in [0.8, 1.2) applied to each backoff; nil
	// uses math/rand. Tests pin it.
	Jitter func() float64
	// Settled, if set, is called after each attempt's outcome is committed
	// (or failed to commit: outcome "error"), before the item is released.
	Settled func(it *queue.Item, outcome string)
}

// Manager schedules and sends queued items. Create with New, start with Run.
type Manager struct {
	o    Options
	log  *slog.Logger
	wake chan struct{}
	work chan *queue.Item

	mu       sync.Mutex
	inflight map[string]struct{}
	missing  map[string]bool // channels without a sender, reported once

	// payloadMu serialises the last-reference check of shared payloads.
	payloadMu [16]sync.Mutex

	// commitFailed slows the scheduler after a failed outcome commit, so a
	// broken disk does not turn into a hot resend loop.
	commitFailed chan struct{}
}

// New checks o and builds a Manager.
func New(o Options) (*Manager, error) {
	if o.Vault == nil {
		return nil, errors.New("delivery: no vault")
	}
	if o.Workers < 1 {
		o.Workers = 1
	}
	if o.FirstRetry <= 0 || o.MaxBackoff <= 0 || o.MaxLifetime <= 0 || o.AttemptTimeout <= 0 {
		return nil, errors.New("delivery: retry durations must be positive")
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Jitter == nil {
		o.Jitter = func() float64 { return 0.8 + 0.4*rand.Float64() }
	}
	return &Manager{
		o:            o,
		log:          o.Log.With("component", "delivery"),
		wake:         make(chan struct{}, 1),
		work:         make(chan *queue.Item, o.Workers),
		inflight:     map[string]struct{}{},
		missing:      map[string]bool{},
		commitFailed: make(chan struct{}, 1),
	}, nil
}

// Kick tells the scheduler that new items may be due. It never blocks.
func (m *Manager) Kick() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// maxIdle bounds how long the scheduler sleeps without a kick, so an item
// whose kick was lost (or whose due time was computed by another clock) is
// still picked up.
const maxIdle = 30 * time.Second

// Run sends queued items until ctx is done, then waits for the sends in
// flight to finish (each bounded by AttemptTimeout) and returns.
func (m *Manager) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for range m.o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range m.work {
				m.deliver(it)
			}
		}()
	}
	defer func() {
		close(m.work)
		wg.Wait()
	}()

	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		next, err := m.dispatch(ctx)
		if err != nil && ctx.Err() == nil {
			m.log.Error("queue scan failed", "err", err)
			next = m.o.Now().Add(time.Second)
		}
		wait := maxIdle
		if !next.IsZero() {
			wait = max(0, min(wait, next.Sub(m.o.Now())))
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return nil
		case <-m.commitFailed:
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Second):
			}
		case <-m.wake:
		case <-timer.C:
		}
	}
}

// capacity is how many items may be in flight: one per worker plus one
// waiting per worker, so workers never idle between scans.
func (m *Manager) capacity() int { return 2 * m.o.Workers }

// dispatch hands due items to the workers until capacity is reached. It
// returns when to look again: the next due time, or zero when only a kick
// (a new commit or a finished send) can change anything.
func (m *Manager) dispatch(ctx context.Context) (time.Time, error) {
	now := m.o.Now()
	var keys []queue.Key
	next, more, err := queue.ScanDue(ctx, m.o.Vault, now, func(k queue.Key, id string) error {
		m.mu.Lock()
		_, busy := m.inflight[id]
		full := len(m.inflight)+len(keys) >= m.capacity()
		m.mu.Unlock()
		if full {
			return vault.ErrStop
		}
		if !busy {
			keys = append(keys, k)
		}
		return nil
	})
	if err != nil {
		return time.Time{}, err
	}
	for _, k := range keys {
		it, err := queue.Load(ctx, m.o.Vault, k)
		if errors.Is(err, vault.ErrNotFound) {
			continue // finished between the scan and the load
		}
		if err != nil {
			return time.Time{}, err
		}
		if _, ok := m.o.Senders[it.Channel]; !ok {
			m.reportMissing(it.Channel)
			continue
		}
		m.mu.Lock()
		if _, busy := m.inflight[it.ID]; busy {
			m.mu.Unlock()
			continue
		}
		m.inflight[it.ID] = struct{}{}
		m.mu.Unlock()
		select {
		case m.work <- it:
		case <-ctx.Done():
			m.release(it.ID)
			return time.Time{}, nil
		}
	}
	if !more {
		return time.Time{}, nil
	}
	return next, nil
}

func (m *Manager) reportMissing(channel string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.missing[channel] {
		m.missing[channel] = true
		m.log.Error("no sender for queue channel; items stay queued", "channel", channel)
	}
}

func (m *Manager) release(id string) {
	m.mu.Lock()
	delete(m.inflight, id)
	m.mu.Unlock()
	m.Kick()
}

// InFlight reports how many items are being sent right now.
func (m *Manager) InFlight() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.inflight)
}

// deliver makes one attempt and commits its outcome. The send does not use
// Run's context: a shutdown lets the attempt finish (AttemptTimeout bounds
// it) so its outcome is recorded rather than repeated after restart.
func (m *Manager) deliver(it *queue.Item) {
	defer m.release(it.ID)
	outcome := "error"
	if m.o.Settled != nil {
		defer func() { m.o.Settled(it, outcome) }()
	}
	ctx, cancel := context.WithTimeout(context.Background(), m.o.AttemptTimeout)
	rcpt, err := m.send(ctx, it)
	cancel()
	now := m.o.Now().UTC()

	b := m.o.Vault.NewBatch()
	queue.Remove(b, it)
	ev := audit.Event{Time: now, Actor: "system", Channel: it.Channel,
		Objects: []string{"msg:" + it.MessageID, "q:" + it.ID}, Recipients: []string{it.To}}
	obs := m.o.Observers[it.Channel]
	var result string
	var obsErr error
	switch {
	case err == nil:
		ev.Action, ev.Outcome, ev.Detail = audit.ActDelivered, "ok", rcpt.Status
		if rcpt.ProviderID != "" {
			ev.Objects = append(ev.Objects, "provider:"+rcpt.ProviderID)
		}
		if obs != nil {
			obsErr = obs.Delivered(b, it, rcpt)
		}
		result = "delivered"
	default:
		permanent, status := classify(err)
		it.Attempts++
		it.LastError = status
		expired := now.Sub(it.Created) >= m.o.MaxLifetime
		if !permanent && !expired {
			it.Due = now.Add(m.backoff(it.Attempts))
			if perr := queue.Put(b, it); perr != nil {
				m.log.Error("queue encode failed", "q", it.ID, "err", perr)
				return
			}
			ev.Action, ev.Outcome, ev.Detail = audit.ActDeferred, "temp", status
			if obs != nil {
				obsErr = obs.Failed(b, it, false, status)
			}
			result = "deferred"
			break
		}
		if expired && !permanent {
			status = "expired after " + m.o.MaxLifetime.String() + " in queue; last error: " + status
		}
		ev.Action, ev.Outcome, ev.Detail = audit.ActBounced, "perm", status
		if m.o.Bounce != nil && bounces(it) {
			dsn, derr := m.o.Bounce(it, status, now)
			if derr != nil {
				m.log.Error("render DSN failed", "q", it.ID, "err", derr)
			} else if dsn != nil {
				if perr := queue.Put(b, dsn); perr != nil {
					m.log.Error("queue encode failed", "q", dsn.ID, "err", perr)
					return
				}
				ev.Objects = append(ev.Objects, "q:"+dsn.ID)
			}
		}
		if obs != nil {
			obsErr = obs.Failed(b, it, true, status)
		}
		result = "bounced"
	}
	if obsErr != nil {
		m.log.Error("delivery observer failed; attempt will be repeated", "q", it.ID, "channel", it.Channel, "err", obsErr)
		m.slowDown()
		return
	}
	b.Audit(ev)
	cctx, ccancel := context.WithTimeout(context.Background(), m.o.AttemptTimeout)
	defer ccancel()
	if it.Payload != "" && result != "deferred" {
		// The last item to finish shreds the shared payload, in the same
		// commit; the lock keeps two last items from each leaving it.
		mu := &m.payloadMu[fnv32(it.Payload)%uint32(len(m.payloadMu))]
		mu.Lock()
		defer mu.Unlock()
		if err := m.releasePayload(cctx, b, it); err != nil {
			m.log.Error("payload reference check failed; it is left to retention", "q", it.ID, "err", err)
		}
	}
	if cerr := m.o.Vault.Commit(cctx, b); cerr != nil {
		// The item stays queued as it was: it is sent again (a duplicate if
		// this attempt was delivered; the Message-ID is the same).
		m.log.Error("recording delivery outcome failed; item will be retried", "q", it.ID, "outcome", result, "err", cerr)
		m.slowDown()
		return
	}
	// Status may quote the remote's reply text; logs get the code only.
	outcome = result
	m.log.Info("delivery", "q", it.ID, "msg_id", it.MessageID, "channel", it.Channel, "kind", it.Kind,
		"outcome", result, "attempts", it.Attempts, "code", statusCode(ev.Detail))
}

func (m *Manager) slowDown() {
	select {
	case m.commitFailed <- struct{}{}:
	default:
	}
}

// bounces reports whether a failure of it is reported to its sender: only
// messages a sender wrote (notices stand for them) and only when there is a
// sender to tell. DSNs never bounce (RFC 3464 §2), and the gateway's own
// codes and reminders have no human sender waiting on them.
func bounces(it *queue.Item) bool {
	return it.Channel == queue.ChannelEmail && it.From != "" &&
		(it.Kind == queue.KindNotice || it.Kind == queue.KindClean)
}

// backoff is the delay before attempt n+1: FirstRetry doubled per failure,
// capped at MaxBackoff, with ±20% jitter so a burst of failures does not
// retry in lockstep.
func (m *Manager) backoff(attempts int) time.Duration {
	d := m.o.FirstRetry
	for i := 1; i < attempts && d < m.o.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, m.o.MaxBackoff)
	return time.Duration(float64(d) * m.o.Jitter())
}

// statusCode is the leading reply code of a status ("451 4.4.1 ..." →
// "451 4.4.1"), which is what logs may carry.
func statusCode(s string) string {
	var code, enh string
	if _, err := fmt.Sscanf(s, "%s %s", &code, &enh); err != nil {
		return code
	}
	if len(enh) >= 5 && enh[1] == '.' {
		return code + " " + enh
	}
	return code
}

// send hands it to its channel's sender, with a shared payload loaded.
func (m *Manager) send(ctx context.Context, it *queue.Item) (Receipt, error) {
	if it.Payload == "" {
		return m.o.Senders[it.Channel].Send(ctx, it)
	}
	data, _, err := m.o.Vault.OpenRecord(ctx, it.Payload)
	switch {
	case errors.Is(err, vault.ErrNotFound), errors.Is(err, vault.ErrShredded):
		return Receipt{}, Permanent("554 5.3.0 message content is no longer stored", err)
	case err != nil:
		return Receipt{}, Temporary("reading the stored message failed", err)
	}
	cp := *it // the queue keeps referencing the payload, not a copy of it
	cp.Data = data
	return m.o.Senders[it.Channel].Send(ctx, &cp)
}

// releasePayload drops it's reference to its payload and shreds the
// payload when no other item uses it.
func (m *Manager) releasePayload(ctx context.Context, b *vault.Batch, it *queue.Item) error {
	prefix := queue.PayloadRefPrefix(it.Payload)
	b.Delete(vault.KSMessage, prefix+it.ID)
	others := false
	err := m.o.Vault.ScanKeys(ctx, vault.KSMessage, prefix, func(key string) error {
		if key != prefix+it.ID {
			others = true
			return vault.ErrStop
		}
		return nil
	})
	if err != nil {
		return err
	}
	if !others {
		b.Shred(it.Payload)
	}
	return nil
}

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
