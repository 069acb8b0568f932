package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/apikeys"
)

// cmdAPIKeys manages the keys of the Twilio-compatible send API.
func cmdAPIKeys(ctx context.Context, env *Env, args []string) int {
	const usage = "usage: phigate apikeys add [--config FILE] --name NAME\n" +
		"       phigate apikeys list [--config FILE]\n" +
		"       phigate apikeys disable|enable [--config FILE] --id SK..."
	if len(args) == 0 || !map[string]bool{"add": true, "list": true, "disable": true, "enable": true}[args[0]] {
		fmt.Fprintln(env.Stderr, usage)
		return 2
	}
	sub := args[0]
	fs := flag.NewFlagSet("apikeys "+sub, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (default: embedded defaults)")
	name := fs.String("name", "", "what the tool using the key is called, e.g. ehr (letters, digits, - _ .)")
	id := fs.String("id", "", "the key's SID (SK followed by 32 hex digits), as apikeys list prints it")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "phigate apikeys %s: unexpected argument %q\n", sub, fs.Arg(0))
		return 2
	}
	if (sub == "disable" || sub == "enable") && !apikeys.ValidID(*id) {
		fmt.Fprintf(env.Stderr, "phigate apikeys %s: --id must be a key SID (SK followed by 32 hex digits), as apikeys list prints it\n", sub)
		return 2
	}
	if sub == "add" && !apikeys.ValidName(*name) {
		fmt.Fprintf(env.Stderr, "phigate apikeys add: --name is required: %v\n", apikeys.ErrBadName)
		return 2
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate apikeys %s: %v\n", sub, err)
		return 1
	}
	log := newLogger(env, cfg)
	v, err := openVault(ctx, env, cfg, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate apikeys %s: %v\n", sub, err)
		return 1
	}
	defer v.Close()

	if sub == "list" {
		keys, err := apikeys.List(ctx, v)
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate apikeys list: %v\n", err)
			return 1
		}
		for _, k := range keys {
			state := "active"
			if k.Disabled {
				state = "disabled"
			}
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\n", k.ID, k.Name, k.Created.UTC().Format("2006-01-02T15:04:05Z"), state)
		}
		return 0
	}

	if sub == "disable" || sub == "enable" {
		changed, err := apikeys.SetDisabled(ctx, v, *id, sub == "disable", "cli")
		if errors.Is(err, vault.ErrNotFound) {
			fmt.Fprintf(env.Stderr, "phigate apikeys %s: no key %s (see phigate apikeys list)\n", sub, *id)
			return 1
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate apikeys %s: %v\n", sub, err)
			return 1
		}
		if !changed {
			fmt.Fprintf(env.Stdout, "API key %s is already %sd\n", *id, sub)
			return 0
		}
		fmt.Fprintf(env.Stdout, "%sd API key %s\n", sub, *id)
		return 0
	}

	newID, secret, err := addAPIKey(ctx, v, *name)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate apikeys add: %v\n", err)
		return 1
	}
	account, err := apikeys.AccountSID(ctx, v, cfg.SMS.AccountSID)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate apikeys add: %v\n", err)
		return 1
	}
	printAPIKey(env, cfg, *name, newID, secret, account)
	return 0
}

// addAPIKey is the core of "apikeys add", shared with the admin socket:
// it issues and durably stores a key and returns its ID and its secret,
// which is shown once and stored only as a hash.
func addAPIKey(ctx context.Context, v *vault.Vault, name string) (id, secret string, err error) {
	id, secret, err = apikeys.Add(ctx, v, name, "cli")
	if errors.Is(err, apikeys.ErrBadName) {
		return "", "", fmt.Errorf("--name: %w", err)
	}
	return id, secret, err
}

func printAPIKey(env *Env, cfg *configs.Config, name, id, secret, account string) {
	base := "http://" + cfg.SMS.Listen
	fmt.Fprintf(env.Stdout, "added API key %s for %q\n\n", id, name)
	fmt.Fprintf(env.Stdout, "  Account SID:  %s\n", account)
	fmt.Fprintf(env.Stdout, "  API key SID:  %s   (HTTP Basic username)\n", id)
	fmt.Fprintf(env.Stdout, "  API secret:   %s   (HTTP Basic password)\n\n", secret)
	fmt.Fprintln(env.Stdout, "The secret is shown only now and cannot be recovered; store it in the tool's configuration.")
	fmt.Fprintf(env.Stdout, "Point the tool's Twilio API base URL at phigate's SMS listener (%s, or the\nHTTPS reverse proxy in front of it):\n", strings.TrimSuffix(base, "/"))
	fmt.Fprintf(env.Stdout, "  POST %s/2010-04-01/Accounts/%s/Messages.json\n", base, account)
}
