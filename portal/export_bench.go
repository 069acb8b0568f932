package portal

import (
	"net"

	"github.com/valyala/fasthttp"
)

// BenchSession passes the date-of-birth check for token through the handler
// (as a browser would) and returns the session cookie name and value. It is
// for benchmarks and load tests that need a verified session.
func (s *Server) BenchSession(token, year, month, day string) (name, value string, ok bool) {
	h := s.Handler()
	get := newTestCtx("GET", "/s/"+token, nil)
	h(get)
	pre := responseCookie(get, preCookie)
	m := csrfFieldRE.FindSubmatch(get.Response.Body())
	if pre == "" || m == nil {
		return "", "", false
	}
	post := newTestCtx("POST", "/s/"+token+"/verify", map[string]string{preCookie: pre})
	post.Request.Header.SetContentType("application/x-www-form-urlencoded")
	post.Request.SetBodyString("csrf=" + string(m[1]) + "&year=" + year + "&month=" + month + "&day=" + day)
	h(post)
	v := responseCookie(post, sessionCookie)
	return sessionCookie, v, v != ""
}

func newTestCtx(method, uri string, cookies map[string]string) *fasthttp.RequestCtx {
	var ctx fasthttp.RequestCtx
	var req fasthttp.Request
	req.Header.SetMethod(method)
	req.SetRequestURI(uri)
	for k, v := range cookies {
		req.Header.SetCookie(k, v)
	}
	ctx.Init(&req, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1}, nil)
	return &ctx
}

func responseCookie(ctx *fasthttp.RequestCtx, name string) string {
	var c fasthttp.Cookie
	c.SetKey(name)
	if !ctx.Response.Header.Cookie(&c) {
		return ""
	}
	return string(c.Value())
}
