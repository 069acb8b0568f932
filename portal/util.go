package portal

import (
	"crypto/tls"
	"math"
	"net"
	"sync"
	"time"
)

func pow(x, y float64) float64 { return math.Pow(x, y) }

// limiter is a fixed-window counter per key.
type limiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	m      map[string]*window
}

type window struct {
	start time.Time
	n     int
}

func newLimiter(max int, w time.Duration) *limiter {
	return &limiter{max: max, window: w, m: map[string]*window{}}
}

// Allow counts one event for key and reports whether it is within the limit.
func (l *limiter) Allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := l.m[key]
	if w == nil || now.Sub(w.start) >= l.window {
		if len(l.m) > 100_000 {
			for k, x := range l.m {
				if now.Sub(x.start) >= l.window {
					delete(l.m, k)
				}
			}
		}
		w = &window{start: now}
		l.m[key] = w
	}
	w.n++
	return w.n <= l.max
}

// Over reports whether key is over its limit without counting.
func (l *limiter) Over(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := l.m[key]
	return w != nil && now.Sub(w.start) < l.window && w.n >= l.max
}

func newTLSListener(ln net.Listener, cfg *tls.Config) net.Listener { return tls.NewListener(ln, cfg) }
