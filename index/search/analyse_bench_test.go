package search

import "testing"

// BenchmarkWordsOf reads every passage's text into its words, as building
// an index reads each line and a question reads the asker's text: what the
// analysis costs a text, names written apart (joinedAt) included.
func BenchmarkWordsOf(b *testing.B) {
	x := mustIndex(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range x.doc.Passages {
			x.wordsOf(p.Text)
		}
	}
}
