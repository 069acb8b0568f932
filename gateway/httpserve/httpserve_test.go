package httpserve

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/valyala/fasthttp"
)

// syncBuffer is a log sink the test reads while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestPanicAnswers500: a handler that panics gets a 500, the server keeps
// serving, and the log names the panic's type but not its value nor the
// request.
func TestPanicAnswers500(t *testing.T) {
	var buf syncBuffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv := &fasthttp.Server{Handler: func(ctx *fasthttp.RequestCtx) {
		if string(ctx.Path()) == "/boom" {
			ctx.SetStatusCode(201)
			ctx.SetBodyString("half a response")
			panic("the patient's Botox note")
		}
		ctx.SetBodyString("ok")
	}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, srv, ln, log) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	base := "http://" + ln.Addr().String()
	get := func(path string) (int, string, http.Header) {
		resp, err := http.Get(base + path + "?token=s3cret")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	for i := 0; i < 3; i++ {
		code, body, hdr := get("/boom")
		if code != 500 || strings.Contains(body, "half") || strings.Contains(body, "Botox") {
			t.Fatalf("panicking handler: %d %q", code, body)
		}
		for k, want := range map[string]string{
			"Cache-Control":           "no-store",
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "no-referrer",
			"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
		} {
			if got := hdr.Get(k); got != want {
				t.Errorf("500 %s = %q, want %q", k, got, want)
			}
		}
		if code, body, _ := get("/fine"); code != 200 || body != "ok" {
			t.Fatalf("after a panic: %d %q", code, body)
		}
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3 at error level:\n%s", len(lines), buf.String())
	}
	for _, l := range lines {
		if !strings.Contains(l, `"level":"ERROR"`) || !strings.Contains(l, `"panic_type":"string"`) || !strings.Contains(l, "TestPanicAnswers500") ||
			strings.Contains(l, "Botox") || strings.Contains(l, "s3cret") {
			t.Fatalf("log line: %s", l)
		}
	}
}
