package search

import "testing"

// TestShowsLine: a quote read piece by piece shows the lines its list of
// pieces does (QuotesLine of QuotePieces): a line whole, cut short, or
// holding a piece; an empty line shown by no quote of words.
func TestShowsLine(t *testing.T) {
	tests := []struct {
		name, ex, line string
		want           bool
	}{
		{"a line whole", "first line\nsecond line", "second line", true},
		{"a line cut short", "the first line goes…", "the first line goes on and on", true},
		{"a piece after an ellipsis", "one … the middle of it …", "the middle of it is here", true},
		{"a line the quote holds", "a long line that says more", "  says more ", true},
		{"a line it does not show", "first line … second", "third line", false},
		{"an empty line", "first\n\nsecond", "", false},
		{"an empty quote", "", "a line", false},
		{"a quote of ellipses and spaces", " … \n…", "a line", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShowsLine(tt.ex, tt.line); got != tt.want {
				t.Errorf("ShowsLine(%q, %q) = %v, want %v", tt.ex, tt.line, got, tt.want)
			}
			if got := QuotesLine(QuotePieces(tt.ex), tt.line); got != tt.want {
				t.Errorf("QuotesLine(QuotePieces(%q), %q) = %v, want %v", tt.ex, tt.line, got, tt.want)
			}
		})
	}
}

// TestQuotePiecesAllocs: a quote's list of pieces is made at once, its
// length bounded by the quote's line ends and ellipses, not grown piece by
// piece (the dialog splits every quote it weighs, on every follow-up).
func TestQuotePiecesAllocs(t *testing.T) {
	tests := []struct {
		name, ex string
		want     float64
	}{
		{"empty", "", 0},
		{"one line", "a line", 1},
		{"lines and ellipses", "one … two …\nthree\nfour … five\nsix", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(100, func() { QuotePieces(tt.ex) }); got > tt.want {
				t.Errorf("QuotePieces(%q) allocates %v times, want at most %v", tt.ex, got, tt.want)
			}
		})
	}
}
