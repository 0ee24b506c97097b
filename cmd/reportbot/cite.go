package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/question"
)

// citeFormats lists the reference styles --format accepts.
const citeFormats = "ko, apa, bibtex or all"

func runCite(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("cite", stderr)
	format := fs.String("format", "all", "reference style to print: ko, apa, bibtex or all")
	asJSON := fs.Bool("json", false, "print one JSON line per claim")
	batch := fs.Bool("batch", false, "read one claim per line from stdin")
	top := fs.Int("top", 3, "number of quotations to return (1–10)")
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	styles, err := citeStyles(*format)
	if err != nil {
		return err
	}
	if *top < 1 || *top > cite.MaxCiteResults {
		return usageError{fmt.Sprintf("--top must be between 1 and %d, got %d", cite.MaxCiteResults, *top)}
	}
	claim, err := inputArg(fs, *batch, "cite", "a claim", "claims", `reportbot cite "SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다"`)
	if err != nil {
		return err
	}
	eng, err := openEngine(*src, stderr)
	if err != nil {
		return err
	}
	defer eng.Close()
	cite := func(c string) error {
		res, err := eng.Cite(ctx, eng.parse(c), *top)
		if err != nil && !isClaimError(err) {
			return fmt.Errorf("cite: %w", err)
		}
		if *asJSON {
			return writeJSON(stdout, citeJSON(res, err, styles))
		}
		if err != nil && !*batch {
			// One claim on the command line: a bad one is an error, so the
			// exit status says so.
			return fmt.Errorf("cite: %s", present.ClaimProblem(res.Lang, c, err))
		}
		_, werr := io.WriteString(stdout, present.CitationText(res, err, styles))
		return werr
	}
	return forEachInput(ctx, *batch, claim, stdin, cite)
}

// citeStyles reads --format.
func citeStyles(format string) (map[string]bool, error) {
	switch f := strings.ToLower(strings.TrimSpace(format)); f {
	case "all":
		return map[string]bool{"ko": true, "apa": true, "bibtex": true}, nil
	case "ko", "apa", "bibtex":
		return map[string]bool{f: true}, nil
	}
	return nil, usageError{fmt.Sprintf("--format must be %s, got %q", citeFormats, format)}
}

func isClaimError(err error) bool {
	return errors.Is(err, cite.ErrEmptyClaim) || errors.Is(err, cite.ErrClaimTooLong) || errors.Is(err, cite.ErrClaimNoWords)
}

type referenceJSON struct {
	Ko     string `json:"ko,omitempty"`
	APA    string `json:"apa,omitempty"`
	BibTeX string `json:"bibtex,omitempty"`
}

type sourceJSON struct {
	Marker   string `json:"marker"`
	Footnote int    `json:"footnote,omitempty"`
	Text     string `json:"text"`
	URL      string `json:"url,omitempty"`
	Probable bool   `json:"probable,omitempty"`
	Nearby   bool   `json:"nearby,omitempty"`
}

type issueJSON struct {
	Kind      string   `json:"kind"`
	Detail    string   `json:"detail"`
	Footnotes []int    `json:"footnotes,omitempty"`
	Citations []string `json:"citations,omitempty"`
	Lines     []int    `json:"lines,omitempty"`
	Printed   []string `json:"printed,omitempty"`
}

// citeResultJSON is a result of the eval contract (../shared/eval/README.md)
// plus the reference, the sources in detail and the issues.
type citeResultJSON struct {
	resultJSON
	SourceDetails []sourceJSON   `json:"source_details,omitempty"`
	Reference     referenceJSON  `json:"reference"`
	Issues        []issueJSON    `json:"issues"`
	Mismatches    []mismatchJSON `json:"mismatches,omitempty"`
}

// mismatchJSON is a figure of the claim the quote gives otherwise.
type mismatchJSON struct {
	Claim  string `json:"claim"`
	Report string `json:"report"`
	Note   string `json:"note"`
}

type citeLine struct {
	Question    string           `json:"question"`
	Lang        string           `json:"lang"`
	Answered    bool             `json:"answered"`
	Results     []citeResultJSON `json:"results"`
	Suggestions []sectionJSON    `json:"suggestions,omitempty"`
	Missing     []string         `json:"missing,omitempty"`
	Message     string           `json:"message,omitempty"`
	Error       string           `json:"error,omitempty"`
}

func citeJSON(c cite.Citation, err error, styles map[string]bool) citeLine {
	out := citeLine{Question: clipEcho(c.Claim, question.MaxRunes), Lang: c.Lang, Answered: c.Answered, Results: []citeResultJSON{}, Missing: c.Missing}
	switch {
	case err != nil:
		out.Error = present.ClaimProblem(c.Lang, c.Claim, err)
	case !c.Answered:
		out.Message = present.NoSupport(c.Lang)
	}
	for _, r := range c.Results {
		res := citeResultJSON{
			resultJSON: resultJSON{
				Report: r.Report, Section: r.Section, SectionTitle: r.SectionTitle, Path: r.Path, Pages: r.Pages,
				Excerpt: r.Quote, Text: r.Text, Score: r.Score, Sources: r.SourceTexts(),
			},
			Issues: []issueJSON{},
		}
		if styles["ko"] {
			res.Reference.Ko = r.Reference.Ko
		}
		if styles["apa"] {
			res.Reference.APA = r.Reference.APA
		}
		if styles["bibtex"] {
			res.Reference.BibTeX = r.Reference.BibTeX
		}
		for _, s := range r.Sources {
			res.SourceDetails = append(res.SourceDetails, sourceJSON{
				Marker: s.Marker, Footnote: s.Footnote, Text: s.Text, URL: s.URL, Probable: s.Probable, Nearby: s.Nearby,
			})
		}
		for _, is := range r.Issues {
			res.Issues = append(res.Issues, issueJSON{
				Kind: string(is.Kind), Detail: present.IssueDetail(is, c.Lang), Footnotes: is.Footnotes,
				Citations: is.Citations, Lines: is.Lines, Printed: is.Printed,
			})
		}
		for _, m := range r.Mismatches {
			res.Mismatches = append(res.Mismatches, mismatchJSON{Claim: m.Claim, Report: m.Report,
				Note: present.MismatchText(c.Lang, m)})
		}
		out.Results = append(out.Results, res)
	}
	for _, s := range c.Suggestions {
		out.Suggestions = append(out.Suggestions, sectionJSON{ID: s.ID, Title: s.Title, Pages: s.Pages})
	}
	return out
}
