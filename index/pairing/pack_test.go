package pairing

import (
	"reflect"
	"testing"
	"unsafe"
)

func TestPackLists(t *testing.T) {
	tests := []struct {
		name string
		in   [][]int
	}{
		{"none", nil},
		{"one list", [][]int{{0, 2, 5}}},
		{"lists and an empty one", [][]int{{1}, {}, {0, 3}, {4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := make([][]int, len(tt.in))
			for i, l := range tt.in {
				ls[i] = append(make([]int, 0, 8), l...)
			}
			got := packLists(ls)
			if len(got) != len(tt.in) {
				t.Fatalf("packLists gave %d lists, want %d", len(got), len(tt.in))
			}
			var prev []int
			for i, l := range got {
				if !sameInts(l, tt.in[i]) {
					t.Fatalf("list %d = %v, want %v", i, l, tt.in[i])
				}
				if len(l) == 0 {
					continue
				}
				if cap(l) != len(l) {
					t.Errorf("list %d has room %d past its length", i, cap(l)-len(l))
				}
				if prev != nil && uintptr(unsafe.Pointer(&prev[0]))+uintptr(len(prev))*unsafe.Sizeof(0) != uintptr(unsafe.Pointer(&l[0])) {
					t.Errorf("list %d does not follow the one before in one array", i)
				}
				prev = l
			}
		})
	}
}

// sameInts tells whether a and b hold the same numbers, empty and nil alike.
func sameInts(a, b []int) bool { return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b) }

// TestRarityKeysPacked checks that a pairer's items counted among the
// Korean lines are keyed by parts of one string, not a string each.
func TestRarityKeysPacked(t *testing.T) {
	pr := newPairer(t, loadDoc(t), Defaults())
	if len(pr.rarity) < 2 {
		t.Fatalf("%d items counted; the report has many", len(pr.rarity))
	}
	lo, hi, n := ^uintptr(0), uintptr(0), 0
	for k := range pr.rarity {
		at := uintptr(unsafe.Pointer(unsafe.StringData(k)))
		lo, hi = min(lo, at), max(hi, at+uintptr(len(k)))
		n += len(k)
	}
	if got := hi - lo; got != uintptr(n) {
		t.Errorf("the items' keys span %d bytes; one string of them is %d", got, n)
	}
}
