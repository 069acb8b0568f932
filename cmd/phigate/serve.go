package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/gateway/sms"
	psmtp "github.com/phigate/phigate/gateway/smtp"
	"github.com/phigate/phigate/gateway/tlsconf"
	"github.com/phigate/phigate/portal"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// sweepInterval is how often retention (crypto-shred of expired records,
// audit pruning, orphaned chunks) runs.
const sweepInterval = 10 * time.Minute

func cmdServe(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (YAML) over the embedded defaults; PHIGATE_* environment variables override both")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file until shutdown (diagnostics)")
	memProfile := fs.String("memprofile", "", "write a heap profile to this file when shutdown begins (diagnostics)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(env.Stderr, "usage: phigate serve [--config FILE]")
		return 2
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate serve: %v\n", err)
		return 1
	}
	log := newLogger(env, cfg)
	if lim, _ := configs.ParseBytes(cfg.MemoryLimit); lim > 0 && getenv(env, "GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(lim)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate serve: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(env.Stderr, "phigate serve: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		// Written as shutdown begins, while everything is still in memory.
		ctx = withHeapProfile(ctx, *memProfile, log)
	}
	s, err := startServer(ctx, env, cfg, *cfgPath, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate serve: %v\n", err)
		return 1
	}
	s.banner(env.Stdout)
	if err := s.wait(); err != nil {
		fmt.Fprintf(env.Stderr, "phigate serve: %v\n", err)
		return 1
	}
	return 0
}

// server is a running phigate: listeners bound, workers started.
type server struct {
	cfg     *configs.Config
	cfgPath string
	env     *Env
	log     *slog.Logger
	v       *vault.Vault
	pipe    *gateway.Pipeline
	mgr     *delivery.Manager
	upSMTP  *delivery.SMTPSender

	smtpLn, portalLn, smsLn net.Listener
	smsOutbox               bool   // SMS goes to the dev outbox (no sms.account_sid)
	smsAccount              string // the AccountSid API clients use
	smtpCert                string // "" when certificate files are configured
	outbox                  string // "" when an upstream is configured

	cancel context.CancelFunc
	done   chan struct{} // closed when everything has stopped
	wg     sync.WaitGroup
	errMu  sync.Mutex
	err    error
}

// startServer opens the vault, builds every component and binds every
// listener, so that when it returns the server is accepting. Anything that
// fails here fails the start with an error that names the config key.
func startServer(ctx context.Context, env *Env, cfg *configs.Config, cfgPath string, log *slog.Logger) (_ *server, err error) {
	s := &server{cfg: cfg, cfgPath: cfgPath, env: env, log: log, done: make(chan struct{})}
	v, err := openVault(ctx, env, cfg, log)
	if err != nil {
		return nil, err
	}
	s.v = v
	var closers []func()
	defer func() {
		if err != nil {
			for i := len(closers) - 1; i >= 0; i-- {
				closers[i]()
			}
			v.Close()
		}
	}()

	sc, err := buildScanner(ctx, v, cfg, log)
	if err != nil {
		return nil, err
	}

	// The pipeline, the SMS server and the delivery manager need one
	// another: the SMS server feeds the pipeline and supplies senders and
	// an observer to the manager, and both tell the manager about new
	// work. The manager is built last and the wake-ups are bound late.
	var mgr *delivery.Manager
	kick := func() {
		if mgr != nil {
			mgr.Kick()
		}
	}
	s.pipe = &gateway.Pipeline{Vault: v, Policy: gateway.Policy(cfg.Filters.Policy), BaseURL: cfg.Portal.BaseURL,
		LinkTTL: cfg.Portal.LinkTTL, PayloadTTL: cfg.Delivery.MaxLifetime, Log: log}
	s.pipe.SetScanner(sc)
	smsSrv, err := sms.New(sms.Options{Config: cfg, Vault: v, Pipeline: s.pipe, Log: log, Kick: kick})
	if err != nil {
		return nil, err
	}

	// Senders per queue channel: the upstream MTA or the dev outbox for
	// email; Twilio (when sms.account_sid is set) or the dev outbox for SMS;
	// the SMS server's own workers (status callbacks, inbound MMS).
	senders := smsSrv.Senders()
	var outbox *delivery.Outbox
	devOutbox := func() (*delivery.Outbox, error) {
		if outbox == nil {
			s.outbox = filepath.Join(cfg.DataDir, "outbox")
			outbox, err = delivery.NewOutbox(s.outbox)
		}
		return outbox, err
	}
	if cfg.Upstream.Address != "" {
		up, err := delivery.NewSMTPSender(cfg)
		if err != nil {
			return nil, err
		}
		s.upSMTP = up
		senders[queue.ChannelEmail] = up
	} else {
		ob, err := devOutbox()
		if err != nil {
			return nil, err
		}
		senders[queue.ChannelEmail] = ob
	}
	if _, ok := senders[queue.ChannelSMS]; !ok {
		ob, err := devOutbox()
		if err != nil {
			return nil, err
		}
		senders[queue.ChannelSMS] = ob
		s.smsOutbox = true
	}

	mgr, err = delivery.New(delivery.Options{
		Vault: v, Senders: senders, Observers: smsSrv.Observers(), Bounce: delivery.DSN{Hostname: cfg.SMTP.Hostname}.Bounce,
		Workers: cfg.Delivery.Workers, FirstRetry: cfg.Delivery.FirstRetry, MaxBackoff: cfg.Delivery.MaxBackoff,
		MaxLifetime: cfg.Delivery.MaxLifetime, AttemptTimeout: cfg.Delivery.AttemptTimeout, Log: log,
	})
	if err != nil {
		return nil, err
	}
	s.mgr = mgr
	s.pipe.Queued = mgr.NotifyItems

	smtpTLS, generated, err := tlsconf.Server(cfg.SMTP.TLSCert, cfg.SMTP.TLSKey, cfg.DataDir, "smtp", []string{cfg.SMTP.Hostname})
	if err != nil {
		return nil, fmt.Errorf("smtp.tls_cert: %w", err)
	}
	if generated {
		s.smtpCert = filepath.Join(cfg.DataDir, "tls", "smtp.crt")
	}
	smtpSrv, err := psmtp.New(psmtp.Options{Config: cfg, TLS: smtpTLS, Pipeline: s.pipe, Users: psmtp.VaultUsers{V: v}, Log: log})
	if err != nil {
		return nil, err
	}
	portalSrv, err := portal.New(portal.Options{Config: cfg, Vault: v, Log: log, Kick: kick})
	if err != nil {
		return nil, err
	}

	if s.smtpLn, err = net.Listen("tcp", cfg.SMTP.Listen); err != nil {
		return nil, fmt.Errorf("smtp.listen: %w", err)
	}
	closers = append(closers, func() { s.smtpLn.Close() })
	if s.portalLn, err = net.Listen("tcp", cfg.Portal.Listen); err != nil {
		return nil, fmt.Errorf("portal.listen: %w", err)
	}
	closers = append(closers, func() { s.portalLn.Close() })
	if s.smsLn, err = net.Listen("tcp", cfg.SMS.Listen); err != nil {
		return nil, fmt.Errorf("sms.listen: %w", err)
	}
	closers = append(closers, func() { s.smsLn.Close() })
	s.smsAccount = smsSrv.AccountSID()
	admin, err := listenAdmin(cfg, v, log)
	if err != nil {
		return nil, err
	}
	admin.changed = func(ctx context.Context, command string) {
		switch command {
		case "patients":
			s.reload(ctx) // new names are PHI from the next message on
		case "links":
			kick() // a resent link's notice
		}
	}

	// Front ends stop first (they finish the sessions in progress, whose
	// commits still need the vault); delivery next; the vault last.
	runCtx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	front, stopFront := context.WithCancel(context.Background())
	back, stopBack := context.WithCancel(context.Background())
	s.goRun("smtp", func() error { return smtpSrv.Serve(front, s.smtpLn) })
	s.goRun("portal", func() error {
		if cfg.Portal.TLS == "proxy" {
			return portalSrv.ServePlain(front, s.portalLn)
		}
		return portalSrv.Serve(front, s.portalLn)
	})
	s.goRun("sms", func() error { return smsSrv.Serve(front, s.smsLn) })
	s.goRun("reminders", func() error { return portalSrv.RunReminders(front) })
	s.goRun("admin", func() error { admin.serve(front); return nil })
	var backWG sync.WaitGroup
	backWG.Add(2)
	go func() {
		defer backWG.Done()
		if err := mgr.Run(back); err != nil {
			s.fail(fmt.Errorf("delivery: %w", err))
		}
	}()
	go func() {
		defer backWG.Done()
		if err := v.Run(back, sweepInterval); err != nil && back.Err() == nil {
			s.fail(fmt.Errorf("retention: %w", err))
		}
	}()

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		for {
			select {
			case <-runCtx.Done():
				signal.Stop(hup)
				return
			case <-hup:
				s.reload(runCtx)
			}
		}
	}()

	// Shutdown: wait for ctx (a signal) or a component failure.
	go func() {
		<-runCtx.Done()
		log.Info("shutting down")
		stopFront()
		s.wg.Wait()
		stopBack()
		backWG.Wait()
		if s.upSMTP != nil {
			_ = s.upSMTP.Close()
		}
		if err := v.Close(); err != nil {
			s.fail(fmt.Errorf("close vault: %w", err))
		}
		close(s.done)
	}()
	mgr.Kick() // items left from the last run
	return s, nil
}

func (s *server) goRun(name string, fn func() error) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := fn(); err != nil {
			s.fail(fmt.Errorf("%s: %w", name, err))
		}
	}()
}

// fail records the first component error and stops the server.
func (s *server) fail(err error) {
	s.errMu.Lock()
	if s.err == nil {
		s.err = err
		s.log.Error("component failed; stopping", "err", err)
	}
	s.errMu.Unlock()
	s.cancel()
}

// wait blocks until the server has stopped and returns the first
// component error, if any.
func (s *server) wait() error {
	<-s.done
	s.errMu.Lock()
	defer s.errMu.Unlock()
	return s.err
}

// stop shuts the server down (tests).
func (s *server) stop() error {
	s.cancel()
	return s.wait()
}

// banner says once what the server listens on and how to add a user.
func (s *server) banner(w io.Writer) {
	c := s.cfg
	fmt.Fprintf(w, "phigate is running for %s\n", c.PracticeName)
	smtpNote := "STARTTLS, certificate from smtp.tls_cert"
	if s.smtpCert != "" {
		smtpNote = "STARTTLS, self-signed development certificate " + s.smtpCert
	}
	fmt.Fprintf(w, "  SMTP submission   %s (%s; AUTH PLAIN/LOGIN after STARTTLS)\n", s.smtpLn.Addr(), smtpNote)
	if c.Portal.TLS == "proxy" {
		fmt.Fprintf(w, "  patient portal    %s (plain HTTP on %s for the reverse proxy)\n", c.Portal.BaseURL, s.portalLn.Addr())
	} else {
		fmt.Fprintf(w, "  patient portal    %s (listening on %s)\n", c.Portal.BaseURL, s.portalLn.Addr())
	}
	fmt.Fprintf(w, "  SMS               %s (Twilio webhooks /twilio/sms, /twilio/status; Messages API for account %s)\n", s.smsLn.Addr(), s.smsAccount)
	if s.outbox != "" && c.Upstream.Address == "" {
		fmt.Fprintf(w, "  outbound mail     dev outbox %s/ (set upstream.address to relay)\n", s.outbox)
	} else {
		fmt.Fprintf(w, "  outbound mail     upstream %s (%s)\n", c.Upstream.Address, c.Upstream.TLS)
	}
	if s.smsOutbox {
		fmt.Fprintf(w, "  outbound SMS      dev outbox %s/ (set sms.account_sid to send through Twilio)\n", filepath.Join(c.DataDir, "outbox"))
	} else {
		fmt.Fprintf(w, "  outbound SMS      Twilio %s\n", c.SMS.APIBaseURL)
	}
	fmt.Fprintf(w, "  data              %s\n", c.DataDir)
	if getenv(s.env, "PHIGATE_MASTER_KEY") == "" && c.Vault.MasterKeyFile == "" {
		fmt.Fprintf(w, "\n  !!! WARNING: DEVELOPMENT MASTER KEY (%s) !!!\n", filepath.Join(c.DataDir, vault.DevKeyFile))
		fmt.Fprintln(w, "  The key that encrypts this vault is stored beside it. Do not put real patient")
		fmt.Fprintln(w, "  data here: set PHIGATE_MASTER_KEY or vault.master_key_file (mode 0600).")
		fmt.Fprintln(w)
	}
	cfgFlag := ""
	if s.cfgPath != "" {
		cfgFlag = " --config " + s.cfgPath
	}
	fmt.Fprintf(w, "Add a staff user (in another terminal):\n  echo 'a long passphrase' | phigate users add%s --email alice@practice.test --role staff --password-stdin\n", cfgFlag)
}

// buildScanner compiles the PHI scanner from config and the patient names
// the directory knows.
func buildScanner(ctx context.Context, v *vault.Vault, cfg *configs.Config, log *slog.Logger) (*filters.Scanner, error) {
	var names []string
	err := v.Scan(ctx, vault.KSPatient, "", func(_ string, val []byte) error {
		var p portal.Patient
		if err := json.Unmarshal(val, &p); err == nil && p.Name != "" {
			names = append(names, p.Name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("patient directory: %w", err)
	}
	sc, err := filters.New(filters.Options{ExtraTerms: cfg.Filters.ExtraTerms, MRNPatterns: cfg.Filters.MRNPatterns, PatientNames: names,
		OnPanic: func(typ string, stack []byte) {
			log.Error("PHI scanner panicked; the message was treated as PHI (unparsable/scanner_error)", "panic_type", typ, "stack", string(stack))
		}})
	if err != nil {
		return nil, fmt.Errorf("filters: %w", err)
	}
	return sc, nil
}

// reload rebuilds the scanner (SIGHUP): the config file's filters section
// and the patient directory's names. Messages in flight finish on the old
// scanner; a bad config keeps the old one and says why.
func (s *server) reload(ctx context.Context) {
	cfg := s.cfg
	if s.cfgPath != "" {
		nc, err := configs.Load(s.cfgPath, s.env.Environ)
		if err != nil {
			s.log.Error("reload: config rejected; keeping the running scanner", "err", err)
			return
		}
		cp := *s.cfg
		cp.Filters = nc.Filters
		cfg = &cp
	}
	start := time.Now()
	sc, err := buildScanner(ctx, s.v, cfg, s.log)
	if err != nil {
		s.log.Error("reload: scanner rejected; keeping the running one", "err", err)
		return
	}
	s.pipe.Reload(sc, gateway.Policy(cfg.Filters.Policy))
	s.log.Info("reload: PHI scanner rebuilt", "patterns", sc.PatternCount(), "took", time.Since(start).Round(time.Millisecond))
}

// withHeapProfile returns a context that ends after ctx does and a heap
// profile has been written to path.
func withHeapProfile(ctx context.Context, path string, log *slog.Logger) context.Context {
	out, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		<-ctx.Done()
		f, err := os.Create(path)
		if err != nil {
			log.Error("memprofile", "err", err)
			return
		}
		defer f.Close()
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			log.Error("memprofile", "err", err)
		}
	}()
	return out
}
