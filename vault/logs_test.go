package vault

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/phigate/phigate/vault/audit"
)

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes. It
// closes seen the first time a write contains watch.
type syncBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	watch string
	seen  chan struct{}
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen != nil && bytes.Contains(p, []byte(s.watch)) {
		close(s.seen)
		s.seen = nil
	}
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLogsCarryNoPHI drives the vault through its logging paths (failed
// commits, a full disk, orphaned chunks, a missing audit tail, retention)
// with PHI-like content in every place it may live (sealed bodies, audit
// recipients and details, queue data, patient directory keys and values)
// and checks that the debug-level log never contains it. IDs may be logged;
// content may not.
func TestLogsCarryNoPHI(t *testing.T) {
	const phi = "Jane-Q-Patient-DOB-1970-01-01-melanoma"
	sweepLogged := make(chan struct{})
	logs := &syncBuffer{watch: `"msg":"vault sweep"`, seen: sweepLogged}
	dir := t.TempDir()
	clk := newClock()
	opts := testOpts(dir, clk)
	opts.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx := context.Background()
	v, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	write := func(i int) error {
		b := v.NewBatch()
		if err := b.Seal(fmt.Sprint("rec", i), []byte("body of "+phi), RecordMeta{Kind: "email", Expires: clk.Now()}); err != nil {
			return err
		}
		b.Put(KSQueue, fmt.Sprint("q", i), []byte("To: "+phi+"@example.test\r\n\r\n"+phi))
		b.Put(KSPatient, phi, []byte(phi))
		b.Audit(audit.Event{Actor: "ip:192.0.2.1", Action: audit.ActRewritten, Recipients: []string{phi + "@example.test"}, Detail: phi})
		return v.Commit(ctx, b)
	}
	if err := write(0); err != nil {
		t.Fatal(err)
	}
	// A failing commit is logged.
	f := func() error { return fmt.Errorf("write %s: %w", dir, syscall.EIO) }
	v.s.c.testFail.Store(&f)
	if err := write(1); !errors.Is(err, ErrTemporary) {
		t.Fatalf("injected failure: %v", err)
	}
	v.s.c.testFail.Store(nil)
	// A full disk (the guard refuses).
	v.s.space.reserve = 1 << 62
	if err := write(2); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("full disk: %v", err)
	}
	v.s.space.reserve = DefaultMinFree
	// Orphaned write-ahead chunks, swept at the next open; a removed audit
	// tail, reported at the next open.
	b := v.NewBatch()
	if err := b.SealReader("orphan", bytes.NewReader(bytes.Repeat([]byte(phi), 2*ChunkSize/len(phi)+1)), RecordMeta{Kind: "email"}); err != nil {
		t.Fatal(err)
	}
	if err := write(3); err != nil {
		t.Fatal(err)
	}
	rawSet(t, v, auditKey(2), nil)
	v.Close()
	if v, err = Open(ctx, opts); err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	// Retention, through Run's logging.
	clk.Add(40 * 24 * time.Hour)
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- v.Run(rctx, time.Hour) }()
	<-sweepLogged
	cancel()
	<-done

	out := logs.String()
	for _, want := range []string{"vault commit failed", "disk nearly full", "orphan", "tail are missing", "vault sweep"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q: the path was not exercised\n%s", want, out)
		}
	}
	if strings.Contains(out, phi) || strings.Contains(out, "example.test") {
		t.Errorf("PHI in the vault's log:\n%s", out)
	}
}
