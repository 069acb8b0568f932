package main

// phigate scan [--config FILE] [--text] [--patients FILE] PATH|-

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/phigate/phigate/filters"
)

// scanMaxBytes bounds what scan reads when the config sets no message limit.
const scanMaxBytes = 64 << 20

func cmdScan(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (YAML); defaults and PHIGATE_* environment apply")
	text := fs.Bool("text", false, "input is plain text (an SMS body), not an RFC 5322 message")
	patients := fs.String("patients", "", "optional file of patient full names, one per line (the directory serve reads from the vault)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: phigate scan [--config FILE] [--text] [--patients FILE] PATH|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: config: %v\n", err)
		return 1
	}
	var names []string
	if *patients != "" {
		b, err := os.ReadFile(*patients)
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate scan: patients: %v\n", err)
			return 1
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				names = append(names, l)
			}
		}
	}
	sc, err := filters.New(filters.Options{
		ExtraTerms:   cfg.Filters.ExtraTerms,
		MRNPatterns:  cfg.Filters.MRNPatterns,
		PatientNames: names,
		OnPanic: func(typ string, stack []byte) {
			fmt.Fprintf(env.Stderr, "phigate scan: the scanner panicked (%s); the verdict is fail-closed:\n%s", typ, stack)
		},
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: %v\n", err)
		return 1
	}
	max := cfg.SMTP.MaxMessageBytes
	if max <= 0 {
		max = scanMaxBytes
	}
	var in io.Reader
	name := fs.Arg(0)
	if name == "-" {
		in = env.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate scan: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	if err := ctx.Err(); err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: %v\n", err)
		return 1
	}
	var c *filters.Content
	b, err := io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: read %s: %v\n", name, err)
		return 1
	}
	asText := func() *filters.Content {
		c := &filters.Content{}
		if int64(len(b)) > max {
			// scanning a prefix would pass what follows unseen: fail closed
			c.Unparsable = true
			b = b[:max]
		}
		c.Text = []string{string(bytes.ToValidUTF8(b, []byte(" ")))}
		return c
	}
	if *text {
		c = asText()
	} else {
		c, err = filters.FromMIME(bytes.NewReader(b), max)
		switch {
		case err != nil && !errors.Is(err, filters.ErrMalformed):
			fmt.Fprintf(env.Stderr, "phigate scan: read %s: %v\n", name, err)
			return 1
		case int64(len(b)) <= max && !hasMessageHeader(b):
			// not a message at all (an SMS body given without --text,
			// whose "Reminder: …" first line would otherwise read as a
			// header): every byte is scanned as text
			c = asText()
		}
		// a malformed message is still scanned: Unparsable makes it PHI
	}
	v := sc.Scan(c)
	out, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: %v\n", err)
		return 1
	}
	out = append(out, '\n')
	if _, err := env.Stdout.Write(out); err != nil {
		fmt.Fprintf(env.Stderr, "phigate scan: write: %v\n", err)
		return 1
	}
	return 0
}

// messageHeaders are fields every real message carries at least one of.
var messageHeaders = []string{"from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type",
	"received", "return-path", "delivered-to", "reply-to", "sender", "bcc", "dkim-signature", "x-mailer"}

// hasMessageHeader reports whether the header block of b (up to the first
// blank line) names any field a message carries.
func hasMessageHeader(b []byte) bool {
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			return false
		}
		if i := bytes.IndexByte(line, ':'); i > 0 {
			name := strings.ToLower(string(line[:i]))
			for _, h := range messageHeaders {
				if name == h || strings.HasPrefix(name, "x-") {
					return true
				}
			}
		}
	}
	return false
}
