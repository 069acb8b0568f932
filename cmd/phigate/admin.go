package main

// The admin socket. Badger lets one process open a data dir, so while
// `phigate serve` runs, admin commands (users add, keys rotate, audit
// verify, backup, …) cannot open the vault themselves. Instead the CLI finds
// <data_dir>/admin.sock, sends its arguments and standard input, and the
// server runs the very same command function against its open vault,
// streaming standard output and error back. The socket is 0600 in a 0700
// data dir and the server also checks the peer's uid (SO_PEERCRED), so only
// the account that runs phigate (or root) can use it.

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
)

// AdminSocket is the socket's file name in the data dir.
const AdminSocket = "admin.sock"

// remoteCommands may run inside the server. serve, restore (needs an empty
// data dir) and scan (needs no vault) always run locally.
var remoteCommands = map[string]bool{
	"users": true, "apikeys": true, "keys": true, "audit": true, "vault": true, "backup": true, "patients": true,
	"links": true,
}

const (
	maxAdminRequest = 1 << 20 // arguments and stdin (a password, a CSV of patients)
	frameOut        = 'o'
	frameErr        = 'e'
	frameExit       = 'x'
)

type adminRequest struct {
	Args  []string `json:"args"`
	Stdin []byte   `json:"stdin,omitempty"`
}

// configPathFromArgs finds --config in a command line without parsing the
// command's own flags.
func configPathFromArgs(args []string) string {
	for i, a := range args {
		switch {
		case a == "--config" || a == "-config":
			if i+1 < len(args) {
				return args[i+1]
			}
		case strings.HasPrefix(a, "--config="):
			return strings.TrimPrefix(a, "--config=")
		case strings.HasPrefix(a, "-config="):
			return strings.TrimPrefix(a, "-config=")
		}
	}
	return ""
}

func adminSocketPath(cfg *configs.Config) string {
	dir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		dir = cfg.DataDir
	}
	return filepath.Join(dir, AdminSocket)
}

// tryRemote runs args through a running server's admin socket. ok is false
// when no server answers, and the caller runs the command itself.
func tryRemote(ctx context.Context, env *Env, args []string) (code int, ok bool) {
	cfg, err := configs.Load(configPathFromArgs(args[1:]), env.Environ)
	if err != nil {
		return 0, false // the command itself reports the config error
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", adminSocketPath(cfg))
	if err != nil {
		return 0, false
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	// The server cannot see this process's terminal, so the checks that
	// need it happen here.
	if args[0] == "backup" && !hasHelpFlag(args) && isTerminal(env.Stdout) {
		fmt.Fprintln(env.Stderr, "phigate backup: refusing to write a backup to a terminal; redirect standard output to a file")
		return 2, true
	}
	req := adminRequest{Args: args}
	if needsStdin(args) {
		b, err := io.ReadAll(io.LimitReader(env.Stdin, maxAdminRequest/2+1))
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate: reading standard input: %v\n", err)
			return 1, true
		}
		if len(b) > maxAdminRequest/2 {
			fmt.Fprintln(env.Stderr, "phigate: standard input too large for the admin socket")
			return 1, true
		}
		req.Stdin = b
	}
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		fmt.Fprintf(env.Stderr, "phigate: admin socket: %v\n", err)
		return 1, true
	}
	br := bufio.NewReader(conn)
	var hdr [5]byte
	for {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			fmt.Fprintf(env.Stderr, "phigate: admin socket closed before the command finished: %v\n", err)
			return 1, true
		}
		n := binary.BigEndian.Uint32(hdr[1:])
		switch hdr[0] {
		case frameExit:
			return int(n), true
		case frameOut, frameErr:
			w := env.Stdout
			if hdr[0] == frameErr {
				w = env.Stderr
			}
			if _, err := io.CopyN(w, br, int64(n)); err != nil {
				fmt.Fprintf(env.Stderr, "phigate: admin socket: %v\n", err)
				return 1, true
			}
		default:
			fmt.Fprintln(env.Stderr, "phigate: admin socket: protocol error")
			return 1, true
		}
	}
}

// needsStdin reports whether the command reads standard input, so the
// client forwards it (and does not block on a terminal otherwise).
func needsStdin(args []string) bool {
	for _, a := range args {
		if a == "--password-stdin" || a == "-password-stdin" || a == "--csv" || a == "-" {
			return true
		}
	}
	return false
}

// adminServer serves the admin socket for a running server.
type adminServer struct {
	ln  net.Listener
	v   *vault.Vault
	cfg *configs.Config
	log *slog.Logger
	wg  sync.WaitGroup
	// changed is told of each command that succeeded (the server reloads
	// its scanner when the patient directory changed).
	changed func(ctx context.Context, command string)
}

func listenAdmin(cfg *configs.Config, v *vault.Vault, log *slog.Logger) (*adminServer, error) {
	path := adminSocketPath(cfg)
	if len(path) > 100 {
		return nil, fmt.Errorf("admin socket path %s is too long for a unix socket; use a shorter data_dir", path)
	}
	// We hold the vault's directory lock, so a socket file here is stale.
	_ = os.Remove(path)
	old := syscall.Umask(0o077)
	ln, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return nil, fmt.Errorf("admin socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("admin socket: %w", err)
	}
	return &adminServer{ln: ln, v: v, cfg: cfg, log: log}, nil
}

func (a *adminServer) serve(ctx context.Context) {
	go func() {
		<-ctx.Done()
		a.ln.Close()
	}()
	for {
		c, err := a.ln.Accept()
		if err != nil {
			break
		}
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.handle(ctx, c)
		}()
	}
	a.wg.Wait()
	_ = os.Remove(adminSocketPath(a.cfg))
}

// frameWriter sends one stream of a command's output as frames.
type frameWriter struct {
	mu   *sync.Mutex
	w    io.Writer
	kind byte
}

func (f frameWriter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for off := 0; off < len(p); {
		n := min(len(p)-off, 1<<20)
		var hdr [5]byte
		hdr[0] = f.kind
		binary.BigEndian.PutUint32(hdr[1:], uint32(n))
		if _, err := f.w.Write(hdr[:]); err != nil {
			return off, err
		}
		if _, err := f.w.Write(p[off : off+n]); err != nil {
			return off, err
		}
		off += n
	}
	return len(p), nil
}

func (a *adminServer) handle(ctx context.Context, c net.Conn) {
	defer c.Close()
	if err := checkPeer(c); err != nil {
		a.log.Warn("admin socket: refused a client", "err", err)
		return
	}
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	var req adminRequest
	if err := json.NewDecoder(io.LimitReader(c, maxAdminRequest)).Decode(&req); err != nil {
		a.log.Warn("admin socket: bad request", "err", err)
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	mu := &sync.Mutex{}
	bw := bufio.NewWriterSize(c, 64<<10)
	out := frameWriter{mu: mu, w: bw, kind: frameOut}
	errw := frameWriter{mu: mu, w: bw, kind: frameErr}
	code := 2
	if len(req.Args) == 0 || !remoteCommands[req.Args[0]] {
		fmt.Fprintln(errw, "phigate: that command cannot run through a running server")
	} else {
		// The command's own context ends if the client goes away.
		cctx, cancel := context.WithCancel(ctx)
		go func() {
			var b [1]byte
			_, _ = c.Read(b[:])
			cancel()
		}()
		env := &Env{Stdin: strings.NewReader(string(req.Stdin)), Stdout: out, Stderr: errw,
			serverVault: a.v, serverConfig: a.cfg}
		a.log.Info("admin command", "command", req.Args[0])
		code = run(cctx, env, req.Args)
		cancel()
		if code == 0 && a.changed != nil {
			a.changed(ctx, req.Args[0])
		}
	}
	mu.Lock()
	var hdr [5]byte
	hdr[0] = frameExit
	binary.BigEndian.PutUint32(hdr[1:], uint32(code))
	_, _ = bw.Write(hdr[:])
	_ = bw.Flush()
	mu.Unlock()
}

// checkPeer admits only the server's own user, or root.
func checkPeer(c net.Conn) error {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return errors.New("not a unix socket")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return err
	}
	var cred *syscall.Ucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil {
		return err
	}
	if cerr != nil {
		return cerr
	}
	if cred.Uid != 0 && int(cred.Uid) != os.Getuid() {
		return fmt.Errorf("peer uid %d is not the server's", cred.Uid)
	}
	return nil
}

func hasHelpFlag(args []string) bool {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			return true
		}
	}
	return false
}
