package console

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"
)

// ErrUsage is returned (wrapped) by CaseworkerCmd for a command line it
// does not understand; the usage has been printed.
var ErrUsage = errors.New("usage")

const cmdUsage = `Usage:
  helpbot caseworker add NAME [--languages en,th] [--role caseworker|supervisor]
                                  add an account; the password is read from stdin
  helpbot caseworker passwd NAME  set a new password, read from stdin
  helpbot caseworker list         list the accounts
  helpbot caseworker disable NAME stop an account from logging in (ends its sessions)
  helpbot caseworker enable NAME  let a disabled account log in again
`

// CaseworkerCmd runs `helpbot caseworker ...` on the accounts; args are
// the words after "caseworker".
func CaseworkerCmd(ctx context.Context, accounts Accounts, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	usage := func(msg string) error {
		if msg != "" {
			fmt.Fprintln(stderr, "helpbot caseworker:", msg)
		}
		fmt.Fprint(stderr, cmdUsage)
		return fmt.Errorf("caseworker: %w", ErrUsage)
	}
	if len(args) == 0 {
		return usage("")
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "add":
		fs := flag.NewFlagSet("caseworker add", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		langs := fs.String("languages", "", "comma-separated languages the caseworker reads (en,th,my)")
		role := fs.String("role", string(RoleCaseworker), "caseworker or supervisor")
		name, err := parseWithName(fs, rest)
		if err != nil {
			return usage(err.Error())
		}
		if Role(*role) != RoleCaseworker && Role(*role) != RoleSupervisor {
			return usage(fmt.Sprintf("--role must be caseworker or supervisor, not %q", *role))
		}
		ll, err := NormalizeLanguages(strings.Split(*langs, ","))
		if err != nil {
			return usage("--languages: " + err.Error())
		}
		hash, err := readPassword(stdin)
		if err != nil {
			return err
		}
		a := Account{Name: name, Role: Role(*role), Languages: ll, Hash: hash, Created: time.Now().UTC()}
		if err := accounts.Add(ctx, a); err != nil {
			return fmt.Errorf("add caseworker %s: %w", name, err)
		}
		fmt.Fprintf(stdout, "added %s (%s; languages: %s)\n", name, a.Role, strings.Join(ll, ","))
		return nil
	case "passwd":
		fs := flag.NewFlagSet("caseworker passwd", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		name, err := parseWithName(fs, rest)
		if err != nil {
			return usage(err.Error())
		}
		if _, err := accounts.Account(ctx, name); err != nil {
			return fmt.Errorf("caseworker %s: %w", name, err)
		}
		hash, err := readPassword(stdin)
		if err != nil {
			return err
		}
		if err := accounts.SetPassword(ctx, name, hash); err != nil {
			return fmt.Errorf("set password of %s: %w", name, err)
		}
		fmt.Fprintf(stdout, "password of %s changed\n", name)
		return nil
	case "list":
		if len(rest) > 0 {
			return usage("list takes no arguments")
		}
		list, err := accounts.List(ctx)
		if err != nil {
			return fmt.Errorf("list caseworkers: %w", err)
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tROLE\tLANGUAGES\tSTATUS\tCREATED")
		for _, a := range list {
			st := "active"
			if a.Disabled {
				st = "disabled"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.Name, a.Role, strings.Join(a.Languages, ","), st, a.Created.Format(time.DateOnly))
		}
		return tw.Flush()
	case "disable", "enable":
		fs := flag.NewFlagSet("caseworker "+cmd, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		name, err := parseWithName(fs, rest)
		if err != nil {
			return usage(err.Error())
		}
		if err := accounts.SetDisabled(ctx, name, cmd == "disable"); err != nil {
			return fmt.Errorf("%s caseworker %s: %w", cmd, name, err)
		}
		fmt.Fprintf(stdout, "%sd %s\n", cmd, name)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, cmdUsage)
		return nil
	default:
		return usage(fmt.Sprintf("unknown command %q", cmd))
	}
}

// parseWithName parses flags placed before or after the one NAME argument.
func parseWithName(fs *flag.FlagSet, args []string) (string, error) {
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	if fs.NArg() == 0 {
		return "", errors.New("name the account")
	}
	name := fs.Arg(0)
	if err := fs.Parse(fs.Args()[1:]); err != nil {
		return "", err
	}
	if fs.NArg() > 0 {
		return "", fmt.Errorf("unexpected %q", fs.Arg(0))
	}
	if !ValidName(name) {
		return "", fmt.Errorf("%q is not a valid name: use 1 to 32 lower-case letters, digits, '.', '-' or '_'", name)
	}
	return name, nil
}

// readPassword reads the first line of stdin and hashes it.
func readPassword(stdin io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password from stdin: %w", err)
	}
	pw := strings.TrimRight(line, "\r\n")
	if utf8.RuneCountInString(pw) < MinPassword {
		return "", fmt.Errorf("the password (read from stdin) must have at least %d characters", MinPassword)
	}
	if len(pw) > 1024 {
		return "", errors.New("the password is longer than 1024 bytes")
	}
	return HashPassword(pw)
}
