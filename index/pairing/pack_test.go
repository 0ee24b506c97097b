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

// TestRarityCounted checks that a pairer keeps the rarity of each item
// counted among the Korean lines, and that an item none of them holds
// reads as rare as can be.
func TestRarityCounted(t *testing.T) {
	pr := newPairer(t, loadDoc(t), Defaults())
	if got := pr.counted.Len(); got < 2 || got != len(pr.rarity) {
		t.Fatalf("%d items counted, %d rarities; the report has many of each", got, len(pr.rarity))
	}
	common, rare := 0.0, 1.0
	for i := range pr.counted.Len() {
		r := pr.koRarity(pr.counted.Word(i))
		if r != pr.rarity[i] {
			t.Fatalf("item %q reads rarity %v, kept %v", pr.counted.Word(i), r, pr.rarity[i])
		}
		common, rare = max(common, r), min(rare, r)
	}
	if rare >= common {
		t.Errorf("every counted item is as rare as the next (%v)", rare)
	}
	if got := pr.koRarity("no line holds this item"); got != 1 {
		t.Errorf("an item no line holds has rarity %v, want 1", got)
	}
}
