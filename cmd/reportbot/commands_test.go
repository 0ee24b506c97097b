package main

import (
	"errors"
	"flag"
	"regexp"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/config/commands"
)

// TestEveryCommandRuns holds the CLI to the command table: every terminal
// command has something that runs it, and nothing runs a command the
// table does not offer in the terminal.
func TestEveryCommandRuns(t *testing.T) {
	tab := commands.New()
	runners := subcommands(tab)
	for _, c := range tab.In(commands.Terminal) {
		if runners[c.ID] == nil {
			t.Errorf("terminal command %q has nothing that runs it", c.ID)
		}
	}
	for id := range runners {
		if _, ok := tab.Subcommand(string(id)); !ok {
			t.Errorf("%q runs, but the table does not offer it in the terminal", id)
		}
	}
}

// TestUsageGolden pins the usage, listed from the command table.
func TestUsageGolden(t *testing.T) {
	r := runCLI(t, "", nil, "help")
	if r.err != nil {
		t.Fatal(r.err)
	}
	golden(t, "usage.golden", r.stdout)
	if bare := runCLI(t, "", nil); bare.stderr != r.stdout {
		t.Errorf("reportbot with no command printed\n%s\nwant the usage", bare.stderr)
	}
}

// TestUsageShowsEveryFlag holds each terminal command's synopsis in the
// table to the flags the command defines: each flag is shown, and each
// flag shown exists. --report and --index, which every command but index
// takes, are left to the usage's closing note. serve's flags are the
// configuration's ("[flags]"), whose own tests cover them.
func TestUsageShowsEveryFlag(t *testing.T) {
	defined := regexp.MustCompile(`(?m)^  -([a-z][a-z-]*)`)
	shown := regexp.MustCompile(`--([a-z][a-z-]*)`)
	for _, c := range commands.New().In(commands.Terminal) {
		if c.ID == commands.Serve {
			continue
		}
		t.Run(string(c.ID), func(t *testing.T) {
			r := runCLI(t, "", nil, string(c.ID), "-h")
			if !errors.Is(r.err, flag.ErrHelp) {
				t.Fatalf("%s -h = %v, want flag.ErrHelp", c.ID, r.err)
			}
			var flags []string
			for _, m := range defined.FindAllStringSubmatch(r.stderr, -1) {
				flags = append(flags, m[1])
			}
			if len(flags) == 0 {
				t.Fatalf("%s -h lists no flags:\n%s", c.ID, r.stderr)
			}
			var inUsage []string
			for _, m := range shown.FindAllStringSubmatch(c.Args, -1) {
				inUsage = append(inUsage, m[1])
			}
			for _, f := range flags {
				if !slices.Contains(inUsage, f) && f != "report" && f != "index" {
					t.Errorf("usage %q does not show --%s", c.Synopsis(), f)
				}
			}
			for _, f := range inUsage {
				if !slices.Contains(flags, f) {
					t.Errorf("usage %q shows --%s, which %s does not take", c.Synopsis(), f, c.ID)
				}
			}
		})
	}
}
