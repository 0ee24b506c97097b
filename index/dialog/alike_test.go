package dialog

import (
	"slices"
	"testing"
)

func TestFactKinds(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a quoted code name", "the lab runs it under the name ‘Orion’ since spring", []string{"quoted"}},
		{"a year in full", "발표는 2021년 하반기에 있었음", []string{"date"}},
		{"both", "‘Nova 계획’은 1998년에 시작", []string{"date", "quoted"}},
		{"an apostrophe is no quote", "the firm's own chip, 30 units", nil},
		{"a figure is no year", "투자 규모는 3500억 원", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := newFrame().factKinds(tc.line)
			var got []string
			if k&factDate != 0 {
				got = append(got, "date")
			}
			if k&factQuoted != 0 {
				got = append(got, "quoted")
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("factKinds(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestFactKindsOf: the kinds a line states among those wanted are the
// kinds it states (factKinds) that are wanted, whichever are wanted.
func TestFactKindsOf(t *testing.T) {
	f := newFrame()
	lines := []string{"‘Nova 계획’은 1998년에 시작", "발표는 2021년 하반기에 있었음", "the lab runs it under the name ‘Orion’", "투자 규모는 3500억 원"}
	for _, want := range []facts{0, factQuoted, factDate, factQuoted | factDate} {
		for _, line := range lines {
			if got, all := f.factKindsOf(line, want), f.factKinds(line); got != all&want {
				t.Errorf("factKindsOf(%q, %b) = %b, want %b", line, want, got, all&want)
			}
		}
	}
}

func TestSwitchQuotesAlikeFact(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
		gold []string // in the last reply's first result
	}{
		{"a code name asked of another company quotes its code name",
			[]string{"OpenAI가 AI 칩 제조 프로젝트에 붙인 코드명은?", "마이크로소프트는?"},
			[]string{"‘Athena 프로젝트’"}},
		{"a year asked of another company quotes its year",
			[]string{"Which platform did AWS launch for generative AI?", "and IBM?"},
			[]string{"2023년에 발표된 WatsonX"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := converse(t, e, tc.msgs...)
			last := rs[len(rs)-1]
			if !hit(last.Answer, tc.gold, 1) {
				got := ""
				if len(last.Answer.Results) > 0 {
					got = last.Answer.Results[0].Excerpt
				}
				t.Errorf("first quote = %q, want one of %q", got, tc.gold)
			}
		})
	}
}
