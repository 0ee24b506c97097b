package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
)

func runSections(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("sections", stderr)
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"sections takes no arguments"}
	}
	return eachDocument(*src, stderr, func(doc *corpus.Document) error {
		if len(src.more) > 0 {
			// several reports: each tree under its series number
			fmt.Fprintf(stdout, "== %s %s\n", doc.Meta.Series, doc.Meta.TitleKo)
		}
		for _, s := range doc.Sections {
			pages := s.Pages()
			if pages != "" {
				pages = "pp. " + pages
				if s.PagesFromParent {
					pages += " (part of " + s.Parent + ")"
				}
			}
			if _, err := fmt.Fprintf(stdout, "%s%-10s %s  %s\n", strings.Repeat("  ", max(s.Level-1, 0)), s.ID, s.Title, pages); err != nil {
				return err
			}
		}
		return nil
	})
}

func runShow(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("show", stderr)
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"show needs one section id, as reportbot sections lists them"}
	}
	id := fs.Arg(0)
	found := 0
	err := eachDocument(*src, stderr, func(doc *corpus.Document) error {
		s, ok := doc.Section(id)
		if !ok {
			return nil
		}
		if found++; len(src.more) > 0 {
			// several reports: each one's section under its series number
			fmt.Fprintf(stdout, "== %s %s\n", doc.Meta.Series, doc.Meta.TitleKo)
		}
		showSection(stdout, doc, s)
		return nil
	})
	if err != nil {
		return err
	}
	if found == 0 {
		return usageError{fmt.Sprintf("no section %q; run reportbot sections for the list", id)}
	}
	return nil
}

// showSection prints a section's heading and every passage under it, with
// the sources each cites.
func showSection(stdout io.Writer, doc *corpus.Document, s corpus.Section) {
	fmt.Fprintf(stdout, "%s %s", s.ID, s.Title)
	if p := s.Pages(); p != "" {
		fmt.Fprintf(stdout, " (pp. %s)", p)
	}
	fmt.Fprintln(stdout)
	n := 0
	for _, p := range doc.Passages {
		if p.Section != s.ID && !strings.HasPrefix(p.Section, s.ID+".") {
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
}

// reportLine is one loaded report as `reportbot reports --json` prints it.
type reportLine struct {
	Series   string `json:"series"`
	Title    string `json:"title"`
	TitleEn  string `json:"title_en,omitempty"`
	Year     string `json:"year"`
	Passages int    `json:"passages"`
}

// runReports lists the reports named by --report (or the embedded one).
func runReports(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("reports", stderr)
	asJSON := fs.Bool("json", false, "print one JSON line per report")
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"reports takes no arguments"}
	}
	return eachDocument(*src, stderr, func(doc *corpus.Document) error {
		r := reportLine{Series: doc.Meta.Series, Title: doc.Meta.TitleKo, TitleEn: doc.Meta.TitleEn, Year: doc.Meta.Year(), Passages: len(doc.Passages)}
		if *asJSON {
			return writeJSON(stdout, r)
		}
		_, err := fmt.Fprintf(stdout, "%s\t%s\t%s\t%d passages\n", r.Series, r.Title, r.Year, r.Passages)
		return err
	})
}
