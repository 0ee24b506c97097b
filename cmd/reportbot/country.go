package main

import (
	"context"
	"io"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/summary"
)

// runSummary is "reportbot country [--json] [--batch] [--all] [--report
// FILE] NAME", what the report says about one country or bloc, and
// "reportbot company …", the profile the report gives a company and its
// mentions elsewhere. A refusal names the other command as names do.
func runSummary(ctx context.Context, kind entity.Kind, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, names commands.Names) error {
	cmd := string(kind)
	fs := newFlagSet(cmd, stderr)
	asJSON := fs.Bool("json", false, "print one JSON line per name, with every item")
	batch := fs.Bool("batch", false, "read one name per line from stdin and print one JSON line each (implies --json)")
	all := fs.Bool("all", false, "print every item, not only the first of each topic")
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	example := `reportbot country 일본, reportbot country "South Korea"`
	if kind == entity.Company {
		example = `reportbot company 엔비디아, reportbot company "SK hynix"`
	}
	name, err := inputArg(fs, *batch, cmd, "a name", "names", example)
	if err != nil {
		return err
	}
	eng, err := openEngine(*src, stderr)
	if err != nil {
		return err
	}
	defer eng.Close()
	reply := func(n string) error {
		// What each report says, one after the other; where none knows the
		// name, the first report's refusal says so.
		sums, err := eng.Summaries(ctx, kind, eng.name(n))
		if err != nil && !summary.IsNameError(err) {
			return err
		}
		if !*asJSON && !*batch {
			_, werr := io.WriteString(stdout, present.SummariesText(sums, eng.naming, *all, names))
			return werr
		}
		for _, s := range sums {
			if werr := writeJSON(stdout, summaryJSON(s, err, names)); werr != nil {
				return werr
			}
		}
		return nil
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
	// Report is the series number of the report summarised.
	Report     string              `json:"report,omitempty"`
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

func summaryJSON(s summary.Summary, err error, names commands.Names) any {
	f := summaryFields{Report: s.Report, English: s.English, Lang: s.Lang, Answered: s.Answered, Typo: s.Typo,
		Groups: []summaryGroupJSON{}, Results: []summaryResultJSON{}}
	if !s.Answered {
		f.Message = present.SummaryRefusal(s, names)
	}
	if err != nil {
		f.Error = f.Message
	}
	key := map[int]bool{}
	for _, it := range s.Key {
		key[it.PassageID] = true
	}
	for _, g := range s.Groups {
		f.Groups = append(f.Groups, summaryGroupJSON{ID: g.ID, Title: present.GroupTitle(g, "ko"), TitleEn: present.GroupTitle(g, "en"), Items: len(g.Items), Omitted: g.Omitted})
		for _, it := range g.Items {
			f.Results = append(f.Results, summaryItemJSON(it, present.GroupTitle(g, "ko"), key[it.PassageID]))
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
	// A name is allowed fewer runes than a question.
	query := clipEcho(s.Query, entity.MaxNameRunes)
	if s.Kind == entity.Company {
		return companyLine{Query: query, Company: name, summaryFields: f}
	}
	return countryLine{Query: query, Country: name, summaryFields: f}
}

func summaryItemJSON(it summary.SummaryItem, topic string, key bool) summaryResultJSON {
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
