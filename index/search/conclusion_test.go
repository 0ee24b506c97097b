package search

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestLastChapter checks that the last chapter is the highest numbered
// top-level section, whatever its parts and the unnumbered sections around
// it.
func TestLastChapter(t *testing.T) {
	for _, tt := range []struct {
		name     string
		sections []string
		want     string
	}{
		{"parts and references after it", []string{"front", "summary-ko", "1", "1.1", "2", "2.1", "3", "3.2.1", "refs"}, "3"},
		{"ten after nine", []string{"9", "10", "10.1"}, "10"},
		{"one chapter", []string{"front", "1", "1.1"}, "1"},
		{"no numbered chapter", []string{"front", "refs"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ss []corpus.Section
			for _, id := range tt.sections {
				ss = append(ss, corpus.Section{ID: id})
			}
			if got := lastChapter(&corpus.Document{Sections: ss}); got != tt.want {
				t.Errorf("lastChapter(%v) = %q, want %q", tt.sections, got, tt.want)
			}
		})
	}
}

// TestConclusionNamesLastChapter checks that a question naming the
// report's conclusion by its role is answered first from the last chapter,
// whose heading never says 결론, where the topic it asks about is also
// discussed in earlier chapters. The questions are made up for the test.
func TestConclusionNamesLastChapter(t *testing.T) {
	x := mustIndex(t)
	want := lastChapter(x.Document())
	for _, tt := range []struct{ name, q string }{
		{"Korean", "결론에 클라우드 관련 내용 있어?"},
		{"English", "What does the conclusion say about cloud?"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := leading(t, x, tt.q).Section
			if chapter, _, _ := strings.Cut(got, "."); chapter != want {
				t.Errorf("%q leads with section %s, want one of chapter %s", tt.q, got, want)
			}
		})
	}
}
