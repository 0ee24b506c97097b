package answer

import (
	"maps"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/search"
)

func TestWeakCover(t *testing.T) {
	for _, tc := range []struct {
		name   string
		covers []float64 // of passages 1, 2, …, best first
		share  float64
		want   []int
	}{
		{"none ranked", nil, 0.5, nil},
		{"the best is never weak", []float64{0.9}, 0.5, nil},
		{"under half the best's cover", []float64{0.8, 0.5, 0.39, 0.1}, 0.5, []int{3, 4}},
		{"exactly half is not weak", []float64{0.8, 0.4}, 0.5, nil},
		{"a share of zero weakens nothing", []float64{0.8, 0}, 0, nil},
		{"a best passage covering nothing weakens nothing", []float64{0, 0}, 0.5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ranked []search.Candidate
			for i, c := range tc.covers {
				ranked = append(ranked, search.Candidate{ID: i + 1, Cover: c})
			}
			got := slices.Sorted(maps.Keys(weakCover(ranked, tc.share)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("weakCover(%v, %v) = %v, want %v", tc.covers, tc.share, got, tc.want)
			}
		})
	}
}
