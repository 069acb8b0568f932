package vault

// Group commit and the audit sequencer.
//
// Every Commit hands its batch to one committer goroutine and waits. The
// committer takes everything pending, writes it as one Badger transaction
// (SyncWrites: one fsync for the whole group), and while it does, new
// batches queue up for the next group. The only lock a caller takes is the
// short one around the pending list; nothing is held across fsync except
// by the committer itself, which is the pipeline.
//
// Because one goroutine writes all groups in order, it is also the audit
// sequencer: it numbers the batches' audit events and chains their hashes in
// commit order, inside the same transaction as the writes they record. A
// caller is woken only after Badger reports the group durable; a failed
// group fails every batch in it (ErrTemporary) and the sequencer re-reads
// its state from disk before the next group, so the chain never refers to
// entries that were not written.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// ErrTooLarge reports a batch larger than one Badger transaction can hold.
// Seal writes large records ahead in their own transactions, so only a batch
// of very many or very large plain values hits this.
var ErrTooLarge = errors.New("vault: batch too large for one transaction")

const (
	reqPending   = 0
	reqTaken     = 1
	reqAbandoned = 2
)

type request struct {
	b     *Batch
	done  chan error
	state atomic.Int32
	size  int64
	count int64
}

type committer struct {
	s *store

	mu      sync.Mutex
	pending []*request
	closed  bool
	wake    chan struct{}
	stopped chan struct{}

	// Sequencer state: touched only by the committer goroutine (and by
	// recoverState before it starts).
	seq         uint64
	head        [audit.HashSize]byte
	needRecover bool
	maxSize     int64
	maxCount    int64

	// testFail, when set, fails groups before they reach Badger (fault
	// injection for tests of the failure path).
	testFail atomic.Pointer[func() error]

	// Counters for CommitStats.
	groups, batches atomic.Uint64
}

// CommitStats reports how many groups the committer has written and how
// many batches they carried (batches/groups is the mean group size: the
// number of commits that shared one fsync).
func (v *Vault) CommitStats() (groups, batches uint64) {
	return v.s.c.groups.Load(), v.s.c.batches.Load()
}

func newCommitter(s *store) *committer {
	return &committer{
		s:        s,
		wake:     make(chan struct{}, 1),
		stopped:  make(chan struct{}),
		maxSize:  s.db.MaxBatchSize() / 2,
		maxCount: s.db.MaxBatchCount() / 2,
	}
}

// auditKey is the key of entry seq.
func auditKey(seq uint64) []byte {
	k := make([]byte, len(KSAudit)+8)
	copy(k, KSAudit)
	binary.BigEndian.PutUint64(k[len(KSAudit):], seq)
	return k
}

var headKey = []byte(string(KSMeta) + metaAuditHead)

func encodeHead(seq uint64, h [audit.HashSize]byte) []byte {
	b := binary.BigEndian.AppendUint64(make([]byte, 0, 8+audit.HashSize), seq)
	return append(b, h[:]...)
}

// recoverState reads the sequencer's state: the head record written with
// every group, or the last audit entry, whichever is further. Keeping the
// head record's state when entries at the tail are missing makes the gap
// permanent evidence instead of papering over it.
func (c *committer) recoverState() error {
	var seq uint64
	var head [audit.HashSize]byte
	err := c.s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(KSAudit), Reverse: true})
		defer it.Close()
		it.Seek(append([]byte(KSAudit), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))
		if it.ValidForPrefix([]byte(KSAudit)) {
			err := it.Item().Value(func(val []byte) error {
				l, err := audit.ParseLink(val)
				if err != nil {
					return fmt.Errorf("vault: last audit entry is unreadable (run phigate audit verify): %w", err)
				}
				seq, head = l.Seq, l.Hash
				return nil
			})
			if err != nil {
				return err
			}
		}
		item, err := txn.Get(headKey)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(val []byte) error {
			if len(val) != 8+audit.HashSize {
				return fmt.Errorf("vault: audit head record is malformed: %w", ErrTampered)
			}
			if hs := binary.BigEndian.Uint64(val); hs >= seq {
				if hs > seq {
					c.s.log.Error("audit chain: entries at the tail are missing; run phigate audit verify", "head_seq", hs, "last_seq", seq)
				}
				seq = hs
				copy(head[:], val[8:])
			}
			return nil
		})
	})
	if err != nil {
		return storageErr("audit state", err)
	}
	c.seq, c.head = seq, head
	c.needRecover = false
	return nil
}

// enqueue hands b to the committer and waits for the durable result.
func (c *committer) commit(done <-chan struct{}, ctxErr func() error, b *Batch) error {
	r := &request{b: b, done: make(chan error, 1)}
	for _, o := range b.ops {
		r.size += int64(len(o.key)+len(o.val)) + 32
	}
	r.size += int64(len(b.events)) * 512
	r.count = int64(len(b.ops) + 2*len(b.events))
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return ErrClosed
	}
	c.pending = append(c.pending, r)
	c.mu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default:
	}
	select {
	case err := <-r.done:
		return err
	case <-done:
		if r.state.CompareAndSwap(reqPending, reqAbandoned) {
			return ctxErr() // never written
		}
		return <-r.done // already in a group: report its real outcome
	}
}

func (c *committer) stop() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		<-c.stopped
		return
	}
	c.closed = true
	c.mu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default:
	}
	<-c.stopped
}

// lingerMax bounds how long the committer waits for the writers of the
// previous group to come back before it writes a smaller group.
const lingerMax = 150 * time.Microsecond

// linger waits, after a group of last batches, until as many are pending
// again or lingerMax passes. Writers woken by the previous fsync need a
// moment to hand in their next batch; without this the groups alternate
// between large and small and fsyncs are wasted on a few batches.
func (c *committer) linger(last int) {
	if last < 4 {
		return
	}
	deadline := time.Now().Add(lingerMax)
	for {
		c.mu.Lock()
		n, closed := len(c.pending), c.closed
		c.mu.Unlock()
		if n >= last || closed || time.Now().After(deadline) {
			return
		}
		runtime.Gosched()
	}
}

func (c *committer) run() {
	defer close(c.stopped)
	var spare []*request
	last := 0
	for range c.wake {
		for {
			c.linger(last)
			c.mu.Lock()
			// Two slices alternate: callers append to one while the
			// committer works through the other.
			reqs := c.pending
			c.pending, spare = spare[:0], nil
			closed := c.closed
			c.mu.Unlock()
			if len(reqs) == 0 {
				spare, last = reqs, 0
				if closed {
					return
				}
				break
			}
			last = len(reqs)
			c.process(reqs)
			clear(reqs)
			spare = reqs
		}
	}
}

// process splits reqs into groups that fit one transaction.
func (c *committer) process(reqs []*request) {
	group := make([]*request, 0, len(reqs))
	var size, count int64
	for _, r := range reqs {
		if !r.state.CompareAndSwap(reqPending, reqTaken) {
			continue // caller gave up before we got to it
		}
		if len(group) > 0 && (size+r.size > c.maxSize || count+r.count > c.maxCount) {
			c.commitGroup(group)
			group, size, count = group[:0], 0, 0
		}
		group = append(group, r)
		size += r.size
		count += r.count
	}
	if len(group) > 0 {
		c.commitGroup(group)
	}
}

func (c *committer) commitGroup(group []*request) {
	if c.needRecover {
		if err := c.recoverState(); err != nil {
			for _, r := range group {
				r.done <- err
			}
			return
		}
	}
	if f := c.testFail.Load(); f != nil {
		if err := (*f)(); err != nil {
			c.failGroup(group, err)
			return
		}
	}
	c.s.closeMu.RLock()
	defer c.s.closeMu.RUnlock()
	if c.s.closed {
		for _, r := range group {
			r.done <- ErrClosed
		}
		return
	}
	var size int64
	for _, r := range group {
		size += r.size
	}
	if err := c.s.space.admit(size); err != nil {
		c.failGroup(group, err)
		return
	}
	txn := c.s.db.NewTransaction(true)
	defer txn.Discard()
	seq, head := c.seq, c.head
	now := c.s.opts.Now()
	var buf []byte
	for i, r := range group {
		err := func() error {
			for _, o := range r.b.ops {
				var err error
				switch {
				case o.delete:
					err = txn.Delete(o.key)
				case o.expires != 0:
					e := badger.NewEntry(o.key, o.val)
					e.ExpiresAt = o.expires
					err = txn.SetEntry(e)
				default:
					err = txn.Set(o.key, o.val)
				}
				if err != nil {
					return err
				}
			}
			for j := range r.b.events {
				e := &r.b.events[j]
				if e.Time.IsZero() {
					e.Time = now
				}
				seq++
				start := len(buf)
				buf, head = audit.Encode(buf, e, seq, head)
				if err := txn.Set(auditKey(seq), buf[start:len(buf):len(buf)]); err != nil {
					return err
				}
			}
			return nil
		}()
		if errors.Is(err, badger.ErrTxnTooBig) {
			txn.Discard()
			c.s.closeMu.RUnlock()
			if i == 0 {
				for j := range r.b.events {
					r.b.events[j].Seq, r.b.events[j].Prev, r.b.events[j].Hash = 0, nil, nil
				}
				r.done <- fmt.Errorf("vault: commit of %d writes: %w", r.b.Len(), ErrTooLarge)
				if len(group) > 1 {
					c.commitGroup(group[1:])
				}
			} else {
				c.commitGroup(group[:i])
				c.commitGroup(group[i:])
			}
			c.s.closeMu.RLock()
			return
		}
		if err != nil {
			c.failGroup(group, err)
			return
		}
	}
	if seq != c.seq {
		if err := txn.Set(headKey, encodeHead(seq, head)); err != nil {
			c.failGroup(group, err)
			return
		}
	}
	if err := txn.Commit(); err != nil {
		c.failGroup(group, err)
		return
	}
	c.seq, c.head = seq, head
	c.groups.Add(1)
	c.batches.Add(uint64(len(group)))
	for _, r := range group {
		r.done <- nil
	}
}

func (c *committer) failGroup(group []*request, err error) {
	c.needRecover = true
	err = storageErr("commit", err)
	c.s.log.Error("vault commit failed", "batches", len(group), "err", err)
	for _, r := range group {
		for j := range r.b.events {
			r.b.events[j].Seq, r.b.events[j].Prev, r.b.events[j].Hash = 0, nil, nil
		}
		r.done <- err
	}
}
