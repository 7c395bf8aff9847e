package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

const usage = `helpbot: a help-request triage bot for migrant workers.

Usage:
  helpbot [serve] [flags]          run the server (the default)
  helpbot triage                   triage JSON lines from stdin to stdout
  helpbot directory check [DIR]    validate the directory files
  helpbot directory export [--format json|hsds]
                                   print the whole directory as JSON
  helpbot caseworker add NAME [--languages en,th] [--role caseworker|supervisor]
                                   add a console account (password on stdin)
  helpbot caseworker list|disable NAME|enable NAME|passwd NAME
  helpbot telegram set-webhook     register $HELPBOT_PUBLIC_URL/webhooks/telegram
  helpbot loadtest [flags]         load a helpbot on this machine (see docs/performance.md)
  helpbot loadtest echo            a bare WebSocket echo server to compare with
  helpbot help                     this text

Configuration is read from the environment (see README.md):
`

// exitError carries a process exit code without a message of its own.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ce *configError
	if errors.As(err, &ce) {
		return 2
	}
	return 1
}

// run is the whole program; main only calls it, and tests call it
// in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := "serve", []string(nil)
	if len(args) > 1 {
		rest = args[2:]
		switch a := args[1]; {
		case strings.HasPrefix(a, "-"):
			rest = args[1:]
		default:
			cmd = a
		}
	}
	switch cmd {
	case "serve":
		return serve(ctx, rest, getenv, stdout, stderr)
	case "triage":
		return triageCmd(ctx, rest, getenv, stdin, stdout, stderr)
	case "directory":
		return directoryCmd(rest, getenv, stdout, stderr)
	case "telegram":
		return telegramCmd(ctx, rest, getenv, stdout, stderr)
	case "caseworker":
		return caseworkerCmd(ctx, rest, getenv, stdin, stdout, stderr)
	case "loadtest":
		return loadtestCmd(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		for _, e := range envVars {
			fmt.Fprintf(stdout, "  %-26s %s (default %q)\n", e.Name, e.Help, e.Default)
		}
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return &exitError{2}
	}
}

// newLogger logs JSON unless w is a terminal (or the format says text).
// Handlers must never be given message text, phone numbers, emails or
// platform user ids.
func newLogger(w io.Writer, format string, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if format == "text" || (format == "" && isTerminal(w)) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
