// Command reportbot answers questions about the report from the terminal and,
// with "serve", from Slack.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/stepi-tools/reportbot/bot"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "reportbot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError marks a bad command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCode is 2 for a bad command line, 3 when serve had to cut off or drop
// answers at shutdown, and 1 for any other failure.
func exitCode(err error) int {
	var u usageError
	switch {
	case errors.As(err, &u) || errors.Is(err, flag.ErrHelp):
		return 2
	case errors.Is(err, bot.ErrShutdownTimeout) || errors.Is(err, bot.ErrDropped):
		return 3
	}
	return 1
}

const usage = `reportbot answers questions about «AI 초격차 전략 수립 연구» (STEPI 2024-08).

Usage:
  reportbot ask [--json] [--batch] [--top N] QUESTION
  reportbot chat [--json] [--top N]          questions with follow-ups
  reportbot country [--json] [--batch] [--all] NAME
  reportbot company [--json] [--batch] [--all] NAME
  reportbot cite [--format ko|apa|bibtex|all] [--json] [--batch] [--top N] CLAIM
  reportbot reports [--json]                 the reports served: series, title, year, passages
  reportbot sections
  reportbot show SECTION
  reportbot serve [flags]                    run the Slack bot (see README.md)
  reportbot index --out DIR [--report FILE]  write the report's index to DIR, for --index
                                             (several --report: a folder in DIR each)

Every command but index also takes --report FILE (another report text
instead of the embedded one) and --index DIR (open the report's index from
DIR, written by reportbot index, instead of building it at start-up).
Every command but index takes --report once for each of several reports,
and searches them all; serve can scope a channel to some of them.

Run "reportbot COMMAND -h" for a command's flags.
`

// run dispatches a subcommand.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command given"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, rest, stdin, stdout, stderr, getenv)
	case "chat":
		return runChat(ctx, rest, stdin, stdout, stderr, getenv)
	case "country":
		return runCountry(ctx, rest, stdin, stdout, stderr, getenv)
	case "company":
		return runCompany(ctx, rest, stdin, stdout, stderr, getenv)
	case "cite":
		return runCite(ctx, rest, stdin, stdout, stderr, getenv)
	case "reports":
		return runReports(ctx, rest, stdout, stderr, getenv)
	case "sections":
		return runSections(ctx, rest, stdout, stderr, getenv)
	case "show":
		return runShow(ctx, rest, stdout, stderr, getenv)
	case "serve":
		return runServe(ctx, rest, getenv, stderr)
	case "index":
		return runIndex(ctx, rest, stdout, stderr, getenv)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}
