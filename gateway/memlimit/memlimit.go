// Package memlimit tightens the Go runtime's soft memory limit while large
// messages are being accepted, and only then.
//
// Storing a message makes short-lived garbage several times its size
// (Badger's encrypted write path alone makes about 2.5x each value), and
// the GC's default goal is twice the live heap, so one 30 MB message on an
// idle server would take the heap well past what it holds. A fixed memory
// limit fixes that but hurts everything else: under load Badger's live
// heap (memtables, table builders, caches) is hundreds of megabytes, and a
// limit below twice that makes the GC run constantly. So the limit is set
// only while a large message is in flight, to the live heap measured when
// the first one arrived plus what the messages in flight need, and lifted
// when the last one is done.
package memlimit

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Threshold is the size from which a message is guarded.
const Threshold = 4 << 20

// slack is headroom above the estimate, for everything else the process
// is doing meanwhile.
const slack = 32 << 20

// Guard is one process's guard. The zero value is ready; Default is the
// process's.
type Guard struct {
	mu     sync.Mutex
	active int64 // bytes reserved by messages in flight
	base   int64 // live heap and runtime overhead when the first arrived
	// set is debug.SetMemoryLimit (tests replace it).
	set func(int64) int64
	// restore is the limit to put back (GOMEMLIMIT, or none).
	restore int64
}

// Default is the process-wide guard.
var Default = &Guard{}

// Enter reserves memory for a message of size bytes and returns the
// function that releases it. Messages under Threshold are not guarded.
func (g *Guard) Enter(size int64) (exit func()) {
	if size < Threshold {
		return func() {}
	}
	// Holding the message plus a margin for the garbage storing it makes
	// while the GC keeps up.
	need := size + size/2
	g.mu.Lock()
	if g.set == nil {
		g.set = debug.SetMemoryLimit
	}
	if g.active == 0 {
		g.restore = g.set(-1) // read the current limit (GOMEMLIMIT or none)
		g.base = liveBytes()
	}
	g.active += need
	g.apply()
	g.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			g.active -= need
			if g.active == 0 {
				g.set(g.restore)
			} else {
				g.apply()
			}
			g.mu.Unlock()
		})
	}
}

// apply sets the limit for what is in flight, never above a limit the
// operator set. g.mu is held.
func (g *Guard) apply() {
	lim := g.base + g.active + slack
	if g.restore > 0 && g.restore < math.MaxInt64 && lim > g.restore {
		lim = g.restore
	}
	g.set(lim)
}

// liveBytes estimates what the runtime would hold after a collection: the
// live heap as of the last GC plus memory that is not heap objects
// (stacks, runtime metadata), which the limit also counts.
func liveBytes() int64 {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	metrics.Read(s)
	v := func(i int) int64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(s[i].Value.Uint64())
	}
	overhead := v(1) - v(2) - v(3) - v(4) - v(5)
	return v(0) + max(overhead, 0)
}
