package question

import (
	"slices"
	"testing"
)

func TestMergeIDs(t *testing.T) {
	tests := []struct {
		name string
		a, b []int32
		want []int32
	}{
		{"both empty", nil, nil, nil},
		{"one empty", []int32{1, 4}, nil, []int32{1, 4}},
		{"other empty", nil, []int32{2}, []int32{2}},
		{"interleaved", []int32{1, 3, 5}, []int32{2, 3, 6}, []int32{1, 2, 3, 5, 6}},
		{"same", []int32{7, 8}, []int32{7, 8}, []int32{7, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mergeIDs(tt.a, tt.b); !slices.Equal(got, tt.want) {
				t.Errorf("mergeIDs(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
