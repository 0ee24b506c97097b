package search

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSectionTitles checks that the section titles' term sets are each
// passage's once: every passage under a title finds its set among them,
// and no set is there twice or empty.
func TestSectionTitles(t *testing.T) {
	x := mustIndex(t)
	titles := x.titles()
	if len(titles) == 0 || len(titles) >= len(x.info) {
		t.Fatalf("%d title sets for %d passages, want some, fewer than the passages", len(titles), len(x.info))
	}
	for i, a := range titles {
		if len(a.ids) == 0 {
			t.Errorf("title set %d is empty", i)
		}
		for _, b := range titles[i+1:] {
			if slices.Equal(a.ids, b.ids) {
				t.Errorf("title set %d is there twice: %v", i, a.ids)
			}
		}
	}
	for id, in := range x.info {
		if len(in.ctx.ids) > 0 && !slices.ContainsFunc(titles, func(s Terms) bool { return slices.Equal(s.ids, in.ctx.ids) }) {
			t.Errorf("passage %d: its titles' set is none of the title sets", id)
		}
	}
}

// TestPartsNamed checks that a question's word naming a part of the
// report is found among the section titles, as a scan of every passage's
// titles finds it, and a part word no title holds is not. The questions
// are made up for the test.
func TestPartsNamed(t *testing.T) {
	x := mustIndex(t)
	for _, tt := range []struct {
		name, q string
		named   bool // a word of q names a part some title holds
	}{
		{"the English summary, Korean", "영문요약에서 반도체 얘기 있어?", true},
		{"the English summary, English", "What does the English summary say about chips?", true},
		{"a chapter no title names", "What does chapter 9 say about chips?", false},
		{"no part named", "반도체 예산은 얼마야?", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			m := x.matcher(q.Concepts)
			var want []int
			for k, c := range q.Concepts {
				if c.Part && !c.Carried && slices.ContainsFunc(x.info, func(in passageInfo) bool { return m.match(k, in.ctx) == 1 }) {
					want = append(want, k)
				}
			}
			got := (ranking{x}).partsNamed(q, m)
			if !slices.Equal(got, want) {
				t.Errorf("partsNamed(%q) = %v, want %v (a scan of every passage)", tt.q, got, want)
			}
			if named := len(got) > 0; named != tt.named {
				t.Errorf("partsNamed(%q) = %v: named a part %v, want %v", tt.q, got, named, tt.named)
			}
		})
	}
}
