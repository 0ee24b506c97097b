package pairing

// Params are every number that decides a pair. Defaults holds the shipped
// values: those the weighting and the thresholds were fitted to on the
// fitted half of testdata/gold.jsonl (fit_test.go), except the ones said to
// be set.
type Params struct {
	// FigureWeight, NameWeight and TermWeight scale an item's rarity by its
	// kind: a figure or a name is copied across languages letter for
	// letter, a glossary term is one translation among several. The
	// report's English summary states no figure, so FigureWeight cannot be
	// fitted; it is set above NameWeight, since a figure is at least as
	// specific as a name.
	FigureWeight, NameWeight, TermWeight float64
	// MinTermRunes is the shortest Korean glossary term looked for inside a
	// line: one syllable (원, 법) is part of too many other words. Set, not
	// fitted.
	MinTermRunes int
	// MinBareFigure is the least number, written without a magnitude or a
	// currency, that is a figure to pair on: "2단계" and "3개" are counts
	// too common. FigureDigits is how many significant digits a figure is
	// matched to, so that "1조 6,840억" meets "1.68 trillion". Both set, not
	// fitted (the summary states no figure).
	MinBareFigure float64
	FigureDigits  int
	// MinSummaryRunes is the least of a line's letters looked for in the
	// Korean summary (see MinSimBody): a few letters ("AI 반도체") are in
	// many lines. Set, not fitted.
	MinSummaryRunes int
	// UnseenWeight scales, for a thing a Korean line says that no summary
	// sentence holds, the rarity it would have in one sentence: what a line
	// says that the summary never mentions is what makes it a different
	// statement. Below 1 because the Korean side reads more glossary terms
	// than a translation carries over.
	UnseenWeight float64
	// MinAnchorIDF is how rare (in IDF over the summary's sentences) a
	// shared name, code or figure must be to anchor a pair.
	MinAnchorIDF float64
	// KoreanRarity is the power of a thing's rarity among the report's
	// Korean lines in its weight; 0 leaves it out. 기업 and 개발 are on
	// every other line and say little; 공급망 and 유즈케이스 on a few.
	KoreanRarity float64
	// LineShare balances, in a pair's similarity, the share of the Korean
	// line's weight the sentence holds against the sentence's own weight:
	// similarity = shared / (lineWeight^LineShare × sentenceWeight^(1−LineShare)).
	// 0.5 is the cosine; at 1 it is the share of the line the sentence
	// holds, so that a long sentence condensing several lines is not held
	// back by what the other lines say.
	LineShare float64
	// MinSim is the least similarity of a pair with an anchor;
	// MinSimNoAnchor that of one without, which must share most of the
	// line.
	MinSim, MinSimNoAnchor float64
	// MinCoverNoAnchor is the least share of the sentence's own weight a
	// line must hold to pair without an anchor. The fit leaves it at 0: on
	// the fitted half any higher value loses pairs and saves none.
	MinCoverNoAnchor float64
	// MinSimBody is the least similarity of a pair whose Korean line the
	// Korean summary does not carry; such a pair also needs an anchor. The
	// English summary condenses the Korean one, and every pair of the gold
	// set is a line the Korean summary carries (or its copy in the body):
	// the fit puts this above 1, the highest similarity, so that a line
	// only the body carries is never paired.
	MinSimBody float64
	// MinWeight is the least shared weight of a pair, whatever the
	// similarity: a short sentence ("This study outlines…") is similar to
	// anything that shares its two words.
	MinWeight float64
	// MinShared is the least number of things a pair shares: one or two
	// words in common are a coincidence, whatever their weight.
	MinShared int
	// Margin is how far the best sentence's similarity must exceed the
	// second's (best ≥ Margin × second); else no sentence is shown.
	Margin float64
}

// Defaults returns the shipped parameters.
func Defaults() Params {
	return Params{
		FigureWeight:     2,
		NameWeight:       1.5,
		TermWeight:       1,
		MinTermRunes:     2,
		MinBareFigure:    10,
		FigureDigits:     3,
		MinSummaryRunes:  12,
		UnseenWeight:     0.5,
		MinAnchorIDF:     1.25,
		KoreanRarity:     2,
		LineShare:        1,
		MinSim:           0.5,
		MinSimNoAnchor:   0.6,
		MinCoverNoAnchor: 0,
		MinSimBody:       1.01,
		MinWeight:        1,
		MinShared:        3,
		Margin:           1.5,
	}
}
