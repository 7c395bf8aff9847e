// Command helpbot is a multi-channel help-request triage bot for people at
// risk of labour exploitation and trafficking. See README.md.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// stopProfile ends a CPU profile that a pprof build started (pprof.go).
var stopProfile = func() {}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args, os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stopProfile()
	if err != nil {
		fmt.Fprintln(os.Stderr, "helpbot:", err)
		os.Exit(exitCode(err))
	}
}
