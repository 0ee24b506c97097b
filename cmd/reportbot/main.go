// Command reportbot answers questions about the report from the terminal and,
// with "serve", from Slack. Its subcommands and its usage are the terminal
// commands of the command table (package commands).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/bot"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
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

// usageHead and usageTail frame the terminal commands of the command
// table in the usage.
const (
	usageHead = `reportbot answers questions about «AI 초격차 전략 수립 연구» (STEPI 2024-08).

Usage:
`
	usageTail = `
Every command but index also takes --report FILE (another report text
instead of the embedded one) and --index DIR (open the report's index from
DIR, written by reportbot index, instead of building it at start-up).
Every command but index takes --report once for each of several reports,
and searches them all; serve can scope a channel to some of them.

Run "reportbot COMMAND -h" for a command's flags.
`
)

// usage lists the table's terminal commands, each note beside its
// synopsis in one column, two spaces past the longest synopsis with one.
func usage(tab commands.Table) string {
	line := func(c commands.Command) string { return "  reportbot " + c.Synopsis() }
	column := 0
	for _, c := range tab.In(commands.Terminal) {
		if c.Note != "" {
			column = max(column, utf8.RuneCountInString(line(c))+2)
		}
	}
	var b strings.Builder
	b.WriteString(usageHead)
	for _, c := range tab.In(commands.Terminal) {
		l := line(c)
		for i, note := range strings.Split(c.Note, "\n") {
			if note != "" {
				if i > 0 {
					l = ""
				}
				l += strings.Repeat(" ", column-utf8.RuneCountInString(l)) + note
			}
			b.WriteString(l + "\n")
		}
	}
	b.WriteString(usageTail)
	return b.String()
}

// subcommand runs one terminal command with the rest of the command line.
type subcommand func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error

// subcommands are what runs each terminal command of tab. The commands
// that name others (chat's /country, a refusal's "use /company") name
// them as the table does.
func subcommands(tab commands.Table) map[commands.ID]subcommand {
	names := tab.Names(nil)
	return map[commands.ID]subcommand{
		commands.Ask: runAsk,
		commands.Chat: func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runChat(ctx, args, stdin, stdout, stderr, getenv, names)
		},
		commands.Country: func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runSummary(ctx, entity.Country, args, stdin, stdout, stderr, getenv, names)
		},
		commands.Company: func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runSummary(ctx, entity.Company, args, stdin, stdout, stderr, getenv, names)
		},
		commands.Cite: runCite,
		commands.Reports: func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runReports(ctx, args, stdout, stderr, getenv)
		},
		commands.Sections: func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runSections(ctx, args, stdout, stderr, getenv)
		},
		commands.Show: func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runShow(ctx, args, stdout, stderr, getenv)
		},
		commands.Serve: func(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer, getenv func(string) string) error {
			return runServe(ctx, args, getenv, stderr)
		},
		commands.Index: func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
			return runIndex(ctx, args, stdout, stderr, getenv)
		},
	}
}

// run dispatches a subcommand of the command table.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	tab := commands.New()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage(tab))
		return usageError{"no command given"}
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage(tab))
		return nil
	}
	c, ok := tab.Subcommand(name)
	if !ok {
		fmt.Fprint(stderr, usage(tab))
		return usageError{fmt.Sprintf("unknown command %q", name)}
	}
	runner, ok := subcommands(tab)[c.ID]
	if !ok {
		// TestEveryCommandRuns keeps this from happening.
		return fmt.Errorf("command %q is in the table but nothing runs it", name)
	}
	return runner(ctx, rest, stdin, stdout, stderr, getenv)
}
