package main

import (
	"context"
	"fmt"
)

func cmdServe(ctx context.Context, env *Env, args []string) int {
	fmt.Fprintln(env.Stderr, "phigate serve: not implemented yet")
	return 1
}
