package portal

import (
	"bytes"
	"context"
	"net"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/vault/queue"
)

var reCache sync.Map

func mustRE(s string) *regexp.Regexp {
	if r, ok := reCache.Load(s); ok {
		return r.(*regexp.Regexp)
	}
	r := regexp.MustCompile(s)
	reCache.Store(s, r)
	return r
}

func median(ds []time.Duration) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}

func newCtx(method, uri string, cookies map[string]string) *fasthttp.RequestCtx {
	var ctx fasthttp.RequestCtx
	var req fasthttp.Request
	req.Header.SetMethod(method)
	req.SetRequestURI(uri)
	req.Header.Set("Accept-Language", "en-US,en;q=0.9")
	for k, v := range cookies {
		req.Header.SetCookie(k, v)
	}
	ctx.Init(&req, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1234}, nil)
	return &ctx
}

// benchMessage is ~10 KB of text and HTML with one ~200 KB image.
func benchMessage(b testing.TB) []byte {
	var photo []byte
	for w := 200; ; w += 20 {
		photo = exifJPEG(b, w, w)
		if len(photo) >= 200<<10 {
			break
		}
	}
	text := strings.Repeat("Your results are ready and everything looks as expected. ", 90) // ~5 KB
	return testMessage(b, photo, text)
}

func BenchmarkLanding(b *testing.B) {
	e := newEnv(b)
	tok, _ := e.seal(benchMessage(b), "pat@example.com", queue.ChannelEmail)
	h := e.srv.Handler()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			ctx := newCtx("GET", "/s/"+tok, nil)
			h(ctx)
			if ctx.Response.StatusCode() != 200 {
				b.Fatalf("status %d", ctx.Response.StatusCode())
			}
		}
	})
}

// BenchmarkMessageView: decrypt + parse + sanitise + render the verified
// view of a 10 KB message with one 200 KB image (and its audit event).
func BenchmarkMessageView(b *testing.B) {
	e := newEnv(b)
	raw := benchMessage(b)
	tok, _ := e.seal(raw, "pat@example.com", queue.ChannelEmail)
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	h := e.srv.Handler()
	sid := verifyViaHandler(b, h, tok)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ctx := newCtx("GET", "/m", map[string]string{sessionCookie: sid})
		h(ctx)
		if ctx.Response.StatusCode() != 200 {
			b.Fatalf("status %d", ctx.Response.StatusCode())
		}
	}
}

// BenchmarkMessageImage: the inline image of the same message (decrypt,
// parse, strip metadata).
func BenchmarkMessageImage(b *testing.B) {
	e := newEnv(b)
	tok, _ := e.seal(benchMessage(b), "pat@example.com", queue.ChannelEmail)
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	h := e.srv.Handler()
	sid := verifyViaHandler(b, h, tok)
	ctx := newCtx("GET", "/m", map[string]string{sessionCookie: sid})
	h(ctx)
	img := mustRE(`/m/[A-Za-z0-9_-]+/part/[0-9]+`).FindString(string(ctx.Response.Body()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ctx := newCtx("GET", img, map[string]string{sessionCookie: sid})
		h(ctx)
		if ctx.Response.StatusCode() != 200 {
			b.Fatalf("status %d", ctx.Response.StatusCode())
		}
	}
}

// verifyViaHandler passes the DOB check through the handler and returns the
// session cookie value.
func verifyViaHandler(b testing.TB, h fasthttp.RequestHandler, tok string) string {
	ctx := newCtx("GET", "/s/"+tok, nil)
	h(ctx)
	pre := ""
	ctx.Response.Header.VisitAllCookie(func(k, v []byte) {
		var c fasthttp.Cookie
		c.ParseBytes(v)
		if string(c.Key()) == preCookie {
			pre = string(c.Value())
		}
	})
	csrf := csrfRE.FindStringSubmatch(string(ctx.Response.Body()))[1]
	post := newCtx("POST", "/s/"+tok+"/verify", map[string]string{preCookie: pre})
	post.Request.Header.SetContentType("application/x-www-form-urlencoded")
	post.Request.SetBodyString("csrf=" + csrf + "&year=1984&month=3&day=27")
	h(post)
	if post.Response.StatusCode() != 303 {
		b.Fatalf("verify: %d %s", post.Response.StatusCode(), post.Response.Body())
	}
	sid := ""
	post.Response.Header.VisitAllCookie(func(k, v []byte) {
		var c fasthttp.Cookie
		c.ParseBytes(v)
		if string(c.Key()) == sessionCookie {
			sid = string(c.Value())
		}
	})
	_ = bytes.MinRead
	return sid
}
