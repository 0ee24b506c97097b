package shelf

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// threeReports is the shelf of the embedded report (AI 초격차 전략 수립
// 연구, 2024), the quantum report (가상 양자기술 협력 전략 연구, 2031) and
// the battery report (가상 ESS 배터리 공급망 정책 연구, 2032), in that order.
func threeReports(t *testing.T) *Shelf {
	t.Helper()
	return shelfOf(t, loadReports(t, "", "good.txt", "third.txt"), embedded, quantum, battery)
}

func (s *Shelf) series(pick []int) []string {
	var out []string
	for _, r := range pick {
		out = append(out, s.reports[r].Series())
	}
	return out
}

// TestNaming reads which reports a question names, from what the reports
// are (their titles against each other's, series numbers, years), and what
// is put to them: the question without a series number or year, which
// would find the title page.
func TestNaming(t *testing.T) {
	s := threeReports(t)
	tests := []struct {
		name, q  string
		want     []string
		wantRest string
	}{
		{"a word of one title before 보고서", "배터리 보고서에서 미국 예산 얼마야?", []string{battery}, "배터리 보고서에서 미국 예산 얼마야?"},
		{"an English title word before report", "the battery report's policy recommendations", []string{battery}, "the battery report's policy recommendations"},
		{"a beginning of a title word", "google in the quantum tech study?", []string{quantum}, "google in the quantum tech study?"},
		{"the embedded report by its title words", "AI 초격차 보고서 연구책임자 누구야?", []string{embedded}, "AI 초격차 보고서 연구책임자 누구야?"},
		{"a hyphenated English title word", "the super-gap report on Taiwan", []string{embedded}, "the super-gap report on Taiwan"},
		{"the series number, dropped with its particle", "정책연구 2031-03에서 인도 예산 얼마라고 했어?", []string{quantum}, "인도 예산 얼마라고 했어?"},
		{"the series number alone", "2024-08 보고서에서 일본 보조금 얼마야?", []string{embedded}, "보고서에서 일본 보조금 얼마야?"},
		{"the year before report", "what does the 2032 report say about japan?", []string{battery}, "what does the report say about japan?"},
		{"the year with 년", "2031년 보고서에서 인도는 허브 몇 개 지정했어?", []string{quantum}, "보고서에서 인도는 허브 몇 개 지정했어?"},
		{"the whole title", "가상 ESS 배터리 공급망 정책 연구의 연구책임자", []string{battery}, "가상 ESS 배터리 공급망 정책 연구의 연구책임자"},
		{"two reports joined by a particle", "양자랑 배터리 보고서 독일 지원 비교해줘", []string{quantum, battery}, "양자랑 배터리 보고서 독일 지원 비교해줘"},
		{"two reports joined by and", "the quantum and battery reports: germany budget", []string{quantum, battery}, "the quantum and battery reports: germany budget"},
		{"two report phrases", "양자 보고서와 배터리 보고서의 독일 예산 비교", []string{quantum, battery}, "양자 보고서와 배터리 보고서의 독일 예산 비교"},
		{"a title word two titles share names both", "가상 보고서들에서 미국 얘기", []string{quantum, battery}, "가상 보고서들에서 미국 얘기"},
		{"a title word not before a report word", "인도 국가 양자 임무 예산 얼마?", nil, "인도 국가 양자 임무 예산 얼마?"},
		{"a word that only starts with 연구", "연구책임자가 누구야?", nil, "연구책임자가 누구야?"},
		{"a year not before a report word", "Northern Cell revenue in 2031?", nil, "Northern Cell revenue in 2031?"},
		{"words that name no one report together", "2032 quantum report", nil, "2032 quantum report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pick, rest := s.naming(tt.q)
			if got := s.series(pick); !slices.Equal(got, tt.want) || rest != tt.wantRest {
				t.Errorf("naming(%q) = %q, %q; want %q, %q", tt.q, got, rest, tt.want, tt.wantRest)
			}
		})
	}
}

// TestChoose chooses the reports a question that names none may be put
// to, those whose words fit it: a name, code or figure that only one
// report holds leaves out the reports that lack it; a question every
// report could answer may go to all of them (at most ShelfMaxAsked).
func TestChoose(t *testing.T) {
	s := threeReports(t)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a company only one report has", "what kind of anode does sakura materials develop", []string{battery}},
		{"materials only one report has", "국내 리튬 흑연 중국의존도 얼마나 돼", []string{battery}},
		{"a law only one report has", "미국 반도체법 지원 규모는?", []string{embedded}},
		{"a question every report could answer", "연구책임자가 누구야?", []string{embedded, quantum, battery}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.series(s.choose(tt.q)); !slices.Equal(got, tt.want) {
				t.Errorf("choose(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestShelfAsk checks what a reply over several reports holds: a question
// that names two reports hears from both; one that names one hears from it
// alone; a sure answer leads over another report's hedge.
func TestShelfAsk(t *testing.T) {
	s := threeReports(t)
	tests := []struct {
		name, q   string
		wantFirst string
		wantAll   []string // the reports the first three results come from, in any order
	}{
		{"two reports named", "양자 보고서랑 배터리 보고서에서 독일 지원 규모 비교해줘", quantum, []string{quantum, battery}},
		{"one report named", "배터리 보고서에서 인도 지원 얼마야?", battery, []string{battery}},
		{"a sure answer before a hedge", "미국 청정에너지 공급망법 지원규모 얼마", battery, []string{battery}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := s.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Answered || len(a.Results) == 0 {
				t.Fatalf("Ask(%q) answered nothing", tt.q)
			}
			var got []string
			for _, r := range a.Results {
				if !slices.Contains(got, r.Report) {
					got = append(got, r.Report)
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.wantAll))
			if a.Results[0].Report != tt.wantFirst || !slices.Equal(got, want) {
				t.Errorf("Ask(%q): first from %q, results from %q; want first from %q, results from %q", tt.q, a.Results[0].Report, got, tt.wantFirst, want)
			}
		})
	}
}

// TestFitReadsEveryReportsWords checks the shelf's one list of words
// against each report's own: the reports fit a question alike whether
// asked through the list or one by one, on a shelf and on one made by Only.
func TestFitReadsEveryReportsWords(t *testing.T) {
	s := threeReports(t)
	two, err := s.Only(battery, embedded)
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{
		"what kind of anode does sakura materials develop", "국내 리튬 흑연 중국의존도 얼마나 돼",
		"미국 반도체법 지원 규모는?", "독일은 얼마를 지원해?", "How much support does the US CHIPS Act give?",
		"블랙웰 B200 가격 얼마야?", "the quantum action plan of Germany", "배터리 공급망 보조금 subsidy",
	}
	for _, sh := range []*Shelf{s, two} {
		for _, q := range qs {
			got := sh.fit(q)
			want := fitOneByOne(sh, q)
			if !slices.Equal(got, want) {
				t.Errorf("%d reports: fit(%q) = %v, want %v (each report's own words)", len(sh.reports), q, got, want)
			}
		}
	}
}

// fitOneByOne is fit as it was before the shelf's list of words: each
// report's own sorted words searched for each form of each word.
func fitOneByOne(s *Shelf, q string) []float64 {
	holds := func(r *Report, term string) bool {
		v := r.words.vocab
		i := v.search(term)
		return i < v.len() && strings.HasPrefix(v.at(i), term)
	}
	holdsAll := func(r *Report, terms []string) bool {
		return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !holds(r, t) })
	}
	fit := make([]float64, len(s.reports))
	held := make([]bool, len(s.reports))
	for _, w := range s.askedWords(q) {
		for r, e := range s.reports {
			held[r] = slices.ContainsFunc(w.forms, func(f []string) bool { return holdsAll(e, f) })
		}
		addFit(fit, held, w.spec)
	}
	return fit
}

// TestAskInWaves checks which of the reports chosen for a question are
// asked: the best fitting two first, and the next only while fewer than
// two have answered surely.
func TestAskInWaves(t *testing.T) {
	s := threeReports(t)
	tests := []struct {
		name, q string
		want    []string // the reports asked, in order
	}{
		{"two sure answers leave the third unasked", "연구책임자가 누구야?", []string{embedded, quantum}},
		{"a report that lacks it lets the third in", "독일은 얼마를 지원해?", []string{embedded, quantum, battery}},
		{"a report chosen alone", "미국 반도체법 지원 규모는?", []string{embedded}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pick := s.choose(tt.q)
			answers, err := s.askInWaves(context.Background(), pick, s.reports[0].x.Params().ShelfSure, question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.series(pick[:len(answers)]); !slices.Equal(got, tt.want) {
				t.Errorf("asked %q of %q, want %q", got, s.series(pick), tt.want)
			}
		})
	}
}
