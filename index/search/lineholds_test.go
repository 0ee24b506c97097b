package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestLineHoldsAsMatching checks, for the pattern each question expects,
// that Passages.LineHolds tells of every line of every passage what
// matching the line tells, asked twice (the second time from what the
// first remembered, for a shared pattern) and in an order that crosses
// passages.
func TestLineHoldsAsMatching(t *testing.T) {
	x := mustIndex(t)
	ps := x.Passages()
	tests := []struct {
		name   string
		q      string
		shared bool
	}{
		{"a date", "HBM4 양산은 언제 시작돼?", true},
		{"a sum", "반도체 보조금 규모는 얼마야?", true},
		{"a figure in a unit the question names", "국내 점유율은 몇 %야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := x.Analyse(question.Plain(tt.q)).Expect
			if re == nil || x.SharedExpect(re) != tt.shared {
				t.Fatalf("Analyse(%q).Expect = %v, shared %v; want a pattern, shared %v", tt.q, re, re != nil && x.SharedExpect(re), tt.shared)
			}
			held := 0
			for round := range 2 {
				for k := range len(x.info) {
					id := k
					if round == 1 {
						id = len(x.info) - 1 - k
					}
					for i, ln := range ps.Lines(id) {
						want := re.MatchString(ln.Text)
						if got := ps.LineHolds(re, id, i); got != want {
							t.Fatalf("round %d: LineHolds(passage %d, line %d) = %v, want %v", round, id, i, got, want)
						}
						if want && round == 0 {
							held++
						}
					}
				}
			}
			if held == 0 {
				t.Errorf("no line holds %v; the case tests nothing", re)
			}
		})
	}
}

// TestACountIsHeldWhole checks that a number typed with the counter the
// report prints it with ("1등급") is held by a line that prints the pair,
// not by one whose only "1" counts or sizes something else ("1억"), while
// a count the report never prints so is still held by its number. The
// lines are made up for the test.
func TestACountIsHeldWhole(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word, line string
		want                bool
	}{
		{"the pair", "1등급 인재는 몇 명이야?", "1등급", "1등급은 세계적인 과학자로 나뉨", true},
		{"another amount's number", "1등급 인재는 몇 명이야?", "1등급", "예산 1억 달러를 투자", false},
		{"another count's number", "1등급 인재는 몇 명이야?", "1등급", "1세대 반도체는 CPU", false},
		{"a count the report prints under another counter", "연구소 7곳에 얼마 넣었어?", "7곳", "7개 신규 연구소 설립", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range x.Analyse(question.Plain(tt.q)).Concepts {
				if c.Surface != tt.word {
					continue
				}
				if got := x.Holds(c, x.TermSet(tt.line)); got != tt.want {
					t.Errorf("Holds(%s %v, %q) = %v, want %v", tt.word, c.Terms, tt.line, got, tt.want)
				}
				return
			}
			t.Fatalf("no concept %s in %q", tt.word, tt.q)
		})
	}
}

// TestNotesHoldWhatANoteExplains checks that a line's explaining footnote
// counts for the figure it states, and a citing one's publication date
// does not.
func TestNotesHoldWhatANoteExplains(t *testing.T) {
	x := mustIndex(t)
	ps := x.Passages()
	tests := []struct {
		name, q  string
		explains bool
	}{
		{"a count in a note that explains", "몇 명이야?", true},
		{"a date in a note that cites", "언제야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := x.Analyse(question.Plain(tt.q)).Expect
			if re == nil {
				t.Fatalf("Analyse(%q).Expect = nil", tt.q)
			}
			tried := 0
			for id := range len(x.info) {
				for i, ln := range ps.Lines(id) {
					for _, n := range corpus.FootnoteMarkers(ln.Text, nil) {
						f, ok := x.doc.Footnote(n)
						if !ok || f.Note != tt.explains || !re.MatchString(f.Text) {
							continue
						}
						tried++
						if got := ps.NotesHold(re, id, i); got != tt.explains {
							t.Fatalf("NotesHold(passage %d, line %d, note %d) = %v, want %v", id, i, n, got, tt.explains)
						}
					}
				}
			}
			if tried == 0 {
				t.Errorf("no line cites such a note; the case tests nothing")
			}
		})
	}
}
