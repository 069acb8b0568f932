// Package httpserve runs a fasthttp server until a context ends and shuts
// it down gracefully: the one piece of lifecycle the portal and the SMS
// front end share.
package httpserve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime/debug"
	"time"

	"github.com/valyala/fasthttp"
)

// ShutdownTimeout bounds how long requests in progress may take to finish.
const ShutdownTimeout = 10 * time.Second

// Serve serves srv on ln until ctx is done, then shuts down: requests in
// progress finish (bounded by ShutdownTimeout), and the listener is closed
// even if srv.Serve had not started yet — fasthttp's Shutdown only stops
// listeners it already knows, so a shutdown racing the start would leave
// the server running and this function waiting forever.
//
// A handler that panics answers 500 and is logged at error level on log
// (the panic's type and the stack, never the request): fasthttp does not
// recover, so without this one request hitting a bug would stop every
// listener of the process.
func Serve(ctx context.Context, srv *fasthttp.Server, ln net.Listener, log *slog.Logger) error {
	srv.Handler = Recovering(srv.Handler, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	serr := srv.ShutdownWithContext(sctx)
	_ = ln.Close()
	select {
	case err := <-errc:
		if err != nil && !errors.Is(err, net.ErrClosed) && serr == nil {
			serr = err
		}
	case <-sctx.Done():
	}
	if serr != nil {
		return fmt.Errorf("shutdown: %w", serr)
	}
	return nil
}

// Recovering wraps h so that a panic inside it answers a bare 500 instead
// of crashing the process. Only the panic's type and the stack are logged:
// the value, like the request, may carry what a patient wrote.
//
// The reset that discards a half-written response also discards the
// handler's security headers, so the 500 carries its own: never cached,
// never framed, never sniffed, no referrer, nothing loadable.
func Recovering(h fasthttp.RequestHandler, log *slog.Logger) fasthttp.RequestHandler {
	if log == nil {
		log = slog.Default()
	}
	return func(ctx *fasthttp.RequestCtx) {
		defer func() {
			if r := recover(); r != nil {
				log.Error("handler panic; answered 500", "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
				ctx.Response.Reset()
				ctx.SetStatusCode(fasthttp.StatusInternalServerError)
				ctx.SetContentType("text/plain; charset=utf-8")
				ctx.SetBodyString("internal error\n")
				h := &ctx.Response.Header
				h.Set("Cache-Control", "no-store")
				h.Set("X-Content-Type-Options", "nosniff")
				h.Set("X-Frame-Options", "DENY")
				h.Set("Referrer-Policy", "no-referrer")
				h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
				ctx.SetConnectionClose()
			}
		}()
		h(ctx)
	}
}
