package shelf

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/dialog"
)

// ErrBadState is returned for stored bytes that are not a conversation
// state of a version this package reads; a caller starts the conversation
// over.
var ErrBadState = errors.New("conversation state does not decode")

// stateVersion is the version Marshal writes. Version 1 is the
// single-report state index/dialog wrote ({"turns": […]}), which has no
// version field.
const stateVersion = 2

// State is one conversation over a shelf: each report's dialog state, by
// the report's series number. The zero State is an empty conversation.
// Methods that change it return a new State; a State is never changed in
// place, so a caller may keep the one it loaded.
type State struct {
	reports map[string]dialog.State
	// leads are the reports whose replies led the latest turns, oldest
	// first: a follow-up goes on in the report that answered.
	leads []Lead
	// legacy holds the turns of a version 1 state, written by a bot that
	// served one report and did not record which: Settle gives them to the
	// report they fit.
	legacy *dialog.State
}

// Lead is the report whose reply led one turn of a conversation.
type Lead struct {
	// ID is the message's id, as the turn's (dialog.Turn.ID).
	ID     string `json:"id,omitempty"`
	Report string `json:"report"`
}

// stored is a State as JSON.
type stored struct {
	V       int                     `json:"v,omitempty"`
	Reports map[string]dialog.State `json:"reports,omitempty"`
	Leads   []Lead                  `json:"leads,omitempty"`
	// Turns is version 1's one report's turns.
	Turns []dialog.Turn `json:"turns,omitempty"`
}

// Marshal encodes the state for a store, as version 2. Reports with no
// turns are left out.
func (st State) Marshal() ([]byte, error) {
	out := stored{V: stateVersion, Reports: map[string]dialog.State{}, Leads: st.leads}
	for series, ds := range st.reports {
		if len(ds.Turns) > 0 {
			out.Reports[series] = ds
		}
	}
	if st.legacy != nil && len(st.legacy.Turns) > 0 {
		// Not settled yet: kept as it came, so that nothing is lost.
		out.Turns = st.legacy.Turns
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, fmt.Errorf("encode conversation: %w", err)
	}
	return b, nil
}

// Unmarshal decodes a stored state: version 2, or a version 1 state of the
// single-report bot, which Legacy then reports until Settle. Empty bytes
// are an empty conversation; bytes of another version or not JSON are an
// error wrapping ErrBadState.
func Unmarshal(b []byte) (State, error) {
	if len(b) == 0 {
		return State{}, nil
	}
	var in stored
	if err := json.Unmarshal(b, &in); err != nil {
		return State{}, fmt.Errorf("%w: %w", ErrBadState, err)
	}
	switch in.V {
	case 0:
		if len(in.Reports) > 0 {
			return State{}, fmt.Errorf("%w: reports without a version", ErrBadState)
		}
		if len(in.Turns) == 0 {
			return State{}, nil
		}
		return State{legacy: &dialog.State{Turns: in.Turns}}, nil
	case stateVersion:
		st := State{reports: in.Reports, leads: in.Leads}
		if len(in.Turns) > 0 {
			st.legacy = &dialog.State{Turns: in.Turns}
		}
		return st, nil
	}
	return State{}, fmt.Errorf("%w: version %d (this reportbot reads 1 and %d)", ErrBadState, in.V, stateVersion)
}

// Legacy tells whether the state holds turns of a version 1 state that
// Settle has not given to a report yet.
func (st State) Legacy() bool { return st.legacy != nil && len(st.legacy.Turns) > 0 }

// Report is one report's dialog state.
func (st State) Report(series string) dialog.State { return st.reports[series] }

// Led is the report whose reply led the latest turn, and whether there is
// one.
func (st State) Led() (string, bool) {
	if len(st.leads) == 0 {
		return "", false
	}
	return st.leads[len(st.leads)-1].Report, true
}

// withLead is st with one more turn's lead, keeping the last max.
func (st State) withLead(l Lead, max int) State {
	out := State{reports: st.reports, leads: append(slices.Clone(st.leads), l), legacy: st.legacy}
	if max > 0 && len(out.leads) > max {
		out.leads = out.leads[len(out.leads)-max:]
	}
	return out
}

// with is st with one report's dialog state replaced.
func (st State) with(series string, ds dialog.State) State {
	out := State{reports: maps.Clone(st.reports), leads: st.leads, legacy: st.legacy}
	if out.reports == nil {
		out.reports = map[string]dialog.State{}
	}
	out.reports[series] = ds
	return out
}

// each is every dialog state st holds, the legacy one included.
func (st State) each() []dialog.State {
	var out []dialog.State
	for _, series := range slices.Sorted(maps.Keys(st.reports)) {
		out = append(out, st.reports[series])
	}
	if st.legacy != nil {
		out = append(out, *st.legacy)
	}
	return out
}

// Empty tells whether the conversation has no turns.
func (st State) Empty() bool {
	for _, ds := range st.each() {
		if len(ds.Turns) > 0 {
			return false
		}
	}
	return true
}

// Has tells whether a turn with this message id is recorded already, in
// any report.
func (st State) Has(id string) bool {
	for _, ds := range st.each() {
		if ds.Has(id) {
			return true
		}
	}
	return false
}

// Before is the state as it was before the turn with message id id, for
// answering a redelivered message as it was first answered.
func (st State) Before(id string) State {
	out := State{leads: st.leads}
	for i, l := range st.leads {
		if id != "" && l.ID == id {
			out.leads = slices.Clone(st.leads[:i])
			break
		}
	}
	for series, ds := range st.reports {
		out = out.with(series, ds.Before(id))
	}
	if st.legacy != nil {
		b := st.legacy.Before(id)
		out.legacy = &b
	}
	return out
}

// LastAt is when the latest turn of any report was answered (Unix
// seconds, as the caller stamped it), and whether there is a turn.
func (st State) LastAt() (int64, bool) {
	var at int64
	found := false
	for _, ds := range st.each() {
		if t, ok := ds.Last(); ok {
			at, found = max(at, t.At), true
		}
	}
	return at, found
}

// Settled says what Settle did to a stored state, for the log.
type Settled struct {
	// Legacy is set when the state was a version 1 state of the
	// single-report bot.
	Legacy bool
	// Into is the series number of the report a version 1 state's turns
	// went to; "" when they fit no report on the shelf and were dropped.
	Into string
	// Dropped lists the reports whose stored turns no longer fit the
	// report loaded under that series number (another edition, say), and
	// were dropped.
	Dropped []string
}

// Changed tells whether Settle changed the state.
func (s Settled) Changed() bool { return s.Legacy || len(s.Dropped) > 0 }

// Settle fits a stored state to the shelf. A version 1 state's turns go to
// the first report, in shelf order, whose passages and sections they fit;
// they are dropped when they fit none. A report's turns that no longer fit
// the report loaded under its series number are dropped. Turns fit a
// report when every result they showed is a passage it has, in a section it
// has under the same title: a later "source?" rebuilds those results from
// the report, so turns of another report are never applied to it. Reports
// not on the shelf keep their turns, for a caller that serves them
// elsewhere.
func (s *Shelf) Settle(st State) (State, Settled) {
	var did Settled
	out := State{reports: maps.Clone(st.reports), leads: st.leads}
	for _, r := range s.reports {
		if ds, ok := out.reports[r.Series()]; ok && !fits(r.Document(), ds) {
			delete(out.reports, r.Series())
			did.Dropped = append(did.Dropped, r.Series())
		}
	}
	if st.Legacy() {
		did.Legacy = true
		for _, r := range s.reports {
			if len(out.reports[r.Series()].Turns) == 0 && fits(r.Document(), *st.legacy) {
				out = out.with(r.Series(), *st.legacy)
				did.Into = r.Series()
				break
			}
		}
	}
	return out, did
}

// fits tells whether every result a conversation's turns showed is a
// passage of doc in a section doc has under the same title.
func fits(doc *corpus.Document, ds dialog.State) bool {
	for _, t := range ds.Turns {
		for _, ev := range t.Evidence {
			if ev.PassageID < 0 || ev.PassageID >= len(doc.Passages) {
				return false
			}
			sec, ok := doc.Section(ev.Section)
			if !ok || sec.Title != ev.SectionTitle {
				return false
			}
			if p := doc.Passages[ev.PassageID].Section; p != ev.Section && !strings.HasPrefix(p, ev.Section+".") {
				return false
			}
		}
	}
	return true
}
