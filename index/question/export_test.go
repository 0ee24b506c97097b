package question

// The steps of reading that the tests of package question_test check on an
// index the search room builds, which package question cannot import.

// UnknownWeight is the most a word the report never uses weighs at the
// given specificity.
func UnknownWeight(x *Reader, spec float64) float64 { return x.p.Unknown * spec * reading{x}.idf(0) }

// DFAny counts the passages holding any of terms.
func DFAny(x *Reader, terms []string) int { return reading{x}.dfAny(terms) }

// Postings are the passages holding term t.
func Postings(x *Reader, t string) []int32 { return x.counts.Postings(t) }
