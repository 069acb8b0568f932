package main

// phigate links unlock|resend|revoke --link ID: the staff actions on one
// patient link, for admins at a terminal (the portal's /staff/links page
// offers the same to the sender and to admins).

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/phigate/phigate/portal"
	"github.com/phigate/phigate/vault/links"
)

const linksUsage = `usage:
  phigate links unlock [--config FILE] --link ID   clear a verification lock
  phigate links resend [--config FILE] --link ID   revoke the link and send the recipient a new one
  phigate links revoke [--config FILE] --link ID   make the link unusable
ID is the link's public ID, as the audit log and the staff links page show it.`

func cmdLinks(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, linksUsage)
		return 2
	}
	sub := args[0]
	fs := flag.NewFlagSet("links "+sub, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (default: embedded defaults)")
	id := fs.String("link", "", "the link's public ID")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *id == "" || (sub != "unlock" && sub != "resend" && sub != "revoke") {
		fmt.Fprintln(env.Stderr, linksUsage)
		return 2
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate links: %v\n", err)
		return 1
	}
	v, err := openVault(ctx, env, cfg, newLogger(env, cfg))
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate links: %v\n", err)
		return 1
	}
	defer v.Close()
	const actor = "cli"
	switch sub {
	case "unlock":
		err = portal.UnlockLink(ctx, v, *id, actor)
		if err == nil {
			fmt.Fprintf(env.Stdout, "link %s unlocked\n", *id)
		}
	case "revoke":
		err = links.Revoke(ctx, v, *id, actor)
		if err == nil {
			fmt.Fprintf(env.Stdout, "link %s revoked\n", *id)
		}
	case "resend":
		var nid string
		nid, err = portal.ResendLink(ctx, v, cfg, *id, actor)
		if err == nil {
			fmt.Fprintf(env.Stdout, "link %s revoked; new link %s queued to its recipient\n", *id, nid)
			if env.serverVault == nil {
				fmt.Fprintln(env.Stdout, "(phigate serve delivers it when it next runs or passes over its queue)")
			}
		}
	}
	switch {
	case errors.Is(err, links.ErrUnknown):
		fmt.Fprintf(env.Stderr, "phigate links %s: no link with ID %s\n", sub, *id)
		return 1
	case errors.Is(err, portal.ErrRecordGone):
		fmt.Fprintf(env.Stderr, "phigate links %s: the message behind that link was shredded\n", sub)
		return 1
	case err != nil:
		fmt.Fprintf(env.Stderr, "phigate links %s: %v\n", sub, err)
		return 1
	}
	return 0
}
