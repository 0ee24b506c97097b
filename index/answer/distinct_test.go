package answer

import (
	"slices"
	"testing"
)

func TestDistinct(t *testing.T) {
	r := func(id int, excerpt, pages string) Result {
		return Result{PassageID: id, Excerpt: excerpt, Pages: pages}
	}
	tests := []struct {
		name string
		in   []Result
		want []Result
	}{
		{"nothing", nil, []Result{}},
		{"all apart", []Result{r(1, "a", "1"), r(2, "b", "2")}, []Result{r(1, "a", "1"), r(2, "b", "2")}},
		{"a repeat goes", []Result{r(1, "a", "1"), r(2, "b", "2"), r(3, "a", "5")}, []Result{r(1, "a", "1"), r(2, "b", "2")}},
		{"the one with pages stands", []Result{r(1, "a", ""), r(2, "a", "7")}, []Result{r(2, "a", "7")}},
		{"empty excerpts are no repeat", []Result{r(1, "", ""), r(2, "", "")}, []Result{r(1, "", ""), r(2, "", "")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := Distinct(tt.in)
			if !slices.EqualFunc(got, tt.want, func(a, b Result) bool {
				return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt && a.Pages == b.Pages
			}) {
				t.Errorf("Distinct() = %+v, want %+v", got, tt.want)
			}
			if !slices.EqualFunc(tt.in, in, func(a, b Result) bool { return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt }) {
				t.Errorf("Distinct changed its argument: %+v", tt.in)
			}
		})
	}
}
