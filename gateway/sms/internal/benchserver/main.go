// Command benchserver runs the SMS front end on loopback for
// scripts/bench-sms.sh: a real vault in a temp dir, the real scanner and
// pipeline, an API key, and files of pre-signed inbound webhooks (Twilio
// signs each request and replays are refused, so every request needs its
// own MessageSid and signature; wrk's Lua has no HMAC). It prints shell
// variables and runs until interrupted.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/sms"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/apikeys"
)

const (
	account   = "AC0123456789abcdef0123456789abcdef"
	token     = "0123456789abcdef0123456789abcdef"
	publicURL = "https://sms.example.com"
)

func main() {
	dir := flag.String("dir", "", "data dir (temp dir when empty)")
	addr := flag.String("listen", "127.0.0.1:0", "listen address")
	threads := flag.Int("threads", 2, "wrk threads (one webhook file each per run)")
	runs := flag.Int("runs", 1, "wrk runs of webhooks (each reads its own files)")
	perThread := flag.Int("webhooks", 100000, "signed webhooks per file")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile here until exit")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	if err := run(*dir, *addr, *runs, *threads, *perThread); err != nil {
		fmt.Fprintln(os.Stderr, "benchserver:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(dir, addr string, runs, threads, perThread int) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "phigate-sms-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg, err := configs.Load("", []string{
		"PHIGATE_DATA_DIR=" + dir,
		"PHIGATE_SMS_ACCOUNT_SID=" + account, "PHIGATE_SMS_AUTH_TOKEN=" + token,
		"PHIGATE_SMS_FROM=+15550100000", "PHIGATE_SMS_PUBLIC_URL=" + publicURL,
		// Delivery does not run here: nothing is sent to these.
		"PHIGATE_SMS_API_BASE_URL=http://127.0.0.1:9", "PHIGATE_SMS_FORWARD_URL=http://127.0.0.1:9/sms",
	})
	if err != nil {
		return err
	}
	v, err := vault.Open(ctx, vault.Options{Dir: filepath.Join(dir, "db"), MasterKey: bytes.Repeat([]byte{9}, 32), Logger: quiet})
	if err != nil {
		return err
	}
	defer v.Close()
	sc, err := filters.New(filters.Options{})
	if err != nil {
		return err
	}
	pipe := &gateway.Pipeline{Vault: v, Policy: gateway.Policy(cfg.Filters.Policy), BaseURL: cfg.Portal.BaseURL, LinkTTL: cfg.Portal.LinkTTL}
	pipe.SetScanner(sc)
	srv, err := sms.New(sms.Options{Config: cfg, Vault: v, Pipeline: pipe, Log: quiet})
	if err != nil {
		return err
	}
	id, secret, err := apikeys.Add(ctx, v, "bench", "bench")
	if err != nil {
		return err
	}
	for r := 0; r < runs; r++ {
		for t := 0; t < threads; t++ {
			if err := writeWebhooks(filepath.Join(dir, fmt.Sprintf("webhooks-%d-%d.txt", r, t)), perThread); err != nil {
				return err
			}
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("SMS=http://%s\n", ln.Addr())
	fmt.Printf("ACCOUNT=%s\n", srv.AccountSID())
	fmt.Printf("AUTH='Basic %s'\n", base64.StdEncoding.EncodeToString([]byte(id+":"+secret)))
	fmt.Printf("WEBHOOKS=%s\n", dir)
	fmt.Printf("READY=1\n")
	return srv.Serve(ctx, ln)
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// writeWebhooks writes n lines "signature<TAB>body": inbound texts as
// Twilio sends them, each with its own MessageSid, half of them with PHI.
func writeWebhooks(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	bodies := []string{"Running 10 minutes late, sorry!", "Is my Botox follow-up still on Tuesday? The swelling is almost gone."}
	for i := 0; i < n; i++ {
		sid := "SM" + randHex(16)
		p := url.Values{
			"ToCountry": {"US"}, "ToState": {"IL"}, "SmsMessageSid": {sid}, "NumMedia": {"0"}, "ToCity": {"CHICAGO"},
			"FromZip": {"60601"}, "SmsSid": {sid}, "FromState": {"IL"}, "SmsStatus": {"received"}, "FromCity": {"CHICAGO"},
			"Body": {bodies[i%2]}, "FromCountry": {"US"}, "To": {"+15550100000"}, "ToZip": {"60601"}, "NumSegments": {"1"},
			"MessageSid": {sid}, "AccountSid": {account}, "From": {fmt.Sprintf("+1555%07d", i%10000000)}, "ApiVersion": {"2010-04-01"},
		}
		fmt.Fprintf(w, "%s\t%s\n", sms.Signature(token, publicURL+"/twilio/sms", p), p.Encode())
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
