package smtp

import (
	"net"
	"sync"
	"time"
)

// rateLimiter counts events per key in fixed one-minute windows. Memory is
// bounded: the whole table is dropped when a window ends or it grows past
// maxKeys (an attacker cycling keys then only resets their own counts too).
type rateLimiter struct {
	mu      sync.Mutex
	limit   int
	window  time.Time
	counts  map[string]int
	now     func() time.Time
	maxKeys int
}

func newRateLimiter(perMinute int, now func() time.Time) *rateLimiter {
	return &rateLimiter{limit: perMinute, counts: map[string]int{}, now: now, maxKeys: 100_000}
}

// allow records one event for key and reports whether it is within the limit.
func (r *rateLimiter) allow(key string) bool {
	if r == nil || r.limit <= 0 {
		return true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	w := r.now().Truncate(time.Minute)
	if !w.Equal(r.window) || len(r.counts) >= r.maxKeys {
		r.window = w
		clear(r.counts)
	}
	r.counts[key]++
	return r.counts[key] <= r.limit
}

// over reports whether key has already used up its allowance this window,
// without counting an event.
func (r *rateLimiter) over(key string) bool {
	if r == nil || r.limit <= 0 {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.now().Truncate(time.Minute).Equal(r.window) {
		return false
	}
	return r.counts[key] >= r.limit
}

// limitListener refuses connections beyond max with a 421 instead of letting
// them queue unseen.
type limitListener struct {
	net.Listener
	sem chan struct{}
}

func newLimitListener(l net.Listener, max int) *limitListener {
	return &limitListener{Listener: l, sem: make(chan struct{}, max)}
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.sem <- struct{}{}:
			return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
		default:
			_ = c.SetWriteDeadline(time.Now().Add(time.Second))
			_, _ = c.Write([]byte("421 4.3.2 Too many connections, try again later\r\n"))
			_ = c.Close()
		}
	}
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
