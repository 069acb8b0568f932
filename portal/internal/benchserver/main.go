// Command benchserver runs the portal on loopback for scripts/bench-portal.sh:
// a real vault in a temp dir with one sealed ~10 KB message carrying a
// ~200 KB photo, a link and a verified session; plus a minimal fasthttp
// handler serving the landing page's bytes over the same TLS setup, for
// the ratio. It prints shell variables and runs until interrupted.
package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/portal"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
)

func main() {
	dir := flag.String("dir", "", "data dir (temp dir when empty)")
	portalAddr := flag.String("portal", "127.0.0.1:0", "portal listen address")
	minAddr := flag.String("minimal", "127.0.0.1:0", "minimal handler listen address")
	sameAddr := flag.String("minimal-same", "127.0.0.1:0", "minimal handler with the same headers: listen address")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*dir, *portalAddr, *minAddr, *sameAddr); err != nil {
		fmt.Fprintln(os.Stderr, "benchserver:", err)
		os.Exit(1)
	}
}

func run(dir, portalAddr, minAddr, sameAddr string) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "phigate-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg, err := configs.Load("", []string{"PHIGATE_DATA_DIR=" + dir, "PHIGATE_PRACTICE_PHONE=+1 555 0100"})
	if err != nil {
		return err
	}
	v, err := vault.Open(ctx, vault.Options{Dir: dir + "/vault", MasterKey: bytes.Repeat([]byte{9}, 32), Logger: quiet})
	if err != nil {
		return err
	}
	defer v.Close()

	raw := message()
	now := time.Now().UTC()
	b := v.NewBatch()
	id := links.NewID() + "00000000"
	if err := b.Seal(id, raw, vault.RecordMeta{Kind: "email", Created: now, Expires: now.Add(cfg.Portal.LinkTTL), Size: int64(len(raw))}); err != nil {
		return err
	}
	tok, l, err := links.Issue(id, "m"+id, "pat@example.com", "email", links.EmailTokenBytes, now, cfg.Portal.LinkTTL)
	if err != nil {
		return err
	}
	if err := links.Put(b, l); err != nil {
		return err
	}
	if err := v.Commit(ctx, b); err != nil {
		return err
	}
	if err := portal.PutPatient(ctx, v, "pat@example.com", portal.Patient{DOB: "1984-03-27"}); err != nil {
		return err
	}
	srv, err := portal.New(portal.Options{Config: cfg, Vault: v, Log: quiet})
	if err != nil {
		return err
	}
	cname, cval, ok := srv.BenchSession(tok, "1984", "3", "27")
	if !ok {
		return fmt.Errorf("could not verify the bench session")
	}

	// The landing page's exact bytes and headers, for the minimal handler.
	var rc fasthttp.RequestCtx
	var req fasthttp.Request
	req.SetRequestURI("/s/" + tok)
	rc.Init(&req, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}, nil)
	srv.Handler()(&rc)
	body := append([]byte(nil), rc.Response.Body()...)
	ctype := string(rc.Response.Header.ContentType())
	// Every header line the portal sends with it (security headers and the
	// pre-session cookie), for the minimal handler that sends the same
	// response bytes.
	var hdrs [][2][]byte
	rc.Response.Header.VisitAll(func(k, v []byte) {
		switch string(k) {
		case "Content-Type", "Content-Length", "Date", "Server":
			return
		}
		hdrs = append(hdrs, [2][]byte{append([]byte(nil), k...), append([]byte(nil), v...)})
	})

	// Generate (first) and load the same certificate and TLS settings
	// as the portal (tlsconf, data dir).
	// Same certificate and TLS settings as the portal (tlsconf, data dir).
	tcfg, _, err := tlsconf.Server(cfg.Portal.TLSCert, cfg.Portal.TLSKey, cfg.DataDir, "portal", []string{"127.0.0.1"})
	if err != nil {
		return err
	}
	tcfg.NextProtos = []string{"http/1.1"}
	pln, err := net.Listen("tcp", portalAddr)
	if err != nil {
		return err
	}
	go func() {
		if err := srv.Serve(ctx, pln); err != nil {
			fmt.Fprintln(os.Stderr, "portal:", err)
		}
	}()
	mln, err := net.Listen("tcp", minAddr)
	if err != nil {
		return err
	}
	minimal := &fasthttp.Server{NoDefaultServerHeader: true, Handler: func(c *fasthttp.RequestCtx) {
		c.SetContentType(ctype)
		c.SetBody(body)
	}}
	go minimal.Serve(tls.NewListener(mln, tcfg))
	sln, err := net.Listen("tcp", sameAddr)
	if err != nil {
		return err
	}
	same := &fasthttp.Server{NoDefaultServerHeader: true, NoDefaultContentType: true, Handler: func(c *fasthttp.RequestCtx) {
		for _, kv := range hdrs {
			c.Response.Header.AddBytesKV(kv[0], kv[1])
		}
		c.SetContentType(ctype)
		c.SetBody(body)
	}}
	go same.Serve(tls.NewListener(sln, tcfg))

	fmt.Printf("MINIMAL_SAME=https://%s\n", sln.Addr())
	fmt.Printf("PORTAL=https://%s\nMINIMAL=https://%s\nTOKEN=%s\nCOOKIE='%s=%s'\nLANDING_BYTES=%d\nMESSAGE_BYTES=%d\n",
		pln.Addr(), mln.Addr(), tok, cname, cval, len(body), len(raw))
	os.Stdout.Sync()
	<-ctx.Done()
	_ = minimal.Shutdown()
	_ = same.Shutdown()
	return nil
}

// message is ~10 KB of text and HTML with one ~200 KB JPEG photo.
func message() []byte {
	var photo []byte
	for w := 200; len(photo) < 200<<10; w += 20 {
		img := image.NewRGBA(image.Rect(0, 0, w, w))
		for y := 0; y < w; y++ {
			for x := 0; x < w; x++ {
				img.Set(x, y, color.RGBA{uint8(x * 7), uint8(y * 5), uint8(x ^ y), 255})
			}
		}
		var buf bytes.Buffer
		_ = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
		photo = buf.Bytes()
	}
	text := strings.Repeat("Your results are ready and everything looks as expected. ", 90)
	var out, body bytes.Buffer
	mw := multipart.NewWriter(&body)
	tp, _ := mw.CreatePart(map[string][]string{"Content-Type": {"text/plain; charset=utf-8"}})
	tp.Write([]byte(text))
	hp, _ := mw.CreatePart(map[string][]string{"Content-Type": {"text/html; charset=utf-8"}})
	hp.Write([]byte("<p>" + strings.Repeat("Your results are <b>ready</b>. ", 150) + "</p>"))
	ip, _ := mw.CreatePart(map[string][]string{"Content-Type": {"image/jpeg"}, "Content-Transfer-Encoding": {"base64"},
		"Content-Disposition": {`attachment; filename="photo.jpg"`}})
	enc := base64.StdEncoding.EncodeToString(photo)
	for len(enc) > 76 {
		ip.Write([]byte(enc[:76] + "\r\n"))
		enc = enc[76:]
	}
	ip.Write([]byte(enc + "\r\n"))
	mw.Close()
	out.WriteString("From: Dr. Rivera <rivera@clinic.example>\r\nTo: <pat@example.com>\r\nSubject: Your results\r\n" +
		"Date: Sun, 01 Mar 2026 11:00:00 +0000\r\nMessage-ID: <bench@clinic.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"" + mw.Boundary() + "\"\r\n\r\n")
	out.Write(body.Bytes())
	return out.Bytes()
}
