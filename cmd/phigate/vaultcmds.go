package main

// Owned by the vault work (issue 4): keys, audit, backup, restore, vault.

import (
	"context"
	"fmt"
)

func notYet(env *Env, name string) int {
	fmt.Fprintf(env.Stderr, "phigate %s: not implemented yet\n", name)
	return 1
}

func cmdKeys(ctx context.Context, env *Env, args []string) int    { return notYet(env, "keys") }
func cmdAudit(ctx context.Context, env *Env, args []string) int   { return notYet(env, "audit") }
func cmdBackup(ctx context.Context, env *Env, args []string) int  { return notYet(env, "backup") }
func cmdRestore(ctx context.Context, env *Env, args []string) int { return notYet(env, "restore") }
func cmdVault(ctx context.Context, env *Env, args []string) int   { return notYet(env, "vault") }
