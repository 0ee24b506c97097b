package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/stepi-tools/reportbot/bot/catalog"
	"github.com/stepi-tools/reportbot/corpus"
)

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("chat", stderr)
	top := fs.Int("top", 3, "number of passages per answer (1–10)")
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *top < 1 || *top > 10 {
		return usageError{fmt.Sprintf("--top must be between 1 and 10, got %d", *top)}
	}
	if fs.NArg() > 0 {
		return usageError{"chat takes no arguments; type questions at the prompt"}
	}
	eng, err := loadEngine(*report)
	if err != nil {
		return err
	}
	defer eng.Close()
	fmt.Fprintln(stdout, catalog.TerminalFor("ko").ChatPrompt)
	fmt.Fprint(stdout, "> ")
	err = eachLine(ctx, stdin, func(q string) error {
		if strings.TrimSpace(q) != "" {
			ans, err := eng.Ask(ctx, q, *top)
			if err != nil && !isQuestionError(err) {
				return err
			}
			fmt.Fprint(stdout, formatAnswer(ans, err))
		}
		fmt.Fprint(stdout, "> ")
		return nil
	})
	fmt.Fprintln(stdout)
	return err
}

func runSections(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("sections", stderr)
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"sections takes no arguments"}
	}
	doc, err := corpus.Load(*report)
	if err != nil {
		return err
	}
	for _, s := range doc.Sections {
		pages := s.Pages()
		if pages != "" {
			pages = "pp. " + pages
			if s.PagesFromParent {
				pages += " (part of " + s.Parent + ")"
			}
		}
		fmt.Fprintf(stdout, "%s%-10s %s  %s\n", strings.Repeat("  ", max(s.Level-1, 0)), s.ID, s.Title, pages)
	}
	return nil
}

func runShow(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("show", stderr)
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"show needs one section id, e.g. reportbot show 3.1 (see reportbot sections)"}
	}
	doc, err := corpus.Load(*report)
	if err != nil {
		return err
	}
	id := fs.Arg(0)
	s, ok := doc.Section(id)
	if !ok {
		return usageError{fmt.Sprintf("no section %q; run reportbot sections for the list", id)}
	}
	fmt.Fprintf(stdout, "%s %s", s.ID, s.Title)
	if p := s.Pages(); p != "" {
		fmt.Fprintf(stdout, " (pp. %s)", p)
	}
	fmt.Fprintln(stdout)
	n := 0
	for _, p := range doc.Passages {
		if p.Section != id && !strings.HasPrefix(p.Section, id+".") {
			continue
		}
		n++
		fmt.Fprintf(stdout, "\n[%s #%d]\n", p.Section, p.ID)
		for _, ln := range strings.Split(p.Text, "\n") {
			fmt.Fprintln(stdout, "  "+ln)
		}
		for _, src := range doc.Sources(p.Text) {
			fmt.Fprintln(stdout, "  ↳ "+src)
		}
	}
	if n == 0 {
		fmt.Fprintln(stdout, "(this section has no passages of its own; see its subsections)")
	}
	return nil
}
