package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/phigate/phigate/vault/users"
)

func cmdUsers(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(env.Stderr, "usage: phigate users add [--config FILE] --email ADDRESS --role staff|admin --password-stdin")
		return 2
	}
	fs := flag.NewFlagSet("users add", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (default: embedded defaults)")
	email := fs.String("email", "", "the user's email address; also their SMTP login and sender address")
	role := fs.String("role", users.RoleStaff, "staff or admin")
	pwStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *email == "" || !*pwStdin {
		fmt.Fprintln(env.Stderr, "phigate users add: --email and --password-stdin are required (passwords are never taken as arguments)")
		return 2
	}
	pw, err := readPassword(env.Stdin)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate users add: %v\n", err)
		return 1
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate users add: %v\n", err)
		return 1
	}
	log := newLogger(env, cfg)
	v, err := openVault(ctx, env, cfg, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate users add: %v\n", err)
		return 1
	}
	defer v.Close()
	u, err := users.Add(ctx, v, *email, *role, pw, "cli")
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate users add: %v\n", err)
		if errors.Is(err, users.ErrExists) || errors.Is(err, users.ErrBadPassword) {
			return 1
		}
		return 1
	}
	fmt.Fprintf(env.Stdout, "added %s user %s (id %s)\n", u.Role, u.Email, u.ID)
	return 0
}

// readPassword takes the first line of r, without its line ending.
func readPassword(r io.Reader) (string, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, users.MaxPasswordLen+2), users.MaxPasswordLen+2)
	line, err := br.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("reading password: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("empty password on standard input")
	}
	return line, nil
}
