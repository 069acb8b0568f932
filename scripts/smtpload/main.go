// Command smtpload drives an SMTP submission server the way staff mail
// clients do — STARTTLS, AUTH PLAIN, one session per client reused for many
// messages — and reports throughput and the latency from the end of DATA
// (the final dot) to the server's 250, which for phigate is the durable
// commit. With -rate it paces submissions to a fixed total rate, for
// latency at a known load; with -sink it also counts what an upstream
// smtp-sink received, for end-to-end throughput.
//
//	go run ./scripts/smtpload -addr 127.0.0.1:2587 -starttls -user alice@practice.test -pass-env PW -n 5000 -c 20
package main

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:2587", "submission server host:port")
	n := flag.Int("n", 1000, "messages to send")
	c := flag.Int("c", 20, "concurrent sessions")
	size := flag.Int("size", 10<<10, "body size in bytes")
	attach := flag.Int("attach", 0, "also attach a JPEG-like file of this many bytes (base64, multipart/mixed)")
	starttls := flag.Bool("starttls", false, "issue STARTTLS (certificate not verified: loopback benchmark)")
	user := flag.String("user", "", "AUTH PLAIN user (needs -starttls)")
	passEnv := flag.String("pass-env", "SMTPLOAD_PASSWORD", "environment variable holding the AUTH password")
	from := flag.String("from", "", "envelope sender (default: -user, or load@practice.test)")
	to := flag.String("to", "patient%d@patient.test", "recipient; %d is replaced by the message number")
	subject := flag.String("subject", "Your Botox follow-up", "subject (a procedure name makes every message PHI)")
	rate := flag.Float64("rate", 0, "total messages per second (0: as fast as possible)")
	sinkLog := flag.String("sink-log", "", "smtp-sink -c output file: wait until it counts -n more messages")
	sinkTimeout := flag.Duration("sink-timeout", 10*time.Minute, "how long to wait for the sink")
	flag.Parse()

	if *from == "" {
		*from = *user
		if *from == "" {
			*from = "load@practice.test"
		}
	}
	body := makeBody(*size) // whole lines, at least size bytes
	ctype := ""
	if *attach > 0 {
		body, ctype = withAttachment(body, *attach)
	}
	sinkStart := 0
	if *sinkLog != "" {
		sinkStart = sinkCount(*sinkLog)
	}

	var next atomic.Int64
	var lat []time.Duration
	var latMu sync.Mutex
	var failed atomic.Int64
	var firstErr atomic.Value
	start := time.Now()
	// With -rate, message i is due at start + i/rate: a schedule, not a
	// ticker, so a late session does not lose its turn (a ticker drops
	// ticks nobody was waiting for and the run falls short of the rate).
	pace := func(i int64) {
		if *rate > 0 {
			time.Sleep(time.Until(start.Add(time.Duration(float64(i-1) / *rate * float64(time.Second)))))
		}
	}
	var wg sync.WaitGroup
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl, err := dial(*addr, *starttls, *user, os.Getenv(*passEnv))
			if err != nil {
				firstErr.CompareAndSwap(nil, err)
				failed.Add(1)
				return
			}
			defer cl.Close()
			var mine []time.Duration
			for {
				i := next.Add(1)
				if i > int64(*n) {
					break
				}
				pace(i)
				rcpt := *to
				if strings.Contains(rcpt, "%d") {
					rcpt = fmt.Sprintf(rcpt, i)
				}
				d, err := send(cl, *from, rcpt, *subject, ctype, i, body)
				if err != nil {
					firstErr.CompareAndSwap(nil, err)
					failed.Add(1)
					_ = cl.Reset()
					continue
				}
				mine = append(mine, d)
			}
			latMu.Lock()
			lat = append(lat, mine...)
			latMu.Unlock()
		}()
	}
	wg.Wait()
	accepted := time.Since(start)
	fmt.Printf("sent %d, failed %d, %d sessions, %d-byte bodies, starttls=%v auth=%v\n", len(lat), failed.Load(), *c, *size, *starttls, *user != "")
	if e := firstErr.Load(); e != nil {
		fmt.Printf("first error: %v\n", e)
	}
	fmt.Printf("accepted in %.2fs: %.0f msg/s\n", accepted.Seconds(), float64(len(lat))/accepted.Seconds())
	if len(lat) > 0 {
		slices.Sort(lat)
		p := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
		fmt.Printf("end of DATA to 250: p50 %v  p90 %v  p99 %v  max %v\n",
			p(0.50).Round(10*time.Microsecond), p(0.90).Round(10*time.Microsecond), p(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	}
	if *sinkLog != "" {
		want := sinkStart + len(lat)
		deadline := time.Now().Add(*sinkTimeout)
		got := sinkCount(*sinkLog)
		for got < want && time.Now().Before(deadline) {
			time.Sleep(2 * time.Millisecond)
			got = sinkCount(*sinkLog)
		}
		e2e := time.Since(start)
		fmt.Printf("sink received %d of %d in %.2fs: %.0f msg/s end to end\n", got-sinkStart, len(lat), e2e.Seconds(), float64(got-sinkStart)/e2e.Seconds())
	}
	if failed.Load() > 0 {
		os.Exit(1)
	}
}

func dial(addr string, starttls bool, user, pass string) (*gosmtp.Client, error) {
	var cl *gosmtp.Client
	var err error
	if starttls {
		cl, err = gosmtp.DialStartTLS(addr, &tls.Config{InsecureSkipVerify: true})
	} else {
		cl, err = gosmtp.Dial(addr)
	}
	if err != nil {
		return nil, err
	}
	if user != "" {
		if err := cl.Auth(sasl.NewPlainClient("", user, pass)); err != nil {
			cl.Close()
			return nil, err
		}
	}
	return cl, nil
}

// send submits one message and returns the time from the end of DATA to
// the server's reply.
func send(cl *gosmtp.Client, from, to, subject, ctype string, i int64, body []byte) (time.Duration, error) {
	// SIZE, as mail clients declare it, lets the server size its buffer.
	if err := cl.Mail(from, &gosmtp.MailOptions{Size: int64(len(body) + 512)}); err != nil {
		return 0, err
	}
	if err := cl.Rcpt(to, nil); err != nil {
		return 0, err
	}
	w, err := cl.Data()
	if err != nil {
		return 0, err
	}
	fmt.Fprintf(w, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nMessage-ID: <load-%d-%d@practice.test>\r\n%s\r\n", from, to, subject, time.Now().UnixNano(), i, ctype)
	if _, err := w.Write(body); err != nil {
		return 0, err
	}
	t0 := time.Now()
	if err := w.Close(); err != nil {
		return 0, err
	}
	return time.Since(t0), nil
}

func makeBody(size int) []byte {
	line := "The quick brown fox jumps over the lazy dog, again and again and again.\r\n"
	var b bytes.Buffer
	for b.Len() < size {
		b.WriteString(line)
	}
	return b.Bytes()
}

// withAttachment wraps body in multipart/mixed with a base64 attachment of
// n bytes that starts like a JPEG (the way a phone photo arrives).
func withAttachment(body []byte, n int) ([]byte, string) {
	const boundary = "=_smtpload_boundary"
	img := make([]byte, n)
	copy(img, []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0})
	for i := 11; i < n; i++ {
		img[i] = byte(i * 7)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", boundary)
	b.Write(body)
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n", boundary)
	enc := base64.StdEncoding.EncodeToString(img)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteString("\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc)
	fmt.Fprintf(&b, "\r\n--%s--\r\n", boundary)
	return b.Bytes(), "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n"
}

var mesgRE = regexp.MustCompile(`mesg=(\d+)`)

// sinkCount reads the last counter smtp-sink -c wrote.
func sinkCount(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	st, _ := f.Stat()
	if st.Size() > 4096 {
		f.Seek(st.Size()-4096, 0)
	}
	sc := bufio.NewScanner(f)
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	last := 0
	for sc.Scan() {
		if m := mesgRE.FindSubmatch(sc.Bytes()); m != nil {
			last, _ = strconv.Atoi(string(m[1]))
		}
	}
	return last
}
