package search

import (
	"slices"
	"testing"
)

// TestSubRuns: each line with sub-bullets under it, and where its run
// ends; a run at the passage's end, a sub-bullet with no line above it and
// a sub list shorter than the passage.
func TestSubRuns(t *testing.T) {
	tests := []struct {
		name string
		sub  []bool
		n    int
		want []SubRun
	}{
		{"two runs", []bool{false, false, true, true, false, true}, 6, []SubRun{{1, 4}, {4, 6}}},
		{"a sub-bullet first heads nothing", []bool{true, false, true}, 3, []SubRun{{1, 3}}},
		{"lines past sub are none", []bool{false, true}, 4, []SubRun{{0, 2}}},
		{"no sub-bullets", []bool{false, false}, 2, nil},
		{"no lines", nil, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SubRuns(tt.sub, tt.n); !slices.Equal(got, tt.want) {
				t.Errorf("SubRuns(%v, %d) = %v, want %v", tt.sub, tt.n, got, tt.want)
			}
		})
	}
}
