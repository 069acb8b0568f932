// Package httpserve runs a fasthttp server until a context ends and shuts
// it down gracefully: the one piece of lifecycle the portal and the SMS
// front end share.
package httpserve

import (
	"context"
	"errors"
	"fmt"
	"net"
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
func Serve(ctx context.Context, srv *fasthttp.Server, ln net.Listener) error {
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
