package main

// Owned by the filters work (issue 3): phigate scan [--config FILE] [--text] PATH|-

import (
	"context"
	"fmt"
)

func cmdScan(ctx context.Context, env *Env, args []string) int {
	fmt.Fprintln(env.Stderr, "phigate scan: not implemented yet")
	return 1
}
