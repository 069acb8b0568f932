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
	"container/heap"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime/debug"
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

	// The scheduler learns of work in two ways. Writers that know what
	// they queued announce the keys (Notify; deferred items go on the
	// later heap), which costs one point read per item. Everything else
	// — a restart, a Kick from a writer that did not say what, a lost
	// announcement — is found by a pass over the queue's keys. A pass
	// resumes where it stopped when workers were busy, so a backlog is
	// walked once, not once per send: delivered items leave tombstones
	// that every walk from the start would step over again.
	ready      []queue.Key
	later      laterHeap
	scanWanted bool
	cursor     queue.Key // where the current pass resumes
	rescanAt   time.Time // a pass saw an item not yet due: look again then
	// lastPass and lastStep are wall-clock (time.Now), not Options.Now:
	// they pace the scheduler's own work, while Options.Now (injectable)
	// decides what is due.
	lastPass time.Time // when the last pass ended
	lastStep time.Time // when a pass last ran (passes are rate-limited)

	// payloadMu serialises the last-reference check of shared payloads.
	payloadMu [16]sync.Mutex

	// commitFailed slows the scheduler after a failed outcome commit, so a
	// broken disk does not turn into a hot resend loop.
	commitFailed chan struct{}
}

// Bounds on what the scheduler keeps in memory; past them it falls back
// to passes over the queue.
const (
	maxReady = 100_000
	maxLater = 100_000
	// scanGap rate-limits passes, so a storm of Kicks costs at most one
	// pass per gap.
	scanGap = 50 * time.Millisecond
)

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
		scanWanted:   true, // whatever the last run left
		commitFailed: make(chan struct{}, 1),
	}, nil
}

func (m *Manager) signal() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// Kick tells the scheduler that new items may be due, without saying
// which: it looks with a pass over the queue. It never blocks.
func (m *Manager) Kick() {
	m.mu.Lock()
	m.scanWanted = true
	m.mu.Unlock()
	m.signal()
}

// Notify announces items just committed to the queue, by key. It never
// blocks.
func (m *Manager) Notify(keys ...queue.Key) {
	m.mu.Lock()
	if len(m.ready)+len(keys) > maxReady {
		m.scanWanted = true
	} else {
		m.ready = append(m.ready, keys...)
	}
	m.mu.Unlock()
	m.signal()
}

// NotifyItems is Notify for items in hand.
func (m *Manager) NotifyItems(items []*queue.Item) {
	keys := make([]queue.Key, len(items))
	for i, it := range items {
		keys[i] = queue.KeyOf(it)
	}
	m.Notify(keys...)
}

// maxIdle bounds how long the scheduler goes without a pass, so an item
// whose announcement was lost is still picked up.
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
		wait, err := m.dispatch(ctx)
		if err != nil && ctx.Err() == nil {
			m.log.Error("queue scan failed", "err", err)
			wait = time.Second
		}
		wait = max(0, wait)
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

// pick marks id in flight if it is not and there is room; m.mu is held.
func (m *Manager) pick(id string, free *int) bool {
	if _, busy := m.inflight[id]; busy || *free <= 0 {
		return false
	}
	m.inflight[id] = struct{}{}
	*free--
	return true
}

// dispatch hands due items to the workers until capacity is reached, and
// returns how long until it must look again.
func (m *Manager) dispatch(ctx context.Context) (time.Duration, error) {
	now, wall := m.o.Now(), time.Now()
	var picked []queue.Key

	m.mu.Lock()
	free := m.capacity() - len(m.inflight)
	for free > 0 && len(m.ready) > 0 {
		k := m.ready[0]
		m.ready = m.ready[1:]
		due, id, ok := k.Parse()
		switch {
		case !ok:
		case due.After(now):
			m.pushLater(due, k)
		case m.pick(id, &free):
			picked = append(picked, k)
		}
	}
	if len(m.ready) == 0 {
		m.ready = nil // let a burst's backing array go
	}
	for free > 0 && m.later.Len() > 0 && !m.later[0].due.After(now) {
		e := heap.Pop(&m.later).(laterEntry)
		if _, id, ok := e.key.Parse(); ok && m.pick(id, &free) {
			picked = append(picked, e.key)
		}
	}
	if wall.Sub(m.lastPass) >= maxIdle {
		m.scanWanted = true
	}
	if !m.rescanAt.IsZero() && !now.Before(m.rescanAt) {
		m.scanWanted, m.rescanAt = true, time.Time{}
	}
	doPass := m.scanWanted && free > 0 && wall.Sub(m.lastStep) >= scanGap
	cursor := m.cursor
	m.mu.Unlock()

	if doPass {
		var stopAt queue.Key
		next, more, err := queue.ScanDueFrom(ctx, m.o.Vault, now, cursor, func(k queue.Key, id string) error {
			m.mu.Lock()
			defer m.mu.Unlock()
			if _, busy := m.inflight[id]; busy {
				return nil
			}
			if free <= 0 {
				stopAt = k
				return vault.ErrStop
			}
			m.pick(id, &free)
			picked = append(picked, k)
			return nil
		})
		m.mu.Lock()
		m.lastStep = wall
		switch {
		case err != nil:
		case stopAt != "":
			m.cursor = stopAt // workers are busy: resume here
		default:
			m.cursor, m.scanWanted, m.lastPass = "", false, wall
			if more && (m.rescanAt.IsZero() || next.Before(m.rescanAt)) {
				m.rescanAt = next
			}
		}
		m.mu.Unlock()
		if err != nil {
			m.releaseAll(picked)
			return 0, err
		}
	}

	for i, k := range picked {
		_, id, _ := k.Parse()
		it, err := queue.Load(ctx, m.o.Vault, k)
		if errors.Is(err, vault.ErrNotFound) {
			m.release(id, false) // finished or rescheduled since it was announced
			continue
		}
		if err != nil {
			m.releaseAll(picked[i:])
			return 0, err
		}
		if _, ok := m.o.Senders[it.Channel]; !ok {
			m.reportMissing(it.Channel)
			m.release(id, false)
			continue
		}
		select {
		case m.work <- it:
		case <-ctx.Done():
			m.releaseAll(picked[i:])
			return 0, nil
		}
	}
	return m.nextLook(now), nil
}

// nextLook is how long the scheduler may sleep unless woken.
func (m *Manager) nextLook(now time.Time) time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	wall := time.Now()
	wait := m.lastPass.Add(maxIdle).Sub(wall)
	if m.later.Len() > 0 {
		wait = min(wait, m.later[0].due.Sub(now))
	}
	if !m.rescanAt.IsZero() {
		wait = min(wait, m.rescanAt.Sub(now))
	}
	if m.scanWanted && len(m.inflight) < m.capacity() {
		wait = min(wait, m.lastStep.Add(scanGap).Sub(wall))
	}
	return wait
}

// pushLater schedules a look at key at due; m.mu is held.
func (m *Manager) pushLater(due time.Time, k queue.Key) {
	if m.later.Len() >= maxLater {
		if m.rescanAt.IsZero() || due.Before(m.rescanAt) {
			m.rescanAt = due // a pass at due finds it
		}
		return
	}
	heap.Push(&m.later, laterEntry{due: due, key: k})
}

func (m *Manager) releaseAll(keys []queue.Key) {
	for _, k := range keys {
		if _, id, ok := k.Parse(); ok {
			m.release(id, false)
		}
	}
}

func (m *Manager) reportMissing(channel string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.missing[channel] {
		m.missing[channel] = true
		m.log.Error("no sender for queue channel; items stay queued", "channel", channel)
	}
}

// release takes id out of flight; wake when a worker freed up.
func (m *Manager) release(id string, wake bool) {
	m.mu.Lock()
	delete(m.inflight, id)
	m.mu.Unlock()
	if wake {
		m.signal()
	}
}

// laterEntry is a deferred item's next attempt.
type laterEntry struct {
	due time.Time
	key queue.Key
}

type laterHeap []laterEntry

func (h laterHeap) Len() int           { return len(h) }
func (h laterHeap) Less(i, j int) bool { return h[i].due.Before(h[j].due) }
func (h laterHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *laterHeap) Push(x any)        { *h = append(*h, x.(laterEntry)) }
func (h *laterHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
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
	defer m.release(it.ID, true)
	outcome := "error"
	if m.o.Settled != nil {
		defer func() { m.o.Settled(it, outcome) }()
	}
	defer func() {
		// A panic past the sender (an observer, a DSN renderer) leaves the
		// item queued as it was, like a failed outcome commit: retried
		// later, and the process goes on.
		if r := recover(); r != nil {
			m.log.Error("delivery attempt panicked; the item stays queued", "q", it.ID, "channel", it.Channel,
				"panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
			m.slowDown()
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), m.o.AttemptTimeout)
	rcpt, err := m.send(ctx, it)
	cancel()
	now := m.o.Now().UTC()

	b := m.o.Vault.NewBatch()
	queue.Remove(b, it)
	ev := audit.Event{Time: now, Actor: "system", Channel: it.Channel,
		Objects: []string{"msg:" + it.MessageID, "q:" + it.ID}, Recipients: []string{it.To}}
	obs := m.o.Observers[it.Channel]
	var announce queue.Key // a DSN queued with the outcome
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
				announce = queue.KeyOf(dsn)
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
	if result == "deferred" {
		m.mu.Lock()
		m.pushLater(it.Due, queue.KeyOf(it))
		m.mu.Unlock()
	}
	if announce != "" {
		m.Notify(announce)
	}
	m.log.Info("delivery", "q", it.ID, "msg_id", it.MessageID, "channel", it.Channel, "kind", it.Kind,
		"outcome", result, "attempts", it.Attempts, "code", statusCode(ev.Detail))
}

func (m *Manager) slowDown() {
	select {
	case m.commitFailed <- struct{}{}:
	default:
	}
}

// StatusInternalError is the status of an attempt whose sender panicked.
const StatusInternalError = "451 4.3.0 internal error in phigate"

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
//
// A sender that panics does not stop delivery for everyone (a panic in a
// worker would end the process, and the same item would end it again after
// every restart): the attempt counts as a temporary failure, so the item
// waits its backoff — a fixed binary delivers it — and bounces only at
// delivery.max_lifetime. The log gets the panic's type and the stack.
func (m *Manager) send(ctx context.Context, it *queue.Item) (rc Receipt, err error) {
	defer func() {
		if r := recover(); r != nil {
			m.log.Error("sender panicked; the attempt counts as a temporary failure", "q", it.ID,
				"channel", it.Channel, "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
			rc, err = Receipt{}, Temporary(StatusInternalError, errors.New("delivery: sender panicked"))
		}
	}()
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
