package portal

import (
	"bytes"
	"sync"

	"github.com/valyala/fasthttp"
)

// Pages without a session are the same for every visitor but for two
// values: the link token in form actions and the form's CSRF token. They are
// rendered once per variant with placeholders and then assembled per
// request, so the landing page costs a few copies instead of a template run
// (and an unknown token's page costs the same as a known one's).
const (
	phToken = "PGPLACEHOLDERTOKENX7Q"
	phCSRF  = "PGPLACEHOLDERCSRFX7Q"
)

type skeleton struct {
	parts [][]byte // literal, then a marker index in kinds
	kinds []byte   // per gap: 't' token, 'c' csrf
	size  int
}

type pageCache struct{ m sync.Map } // key → *skeleton

var ctypeHTML = []byte("text/html; charset=utf-8")

func buildSkeleton(out []byte) *skeleton {
	sk := &skeleton{}
	for {
		it := bytes.Index(out, []byte(phToken))
		ic := bytes.Index(out, []byte(phCSRF))
		i, kind, n := -1, byte(0), 0
		switch {
		case it >= 0 && (ic < 0 || it < ic):
			i, kind, n = it, 't', len(phToken)
		case ic >= 0:
			i, kind, n = ic, 'c', len(phCSRF)
		}
		if i < 0 {
			sk.parts = append(sk.parts, out)
			sk.size += len(out)
			return sk
		}
		sk.parts = append(sk.parts, out[:i])
		sk.kinds = append(sk.kinds, kind)
		sk.size += i
		out = out[i+n:]
	}
}

// assemble appends the page with token and csrf filled in to the response
// body. Both are base64url (validated by the caller), which every HTML
// context the placeholders sit in leaves unchanged.
func (sk *skeleton) assemble(resp *fasthttp.Response, token, csrf string) {
	resp.ResetBody()
	resp.AppendBody(sk.parts[0])
	for i, k := range sk.kinds {
		if k == 't' {
			resp.AppendBodyString(token)
		} else {
			resp.AppendBodyString(csrf)
		}
		resp.AppendBody(sk.parts[i+1])
	}
}

// renderCached renders template name for page p (whose Token and CSRF are
// the real values) through the skeleton cache under key.
func (r *req) renderCached(code int, key, name string, p *page) {
	token, csrf := p.Token, p.CSRF
	v, ok := r.s.pages.m.Load(key)
	if !ok {
		p.Token, p.CSRF = phToken, phCSRF
		var buf bytes.Buffer
		if err := r.s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
			r.s.log.Error("render", "template", name, "err", err)
			r.ctx.SetStatusCode(500)
			r.ctx.SetBodyString("Internal error")
			return
		}
		p.Token, p.CSRF = token, csrf
		v, _ = r.s.pages.m.LoadOrStore(key, buildSkeleton(buf.Bytes()))
	}
	sk := v.(*skeleton)
	r.ctx.SetStatusCode(code)
	r.ctx.Response.Header.SetContentTypeBytes(ctypeHTML)
	sk.assemble(&r.ctx.Response, token, csrf)
}
