package excerpt

import (
	"slices"
	"testing"
)

// TestNextPiece checks that a quote is read piece by piece at its line
// ends and at the separator asked for, whichever comes first.
func TestNextPiece(t *testing.T) {
	tests := []struct {
		name, quote, sep string
		want             []string
	}{
		{"one piece", "a line", Gap, []string{"a line"}},
		{"empty", "", Gap, []string{""}},
		{"lines", "one\ntwo", Gap, []string{"one", "two"}},
		{"a gap within a line keeps the marks of a cut", "…one … two…\nthree", Gap, []string{"…one", "two…", "three"}},
		{"a gap after a line end", "one\ntwo … three", Gap, []string{"one", "two", "three"}},
		{"every mark cut", "…one … two…\nthree", Ellipsis, []string{"", "one ", " two", "", "three"}},
		{"a trailing line end", "one\n", Gap, []string{"one", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for rest, more := tt.quote, true; more; {
				var p string
				p, rest, more = NextPiece(rest, tt.sep)
				got = append(got, p)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pieces of %q at %q = %q, want %q", tt.quote, tt.sep, got, tt.want)
			}
		})
	}
}
