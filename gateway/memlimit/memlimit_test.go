package memlimit

import (
	"math"
	"testing"
)

// recorder stands in for debug.SetMemoryLimit: it keeps the limit.
type recorder struct{ lim int64 }

func (r *recorder) set(n int64) int64 {
	old := r.lim
	if n >= 0 {
		r.lim = n
	}
	return old
}

func TestGuardTightensOnlyWhileLargeMessagesAreInFlight(t *testing.T) {
	for _, operator := range []int64{math.MaxInt64, 256 << 20} {
		r := &recorder{lim: operator}
		g := &Guard{set: r.set}

		g.Enter(Threshold - 1)()
		if r.lim != operator {
			t.Fatalf("a small message changed the limit to %d", r.lim)
		}
		exitA := g.Enter(30 << 20)
		a := r.lim
		if a >= operator && operator == math.MaxInt64 || a < 45<<20 {
			t.Fatalf("limit while a 30 MB message is in flight: %d (operator %d)", a, operator)
		}
		if operator != math.MaxInt64 && a > operator {
			t.Fatalf("limit %d above the operator's %d", a, operator)
		}
		exitB := g.Enter(10 << 20)
		if r.lim < a && r.lim != operator {
			t.Fatalf("a second message lowered the limit: %d < %d", r.lim, a)
		}
		exitA()
		exitA() // idempotent
		if r.lim == operator && operator == math.MaxInt64 {
			t.Fatal("limit lifted while a large message is still in flight")
		}
		exitB()
		if r.lim != operator {
			t.Fatalf("limit after the last message: %d, want the operator's %d", r.lim, operator)
		}
	}
}
