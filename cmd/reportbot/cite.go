package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index"
)

// citeFormats lists the reference styles --format accepts.
const citeFormats = "ko, apa, bibtex or all"

func runCite(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("cite", stderr)
	format := fs.String("format", "all", "reference style to print: ko, apa, bibtex or all")
	asJSON := fs.Bool("json", false, "print one JSON line per claim")
	batch := fs.Bool("batch", false, "read one claim per line from stdin")
	top := fs.Int("top", 3, "number of quotations to return (1–10)")
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	styles, err := citeStyles(*format)
	if err != nil {
		return err
	}
	if *top < 1 || *top > index.MaxCiteResults {
		return usageError{fmt.Sprintf("--top must be between 1 and %d, got %d", index.MaxCiteResults, *top)}
	}
	claim, err := inputArg(fs, *batch, "cite", "a claim", "claims", `reportbot cite "SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다"`)
	if err != nil {
		return err
	}
	eng, err := loadSearcher(*report)
	if err != nil {
		return err
	}
	defer eng.Close()
	cite := func(c string) error {
		res, err := eng.Cite(ctx, c, *top)
		if err != nil && !isClaimError(err) {
			return fmt.Errorf("cite: %w", err)
		}
		if *asJSON {
			return writeJSON(stdout, citeJSON(res, err, styles))
		}
		if err != nil && !*batch {
			// One claim on the command line: a bad one is an error, so the
			// exit status says so.
			return fmt.Errorf("cite: %s", claimProblem(res.Lang, c, err))
		}
		_, werr := io.WriteString(stdout, formatCitation(res, err, styles))
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
	return errors.Is(err, index.ErrEmptyClaim) || errors.Is(err, index.ErrClaimTooLong) || errors.Is(err, index.ErrClaimNoWords)
}

// claimProblem explains a claim Cite refused, in the reply language.
func claimProblem(lang, claim string, err error) string {
	ko := lang == "ko"
	switch {
	case errors.Is(err, index.ErrClaimTooLong):
		if ko {
			return fmt.Sprintf("주장이 너무 깁니다 (%d자, 최대 %d자). 인용할 문장 하나로 줄여 주세요.", utf8.RuneCountInString(claim), index.MaxQuestionRunes)
		}
		return fmt.Sprintf("The claim is too long (%d characters; at most %d). Give the one sentence you want to cite.", utf8.RuneCountInString(claim), index.MaxQuestionRunes)
	case errors.Is(err, index.ErrClaimNoWords):
		if ko {
			return "주장에 검색할 단어가 없습니다 (기호나 Slack 표시만 있음)."
		}
		return "The claim has no words to search for (only symbols or Slack markup)."
	case errors.Is(err, index.ErrEmptyClaim):
		if ko {
			return "주장이 비어 있습니다."
		}
		return "The claim is empty."
	case err != nil:
		return err.Error()
	}
	return ""
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
	Section       string        `json:"section"`
	SectionTitle  string        `json:"section_title"`
	Path          []string      `json:"path,omitempty"`
	Pages         string        `json:"pages,omitempty"`
	Excerpt       string        `json:"excerpt"`
	Text          string        `json:"text"`
	Score         float64       `json:"score"`
	Sources       []string      `json:"sources"`
	SourceDetails []sourceJSON  `json:"source_details,omitempty"`
	Reference     referenceJSON `json:"reference"`
	Issues        []issueJSON   `json:"issues"`
}

type citeLine struct {
	Question    string           `json:"question"`
	Lang        string           `json:"lang"`
	Answered    bool             `json:"answered"`
	Results     []citeResultJSON `json:"results"`
	Suggestions []sectionJSON    `json:"suggestions,omitempty"`
	Message     string           `json:"message,omitempty"`
	Error       string           `json:"error,omitempty"`
}

func citeJSON(c index.Citation, err error, styles map[string]bool) citeLine {
	out := citeLine{Question: c.Claim, Lang: c.Lang, Answered: c.Answered, Results: []citeResultJSON{}}
	switch {
	case err != nil:
		out.Error = claimProblem(c.Lang, c.Claim, err)
	case !c.Answered:
		out.Message = noSupport(c.Lang)
	}
	for _, r := range c.Results {
		res := citeResultJSON{
			Section: r.Section, SectionTitle: r.SectionTitle, Path: r.Path, Pages: r.Pages,
			Excerpt: r.Quote, Text: r.Text, Score: r.Score, Sources: r.SourceTexts(),
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
				Kind: string(is.Kind), Detail: issueDetail(is, c.Lang), Footnotes: is.Footnotes,
				Citations: is.Citations, Lines: is.Lines, Printed: is.Printed,
			})
		}
		out.Results = append(out.Results, res)
	}
	for _, s := range c.Suggestions {
		out.Suggestions = append(out.Suggestions, sectionJSON{ID: s.ID, Title: s.Title, Pages: s.Pages})
	}
	return out
}

func issueDetail(is corpus.Issue, lang string) string {
	if lang == "ko" && is.DetailKo != "" {
		return is.DetailKo
	}
	return is.Detail
}

func noSupport(lang string) string {
	if lang == "ko" {
		return "뒷받침하는 문장을 보고서에서 찾지 못했습니다 (no supporting passage found)."
	}
	return "No supporting passage found in the report."
}

// formatCitation renders a citation for the terminal: for each quote, where
// it is, the reference to paste, the original sources and the report's own
// inconsistencies about them.
func formatCitation(c index.Citation, err error, styles map[string]bool) string {
	var b strings.Builder
	ko := c.Lang == "ko"
	if err != nil {
		b.WriteString(claimProblem(c.Lang, c.Claim, err) + "\n")
		return b.String()
	}
	if !c.Answered {
		b.WriteString(noSupport(c.Lang) + "\n")
		writeSuggestions(&b, c.Suggestions, ko)
		return b.String()
	}
	label := func(k, e string) string {
		if ko {
			return k
		}
		return e
	}
	for i, r := range c.Results {
		fmt.Fprintf(&b, "%d. %s\n", i+1, sectionLabel(r.Section, r.SectionTitle, r.Pages, ko))
		for _, ln := range strings.Split(r.Quote, "\n") {
			b.WriteString("   > " + ln + "\n")
		}
		if styles["ko"] {
			b.WriteString("   " + label("인용(국문)", "Korean style") + ": " + r.Reference.Ko + "\n")
		}
		if styles["apa"] {
			b.WriteString("   APA: " + r.Reference.APA + "\n")
		}
		if styles["bibtex"] {
			b.WriteString("   BibTeX:\n")
			for _, ln := range strings.Split(r.Reference.BibTeX, "\n") {
				b.WriteString("     " + ln + "\n")
			}
		}
		for _, s := range r.Sources {
			b.WriteString("   " + label("원출처", "Original source") + " " + s.Marker + ": " + s.Text + "\n")
			switch {
			case s.Nearby:
				b.WriteString("     " + label("(각주 표시는 인용한 줄이 아니라 같은 문단의 다른 줄에 있음)", "(the marker is printed on another line of the same paragraph, not on the quoted one)") + "\n")
			case s.Probable:
				b.WriteString("     " + label("(참고문헌과 표기가 달라 추정한 항목: 아래 불일치 참고)", "(the reference list spells it differently, so this match is a likely one: see below)") + "\n")
			}
		}
		for _, is := range r.Issues {
			b.WriteString("   ⚠ " + label("보고서 자체 불일치", "Inconsistency in the report") + " [" + string(is.Kind) + "]: " + issueDetail(is, c.Lang) + "\n")
			for _, p := range is.Printed {
				b.WriteString("     " + label("보고서 표기", "printed") + ": " + p + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
