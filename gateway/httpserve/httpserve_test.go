package httpserve

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/valyala/fasthttp"
)

type recordLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *recordLog) Printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// TestPanicAnswers500: a handler that panics gets a 500, the server keeps
// serving, and the log names the panic's type but not its value nor the
// request.
func TestPanicAnswers500(t *testing.T) {
	log := &recordLog{}
	srv := &fasthttp.Server{Logger: log, Handler: func(ctx *fasthttp.RequestCtx) {
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
	go func() { done <- Serve(ctx, srv, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	base := "http://" + ln.Addr().String()
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path + "?token=s3cret")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for i := 0; i < 3; i++ {
		if code, body := get("/boom"); code != 500 || strings.Contains(body, "half") || strings.Contains(body, "Botox") {
			t.Fatalf("panicking handler: %d %q", code, body)
		}
		if code, body := get("/fine"); code != 200 || body != "ok" {
			t.Fatalf("after a panic: %d %q", code, body)
		}
	}
	log.mu.Lock()
	defer log.mu.Unlock()
	if len(log.lines) != 3 {
		t.Fatalf("%d log lines, want 3", len(log.lines))
	}
	for _, l := range log.lines {
		if !strings.Contains(l, "handler panic (string)") || strings.Contains(l, "Botox") || strings.Contains(l, "s3cret") {
			t.Fatalf("log line: %q", l)
		}
	}
}
