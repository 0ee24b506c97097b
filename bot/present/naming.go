package present

import (
	"fmt"
	"slices"
	"strings"

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

// Naming is how the replies of one scope name reports; nil when the bot
// serves one report, whose replies keep the one title they always had.
type Naming struct {
	short map[string]string // series -> short title and year
	scope []string          // the series the scope searches, in order
}

// NewNaming names reports by their short titles, for replies in a scope
// that searches the reports of the series numbers scope (all of them when
// scope is nil).
func NewNaming(reports []ReportName, scope []string) *Naming {
	n := &Naming{short: map[string]string{}}
	for _, r := range reports {
		n.short[r.Series] = r.Short
		n.scope = append(n.scope, r.Series)
	}
	if scope != nil {
		n.scope = slices.Clone(scope)
	}
	return n
}

// name is a report's short title and year, or its series number when it
// is not one of those loaded (a reply made before a restart).
func (n *Naming) name(series string) string {
	if n == nil {
		return series
	}
	if s, ok := n.short[series]; ok {
		return s
	}
	return series
}

// names lists reports by their short titles, joined.
func (n *Naming) names(series []string) string {
	var out []string
	for _, s := range series {
		out = append(out, n.name(s))
	}
	return strings.Join(out, ", ")
}

// title heads a reply drawn from reports (in the order they appear): the
// one report's short title and year, or, for several or none, the reports
// of the scope.
func (n *Naming) title(lang string, reports []string) string {
	switch {
	case len(reports) == 1:
		return n.name(reports[0])
	case len(reports) > 1:
		return fmt.Sprintf(For(lang).SeveralTitle, len(reports))
	case len(n.scope) == 1:
		return n.name(n.scope[0])
	}
	return fmt.Sprintf(For(lang).ShelfTitle, len(n.scope))
}

// several is the line that says which reports answer, when more than one
// does, made safe; "" otherwise.
func (n *Naming) several(lang string, reports []string) string {
	if n == nil || len(reports) < 2 {
		return ""
	}
	return fmt.Sprintf(For(lang).SeveralReports, Safe(n.names(reports)))
}

// searched is the line that names the reports a question was put to, made
// safe.
func (n *Naming) searched(lang string) string {
	return fmt.Sprintf(For(lang).Searched, Safe(n.names(n.scope)))
}

// ReportsIn lists the reports of results, each once, in order.
func ReportsIn[T any](rs []T, report func(T) string) []string {
	var out []string
	for _, r := range rs {
		if s := report(r); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
