package bot

import (
	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config/commands"
)

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
	dialog   Dialog // nil: no follow-ups
	// features are the slash commands other than the question's, by the
	// command table's id; nil when absent.
	features map[commands.ID]Command
	// reports are the scope's series numbers; nil for every report loaded.
	reports []string
}

// newEngines wires a scope's engines to the command table's slash commands.
func newEngines(searcher Searcher, dlg Dialog, country, company, cite Command, reports []string) *engines {
	return &engines{
		searcher: searcher,
		dialog:   dlg,
		features: map[commands.ID]Command{commands.Country: country, commands.Company: company, commands.Cite: cite},
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

// namingFor is how a channel's replies name reports: nil with one report,
// whose replies keep the one title they always had.
func (b *Service) namingFor(channel string) *present.Naming {
	if len(b.reports) < 2 {
		return nil
	}
	return present.NewNaming(b.reports, b.enginesFor(channel).reports)
}
