package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"
)

// ReportName is one loaded report as replies name it.
type ReportName struct {
	// Series is the series number results carry ("수시연구 2024-08"):
	// answer.Result.Report, summary.Summary.Report, cite.CiteResult.Report.
	Series string
	// Short is the short title and year every reply quoting the report
	// names it by when several reports are loaded: "AI 초격차 전략 수립
	// 연구 (2024)".
	Short string
}

// NameReport names a report from its front matter: its series number, and
// its Korean title (the English one when it has none) with its year.
func NameReport(m corpus.Meta) ReportName {
	title := strings.TrimSpace(m.TitleKo)
	if title == "" {
		title = strings.TrimSpace(m.TitleEn)
	}
	if title == "" {
		title = strings.TrimSpace(m.Series)
	}
	if y := m.Year(); y != "" {
		title += " (" + y + ")"
	}
	return ReportName{Series: strings.TrimSpace(m.Series), Short: title}
}

// Scope is what a channel scoped to some of the reports answers from: the
// engines of those reports alone (index/shelf's Only builds them), and
// their series numbers.
type Scope struct {
	// Reports are the series numbers of the reports the channel may
	// search, as Options.Reports names them.
	Reports                []string
	Searcher               Searcher
	Dialog                 Dialog
	Country, Company, Cite Command
}

// engines is what one scope answers from: the whole shelf (the Options'
// own engines) or a channel's reports.
type engines struct {
	searcher Searcher
	dialog   Dialog             // nil: no follow-ups
	features map[string]Command // command name -> feature, nil when absent
	// reports are the scope's series numbers; nil for every report loaded.
	reports []string
}

// newEngines wires a scope's engines under the configured command names.
func newEngines(c Commands, searcher Searcher, dlg Dialog, country, company, cite Command, reports []string) *engines {
	return &engines{
		searcher: searcher,
		dialog:   dlg,
		features: map[string]Command{c.Country: country, c.Company: company, c.Cite: cite},
		reports:  reports,
	}
}

// enginesFor is what a channel answers from: its scope's engines when the
// configuration scopes it, every report's otherwise.
func (b *Service) enginesFor(channel string) *engines {
	if e, ok := b.scoped[channel]; ok {
		return e
	}
	return b.engines
}

// naming is how the replies of one scope name reports; nil when the bot
// serves one report, whose replies keep the one title they always had.
type naming struct {
	short map[string]string // series -> short title and year
	scope []string          // the series the scope searches, in order
}

// namingFor is the naming of a channel's replies, nil with one report.
func (b *Service) namingFor(channel string) *naming {
	if len(b.reports) < 2 {
		return nil
	}
	n := &naming{short: map[string]string{}}
	for _, r := range b.reports {
		n.short[r.Series] = r.Short
		n.scope = append(n.scope, r.Series)
	}
	if scope := b.enginesFor(channel).reports; scope != nil {
		n.scope = slices.Clone(scope)
	}
	return n
}

// name is a report's short title and year, or its series number when it
// is not one of those loaded (a reply made before a restart).
func (n *naming) name(series string) string {
	if n == nil {
		return series
	}
	if s, ok := n.short[series]; ok {
		return s
	}
	return series
}

// names lists reports by their short titles, joined.
func (n *naming) names(series []string) string {
	var out []string
	for _, s := range series {
		out = append(out, n.name(s))
	}
	return strings.Join(out, ", ")
}

// title heads a reply drawn from reports (in the order they appear): the
// one report's short title and year, or, for several or none, the reports
// of the scope.
func (n *naming) title(lang string, reports []string) string {
	switch {
	case len(reports) == 1:
		return n.name(reports[0])
	case len(reports) > 1:
		return fmt.Sprintf(present.For(lang).SeveralTitle, len(reports))
	case len(n.scope) == 1:
		return n.name(n.scope[0])
	}
	return fmt.Sprintf(present.For(lang).ShelfTitle, len(n.scope))
}

// several is the line that says which reports answer, when more than one
// does, made safe; "" otherwise.
func (n *naming) several(lang string, reports []string) string {
	if n == nil || len(reports) < 2 {
		return ""
	}
	return fmt.Sprintf(present.For(lang).SeveralReports, safe(n.names(reports)))
}

// searched is the line that names the reports a question was put to, made
// safe.
func (n *naming) searched(lang string) string {
	return fmt.Sprintf(present.For(lang).Searched, safe(n.names(n.scope)))
}

// reportsIn lists the reports of results, each once, in order.
func reportsIn[T any](rs []T, report func(T) string) []string {
	var out []string
	for _, r := range rs {
		if s := report(r); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
