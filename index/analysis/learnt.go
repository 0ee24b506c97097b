package analysis

// Learnt returns what Learn has recorded: how often each Korean stem stood
// alone, and each main term of any script. A prebuilt index saves them so
// that it can restore the analyser without reading the report again, which
// is most of what building an index costs. The maps are the analyser's own
// and must not be changed.
func (a *Analyzer) Learnt() (stems, terms map[string]int) { return a.vocab, a.terms }

// SetLearnt gives an analyser that has learnt nothing what Learnt returned
// from another analyser over the same report. It keeps the maps.
func (a *Analyzer) SetLearnt(stems, terms map[string]int) { a.vocab, a.terms = stems, terms }
