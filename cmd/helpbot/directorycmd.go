package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"helpbot/internal/directory"
)

// directoryCmd runs `helpbot directory check [DIR]` and
// `helpbot directory export [--format json|hsds] [DIR]`.
func directoryCmd(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: helpbot directory check [DIR] | export [--format json|hsds] [DIR]")
		return &exitError{2}
	}
	fs := flag.NewFlagSet("directory "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "export format: json or hsds")
	if err := fs.Parse(args[1:]); err != nil {
		return &exitError{2}
	}
	dir := withDefaults(getenv)("HELPBOT_DIRECTORY")
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "%s: not a folder\n", dir)
		return &exitError{2}
	}
	switch args[0] {
	case "check":
		if code := directory.RunCheck(os.DirFS(dir), dir, stdout, time.Now()); code != 0 {
			return &exitError{code}
		}
		return nil
	case "export":
		d, problems := directory.Load(os.DirFS(dir))
		if directory.HasErrors(problems) {
			for _, p := range problems {
				fmt.Fprintln(stderr, p.String())
			}
			return &exitError{1}
		}
		return directory.RunExport(d, *format, stdout)
	default:
		fmt.Fprintf(stderr, "unknown directory command %q\n", args[0])
		return &exitError{2}
	}
}
