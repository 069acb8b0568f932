package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"github.com/phigate/phigate/gateway/delivery/deliverytest"
)

// buildPhigate compiles the real binary once per test run.
var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "phigate-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "phigate")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

var smtpLineRE = regexp.MustCompile(`SMTP submission\s+(\S+)`)

// proc is phigate serve as a separate process.
type proc struct {
	cmd  *exec.Cmd
	smtp string
}

func startProc(t *testing.T, cfg string, environ []string) *proc {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", "--config", cfg)
	cmd.Env = append(os.Environ(), environ...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd}
	t.Cleanup(func() { p.kill() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := smtpLineRE.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case p.smtp = <-found:
	case <-time.After(60 * time.Second):
		t.Fatalf("phigate serve did not start:\n%s", stderr.String())
	}
	return p
}

func (p *proc) kill() {
	if p.cmd.Process != nil && p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		_ = p.cmd.Wait()
	}
}

// TestKill9LosesNothingAcknowledged runs phigate as a real process, submits
// messages from several sessions while delivery is under way, kills it with
// SIGKILL mid-stream, restarts it, and checks that every message that got a
// 250 reaches the upstream — duplicates only for sends that were in flight,
// byte-identical (same Message-ID).
func TestKill9LosesNothingAcknowledged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	sink := deliverytest.Start(t, deliverytest.Options{StartTLS: true, Data: func(deliverytest.Msg) error {
		time.Sleep(2 * time.Millisecond) // keep sends in flight at the crash
		return nil
	}})
	dir := t.TempDir()
	cfg := serveConfig(t, dir, upstreamYAML(sink))
	environ := []string{"PHIGATE_MASTER_KEY=" + serveKey, "PHIGATE_SMTP_TRUSTED_NETWORKS=127.0.0.0/8", "PHIGATE_LOG_LEVEL=error"}
	p := startProc(t, cfg, environ)

	var mu sync.Mutex
	acked := map[string]bool{}
	var seq atomic.Int64
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := gosmtp.Dial(p.smtp)
			if err != nil {
				return
			}
			defer c.Close()
			for ctx.Err() == nil {
				n := seq.Add(1)
				rcpt := fmt.Sprintf("p%d@patient.test", n)
				msg := phiMail
				if n%2 == 1 {
					msg = "From: ehr@practice.test\r\nSubject: Parking\r\n\r\nThe lot is closed on Friday.\r\n"
				}
				if err := c.SendMail("ehr@practice.test", []string{rcpt}, strings.NewReader(msg)); err != nil {
					return // the server died mid-session: this one was not acknowledged
				}
				mu.Lock()
				acked[rcpt] = true
				mu.Unlock()
			}
		}()
	}
	// Let traffic and deliveries run, then pull the plug.
	deadline := time.Now().Add(30 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 300 && sink.Count() >= 50 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d acknowledged, %d delivered before the crash", n, sink.Count())
		}
		time.Sleep(5 * time.Millisecond)
	}
	p.kill()
	stop()
	wg.Wait()
	before := sink.Count()

	startProc(t, cfg, environ)
	mu.Lock()
	want := len(acked)
	mu.Unlock()
	t.Logf("%d acknowledged before SIGKILL; %d delivered before the crash", want, before)

	deadline = time.Now().Add(60 * time.Second)
	for {
		got := map[string][]byte{}
		dups := 0
		for _, m := range sink.Messages() {
			r := m.To[0]
			if prev, ok := got[r]; ok {
				dups++
				if !bytes.Equal(prev, m.Data) {
					t.Fatalf("duplicate delivery to %s differs from the first", r)
				}
			}
			got[r] = m.Data
		}
		missing := 0
		for r := range acked {
			if _, ok := got[r]; !ok {
				missing++
			}
		}
		if missing == 0 {
			t.Logf("all %d acknowledged messages delivered; %d duplicates (sends in flight at the crash)", want, dups)
			if dups > 8 {
				t.Errorf("%d duplicates: more than can be in flight (2 × delivery.workers = 8)", dups)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d acknowledged messages never delivered after restart", missing, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
