package search

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestTiedLinesAreBothShown checks that an answer shows two lines of a
// passage that answer alike. The table of the AI chips' generations holds
// the third generation in two columns read down (PIM and 뉴로모픽), and in
// its head row only beside the other generations (see
// TestRowListsAmongSiblings).
func TestTiedLinesAreBothShown(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "뉴로모픽 · 특징:")
	q := x.Analyse(question.Plain("3세대 칩 종류는?"))
	got := x.Excerpts().Pick(id, q)
	for _, want := range []string{"종류: 3세대, PIM", "종류: 3세대, 뉴로모픽"} {
		if !strings.Contains(got, want) {
			t.Errorf("Pick = %q, want it to hold %q", got, want)
		}
	}
}

// TestRowListsAmongSiblings checks which lines name a word only as one cell
// of a table's row beside its siblings, and that asked about one of them,
// the excerpt shows the column that says what it is, not the row.
func TestRowListsAmongSiblings(t *testing.T) {
	x := mustIndex(t)
	for _, tc := range []struct {
		name, question, line string
		want                 bool
	}{
		{"a cell of a row", "PIM은?", "CPU · GPU · FPGA · ASIC · PIM · 뉴로모픽", true},
		{"a head row", "3세대는?", "종류 · 1세대 · 2세대 · 3세대", true},
		{"a column read down", "PIM은?", "종류: 3세대, PIM · 특징: 메모리 내 연산 가능 · 전망: 서버 (고성능), 엣지 (저전력)", false},
		{"a row of values of several words", "메모리 내 연산은?", "복잡 계산 순차처리 · 단순 계산 병렬처리 · 메모리 내 연산 가능", false},
		{"a row of two cells", "PIM은?", "종류 · PIM", false},
		{"a line of prose", "PIM은?", "PIM은 메모리 안에서 연산하는 반도체", false},
		{"a row without the word", "PIM은?", "CPU · GPU · FPGA", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := x.matcher(x.Analyse(question.Plain(tc.question)).Concepts)
			got := false
			for k := range m.cs {
				got = got || x.Excerpts().listsAmong(m, k, tc.line)
			}
			if got != tc.want {
				t.Errorf("listsAmong(%q, %q) = %v, want %v", tc.question, tc.line, got, tc.want)
			}
		})
	}
	id := passageWith(t, x, "뉴로모픽 · 특징:")
	if got := x.Excerpts().PickOne(id, x.Analyse(question.Plain("PIM은?"))); !strings.HasPrefix(got, "종류: 3세대, PIM") {
		t.Errorf("PickOne = %q, want it to lead with PIM's column", got)
	}
}

// TestPartnerHoldsTheRestOfTheQuestion checks that an answer's excerpt adds
// the line holding the question's words the best line lacks: NVIDIA's
// lock-in is one line of its passage, the software it rests on another.
func TestPartnerHoldsTheRestOfTheQuestion(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "쿠다(CUDA)", "락인 효과를 극대화")
	q := x.Analyse(question.Plain("락인 효과와 쿠다는 무슨 관계야?"))
	got := x.Excerpts().Pick(id, q)
	for _, want := range []string{"쿠다(CUDA)", "락인"} {
		if !strings.Contains(got, want) {
			t.Errorf("Pick = %q, want it to hold %q", got, want)
		}
	}
}

// passageWith returns the passage of the embedded report that holds every
// one of texts.
func passageWith(t *testing.T, x *Index, texts ...string) int {
	t.Helper()
	return passageIn(t, x, "", texts...)
}

// passageIn returns the passage of section sec ("" for any) of the embedded
// report that holds every one of texts.
func passageIn(t *testing.T, x *Index, sec string, texts ...string) int {
	t.Helper()
	for _, p := range x.Document().Passages {
		all := sec == "" || p.Section == sec
		for _, s := range texts {
			all = all && strings.Contains(p.Text, s)
		}
		if all {
			return p.ID
		}
	}
	t.Fatalf("no passage of section %q holds %q", sec, texts)
	return -1
}

// TestPartnerSharesMostOfTheQuestion checks that, of lines that add the
// same word the best line lacks, the excerpt shows the one that shares
// more of the question besides: a table's row for the column asked about,
// not its head row listing every column.
func TestPartnerSharesMostOfTheQuestion(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "뉴로모픽 · 특징:")
	q := x.Analyse(question.Plain("AI반도체 구분 표에서 GPU 특징"))
	got := x.Excerpts().Pick(id, q)
	if want := "단순 계산 병렬처리"; !strings.Contains(got, want) {
		t.Errorf("Pick = %q, want it to hold %q", got, want)
	}
}

// TestShortLineGetsTheLineThatAnswers checks that a short best line whose
// next line shares nothing with the question is shown with the line of its
// passage that shares most of it: an item's heading names the field, a
// later line what the country's policy does in it.
func TestShortLineGetsTheLineThatAnswers(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "물리적 생태계 구성에 집중")
	q := x.Analyse(question.Plain("비메모리 반도체에 대한 국내 정책"))
	got := x.Excerpts().Pick(id, q)
	for _, want := range []string{"비메모리 반도체 분야 초격차 대응", "국내 정책은 인프라 구축"} {
		if !strings.Contains(got, want) {
			t.Errorf("Pick = %q, want it to hold %q", got, want)
		}
	}
}

// TestYearIsNoFigureAsked checks that a question for a bare figure is shown
// the line that states one, not a line whose only digits are years: the
// head of France's strategy dates its two stages, the stage's own line
// states what it costs.
func TestYearIsNoFigureAsked(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "두 단계로 나누어진", "총 22억 유로")
	tests := []struct{ name, q, want string }{
		{"stage's sum", "프랑스 국가 AI 전략 2단계에 들어간 액수는?", "총 22억 유로"},
		{"stage's size", "프랑스가 국가 AI 전략 2단계에 얼마를 들였어?", "총 22억 유로"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if got := x.Excerpts().Pick(id, q); !strings.Contains(got, tt.want) {
				t.Errorf("Pick(%q) = %q, want it to hold %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestPickShowsTheLineAsked checks lines a passage's excerpt must show:
// of a table, the row read down the column asked about, not the head row
// that lists every generation beside the one asked; for a question for a
// chip's name, the line that names the chips, not a line about the same
// technology that names none; beside a short best line, the line that adds
// most of what the question asks beyond it, not its next line when that
// adds less (a lead line repeats the question's topic, and the line that
// states the item asked stands apart from it); of a passage that prints a
// name as typed on one line and names it by its glossary equivalent on
// another, the line that prints it; beside a short best line, the line
// before it when that line, and not the next one, states the figure asked
// for too (Europe's production target, which the short line cites beside
// the research hubs of the next line), and the next line when the figure
// asked for is nowhere else; for a question for no date, figure, name or
// source, a passage that fits the excerpt's bound whole (the
// recommendation on memory chips is its last line, which repeats none of
// the heading's words but the field's, and a cut to the lines sharing
// most of the question showed the heading and the line after it).
func TestPickShowsTheLineAsked(t *testing.T) {
	x := mustIndex(t)
	tests := []struct{ name, passage, q, want string }{
		{"a generation's row, not the head row", "뉴로모픽 · 특징:", "반도체를 세대로 나눈 그림의 3세대 칸 내용 정리해줘", "종류: 3세대, PIM"},
		{"the line that names the chip asked", "Hala Point와 Loihi 2칩", "인텔 뉴로모픽 시스템에 탑재된 칩은 무슨 칩이야?", "Loihi 2칩"},
		{"the plan's figures, not the line after the plan", "월 1.5만 장", "TSMC 첨단 패키징 증설 계획 수치", "월 1.5만 장"},
		{"the plan's figures, asked otherwise", "월 1.5만 장", "첨단 패키징을 늘리려는 TSMC의 계획을 수치로", "월 1.5만 장"},
		{"the line that prints the name as typed, not its equivalent", "NSF(24.6%)", "NSF 몫은?", "NSF(24.6%)"},
		{"the previous line states the figure", "최소 20%로 확대", "EU 반도체 생산 목표 몇 퍼센트야?", "최소 20%로 확대"},
		{"the short line is still shown", "최소 20%로 확대", "EU 반도체 생산 목표 몇 퍼센트야?", "생산역량 20% 확보"},
		{"no figure asked: the next line", "물리적 생태계 구성에 집중", "비메모리 반도체에 대한 국내 정책", "국내 정책은 인프라 구축"},
		{"the company's section: the line on the chips, not the one repeating its name", "Telum 프로세서와 스파이어", "IBM AI 칩 개발 현황 알려줘", "Telum 프로세서와 스파이어 엑셀러레이터 등 AI 칩 개발"},
		{"a broad question: the passage whole", "중장기적 선행기술 개발에 적극적으로 투자", "메모리 반도체 분야에서는 정부가 무엇을 해야 한다고 봐?", "중장기적 선행기술 개발에 적극적으로 투자"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := passageWith(t, x, tt.passage)
			q := x.Analyse(question.Plain(tt.q))
			if got := x.Excerpts().Pick(id, q); !strings.Contains(got, tt.want) {
				t.Errorf("Pick(%q) = %q, want it to hold %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestAnyNumber checks the pattern of a numbered word's siblings.
func TestAnyNumber(t *testing.T) {
	tests := []struct {
		name, term, text string
		want             []string
	}{
		{"generations", "3세대", "종류 · 1세대 · 2세대 · 3세대", []string{"1세대", "2세대", "3세대"}},
		{"version with a point", "gpt-4", "gpt-4 and gpt-4.5", []string{"gpt-4", "gpt-4"}},
		{"no number", "세대", "1세대", []string{"세대"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := regexp.MustCompile(anyNumber(tt.term)).FindAllString(tt.text, -1)
			if !slices.Equal(got, tt.want) {
				t.Errorf("anyNumber(%q) finds %q in %q, want %q", tt.term, got, tt.text, tt.want)
			}
		})
	}
}

// TestNamesKindAsked checks which lines give a name of the kind asked.
func TestNamesKindAsked(t *testing.T) {
	chip := question.NameKind{Ko: "칩", En: "chip", Asked: regexp.MustCompile(`\bchip`)}
	tests := []struct {
		name, line, q string
		want          bool
	}{
		{"name and kind", "신경망 연구용 Tern 3칩을 공개", "무슨 칩이야?", true},
		{"kind without a name", "AI 칩 시장이 성장", "무슨 칩이야?", false},
		{"short capitals are no name", "GPU 칩 수요가 증가", "무슨 칩이야?", false},
		{"name the question types", "Tern 3칩을 공개", "Tern은 무슨 칩이야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := question.Query{Text: tt.q, AsksName: true, NameKinds: []question.NameKind{chip}}
			if got := namesKindAsked(tt.line, strings.ToLower(tt.line), strings.ToLower(q.Text), q.NameKinds); got != tt.want {
				t.Errorf("namesKindAsked(%q, %q) = %v, want %v", tt.line, tt.q, got, tt.want)
			}
		})
	}
}

// TestBareNumberListsNoSiblings checks that a question's bare number (a
// year) is no numbered word: a line that holds it beside other figures is
// no head row listing its siblings.
func TestBareNumberListsNoSiblings(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, line string
		want          bool
	}{
		{"a year beside other figures", "2024년 예산은?", "2023년 10억, 2024년 12억 투입", false},
		{"a numbered word beside its siblings", "3세대 특징은?", "종류: 1세대 · 2세대 · 3세대", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			lines := []Line{{Text: "관련 없는 줄", Terms: x.TermSet("관련 없는 줄")}, {Text: tt.line, Terms: x.TermSet(tt.line)}}
			low := []string{strings.ToLower(lines[0].Text), strings.ToLower(lines[1].Text)}
			if got := listsSiblings(x.matcher(q.Concepts), lines, low, 0, 1); got != tt.want {
				t.Errorf("listsSiblings(%q, %q) = %v, want %v", tt.q, tt.line, got, tt.want)
			}
		})
	}
}

// TestSiblingPatternCompiledOnce checks that a numbered word's pattern is
// compiled once for the index and reused: excerpts ask for it line after
// line.
func TestSiblingPatternCompiledOnce(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, term, text string
		want             []string
	}{
		{"a generation", "3세대", "1세대 · 2세대 · 3세대", []string{"1세대", "2세대", "3세대"}},
		{"a version", "gpt-4", "gpt-3과 gpt-4", []string{"gpt-3", "gpt-4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := x.siblingPattern(tt.term), x.siblingPattern(tt.term)
			if a == nil || a != b {
				t.Fatalf("siblingPattern(%q) = %p then %p, want one compiled pattern", tt.term, a, b)
			}
			if got := a.FindAllString(tt.text, -1); !slices.Equal(got, tt.want) {
				t.Errorf("siblingPattern(%q) finds %q in %q, want %q", tt.term, got, tt.text, tt.want)
			}
		})
	}
}

// TestLowLinesMatchLines checks that the lines lower-cased once for the
// index are the passages' lines, each lower-cased, in order.
func TestLowLinesMatchLines(t *testing.T) {
	x := mustIndex(t)
	low := x.lowLines()
	if got, want := len(low), len(x.info); got != want {
		t.Fatalf("lowLines has %d passages, want %d", got, want)
	}
	for id, info := range x.info {
		if got, want := len(low[id]), len(info.lines); got != want {
			t.Fatalf("passage %d: lowLines has %d lines, want %d", id, got, want)
		}
		for i, l := range info.lines {
			if got, want := low[id][i], strings.ToLower(l.Text); got != want {
				t.Errorf("passage %d line %d: lowLines = %q, want %q", id, i, got, want)
			}
		}
	}
}

// TestFigureLinesMatchLines checks that the lines with their years and
// versions blanked once for the index are the passages' lines, each
// blanked as a bare figure's question reads it.
func TestFigureLinesMatchLines(t *testing.T) {
	x := mustIndex(t)
	notFigure := x.lang.patterns.Evidence().NotFigure
	got := x.figureLines()
	if len(got) != len(x.info) {
		t.Fatalf("figureLines has %d passages, want %d", len(got), len(x.info))
	}
	for id, info := range x.info {
		if len(got[id]) != len(info.lines) {
			t.Fatalf("passage %d: figureLines has %d lines, want %d", id, len(got[id]), len(info.lines))
		}
		for i, l := range info.lines {
			if want := notFigure.ReplaceAllString(l.Text, " "); got[id][i] != want {
				t.Errorf("passage %d line %d: figureLines = %q, want %q", id, i, got[id][i], want)
			}
		}
	}
}

// TestSiblingPatternsKeptAreBounded checks that an index keeps at most
// maxPatterns patterns, however many terms questions bring, and
// that a pattern past the bound reads alike.
func TestSiblingPatternsKeptAreBounded(t *testing.T) {
	x := mustIndex(t)
	for i := range maxPatterns + 10 {
		term := fmt.Sprintf("w%d세대", i)
		re := x.siblingPattern(term)
		if re == nil || !re.MatchString("w7세대") {
			t.Fatalf("siblingPattern(%q) = %v, want a pattern matching w7세대", term, re)
		}
	}
	kept := 0
	x.patterns.Range(func(any, any) bool { kept++; return true })
	if kept > maxPatterns {
		t.Errorf("kept %d patterns, want at most %d", kept, maxPatterns)
	}
}

// TestNamesSibling checks which lines name another member of a numbered
// name the question asks about, and not the one asked.
func TestNamesSibling(t *testing.T) {
	x := mustIndex(t)
	for _, tc := range []struct {
		name, question, line string
		want                 bool
	}{
		{"another version only", "LLaMA 2 모델 크기는?", "LLaMA 3는 세 가지 크기로 나왔다", true},
		{"a later point release", "LLaMA 2 모델 크기는?", "LLaMA 2.1 모델은 더 크다", true},
		{"the version asked", "LLaMA 2 모델 크기는?", "LLaMA 2는 세 가지 크기로 나왔다", false},
		{"both versions", "LLaMA 2 모델 크기는?", "LLaMA 2에 이어 LLaMA 3를 공개했다", false},
		{"the name without a version", "LLaMA 2 모델 크기는?", "LLaMA 시리즈를 발표했다", false},
		{"another name with a number", "LLaMA 2 모델 크기는?", "HBM3를 양산했다", false},
		{"a one-letter name joined", "A100 성능은?", "A800보다 빠르다", true},
		{"a one-letter word and a figure", "A100 성능은?", "it shows a 20% rise", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := x.matcher(x.Analyse(question.Plain(tc.question)).Concepts)
			if got := namesSibling(m, x.numberedNames(m), x.TermSet(tc.line), strings.ToLower(tc.line)); got != tc.want {
				t.Errorf("namesSibling(%q, %q) = %v, want %v", tc.question, tc.line, got, tc.want)
			}
		})
	}
}

// TestPickLeavesOutAnotherVersion checks that asked about one version of a
// model, an answer's excerpt leads with the line about that version, not
// with a line about the next one that shares more of the question's other
// words (the next version's "크기").
func TestPickLeavesOutAnotherVersion(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "LLaMA 2는 7B", "LLaMA 3는 8B")
	got := x.Excerpts().Pick(id, x.Analyse(question.Plain("메타 LLaMA 2 크기 종류")))
	if !strings.HasPrefix(got, "LLaMA 2는 7B") {
		t.Errorf("Pick = %q, want it to lead with the line on LLaMA 2's sizes", got)
	}
}

// TestAsksWhatItSays checks which questions ask what a passage says
// rather than one thing a line of it states.
func TestAsksWhatItSays(t *testing.T) {
	x := mustIndex(t)
	for _, tc := range []struct {
		name, q string
		want    bool
	}{
		{"what is recommended", "메모리 반도체 분야에서는 정부가 무엇을 해야 한다고 봐?", true},
		{"how a thing is put", "How does the report describe NVIDIA's software strategy?", true},
		{"a figure", "일본 반도체 보조금 규모는 얼마야?", false},
		{"a date", "When did Intel unveil Gaudi 3?", false},
		{"a source", "엔비디아 쿠다 얘기 출처가 어디야?", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := asksWhatItSays(x.Analyse(question.Plain(tc.q))); got != tc.want {
				t.Errorf("asksWhatItSays(%q) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

// TestShownWhole checks which passages fitting the excerpt's bound are
// shown whole: front matter always, another passage only to a question
// that asks what it says and may be paired.
func TestShownWhole(t *testing.T) {
	meta := corpus.Passage{Kind: corpus.KindMeta, Text: "저자 홍길동"}
	body := corpus.Passage{Kind: corpus.KindBlock, Text: "반도체 지원 정책을 권고한다."}
	says, name := question.Query{}, question.Query{AsksName: true}
	for _, tc := range []struct {
		name  string
		p     corpus.Passage
		q     question.Query
		pair  bool
		limit int
		want  bool
	}{
		{"front matter that fits", meta, name, false, 100, true},
		{"front matter too long", meta, says, true, 3, false},
		{"a body passage asked what it says", body, says, true, 100, true},
		{"a body passage picked unpaired", body, says, false, 100, false},
		{"a body passage asked for a name", body, name, true, 100, false},
		{"a body passage too long", body, says, true, 3, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := shownWhole(tc.p, tc.q, tc.pair, tc.limit); got != tc.want {
				t.Errorf("shownWhole(%q, pair %v, limit %d) = %v, want %v", tc.p.Text, tc.pair, tc.limit, got, tc.want)
			}
		})
	}
}

// TestPickImpliedEntity checks the excerpt of a company's profile asked of
// that company (ImpliedEntity): asked more than its name, the line that
// says more leads, not the one printing the name again; asked only its
// name, no line holds another word, and the line that prints it is shown
// (after the line before it, whose source names the company, where the
// next line shares nothing: TestShortLineNeighbour).
func TestPickImpliedEntity(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "Telum 프로세서와 스파이어")
	tests := []struct {
		name, q, want string
		// first: the line opens the quote; else it is one of its lines
		first bool
	}{
		{"asked its chips: the line on them", "IBM AI 칩 개발 현황 알려줘", "빅테크 기업들과의 경쟁에 대응하기 위해", true},
		{"asked only its name: the line printing it", "IBM", "스파이어 엑셀러레이터는", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Excerpts().Pick(id, x.Analyse(question.Plain(tt.q)))
			shown := strings.HasPrefix(got, tt.want) || !tt.first && strings.Contains(got, "\n"+tt.want)
			if !shown {
				t.Errorf("Pick(%q) = %q, want it to show the line %q (first: %v)", tt.q, got, tt.want, tt.first)
			}
		})
	}
}

// TestTitledBy checks which concepts a passage's section title names: a
// company or country it names, whatever the title's case, and no other
// concept however the title reads.
func TestTitledBy(t *testing.T) {
	ibm := question.Concept{Entity: true, Terms: []string{"ibm"}}
	chip := question.Concept{Terms: []string{"칩"}}
	korea := question.Concept{Entity: true, Terms: []string{"한국", "korea"}}
	tests := []struct {
		name string
		cs   []question.Concept
		path []string
		want []bool
	}{
		{"the company the last title names", []question.Concept{ibm, chip}, []string{"2. 기업", "IBM의 AI 칩"}, []bool{true, false}},
		{"a name only an earlier title gives", []question.Concept{ibm}, []string{"IBM", "AI 칩 개발"}, []bool{false}},
		{"any of a country's names", []question.Concept{korea}, []string{"Korea's strategy"}, []bool{true}},
		{"no title", []question.Concept{ibm, korea}, nil, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titledBy(tt.cs, tt.path); !slices.Equal(got, tt.want) {
				t.Errorf("titledBy(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}

// TestShortLineNeighbour checks which neighbour a short best line is
// quoted with: the line before it where that one shares the question's
// words and the next shares none (the next has gone on to another item),
// and the next line where the short line heads an item of its own with a
// label, whose substance is below it.
func TestShortLineNeighbour(t *testing.T) {
	x := mustIndex(t)
	for _, tc := range []struct {
		name, question, passage string
		want, wantNot           []string
	}{
		{"the previous line that shares the question's words", "유럽 CHIPS법 목표는?", "(CEA-Leti, 프랑스 그르노블)",
			[]string{"430억 유로 이상의 펀드를 조성", "「유럽 CHIPS법」의 목표"}, []string{"CEA-Leti"}},
		{"a labelled line keeps the next", "미국 2024년 기관 중 어디가 젤 많아?", "NIH가 9.2억 달러",
			[]string{"(AI 관련 정부 예산)", "NIH가 9.2억 달러"}, []string{"(AI 정책 거버넌스)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id := passageWith(t, x, tc.passage)
			got := x.Excerpts().Pick(id, x.Analyse(question.Plain(tc.question)))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("Pick(%q) = %q, want it to hold %q", tc.question, got, w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("Pick(%q) = %q, want it without %q", tc.question, got, w)
				}
			}
		})
	}
}

// TestContinuesBefore checks which neighbour a short line goes with when
// the question's words score both alike: the one sharing more of the short
// line's own words, the line before only where it shares strictly more.
func TestContinuesBefore(t *testing.T) {
	x := mustIndex(t)
	line := func(text string) Line { return Line{Text: text, Terms: x.TermSet(text)} }
	short := "에너지 저장 장치의 생산 능력을 두 배로 늘릴 계획"
	samePrev := "에너지 저장 장치 생산 능력은 지난해 월 2만 개 수준"
	otherNext := "한편 인력 양성을 위한 계획도 발표"
	cases := []struct {
		name   string
		lines  []Line
		scores []float64
		holds  []bool
		want   bool
	}{
		{"a tie, the line before saying the same thing", []Line{line(samePrev), line(short), line(otherNext)}, []float64{2, 3, 2}, []bool{true, true, true}, true},
		{"a tie, the line after saying the same thing", []Line{line(otherNext), line(short), line(samePrev)}, []float64{2, 3, 2}, []bool{true, true, true}, false},
		{"the question's words prefer the line after", []Line{line(samePrev), line(short), line(otherNext)}, []float64{2, 3, 2.5}, []bool{true, true, true}, false},
		{"only the line after holds what was asked", []Line{line(samePrev), line(short), line(otherNext)}, []float64{2, 3, 2}, []bool{false, true, true}, false},
		{"both neighbours share as much", []Line{line(otherNext), line(short), line(otherNext)}, []float64{2, 3, 2}, []bool{true, true, true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := continuesBefore(c.lines, c.scores, c.holds, 1); got != c.want {
				t.Errorf("continuesBefore = %v, want %v", got, c.want)
			}
		})
	}
}

// TestShortLineGoesOnFromTheLineBefore checks the quote of a passage whose
// short best line restates the line before it: asked of a company's
// packaging plan, where the lines before and after the best one share the
// question's words alike, the quote holds the line the short one goes on
// from (its monthly figures), not the next line's other matter.
func TestShortLineGoesOnFromTheLineBefore(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "월 1.5만 장", "70~80%")
	got := x.Excerpts().Pick(id, x.Analyse(question.Plain("what capacity plan does TSMC have for packaging?")))
	if !strings.Contains(got, "월 1.5만 장") {
		t.Errorf("Pick = %q, want it to hold the line before the best one (월 1.5만 장)", got)
	}
}
