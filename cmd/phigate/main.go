// Command phigate is the one binary: the gateway server and its admin tools.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
)

// command is one subcommand. It returns the process exit status.
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

// Env is what a subcommand may touch; tests pass their own.
type Env struct {
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	Environ []string

	// Set when the server runs a command for the admin socket: the command
	// uses the server's open vault and config (Badger allows one process).
	serverVault  *vault.Vault
	serverConfig *configs.Config
}

// commands is filled in init: the admin socket runs commands through run,
// which reads this map, and serve starts the admin socket.
var commands map[string]command

func init() {
	commands = map[string]command{
		"serve":    {"run the SMTP gateway, delivery workers and portal", cmdServe},
		"users":    {"manage staff users (users add --email E --role staff|admin --password-stdin)", cmdUsers},
		"apikeys":  {"manage keys of the Twilio-compatible SMS API (apikeys add --name NAME, apikeys list)", cmdAPIKeys},
		"scan":     {"scan a message for PHI and print the verdict as JSON", cmdScan},
		"keys":     {"manage key-encryption keys (rotate, rewrap, list)", cmdKeys},
		"audit":    {"verify or export the audit log", cmdAudit},
		"backup":   {"write an encrypted backup of the vault to standard output", cmdBackup},
		"restore":  {"restore a backup from standard input into an empty data dir", cmdRestore},
		"vault":    {"vault maintenance (shred --record ID)", cmdVault},
		"patients": {"patient directory (add, import --csv, remove)", cmdPatients},
		"links":    {"patient links (unlock, resend, revoke --link ID)", cmdLinks},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Environ: os.Environ()}
	code := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "phigate: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	if remoteCommands[args[0]] && env.serverVault == nil {
		if code, ok := tryRemote(ctx, env, args); ok {
			return code
		}
	}
	return c.run(ctx, env, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: phigate <command> [--config FILE] [flags]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
}
