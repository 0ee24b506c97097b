package dialog

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrBadState is returned for stored bytes that are not a conversation state;
// a caller starts the conversation over.
var ErrBadState = errors.New("conversation state does not decode")

// Kind says how a message was read.
type Kind string

// How a message may be read.
const (
	// Standalone is a question with its own topic and ask: nothing carried.
	Standalone Kind = "standalone"
	// Ellipsis is a bare new name, year or code that replaces the old one
	// and keeps the rest of the previous ask ("싱가포르는?").
	Ellipsis Kind = "ellipsis"
	// Anaphora is a message whose topic is the previous one: a pronoun, a
	// possessive or no topic of its own ("그건 언제?", "its chip").
	Anaphora Kind = "anaphora"
	// Sources asks where the previous answer's lines come from.
	Sources Kind = "sources"
	// Comparison sets the last two topics side by side ("둘 중 어디가 더
	// 커?"): every side is carried.
	Comparison Kind = "comparison"
	// More asks for the next results of the previous question.
	More Kind = "more"
)

// SlotKind types one content word of a question.
type SlotKind string

// Slot kinds. Country, Company, Passing and Elsewhere come from the entity
// table; Name is a proper noun the report never uses.
const (
	SlotCountry   SlotKind = "country"
	SlotCompany   SlotKind = "company"
	SlotPassing   SlotKind = "passing"
	SlotElsewhere SlotKind = "elsewhere"
	SlotName      SlotKind = "name"
	SlotCode      SlotKind = "code"
	SlotSource    SlotKind = "source"
	SlotWord      SlotKind = "word"
)

// topical tells whether a slot names what a question is about (a country, a
// company, a code) rather than what is asked of it.
func (k SlotKind) topical() bool {
	switch k {
	case SlotCountry, SlotCompany, SlotPassing, SlotElsewhere, SlotName, SlotCode:
		return true
	}
	return false
}

// place tells whether a slot names a country, covered or not: a bare
// country replaces a country.
func (k SlotKind) place() bool {
	return k == SlotCountry || k == SlotPassing || k == SlotElsewhere || k == SlotName
}

// class groups the kinds that replace one another in an ellipsis.
func (k SlotKind) class() string {
	switch {
	case k.place():
		return "place"
	case k == SlotCompany:
		return "company"
	case k == SlotCode:
		return "code"
	}
	return string(k)
}

// class groups the slots that replace one another in an ellipsis: their
// kind's class, and of codes, a number (a year, a figure's or section's
// number: "2024", "2-2") apart from a name in letters ("PIM", "NSF"). A
// name the message brings stands in for the name asked about, not for the
// year or the figure that said where: "PIM은?" after a question about one
// row of figure 2-2 asks the same of PIM's row of it.
func (s Slot) class() string {
	if s.number() {
		return "number"
	}
	return s.Kind.class()
}

// number tells whether the slot is a code in digits: a year, a figure's or
// a section's number.
func (s Slot) number() bool {
	return s.Kind == SlotCode && !strings.ContainsFunc(s.Text, unicode.IsLetter)
}

// covered tells whether the report discusses what the slot names.
func (k SlotKind) covered() bool {
	return k != SlotPassing && k != SlotElsewhere && k != SlotName
}

// Slot is one content word of a question as the dialog keeps it.
type Slot struct {
	Kind SlotKind `json:"kind"`
	// Text is the word as it goes into a rewritten question: a Korean stem,
	// an English word as typed, or an entity's canonical name.
	Text string `json:"text"`
	// English is an entity's English name, for readings in English.
	English string `json:"en,omitempty"`
	// Typed is how the message typed a word a rewrite completed: the
	// version "3.1" that made "LLaMA 3.1". A hedge names it so.
	Typed string `json:"typed,omitempty"`
	// Subject is set for the words up to the one a Korean topic or subject
	// particle marks ("영국 국가 AI 전략은 …"): what the question is about,
	// as against what it asks of it.
	Subject bool `json:"subj,omitempty"`
	// Unknown is set for a plain word the report never uses: it helps no
	// rewrite find a passage.
	Unknown bool `json:"unk,omitempty"`
	// Verbal is set for a verb or adjective ("손잡았어"): it says how things
	// relate, which the report may say in other words.
	Verbal bool `json:"verb,omitempty"`
	// Spec is the word's specificity as the message was read
	// (question.Concept.Spec): what the message's own words weigh. A
	// stored turn does not keep it; only a message's own slots are read
	// for it.
	Spec float64 `json:"-"`
	// Asked is set for the word a question word of the message asks about
	// ("참여 인원 몇 명"), as the message was read; a stored turn does not
	// keep it either.
	Asked bool `json:"-"`
	// Part is set for a word that names a part of the report itself, its
	// English summary or a table ("영문", "annex", "표"): where to look, as
	// the message was read; a stored turn does not keep it.
	Part bool `json:"-"`
	// Remark is set for a word the message typed only about its asker
	// (question.Concept.Remark): a turn does not keep it, so no later
	// message carries it.
	Remark bool `json:"-"`
	// Aside is set for a word the message typed only in a sentence a full
	// stop ends while another sentence asks (question.Concept.Aside), where
	// the asking sentences name a word the report uses of their own: the
	// scene the asker set. A turn keeps it after the words that ask
	// (Engine.turn), so that where a follow-up carries only some of the
	// turn's words, it carries those. Where the asking sentences name
	// none, the scene is the topic ("The same section mentions …. Which
	// examples are given?"), and the flag is not set.
	Aside bool `json:"-"`
}

// Evidence is one result an answer showed: enough to show it again with its
// sources.
type Evidence struct {
	PassageID    int      `json:"pid"`
	Section      string   `json:"section"`
	SectionTitle string   `json:"title,omitempty"`
	Path         []string `json:"path,omitempty"`
	Pages        string   `json:"pages,omitempty"`
	Excerpt      string   `json:"excerpt"`
	Sources      []string `json:"sources,omitempty"`
}

// Turn is one message of a conversation and how it was answered.
type Turn struct {
	// ID is the message's id where the transport has one (a Slack ts): a
	// redelivered message is not recorded twice.
	ID       string `json:"id,omitempty"`
	Question string `json:"q"`
	// Asked is the question the engine answered: the message itself or its
	// rewrite.
	Asked    string     `json:"asked"`
	Kind     Kind       `json:"kind"`
	Lang     string     `json:"lang"`
	Slots    []Slot     `json:"slots,omitempty"`
	Answered bool       `json:"answered"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// Shown is how many results of Asked have been shown in all, and Seen
	// their passages, so that "more" goes on from there.
	Shown int   `json:"shown,omitempty"`
	Seen  []int `json:"seen,omitempty"`
	// At is when the turn was answered (Unix seconds), set by a caller
	// whose conversations lapse after a while.
	At int64 `json:"at,omitempty"`
}

// State is a conversation's recent turns, oldest first.
type State struct {
	Turns []Turn `json:"turns"`
}

// Last returns the latest turn.
func (s State) Last() (Turn, bool) {
	if len(s.Turns) == 0 {
		return Turn{}, false
	}
	return s.Turns[len(s.Turns)-1], true
}

// shown returns the excerpts every turn has shown: what a follow-up's
// quote should not merely repeat.
func (s State) shown() []string {
	var out []string
	for _, t := range s.Turns {
		out = append(out, t.excerpts()...)
	}
	return out
}

// excerpts returns the excerpts turn t showed, in order: what a message
// asking for more of t checks its words against (moreOf), and, over every
// turn, what the thread has shown (State.shown).
func (t Turn) excerpts() []string {
	var out []string
	for _, ev := range t.Evidence {
		out = append(out, ev.Excerpt)
	}
	return out
}

// shownPassages returns the passages any turn has shown (each turn's
// shownPassages), by id: shown gives their quotes' text.
func (s State) shownPassages() map[int]bool {
	out := map[int]bool{}
	for _, t := range s.Turns {
		for _, id := range shownPassages(t) {
			out[id] = true
		}
	}
	return out
}

// lastAsked returns the latest answered turn that asked something in words
// the report uses: what a comparison looks back to. A declined question, or
// one in words the report never uses, was an aside.
func (s State) lastAsked() Turn {
	return s.latest(func(t Turn) bool { return t.Answered && len(known(asks(t.Slots))) > 0 })
}

// lastAnswered returns the latest turn the report answered: what "more"
// goes on with past an aside.
func (s State) lastAnswered() Turn {
	return s.latest(func(t Turn) bool { return t.Answered })
}

// latest returns the latest turn that ok accepts, or the latest turn when
// none is.
func (s State) latest(ok func(Turn) bool) Turn {
	for i := len(s.Turns) - 1; i >= 0; i-- {
		if ok(s.Turns[i]) {
			return s.Turns[i]
		}
	}
	t, _ := s.Last()
	return t
}

// Has tells whether a turn with this message id is recorded already.
func (s State) Has(id string) bool {
	if id == "" {
		return false
	}
	for _, t := range s.Turns {
		if t.ID == id {
			return true
		}
	}
	return false
}

// Before returns the state as it was before the turn with message id id,
// for answering a redelivered message as it was first answered.
func (s State) Before(id string) State {
	for i, t := range s.Turns {
		if id != "" && t.ID == id {
			return State{Turns: append([]Turn(nil), s.Turns[:i]...)}
		}
	}
	return s
}

// Add records t, keeping the last max turns, and reports whether it was
// added: a turn whose ID is already recorded is not.
func (s *State) Add(t Turn, max int) bool {
	if s.Has(t.ID) {
		return false
	}
	s.Turns = append(s.Turns, t)
	if max > 0 && len(s.Turns) > max {
		s.Turns = append([]Turn(nil), s.Turns[len(s.Turns)-max:]...)
	}
	return true
}

// Marshal encodes the state for a store.
func (s State) Marshal() ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encode conversation: %w", err)
	}
	return b, nil
}

// Unmarshal decodes a stored state; empty bytes are an empty conversation.
func Unmarshal(b []byte) (State, error) {
	var s State
	if len(b) == 0 {
		return s, nil
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return State{}, fmt.Errorf("%w: %v", ErrBadState, err)
	}
	return s, nil
}
