package dialog

// Params are every number the dialog logic uses, in one place so that they
// are tuned and tested together. Defaults gives the shipped values.
type Params struct {
	// MaxTurns is how many turns a State keeps: a follow-up refers to the
	// last one, and a few more give the bot a short memory for duplicates.
	MaxTurns int
	// MaxMore is how many results of one question "more" pages through in
	// all; past it the reply says there are no more.
	MaxMore int
	// MaxCarry bounds the previous turn's words carried into a rewrite, so
	// that a chain of follow-ups does not grow into a paragraph.
	MaxCarry int
	// MaxEvidence is how many results of an answer a turn keeps for a
	// later "source?".
	MaxEvidence int
	// MaxStoredRunes bounds each excerpt kept in a turn: a stored state
	// stays small whatever the report's passages are.
	MaxStoredRunes int
	// MaxCitingLines bounds the lines of a passage a "source?" shows when
	// the excerpt it answered with cites nothing and other lines do.
	MaxCitingLines int
	// MoreLines is how many lines after the first quote "more" shows
	// first, where its passage goes on.
	MoreLines int
	// ReferentWords is how many words (a compound counts its pieces) a
	// follow-up must share with a quote it was shown whole before it is
	// read as naming a thing of that quote (beyond): one shared word
	// names no one thing.
	ReferentWords int
}

// Defaults returns the shipped parameters.
func Defaults() Params {
	return Params{MaxTurns: 5, MaxMore: 15, MaxCarry: 8, MaxEvidence: 5, MaxStoredRunes: 600, MaxCitingLines: 2, MoreLines: 3, ReferentWords: 2}
}

func (p Params) withDefaults() Params {
	d := Defaults()
	if p.MaxTurns <= 0 {
		p.MaxTurns = d.MaxTurns
	}
	if p.MaxMore <= 0 {
		p.MaxMore = d.MaxMore
	}
	if p.MaxCarry <= 0 {
		p.MaxCarry = d.MaxCarry
	}
	if p.MaxCitingLines <= 0 {
		p.MaxCitingLines = d.MaxCitingLines
	}
	if p.MaxEvidence <= 0 {
		p.MaxEvidence = d.MaxEvidence
	}
	if p.MoreLines <= 0 {
		p.MoreLines = d.MoreLines
	}
	if p.ReferentWords <= 0 {
		p.ReferentWords = d.ReferentWords
	}
	if p.MaxStoredRunes <= 0 {
		p.MaxStoredRunes = d.MaxStoredRunes
	}
	return p
}
