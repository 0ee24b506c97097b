package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index"
)

// runCountry is "reportbot country [--json] [--batch] [--all] [--report FILE] NAME":
// what the report says about one country or bloc.
func runCountry(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	return runSummary(ctx, corpus.EntityCountry, args, stdin, stdout, stderr, getenv)
}

// runCompany is "reportbot company [--json] [--batch] [--all] [--report FILE] NAME":
// a company's profile in 2.2 and its mentions elsewhere.
func runCompany(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	return runSummary(ctx, corpus.EntityCompany, args, stdin, stdout, stderr, getenv)
}

func runSummary(ctx context.Context, kind corpus.EntityKind, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	cmd := string(kind)
	fs := newFlagSet(cmd, stderr)
	asJSON := fs.Bool("json", false, "print one JSON line per name, with every item")
	batch := fs.Bool("batch", false, "read one name per line from stdin and print one JSON line each (implies --json)")
	all := fs.Bool("all", false, "print every item, not only the first of each topic")
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	example := `reportbot country 일본, reportbot country "South Korea"`
	if kind == corpus.EntityCompany {
		example = `reportbot company 엔비디아, reportbot company "SK hynix"`
	}
	name, err := inputArg(fs, *batch, cmd, "a name", "names", example)
	if err != nil {
		return err
	}
	eng, err := loadSearcher(*report)
	if err != nil {
		return err
	}
	defer eng.Close()
	reply := func(n string) error {
		var s index.Summary
		var err error
		if kind == corpus.EntityCountry {
			s, err = eng.CountrySummary(ctx, n)
		} else {
			s, err = eng.CompanySummary(ctx, n)
		}
		if err != nil && !index.IsNameError(err) {
			return err
		}
		if *asJSON || *batch {
			return writeJSON(stdout, summaryJSON(s, err))
		}
		_, werr := io.WriteString(stdout, formatSummary(s, *all))
		return werr
	}
	return forEachInput(ctx, *batch, name, stdin, reply)
}

// summaryResultJSON is one item; section, section_title, excerpt and text are
// what ../shared/eval/score-country reads.
type summaryResultJSON struct {
	Section       string   `json:"section"`
	SectionTitle  string   `json:"section_title"`
	Pages         string   `json:"pages,omitempty"`
	Topic         string   `json:"topic"`
	Excerpt       string   `json:"excerpt"`
	Text          string   `json:"text"`
	Sources       []string `json:"sources"`
	Match         string   `json:"match"`
	Label         string   `json:"label,omitempty"`
	LabelMismatch bool     `json:"label_mismatch,omitempty"`
	Key           bool     `json:"key,omitempty"`
	PassageID     int      `json:"passage_id"`
}

type summaryGroupJSON struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	TitleEn string `json:"title_en"`
	Items   int    `json:"items"`
	Omitted int    `json:"omitted,omitempty"`
}

type summaryFields struct {
	English    string              `json:"english,omitempty"`
	Lang       string              `json:"lang"`
	Answered   bool                `json:"answered"`
	Typo       bool                `json:"typo,omitempty"`
	Error      string              `json:"error,omitempty"`
	Message    string              `json:"message,omitempty"`
	Groups     []summaryGroupJSON  `json:"groups"`
	Results    []summaryResultJSON `json:"results"`
	Covered    []string            `json:"covered,omitempty"`
	DidYouMean []string            `json:"did_you_mean,omitempty"`
	Passing    []summaryResultJSON `json:"passing,omitempty"`
}

// The name key differs by command ("country" or "company") and is null for
// an unanswered name, as the scorer's contract has it.
type countryLine struct {
	Query   string  `json:"query"`
	Country *string `json:"country"`
	summaryFields
}

type companyLine struct {
	Query   string  `json:"query"`
	Company *string `json:"company"`
	summaryFields
}

func summaryJSON(s index.Summary, err error) any {
	f := summaryFields{English: s.English, Lang: s.Lang, Answered: s.Answered, Typo: s.Typo, Message: s.Message,
		Groups: []summaryGroupJSON{}, Results: []summaryResultJSON{}}
	if err != nil {
		f.Error = s.Message
	}
	key := map[int]bool{}
	for _, it := range s.Key {
		key[it.PassageID] = true
	}
	for _, g := range s.Groups {
		f.Groups = append(f.Groups, summaryGroupJSON{ID: g.ID, Title: g.Title, TitleEn: g.TitleEn, Items: len(g.Items), Omitted: g.Omitted})
		for _, it := range g.Items {
			f.Results = append(f.Results, summaryItemJSON(it, g.Title, key[it.PassageID]))
		}
	}
	for _, n := range s.Covered {
		f.Covered = append(f.Covered, n.Name)
	}
	for _, n := range s.DidYouMean {
		f.DidYouMean = append(f.DidYouMean, n.Name)
	}
	for _, it := range s.Passing {
		f.Passing = append(f.Passing, summaryItemJSON(it, "", false))
	}
	var name *string
	if s.Answered {
		name = &s.Name
	}
	if s.Kind == corpus.EntityCompany {
		return companyLine{Query: s.Query, Company: name, summaryFields: f}
	}
	return countryLine{Query: s.Query, Country: name, summaryFields: f}
}

func summaryItemJSON(it index.SummaryItem, topic string, key bool) summaryResultJSON {
	src := it.Sources
	if src == nil {
		src = []string{}
	}
	return summaryResultJSON{
		Section: it.Section, SectionTitle: it.SectionTitle, Pages: it.Pages, Topic: topic,
		Excerpt: it.Excerpt, Text: it.Text, Sources: src, Match: string(it.Match),
		Label: it.Label, LabelMismatch: it.LabelMismatch, Key: key, PassageID: it.PassageID,
	}
}

// formatSummary renders a summary for the terminal, laid out as the Slack
// reply is: a header, then each topic with numbered, cited items. Without
// all, only the first item of each topic is shown, with a count of the rest.
func formatSummary(s index.Summary, all bool) string {
	var b strings.Builder
	ko := s.Lang == "ko"
	if !s.Answered {
		b.WriteString(s.Message + "\n")
		if len(s.DidYouMean) > 0 {
			var names []string
			for _, n := range s.DidYouMean {
				names = append(names, summaryDisplayName(n.Name, n.English, ko))
			}
			if ko {
				b.WriteString("혹시 이것을 찾으셨나요: " + strings.Join(names, ", ") + "\n")
			} else {
				b.WriteString("Did you mean: " + strings.Join(names, ", ") + "\n")
			}
		}
		for i, it := range s.Passing {
			writeSummaryItem(&b, i+1, it, ko)
		}
		return b.String()
	}
	if ko {
		fmt.Fprintf(&b, "%s — 보고서가 말하는 내용 (%d개 항목)\n", summaryDisplayName(s.Name, s.English, true), s.Total())
	} else {
		fmt.Fprintf(&b, "%s — what the report says (%d items)\n", summaryDisplayName(s.Name, s.English, false), s.Total())
	}
	if s.Typo {
		if ko {
			fmt.Fprintf(&b, "(%q을(를) %s(으)로 읽었습니다)\n", strings.TrimSpace(s.Query), s.Name)
		} else {
			fmt.Fprintf(&b, "(read %q as %s)\n", strings.TrimSpace(s.Query), s.English)
		}
	}
	n, hidden := 0, 0
	for _, g := range s.Groups {
		title := g.Title
		if !ko {
			title = g.TitleEn
		}
		fmt.Fprintf(&b, "\n■ %s\n", title)
		items := g.Items
		if !all && len(items) > 1 {
			items = items[:1]
		}
		for _, it := range items {
			n++
			writeSummaryItem(&b, n, it, ko)
		}
		if more := len(g.Items) - len(items); more > 0 {
			hidden += more
			if ko {
				fmt.Fprintf(&b, "   (이 주제에 %d개 항목 더)\n", more)
			} else {
				fmt.Fprintf(&b, "   (%d more in this topic)\n", more)
			}
		}
	}
	if hidden > 0 {
		if ko {
			fmt.Fprintf(&b, "\n그 밖에 %d개 항목이 더 있습니다 (--all로 모두 보기).\n", hidden)
		} else {
			fmt.Fprintf(&b, "\n%d more %s; --all shows them all.\n", hidden, summaryPlural(hidden, "item", "items"))
		}
	}
	return b.String()
}

func writeSummaryItem(b *strings.Builder, n int, it index.SummaryItem, ko bool) {
	fmt.Fprintf(b, "%d. %s\n", n, sectionLabel(it.Section, it.SectionTitle, it.Pages, ko))
	for _, ln := range strings.Split(it.Excerpt, "\n") {
		b.WriteString("   > " + ln + "\n")
	}
	for _, s := range it.Sources {
		if ko {
			b.WriteString("   출처: " + s + "\n")
		} else {
			b.WriteString("   Source: " + s + "\n")
		}
	}
	if it.LabelMismatch {
		if ko {
			fmt.Fprintf(b, "   ⚠ 보고서는 이 블록에 \"(%s)\"%s 표기했지만, 본문은 다른 나라에 관한 내용입니다.\n", it.Label, quoteParticle(it.Label))
		} else {
			fmt.Fprintf(b, "   ⚠ The report labels this block \"(%s)\", but the text is about another country.\n", it.Label)
		}
	}
}

// quoteParticle is 이라고 after a syllable with a final consonant (중국이라고)
// and 라고 otherwise (대만이라고 but 싱가포르라고).
func quoteParticle(word string) string {
	r, _ := utf8.DecodeLastRuneInString(word)
	if r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0 {
		return "이라고"
	}
	return "라고"
}

func summaryPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func summaryDisplayName(name, english string, ko bool) string {
	switch {
	case english == "" || english == name:
		return name
	case ko:
		return name + " (" + english + ")"
	default:
		return english + " (" + name + ")"
	}
}
