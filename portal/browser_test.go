package portal

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
)

// chromium finds the browser for the end-to-end test: it fails in CI
// (CI=true) and skips locally when missing.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	msg := "headless Chromium not found (install Debian's chromium: apt-get install -y chromium, or set CHROMIUM=/path)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func newBrowser(t *testing.T, o browserOpts) (context.Context, string) {
	width, height := o.width, o.height
	t.Helper()
	exe := chromium(t)
	dl := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("ignore-certificate-errors", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(int(width), int(height)),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(width, height),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			yes := true
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: &yes})
			return err
		}),
	); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if o.noJS {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
	}
	return ctx, dl
}

// shots writes full-page screenshots of each step. They go under the
// test's temp dir, or PORTAL_SCREENSHOTS when set (to keep them).
type shots struct {
	t   *testing.T
	dir string
	n   int
}

func newShots(t *testing.T) *shots {
	dir := os.Getenv("PORTAL_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(t.TempDir(), "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return &shots{t: t, dir: dir}
}

func (s *shots) take(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		buf, err := chromedp.FullScreenshot(100)(ctx, tg)
		if err != nil {
			return err
		}
		s.n++
		return os.WriteFile(filepath.Join(s.dir, fmt.Sprintf("%02d-%s.png", s.n, name)), buf, 0o644)
	})
}

// noXSS checks that no payload in the original ran.
func noXSS(t *testing.T, step string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		title, err := chromedp.Title()(ctx, tg)
		if err != nil {
			return err
		}
		pwned, err := chromedp.Evaluate[bool](`typeof window.pwned !== "undefined"`)(ctx, tg)
		if err != nil {
			return err
		}
		if strings.Contains(title, "pwned") || pwned {
			t.Errorf("%s: XSS payload executed (title %q, window.pwned %v)", step, title, pwned)
		}
		return nil
	})
}

func poll(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
		return err
	})
}

func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// browserOpts shape a test browser.
type browserOpts struct {
	width, height int64
	noJS          bool
}

// a11yJS lists WCAG 2.1 AA problems a page can show without a person:
// unlabelled fields, images without alt, unnamed controls, text contrast
// under 4.5:1 (3:1 for large text), a page wider than the viewport, and no
// document language.
const a11yJS = `(() => {
  const probs = [];
  const de = document.documentElement;
  if (!de.lang) probs.push('html has no lang');
  if (!document.title.trim()) probs.push('no title');
  if (de.scrollWidth > window.innerWidth) probs.push('horizontal scroll: ' + de.scrollWidth + ' > ' + window.innerWidth);
  const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const el of document.querySelectorAll('input:not([type=hidden]), textarea, select')) {
    if (visible(el) && !(el.labels && el.labels.length) && !el.getAttribute('aria-label')) probs.push('unlabelled field ' + (el.name || el.id));
  }
  for (const img of document.images) if (!img.hasAttribute('alt')) probs.push('image without alt: ' + img.src);
  for (const c of document.querySelectorAll('a[href], button')) {
    if (visible(c) && !c.textContent.trim() && !c.getAttribute('aria-label')) probs.push('control without a name');
  }
  const rgb = s => { const m = s.match(/[\d.]+/g) || []; return {r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const bgOf = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; }
    return {r: 255, g: 255, b: 255, a: 1}; };
  const seen = new Set();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || seen.has(el) || !visible(el)) continue;
    seen.add(el);
    const cs = getComputedStyle(el);
    const l1 = lum(rgb(cs.color)), l2 = lum(bgOf(el));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const px = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight, 10) >= 700;
    const need = (px >= 24 || (bold && px >= 18.66)) ? 3 : 4.5;
    if (ratio < need) probs.push('contrast ' + ratio.toFixed(2) + ' < ' + need + ' for "' + n.textContent.trim().slice(0, 30) + '"');
  }
  return probs;
})()`

// a11y fails the test with each problem a11yJS finds on the current page.
func a11y(t *testing.T, step string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		probs, err := chromedp.Evaluate[[]string](a11yJS)(ctx, tg)
		if err != nil {
			return err
		}
		for _, p := range probs {
			t.Errorf("%s: accessibility: %s", step, p)
		}
		return nil
	})
}

// cleanDOMJS lists what must not survive in the rendered message: active
// elements, event handlers, inline style, script URLs, id/name clobbering,
// images from anywhere but the portal, and any script but the portal's own.
const cleanDOMJS = `(() => {
  const bad = [];
  const a = document.querySelector('article.body');
  if (!a) return ['no article'];
  for (const el of a.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'svg', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'style', 'link', 'meta', 'base'].includes(tag)) bad.push('<' + tag + '>');
    for (const at of el.attributes) {
      if (/^on/i.test(at.name) || ['style', 'id', 'name', 'srcset'].includes(at.name)) bad.push(tag + '[' + at.name + ']');
      if (/^\s*(javascript|data|vbscript):/i.test(at.value)) bad.push(tag + '[' + at.name + '=' + at.value.slice(0, 20) + ']');
    }
  }
  for (const img of document.images) if (!img.src.startsWith(location.origin + '/')) bad.push('image from ' + img.src);
  for (const s of document.scripts) if (s.src !== location.origin + '/static/idle.js') bad.push('script ' + (s.src || 'inline'));
  return bad;
})()`

// imagesCarryMetadataJS fetches every portal image on the page (as the
// browser did) and reports which still hold EXIF, GPS or comment bytes.
const imagesCarryMetadataJS = `(async () => {
  const out = [];
  for (const img of document.images) {
    if (!img.src.includes('/part/')) continue;
    const b = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    if (s.includes('Exif') || s.includes('GPSLatitude') || s.includes('SECRET-COMMENT')) out.push(img.src);
  }
  return out;
})()`

func checkPage(t *testing.T, step string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := noXSS(t, step)(ctx, tg); err != nil {
			return err
		}
		_, err := a11y(t, step)(ctx, tg)
		return err
	})
}

// tabTo presses Tab until the focused element matches sel: proof that a
// keyboard alone reaches it.
func tabTo(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for range 40 {
			ok, err := chromedp.Evaluate[bool](`!!document.activeElement && document.activeElement.matches(`+strconv.Quote(sel)+`)`)(ctx, tg)
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
			if _, err := chromedp.KeyEvent(kb.Tab)(ctx, tg); err != nil {
				return err
			}
		}
		return fmt.Errorf("%s is not reachable with the Tab key", sel)
	})
}

// downloads reports each completed download's file.
func downloads(t *testing.T, ctx context.Context, dir string) <-chan string {
	ch := make(chan string, 8)
	fn := func(ev any) {
		if p, ok := ev.(*browser.EventDownloadProgress); ok && p.State == browser.DownloadProgressStateCompleted {
			path := p.FilePath
			if path == "" {
				path = filepath.Join(dir, p.GUID)
			}
			select {
			case ch <- path:
			default:
			}
		}
	}
	if err := chromedp.ListenBrowser(ctx, fn); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, fn); err != nil {
		t.Fatal(err)
	}
	return ch
}

func waitDownload(t *testing.T, ch <-chan string) []byte {
	t.Helper()
	select {
	case p := <-ch:
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("downloaded file: %v", err)
		}
		return b
	case <-time.After(20 * time.Second):
		t.Fatal("download did not complete")
	}
	return nil
}

// testLogo is a small PNG for portal.brand_logo.
func testLogo(t *testing.T) string {
	img := image.NewRGBA(image.Rect(0, 0, 48, 48))
	for y := range 48 {
		for x := range 48 {
			img.Set(x, y, color.RGBA{0x1f, uint8(0x4e + x), 0x79, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "logo.png")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// stepper runs named groups of browser actions with a per-step timeout.
func stepper(t *testing.T, ctx context.Context) func(name string, acts ...chromedp.Action[chromedp.Void]) {
	return func(name string, acts ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, acts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// staffReads signs alice in from the staff notice's link and checks the
// reply shows with its photo, stripped of metadata.
func staffReads(t *testing.T, r *relay, ctx context.Context, sh *shots, replyText, patient string) {
	t.Helper()
	text, _ := r.mailTo(t, staffAlice, 1)
	for _, leak := range []string{replyText, "Botox", "lab results", "example.com"} {
		if strings.Contains(text, leak) {
			t.Errorf("staff notice is not neutral: it contains %q", leak)
		}
	}
	staffLink := regexp.MustCompile(regexp.QuoteMeta(r.cfg.Portal.BaseURL) + `/staff/r/[0-9a-f]+`).FindString(text)
	if staffLink == "" {
		t.Fatalf("staff notice without a staff link:\n%s", text)
	}
	step := stepper(t, ctx)
	C := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	step("staff sign-in",
		chromedp.Navigate(staffLink), chromedp.WaitVisible(C("#password")), sh.take("staff-login"),
		chromedp.SendKeys(C("#email"), staffAlice), chromedp.SendKeys(C("#password"), staffAlicePW),
		chromedp.Submit(C("#password")),
		chromedp.WaitVisible(C("article.body")),
		poll(`Array.from(document.images).filter(i => i.src.includes('/part/')).every(i => i.complete)`),
		sh.take("staff-reply"), checkPage(t, "staff reply view"))
	body := run(t, ctx, chromedp.Text(C("article.body")))
	if !strings.Contains(body, replyText) {
		t.Errorf("staff reply view lacks the reply: %q", body)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`Array.from(document.images).filter(i => i.src.includes('/part/') && i.naturalWidth > 0).length`)); n != 1 {
		t.Errorf("staff reply view shows %d photos, want 1", n)
	}
	if left := run(t, ctx, chromedp.Evaluate[[]string](imagesCarryMetadataJS, chromedp.EvalAwaitPromise)); len(left) != 0 {
		t.Errorf("reply photo keeps metadata: %v", left)
	}
	step("staff links", chromedp.Navigate(r.cfg.Portal.BaseURL+"/staff/links?to="+url.QueryEscape(patient)),
		chromedp.WaitVisible(C("ul.links form button")), sh.take("staff-links"), checkPage(t, "staff links"))
}

// TestBrowserEndToEnd: alice submits a message with PHI over SMTP; the
// notice reaches the upstream sink; a patient opens the link from that
// notice in headless Chromium at 360 px, passes the date-of-birth check
// with the keyboard alone, sees the text and both images (no metadata),
// downloads the PDF, replies with a photo and signs out; the back button
// shows nothing; the XSS payloads never run; alice reads the reply from the
// staff notice. Every page passes the accessibility checks with a light
// brand colour and a logo.
func TestBrowserEndToEnd(t *testing.T) {
	r := newRelay(t, func(c *configs.Config) {
		c.Portal.BrandColor = "#f5c518" // light: text on it must turn dark
		c.Portal.BrandLogo = testLogo(t)
	})
	if err := PutPatient(context.Background(), r.v, "pat@example.com", Patient{DOB: "1984-03-27"}); err != nil {
		t.Fatal(err)
	}
	r.submit(t, []string{"pat@example.com"}, phiMessage(t, "pat@example.com", exifJPEG(t, 320, 240)))
	notice, raw := r.mailTo(t, "pat@example.com", 1)
	// The notice must not look like phishing and must carry no PHI.
	for _, want := range []string{"Example Aesthetics", "+1 555 0100", "To protect your privacy", "never ask you for a password"} {
		if !strings.Contains(notice, want) {
			t.Errorf("notice lacks %q", want)
		}
	}
	for _, leak := range []string{"Botox", "lab results", "dressing", "Thursday", "wound", "results.pdf"} {
		if strings.Contains(string(raw), leak) {
			t.Errorf("notice leaks %q", leak)
		}
	}
	link, _ := r.noticeLink(t, notice)
	replyPhoto := filepath.Join(t.TempDir(), "reply.jpg")
	if err := os.WriteFile(replyPhoto, exifJPEG(t, 120, 90), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, dlDir := newBrowser(t, browserOpts{width: 360, height: 780})
	dl := downloads(t, ctx, dlDir)
	sh := newShots(t)
	step := stepper(t, ctx)
	C := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	partImgs := `Array.from(document.images).filter(i => i.src.includes('/part/'))`

	step("open link", chromedp.Navigate(link), chromedp.WaitVisible(C("#dob-month")), sh.take("landing"), checkPage(t, "landing"))
	landing := run(t, ctx, chromedp.Text(C("body")))
	for _, leak := range []string{"Botox", "lab results", "Alice", "pat@example.com", "Rivera"} {
		if strings.Contains(landing, leak) {
			t.Errorf("landing page shows %q", leak)
		}
	}
	if !strings.Contains(landing, "Enter your date of birth to see your message from Example Aesthetics") {
		t.Errorf("landing page lacks the plain-language prompt: %q", landing)
	}
	if !run(t, ctx, chromedp.Evaluate[bool](`document.querySelector('img.logo').naturalWidth === 48`)) {
		t.Error("practice logo not shown")
	}

	// Keyboard only: Tab to each field, type, Enter submits.
	step("identity check by keyboard",
		tabTo("#dob-month"), chromedp.KeyEvent("3"),
		tabTo("#dob-day"), chromedp.KeyEvent("27"),
		tabTo("#dob-year"), chromedp.KeyEvent("1984"),
		sh.take("dob-filled"),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(C("article.body")),
		poll(partImgs+`.every(i => i.complete)`),
		sh.take("message"),
		checkPage(t, "message view"))
	if bad := run(t, ctx, chromedp.Evaluate[[]string](cleanDOMJS)); len(bad) != 0 {
		t.Errorf("message view keeps active content: %v", bad)
	}
	if !run(t, ctx, chromedp.Evaluate[bool](`document.documentElement.classList.contains('js')`)) {
		t.Error("the portal's own script did not run with JavaScript on")
	}
	body := run(t, ctx, chromedp.Text(C("article.body")))
	if !strings.Contains(body, "Hello, your results are ready.") {
		t.Errorf("message text not shown: %q", body)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](partImgs+`.filter(i => i.naturalWidth > 0).length`)); n != 2 {
		t.Errorf("%d images shown, want 2 (inline cid: and attached)", n)
	}
	if left := run(t, ctx, chromedp.Evaluate[[]string](imagesCarryMetadataJS, chromedp.EvalAwaitPromise)); len(left) != 0 {
		t.Errorf("images keep metadata: %v", left)
	}
	if note := run(t, ctx, chromedp.Text(C("p.notice.info"))); !strings.Contains(note, "blocked") {
		t.Errorf("no note on blocked remote images: %q", note)
	}
	// Whatever is left of the javascript: link runs nothing when clicked.
	step("click links",
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`Array.from(document.querySelectorAll('article a')).forEach(a => { if (!a.href.startsWith('http')) a.click(); }); true`)(ctx, tg)
			return err
		}),
		noXSS(t, "after clicking links"))

	step("download by keyboard", tabTo("ul.files a"), chromedp.KeyEvent(kb.Enter))
	if got := waitDownload(t, dl); string(got) != testPDF {
		t.Errorf("downloaded %d bytes, not the PDF", len(got))
	}

	const replyText = "Thank you, the wound looks better today."
	step("reply with a photo",
		tabTo("#reply-text"), chromedp.KeyEvent(replyText),
		chromedp.SetUploadFiles(C("#reply-photos"), []string{replyPhoto}),
		sh.take("reply-filled"),
		tabTo("section.card form button[type=submit]"), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(C("p.notice.ok")),
		sh.take("reply-sent"), checkPage(t, "after reply"))
	if confirm := run(t, ctx, chromedp.Text(C("p.notice.ok"))); !strings.Contains(confirm, "reply was sent") {
		t.Errorf("reply confirmation: %q", confirm)
	}

	step("logout by keyboard", tabTo("form.logout button"), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(C("#status-title")), sh.take("signed-out"), checkPage(t, "signed out"))
	if after := run(t, ctx, chromedp.Text(C("main"))); !strings.Contains(after, "signed out") {
		t.Errorf("after logout: %q", after)
	}
	step("back", chromedp.NavigateBack(), chromedp.WaitVisible(C("main h1")), sh.take("back-button"))
	if back := run(t, ctx, chromedp.Text(C("body"))); strings.Contains(back, "Hello, your results") || strings.Contains(back, "lab results") {
		t.Errorf("back button shows the message: %q", back)
	}

	staffReads(t, r, ctx, sh, replyText, "pat@example.com")

	evs := auditActions(t, r.v)
	for act, n := range map[string]int{audit.ActLinkViewed: 1, audit.ActVerified: 1, audit.ActMessageViewed: 2,
		audit.ActDownload: 1, audit.ActReply: 1} {
		if got := countAction(evs, act); got < n {
			t.Errorf("%d %s audit events, want at least %d", got, act, n)
		}
	}
	// Referrer-Policy: no-referrer: the browser sent no Referer at all, so
	// the token in the landing URL never left in one.
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.referers) != 0 {
		t.Errorf("the browser sent Referer headers: %v", r.referers)
	}
}

// TestBrowserNoJavaScript: the whole path with JavaScript turned off in
// Chromium. The recipient is not in the patient directory, so the check is
// a one-time code; the code goes through the delivery queue to the upstream
// sink as email and is typed from there.
func TestBrowserNoJavaScript(t *testing.T) {
	r := newRelay(t)
	const rcpt = "nojs@example.com"
	r.submit(t, []string{rcpt}, phiMessage(t, rcpt, exifJPEG(t, 160, 120)))
	notice, _ := r.mailTo(t, rcpt, 1)
	link, _ := r.noticeLink(t, notice)
	replyPhoto := filepath.Join(t.TempDir(), "reply.jpg")
	if err := os.WriteFile(replyPhoto, exifJPEG(t, 64, 48), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, dlDir := newBrowser(t, browserOpts{width: 360, height: 780, noJS: true})
	dl := downloads(t, ctx, dlDir)
	sh := newShots(t)
	step := stepper(t, ctx)
	C := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	step("open link", chromedp.Navigate(link), chromedp.WaitVisible(C("main form button")), sh.take("nojs-landing"), checkPage(t, "landing"))
	step("ask for a code", chromedp.Click(C("main form button")), chromedp.WaitVisible(C("#code")), sh.take("nojs-code-sent"),
		checkPage(t, "code sent"))
	codeMail, _ := r.mailTo(t, rcpt, 2)
	code := regexp.MustCompile(`\b[0-9]{6}\b`).FindString(codeMail)
	if code == "" || !strings.Contains(codeMail, "10 minutes") {
		t.Fatalf("code email:\n%s", codeMail)
	}
	step("enter the code",
		chromedp.SendKeys(C("#code"), code),
		chromedp.Submit(C("#code")),
		chromedp.WaitVisible(C("article.body")),
		poll(`Array.from(document.images).filter(i => i.src.includes('/part/')).every(i => i.complete)`),
		sh.take("nojs-message"), checkPage(t, "message view"))
	if run(t, ctx, chromedp.Evaluate[bool](`document.documentElement.classList.contains('js')`)) {
		t.Fatal("page scripts ran: JavaScript is not off")
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`Array.from(document.images).filter(i => i.src.includes('/part/') && i.naturalWidth > 0).length`)); n != 2 {
		t.Errorf("%d images shown, want 2", n)
	}
	step("download", chromedp.Focus(C("ul.files a")), chromedp.KeyEvent(kb.Enter))
	if got := waitDownload(t, dl); string(got) != testPDF {
		t.Errorf("downloaded %d bytes, not the PDF", len(got))
	}
	const replyText = "Sent without JavaScript."
	step("reply",
		chromedp.SendKeys(C("#reply-text"), replyText),
		chromedp.SetUploadFiles(C("#reply-photos"), []string{replyPhoto}),
		chromedp.Submit(C("#reply-text")),
		chromedp.WaitVisible(C("p.notice.ok")), sh.take("nojs-reply-sent"), checkPage(t, "after reply"))
	step("logout", chromedp.Submit(C("form.logout button")), chromedp.WaitVisible(C("#status-title")), sh.take("nojs-signed-out"))
	step("back", chromedp.NavigateBack(), chromedp.WaitVisible(C("main h1")))
	if back := run(t, ctx, chromedp.Text(C("body"))); strings.Contains(back, "Hello, your results") {
		t.Errorf("back button shows the message: %q", back)
	}
	staffReads(t, r, ctx, sh, replyText, rcpt)
}

// TestBrowserIdleWarning: with JavaScript on, the idle warning becomes
// visible before the logoff and the page then leaves for the signed-out
// page.
func TestBrowserIdleWarning(t *testing.T) {
	e := realTimeEnv(t, 4*time.Second)
	base := e.listen()
	tok, _ := e.seal([]byte("Subject: hi\r\n\r\nbody text"), "pat@example.com", queue.ChannelEmail)
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	ctx, _ := newBrowser(t, browserOpts{width: 360, height: 780})
	sh := newShots(t)
	C := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/s/"+tok),
		chromedp.SendKeys(C("#dob-month"), "3"),
		chromedp.SendKeys(C("#dob-day"), "27"),
		chromedp.SendKeys(C("#dob-year"), "1984"),
		chromedp.Click(C("form.card button[type=submit]")),
		chromedp.WaitVisible(C("article.body")),
		chromedp.WaitVisible(C("#idle-warning")),
		sh.take("idle-warning"),
		chromedp.WaitVisible(C("#status-title")),
		sh.take("idle-signed-out"),
	); err != nil {
		t.Fatalf("idle: %v", err)
	}
	if txt := run(t, ctx, chromedp.Text(C("main"))); !strings.Contains(txt, "without activity") {
		t.Errorf("after idle: %q", txt)
	}
}

// TestBrowserNoJavaScriptIdleLogoff: with JavaScript off the idle warning
// still shows (a refresh to the warning page), staying signed in works, and
// the session then ends on its own.
func TestBrowserNoJavaScriptIdleLogoff(t *testing.T) {
	e := realTimeEnv(t, 6*time.Second) // the warning page shows for 3 s: time to press Stay
	base := e.listen()
	tok, _ := e.seal([]byte("Subject: hi\r\n\r\nbody text"), "pat@example.com", queue.ChannelEmail)
	PutPatient(context.Background(), e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	ctx, _ := newBrowser(t, browserOpts{width: 360, height: 780, noJS: true})
	sh := newShots(t)
	step := stepper(t, ctx)
	C := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	step("verify",
		chromedp.Navigate(base+"/s/"+tok),
		chromedp.SendKeys(C("#dob-month"), "3"), chromedp.SendKeys(C("#dob-day"), "27"), chromedp.SendKeys(C("#dob-year"), "1984"),
		chromedp.Submit(C("#dob-year")), chromedp.WaitVisible(C("article.body")))
	step("warning, stay", chromedp.WaitVisible(C("#idle-title")), sh.take("nojs-idle-warning"), checkPage(t, "idle warning"),
		chromedp.Submit(C("#stay")), chromedp.WaitVisible(C("article.body")))
	step("warning, leave", chromedp.WaitVisible(C("#idle-title")), chromedp.WaitVisible(C("#status-title")), sh.take("nojs-idle-signed-out"))
	if txt := run(t, ctx, chromedp.Text(C("main"))); !strings.Contains(txt, "without activity") {
		t.Errorf("after idle: %q", txt)
	}
}

// realTimeEnv is a portal env on the real clock (the browser waits for
// real) with a short idle timeout.
func realTimeEnv(t *testing.T, idle time.Duration) *env {
	t.Helper()
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + t.TempDir(), "PHIGATE_PRACTICE_PHONE=+1 555 0100"})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Portal.IdleTimeout = idle
	return newEnvClock(t, cfg, &clock{real: true})
}
