package answer

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
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
		{"a line an earlier quote shows is left out", []Result{r(1, "lead\nbody one", ""), r(2, "lead … body two", "3")},
			[]Result{r(1, "lead\nbody one", ""), r(2, "body two", "3")}},
		{"a gap where lines went", []Result{r(1, "middle", "1"), r(2, "first\nmiddle\nlast", "2")},
			[]Result{r(1, "middle", "1"), r(2, "first … last", "2")}},
		{"lines next to each other stay joined", []Result{r(1, "first", "1"), r(2, "first\nsecond\nthird", "2")},
			[]Result{r(1, "first", "1"), r(2, "second\nthird", "2")}},
		{"a quote saying nothing new goes", []Result{r(1, "one\ntwo", "1"), r(2, "two … one", "2"), r(3, "three", "3")},
			[]Result{r(1, "one\ntwo", "1"), r(3, "three", "3")}},
		{"a shorter cut of a line shown goes", []Result{r(1, "a long line goes on…", "1"), r(2, "a long line…\nits next", "2")},
			[]Result{r(1, "a long line goes on…", "1"), r(2, "its next", "2")}},
		{"a whole line inside a longer one is another line", []Result{r(1, "the total budget", "1"), r(2, "budget", "2")},
			[]Result{r(1, "the total budget", "1"), r(2, "budget", "2")}},
		{"a later quote is read against the shortened one", []Result{r(1, "a", "1"), r(2, "a\nb", "2"), r(3, "b\nc", "3"), r(4, "a … c\nd", "4")},
			[]Result{r(1, "a", "1"), r(2, "b", "2"), r(3, "c", "3"), r(4, "d", "4")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := Distinct(tt.in, func(ex string) []string { return []string{ex} })
			if !slices.EqualFunc(got, tt.want, func(a, b Result) bool {
				return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt && a.Pages == b.Pages
			}) {
				t.Errorf("Distinct() = %+v, want %+v", got, tt.want)
			}
			// a shortened quote's sources are read again from it
			for _, x := range got {
				i := slices.IndexFunc(in, func(y Result) bool { return y.PassageID == x.PassageID })
				if x.Excerpt != in[i].Excerpt && !slices.Equal(x.Sources, []string{x.Excerpt}) {
					t.Errorf("quote %q shortened with sources %q, want those it cites", x.Excerpt, x.Sources)
				}
			}
			if !slices.EqualFunc(tt.in, in, func(a, b Result) bool { return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt }) {
				t.Errorf("Distinct changed its argument: %+v", tt.in)
			}
		})
	}
}

// TestUnrepeated: a quote is read piece by piece against the pieces of the
// shown quotes, and one repeating none comes back as it is.
func TestUnrepeated(t *testing.T) {
	tests := []struct {
		name, quote string
		shown       []string
		want        string
		cut         bool
	}{
		{"nothing shown", "a\nb", nil, "a\nb", false},
		{"nothing repeated", "a … b\nc", []string{"d\ne … f"}, "a … b\nc", false},
		{"a line repeated", "a\nb\nc", []string{"x … b"}, "a … c", true},
		{"the first piece repeated", "a … b\nc", []string{"a"}, "b\nc", true},
		{"all repeated", "a\nb", []string{"b\na"}, "", true},
		{"a shorter cut repeated", "a long…\nnext", []string{"a long line"}, "next", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Unrepeated(tt.quote, tt.shown)
			if got != tt.want || cut != tt.cut {
				t.Errorf("Unrepeated(%q, %q) = %q, %v, want %q, %v", tt.quote, tt.shown, got, cut, tt.want, tt.cut)
			}
		})
	}
}

// TestDistinctCopiesOnlyToCut: a list saying no line twice comes back as
// it is, not copied, and one that does comes back new, the list asked of
// unchanged.
func TestDistinctCopiesOnlyToCut(t *testing.T) {
	r := func(id int, excerpt string) Result { return Result{PassageID: id, Excerpt: excerpt, Pages: "1"} }
	tests := []struct {
		name string
		in   []Result
		same bool
	}{
		{"all apart: the same list", []Result{r(1, "a"), r(2, "b")}, true},
		{"a repeat: a new list", []Result{r(1, "a"), r(2, "a\nb")}, false},
		{"a repeat at the end: a new list", []Result{r(1, "a"), r(2, "b"), r(3, "a")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := Distinct(tt.in, func(ex string) []string { return nil })
			if same := &got[0] == &tt.in[0]; same != tt.same {
				t.Errorf("Distinct() returned the list asked of: %v, want %v", same, tt.same)
			}
			if !slices.EqualFunc(tt.in, in, func(a, b Result) bool { return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt }) {
				t.Errorf("Distinct() changed the list asked of to %+v", tt.in)
			}
		})
	}
}

// TestCutPieces: a quote's pieces are its lines and the parts " … " joins
// within one, with the marks of a cut kept.
func TestCutPieces(t *testing.T) {
	tests := []struct {
		name, quote string
		want        []string
	}{
		{"empty", "", []string{""}},
		{"one piece", "a", []string{"a"}},
		{"lines", "a\nb\n", []string{"a", "b", ""}},
		{"cuts within lines", "a … b\nc … d …", []string{"a", "b", "c", "d …"}},
		{"a cut before a line's end", "a … \nb", []string{"a", "", "b"}},
		{"cuts side by side", "a …  … b", []string{"a", "", "b"}},
		{"a piece cut short", "…a … b…", []string{"…a", "b…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CutPieces(tt.quote); !slices.Equal(got, tt.want) {
				t.Errorf("CutPieces(%q) = %q, want %q", tt.quote, got, tt.want)
			}
		})
	}
}

// TestFinishSaysNoLineTwice: results gathered otherwise than one by one
// (a comparison's sides, a source's citing lines, a reordered reply) are
// made distinct as the reply is finished, whatever form built them.
func TestFinishSaysNoLineTwice(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(x)
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a line said again leaves the later quote", []string{"lead line\nfirst body", "lead line … second body"}, []string{"lead line\nfirst body", "second body"}},
		{"a quote said whole again goes", []string{"one line", "other line", "one line"}, []string{"one line", "other line"}},
		{"quotes apart stay", []string{"one line", "other line"}, []string{"one line", "other line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Answer
			for i, ex := range tt.in {
				a.Results = append(a.Results, Result{PassageID: i, Excerpt: ex, Pages: "1"})
			}
			e.finish(question.Query{}, &a)
			var got []string
			for _, r := range a.Results {
				got = append(got, r.Excerpt)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("finish(%q) quotes %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
