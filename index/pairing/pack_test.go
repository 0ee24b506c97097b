package pairing

import "testing"

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
