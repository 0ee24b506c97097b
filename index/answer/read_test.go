package answer

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestReadWording checks what Read tells of a question's text alone, each
// as the pattern it stands for reads it. The questions are made up for
// the test.
func TestReadWording(t *testing.T) {
	tab := NewTables(question.NewPatterns())
	tests := []struct {
		name, q                    string
		mention, compare, strong   bool
		origin, relative, asksName bool
		parts                      int
		implied                    []fact // the facts of implied that hold
	}{
		{name: "the whole report", q: "이 보고서 핵심 제언 세 가지", mention: true},
		{name: "a comparison", q: "미국과 중국 AI 예산 차이는?", compare: true, strong: true},
		{name: "a comparison in a weak word", q: "중국과 다른 나라 전략은?", compare: true},
		{name: "who published it", q: "Who published the HBM survey?", origin: true},
		{name: "relative to another", q: "중국 기술 수준은 미국 대비 얼마?", compare: true, relative: true, implied: []fact{impliedFigures}},
		{name: "a name", q: "인텔 최신 칩 이름이 뭐야?", asksName: true},
		{name: "two questions at once", q: "삼성 HBM3E 양산 언제? 파트너는 누구?", parts: 2},
		{name: "none of them", q: "일본 반도체 보조금 얼마야"},
		{name: "a count implied", q: "AI 인재 수는?", implied: []fact{impliedCounts}},
		{name: "a count glued to its counter", q: "중국 AI 특허 출원건수는", implied: []fact{impliedCounts}},
		{name: "a count typed against its year", q: "중국 특허건수2022년", implied: []fact{impliedCounts}},
		{name: "a rate typed against its year", q: "반도체 자급률2030년 목표", implied: []fact{impliedRates, impliedFigures}},
		{name: "a word ending in 수 counts nothing", q: "반도체 수출 특수는", implied: nil},
		{name: "a rate implied", q: "반도체 자립화율은", implied: []fact{impliedRates}},
		{name: "a volume implied", q: "HBM production volume", implied: []fact{impliedVolumes}},
		{name: "a level implied", q: "중국 AI 기술 수준은", implied: []fact{impliedFigures}},
		{name: "an event named", q: "Sora 출시", implied: []fact{impliedEvent}},
		{name: "a share named", q: "What share of AI investment came from government?", implied: []fact{impliedShares}},
		{name: "a share named in Korean", q: "정부 투자 비중 얼마?", implied: []fact{impliedShares}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tab.read(question.Plain(tt.q)).words
			got := []bool{w.mention, w.compare, w.is(compareStrong), w.is(origin), w.is(relative), w.is(asksName)}
			want := []bool{tt.mention, tt.compare, tt.strong, tt.origin, tt.relative, tt.asksName}
			if !slices.Equal(got, want) || len(w.parts()) != tt.parts {
				t.Errorf("read(%q): mention, compare, strong, origin, relative, name = %v and %d parts, want %v and %d",
					tt.q, got, len(w.parts()), want, tt.parts)
			}
			for f := impliedCounts; f <= impliedShares; f++ {
				if got, want := w.is(f), slices.Contains(tt.implied, f); got != want {
					t.Errorf("read(%q): implied fact %d = %v, want %v", tt.q, f, got, want)
				}
			}
			// Read again, as a second report's engine reads them.
			if again := []bool{w.mention, w.compare, w.is(compareStrong), w.is(origin), w.is(relative), w.is(asksName)}; !slices.Equal(again, got) {
				t.Errorf("read(%q) read again = %v, want %v", tt.q, again, got)
			}
		})
	}
}

// TestNoFigureNeedsADigit checks what unstated leaves a line without a
// digit to: the pattern of what is no figure finds nothing on it, so that
// reading the line as it is reads it as the pattern would leave it.
func TestNoFigureNeedsADigit(t *testing.T) {
	notFigure := question.NewPatterns().Evidence().NotFigure
	tests := []struct {
		name, line string
		digit      bool
	}{
		{"a name with no version", "LLaMA 모델과 Loihi 칩", false},
		{"a year word with no year", "’년도 계획, 19세기", true},
		{"a quote and a year suffix", "‘이년’ 계획", false},
		{"a version", "LLaMA 2는 공개", true},
		{"a year", "2024년도 예산", true},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.ContainsFunc(tt.line, unicode.IsDigit); got != tt.digit {
				t.Errorf("ContainsFunc(%q, IsDigit) = %v, want %v", tt.line, got, tt.digit)
			}
			if !tt.digit && notFigure.MatchString(tt.line) {
				t.Errorf("notFigure matches %q, which holds no digit", tt.line)
			}
		})
	}
}

// TestMetaAsk checks which questions ask about the report itself (who made
// it, when it came out) rather than about what it says.
func TestMetaAsk(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(x)
	everyday := x.Params().DeclineTopicSpec
	tests := []struct {
		name, q  string
		everyday float64
		named    bool // asked in a thread on the report itself
		want     reportAsk
	}{
		{"who, with a verb the report never uses", "Who penned the pages of this report?", 0, false, askAuthors},
		{"who, contracted Korean", "이 보고서 누가 썼어?", 0, false, askAuthors},
		{"when", "When was this report written?", 0, false, askDate},
		{"when, Korean", "이 보고서 언제 나왔어?", 0, false, askDate},
		{"who and when at once is neither", "Who wrote this report, and when did they?", 0, false, askNone},
		{"a word the report uses makes it a question about that", "이 보고서에서 반도체 보조금은 언제 나왔어?", 0, false, askNone},
		{"no word for the report", "누가 썼어?", 0, false, askNone},
		{"neither who nor when", "이 보고서 왜 썼어?", 0, false, askNone},
		{"an everyday word the report uses, where a decline allows it", "이 보고서 언제 세상에 나온 거야?", everyday, false, askDate},
		{"an everyday word the report uses, where none is allowed", "이 보고서 언제 세상에 나온 거야?", 0, false, askNone},
		{"a term of the report stays a question about it", "이 보고서에서 HBM은 언제 나왔어?", everyday, false, askNone},
		{"a thread on the report names it", "그건 언제 세상에 나온 거야?", everyday, true, askDate},
		{"a thread on the report names it, who", "and who put it together?", everyday, true, askAuthors},
		{"no thread on the report, no word for it", "그건 언제 세상에 나온 거야?", everyday, false, askNone},
		{"a thread on the report asks neither who nor when", "그건 왜 썼어?", everyday, true, askNone},
		{"a role's head names the report", "책임자는 누구였어?", 0, false, askAuthors},
		{"a role's head beside an everyday word the report uses", "어느 기관 책임자가 누구지?", 0, false, askAuthors},
		{"an English role's head names the report", "Who was the leader of this project?", 0, false, askAuthors},
		{"a role's head beside a term of the report is about the text", "Who is the leader in HBM?", 0, false, askNone},
		{"a role's head without who", "책임자 이름 알려줘", 0, false, askNone},
		{"an English role's verb beside a word for the report", "Who is leading the team behind this report?", 0, false, askAuthors},
		{"an English role's verb, named by the thread", "and who leads it?", 0, true, askAuthors},
		{"an English role's verb without a word for the report is about the text", "who leads the market now?", 0, false, askNone},
		{"an English role's verb beside a term of the report is about the text", "Who leads HBM in this report?", 0, false, askNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := question.Plain(tt.q)
			if got := e.metaAsk(x.Tokens(tt.q), tt.named, x.Analyse(a), tt.everyday); got != tt.want {
				t.Errorf("metaAsk(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestFrontRoles reads the research team's roles from the front matter's
// own lines: the head of each role a compound prints (책임자 of
// 연구책임자, leader of "Project Leader"), never the whole word the index
// finds as printed, nor a cut inside a word (여자 of 참여자).
func TestFrontRoles(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	roles := New(x).frontRoles()
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"책임자", true},
		{"참여자", true},
		{"leader", true},
		{"연구책임자", false},
		{"여자", false},
		{"임자", false},
		{"project", false},
	} {
		t.Run(tt.word, func(t *testing.T) {
			if _, got := roles[tt.word]; got != tt.want {
				t.Errorf("frontRoles()[%q] = %v, want %v (all: %v)", tt.word, got, tt.want, roles)
			}
		})
	}
}

// TestIsRoleVerb: the verb of an English role the front matter names by
// an agent noun (lead of leader) is read as the role, in any of its typed
// forms; the noun itself, a Korean role and an unrelated word are not.
func TestIsRoleVerb(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(x)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"leading", true},
		{"leads", true},
		{"lead", true},
		{"leader", false},
		{"책임", false},
		{"led", false},
		{"read", false},
	} {
		t.Run(tt.word, func(t *testing.T) {
			toks := x.Tokens(tt.word)
			if len(toks) != 1 {
				t.Fatalf("Tokens(%q) = %v, want one word", tt.word, toks)
			}
			if got := e.isRoleVerb(toks[0].Terms); got != tt.want {
				t.Errorf("isRoleVerb(%v) = %v, want %v", toks[0].Terms, got, tt.want)
			}
		})
	}
}

// TestSharedStart checks the start a role's main form and its printed
// word share, which namesRole looks for in a question before any
// analysis: a stemmer's form need not stand whole in the word typed.
func TestSharedStart(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"the same word", "leader", "leader", "leader"},
		{"a stem that changes the ending", "secretari", "secretary", "secretar"},
		{"Hangul", "책임자", "책임자", "책임자"},
		{"cut at a whole rune", "caf\u00e9", "caf\u00e8", "caf"},
		{"nothing shared keeps the main form", "abc", "xyz", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sharedStart(tt.a, tt.b); got != tt.want {
				t.Errorf("sharedStart(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestIsRoleTypedInCapitals checks that a role's head typed with a capital
// and a Korean particle on it is still the role.
func TestIsRoleTypedInCapitals(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(x)
	for _, tt := range []struct {
		surface string
		want    bool
	}{
		{"Leader는", true},
		{"leader는", true},
		{"Lead는", false},
		{"Project는", false},
	} {
		t.Run(tt.surface, func(t *testing.T) {
			if got := e.isRole(tt.surface, nil); got != tt.want {
				t.Errorf("isRole(%q, nil) = %v, want %v", tt.surface, got, tt.want)
			}
		})
	}
}

// TestReportTokens: a question's words are read for the report-itself
// readings only where its text may be such a question (mention), and then
// are the analyser's words of it.
func TestReportTokens(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(x)
	tests := []struct {
		name, q string
		mention bool
		want    int // how many words
	}{
		{"may ask about the report", "이 보고서 누가 썼어?", true, len(x.Tokens("이 보고서 누가 썼어?"))},
		{"cannot", "이 보고서 누가 썼어?", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(e.reportTokens(tt.q, tt.mention)); got != tt.want || tt.mention && got == 0 {
				t.Errorf("len(reportTokens(%q, %v)) = %d, want %d", tt.q, tt.mention, got, tt.want)
			}
		})
	}
}

// TestMembersNamed checks how many members a line lists: △ items, else the
// items its commas part, and the sub-bullets under it; a comma inside a
// number groups thousands and parts nothing; △ items of another size than
// the count list another set. The lines are made up for
// the test.
func TestMembersNamed(t *testing.T) {
	m := newMembers(newReportWords().count)
	tests := []struct {
		name  string
		lines []string
		subs  int // sub-bullets under the first line
		n     int // the count of the set asked about
		want  int
	}{
		{"items marked by △", []string{"목표: △안전 △혁신 △신뢰"}, 0, 3, 3},
		{"△ items of another size are another set's", []string{"△안전 △혁신 △신뢰를 특징으로 하는 두 가지 요소"}, 0, 2, 0},
		{"items parted by commas", []string{"분야는 인재, 인프라, 데이터, 규제"}, 0, 4, 4},
		{"a number's thousands are no parting", []string{"1,000명의 인재를 양성"}, 0, 2, 0},
		{"a number beside a list", []string{"12,500억 원을 반도체, 배터리에 투입"}, 0, 2, 2},
		{"sub-bullets count", []string{"세 가지 과제", "- 첫째", "- 둘째", "- 셋째"}, 3, 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := func(j int) bool { return j >= 1 && j <= tt.subs }
			if got := m.named(tt.lines, sub, 0, tt.n); got != tt.want {
				t.Errorf("named(%q, %d) = %d, want %d", tt.lines[0], tt.n, got, tt.want)
			}
		})
	}
}
