package corpus_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
)

// reportLines splits the embedded report the way the parser numbers lines:
// 1-based, "\n"-separated, the last line counting even without a newline.
func reportLines() []string {
	lines := strings.Split(string(corpus.Embedded()), "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	return lines
}

// passageWith returns the first passage whose text contains s.
func passageWith(t *testing.T, d *corpus.Document, s string) corpus.Passage {
	t.Helper()
	return passageIn(t, d, "", s)
}

// passageIn returns the first passage of section (any section when "") whose
// text contains s.
func passageIn(t *testing.T, d *corpus.Document, section, s string) corpus.Passage {
	t.Helper()
	for _, p := range d.Passages {
		if strings.Contains(p.Text, s) && (section == "" || p.Section == section) {
			return p
		}
	}
	t.Fatalf("no passage of section %q contains %q", section, s)
	return corpus.Passage{}
}

// passageOfLine returns the passage whose Lines hold source line n.
func passageOfLine(d *corpus.Document, n int) (corpus.Passage, bool) {
	for _, p := range d.Passages {
		if slices.Contains(p.Lines, n) {
			return p, true
		}
	}
	return corpus.Passage{}, false
}

func TestParseSectionOrder(t *testing.T) {
	d := mustDoc(t)
	want := []string{
		"front", "summary-ko", "summary-en",
		"1", "1.1", "1.2",
		"2", "2.1", "2.2",
		"2.2.1", "2.2.1.가", "2.2.1.나", "2.2.1.다", "2.2.1.라", "2.2.1.마",
		"2.2.2", "2.2.2.가", "2.2.2.나", "2.2.2.다", "2.2.2.라",
		"2.2.3", "2.2.3.가", "2.2.3.나",
		"3", "3.1", "3.2",
		"4", "4.1", "4.2", "4.3",
		"refs",
	}
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("section ids:\ngot  %v\nwant %v", got, want)
	}
}

func TestParseSectionTree(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		id, title, parent string
		level             int
	}{
		{"1", "서론", "", 1},
		{"1.2", "용어의 개념 및 범위 설정", "1", 2},
		{"2.2.1", "AI 반도체 분야의 초격차 기업", "2.2", 3},
		{"2.2.1.가", "엔비디아(NVIDIA)", "2.2.1", 4},
		// The report prints "라." twice: 삼성전자 and SK하이닉스. The second is 마.
		{"2.2.1.라", "삼성전자", "2.2.1", 4},
		{"2.2.1.마", "SK하이닉스", "2.2.1", 4},
		{"2.2.3.나", "IBM", "2.2.3", 4},
		{"3.1", "AI 반도체 분야 초격차 확보 정책 현황 분석", "3", 2},
		{"4.3", "AI 초격차 전략 수립을 위한 제언", "4", 2},
		{"refs", "참고문헌", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s, ok := d.Section(tt.id)
			if !ok {
				t.Fatalf("Section(%q) not found", tt.id)
			}
			if s.Title != tt.title || s.Parent != tt.parent || s.Level != tt.level {
				t.Errorf("Section(%q) = title %q parent %q level %d; want title %q parent %q level %d",
					tt.id, s.Title, s.Parent, s.Level, tt.title, tt.parent, tt.level)
			}
		})
	}
}

func TestParseSectionPages(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		id         string
		pages      string
		fromParent bool
	}{
		{"front", "", false},
		{"summary-ko", "", false},
		{"summary-en", "", false},
		{"1", "1–4", false},
		{"1.1", "1–2", false},
		{"1.2", "3–4", false},
		{"2.1", "5–9", false},
		{"2.2", "10–24", false},
		{"2.2.1", "10–16", false},
		{"2.2.1.가", "10–16", true},
		{"2.2.1.마", "10–16", true},
		{"2.2.2", "17–21", false},
		{"2.2.3.나", "22–24", true},
		{"3", "25–42", false},
		{"3.1", "25–33", false},
		{"3.2", "34–42", false},
		{"4.1", "43–44", false},
		{"4.2", "45–47", false},
		{"4.3", "48–50", false},
		{"refs", "51", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s, ok := d.Section(tt.id)
			if !ok {
				t.Fatalf("Section(%q) not found", tt.id)
			}
			if got := s.Pages(); got != tt.pages {
				t.Errorf("Section(%q).Pages() = %q, want %q", tt.id, got, tt.pages)
			}
			if s.PagesFromParent != tt.fromParent {
				t.Errorf("Section(%q).PagesFromParent = %v, want %v", tt.id, s.PagesFromParent, tt.fromParent)
			}
		})
	}
}

func TestParseMeta(t *testing.T) {
	m := mustDoc(t).Meta
	if len(m.Authors) != 6 {
		t.Fatalf("len(Meta.Authors) = %d, want 6: %+v", len(m.Authors), m.Authors)
	}
	tests := []struct {
		field, got, want string
	}{
		{"TitleKo", m.TitleKo, "AI 초격차 전략 수립 연구"},
		{"TitleEn", m.TitleEn, "Research for developing AI super-gap strategy"},
		{"Series", m.Series, "수시연구 2024-08"},
		{"ISBN", m.ISBN, "978-89-6112-977-0"},
		{"Published", m.Published, "2024-12-31"},
		{"Printed", m.Printed, "2024-12-31"},
		{"Publisher", m.Publisher, "과학기술정책연구원"},
		{"Issuer", m.Issuer, "윤지웅"},
		{"Address", m.Address, "세종특별자치시 시청대로 370 세종국책연구단지 과학·인프라동 5~7F"},
		{"Authors[0].Name", m.Authors[0].Name, "윤정섭"},
		{"Authors[0].Role", m.Authors[0].Role, "연구책임자"},
		{"Authors[0].Romanized", m.Authors[0].Romanized, "Jungsub Yoon"},
		{"Authors[0].Affiliation", m.Authors[0].Affiliation, "과학기술정책연구원"},
		{"Authors[0].Position", m.Authors[0].Position, "부연구위원"},
		{"Authors[1].Name", m.Authors[1].Name, "오윤환"},
		{"Authors[1].Role", m.Authors[1].Role, "연구참여자"},
		{"Authors[1].Romanized", m.Authors[1].Romanized, "Yoonhwan Oh"},
		// Only the first participant's row prints the role; the rest inherit it.
		{"Authors[5].Name", m.Authors[5].Name, "전수경"},
		{"Authors[5].Role", m.Authors[5].Role, "연구참여자"},
		{"Authors[5].Romanized", m.Authors[5].Romanized, "Sookyung Jeon"},
		{"Authors[5].Position", m.Authors[5].Position, "선임연구원"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("Meta.%s = %q, want %q", tt.field, tt.got, tt.want)
		}
	}
}

func TestParseFootnotes(t *testing.T) {
	d := mustDoc(t)
	if got := len(d.Footnotes); got != 46 {
		t.Errorf("len(Footnotes) = %d, want 46", got)
	}
	for i, f := range d.Footnotes {
		if f.Num != i+1 {
			t.Errorf("Footnotes[%d].Num = %d, want %d (numbered 1…46 in order)", i, f.Num, i+1)
		}
	}
	tests := []struct {
		name      string
		num       int
		cited     int
		urlPrefix string
		urlSuffix string
		lines     []int
	}{
		// The report marks two passages ⁴⁾ and none ⁵⁾ (line 503 should be ⁵⁾).
		{"fn4 cited twice", 4, 2, "https://www.asiae.co.kr/", "2024081608403713887", []int{513}},
		{"fn5 never cited", 5, 0, "https://m.news.nate.com/", "20240902n02188", []int{515}},
		{"fn1 with URL", 1, 1, "https://www.epnc.co.kr/", "idxno=306912", []int{380}},
		// A URL printed without <…> stops before "(검색일".
		{"fn7 bare URL", 7, 1, "https://www.newsis.com/", "NISX20240709_0002804786", []int{532}},
		// The page break moved the rest of the URL below the page's text.
		{"fn44 URL joined across page break", 44, 1, "https://www.cdotrends.com/story/18188/", "singapore-announces-new-ai-initiatives?refresh=auto", []int{949, 958}},
		{"fn46 without URL", 46, 1, "", "", []int{1017}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := d.Footnote(tt.num)
			if !ok {
				t.Fatalf("Footnote(%d) not found", tt.num)
			}
			if f.Cited != tt.cited {
				t.Errorf("Footnote(%d).Cited = %d, want %d", tt.num, f.Cited, tt.cited)
			}
			if !strings.HasPrefix(f.URL, tt.urlPrefix) || !strings.HasSuffix(f.URL, tt.urlSuffix) || (tt.urlPrefix == "") != (f.URL == "") {
				t.Errorf("Footnote(%d).URL = %q, want %q…%q", tt.num, f.URL, tt.urlPrefix, tt.urlSuffix)
			}
			if !slices.Equal(f.Lines, tt.lines) {
				t.Errorf("Footnote(%d).Lines = %v, want %v", tt.num, f.Lines, tt.lines)
			}
		})
	}
}

func TestParsePassages(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		name     string
		contains string // the passage to look at
		section  string
		kind     corpus.Kind
		country  string
		label    string
		alsoHas  []string
	}{
		{
			name: "CHIPS plants cluster in 3.1 under 미국", contains: "9곳이 애리조나·뉴욕·텍사스주에 밀집",
			section: "3.1", kind: corpus.KindBlock, country: "미국",
		},
		{
			// The report prints "(중국)" over a block about the EU.
			name: "mislabelled EU block keeps its label", contains: "(중국) 2018년 EU를 위한 AI",
			section: "3.2", kind: corpus.KindBlock, country: "EU", label: "중국",
		},
		{
			name: "country item (미국) in 1.1", contains: "(미국) AI 이니셔티브 등 AI 초격차 확보 방안",
			section: "1.1", kind: corpus.KindCountry, country: "미국", label: "미국",
		},
		{
			name: "country item (미국) opens 3.1", contains: "(미국) 과거 차세대반도체 연구개발",
			section: "3.1", kind: corpus.KindCountry, country: "미국", label: "미국",
		},
		{
			name: "bold country item (중국) in 3.2", contains: "(중국) 2017년 발표된 ‘차세대 AI 발전규획’",
			section: "3.2", kind: corpus.KindCountry, country: "중국", label: "중국",
		},
		{
			name: "caption of figure 2-2 with table cells and source", contains: "[그림 2-2] AI 반도체의 구분과 특징 및 전망",
			section: "2.1", kind: corpus.KindCaption,
			alsoHas: []string{"뉴런·시냅스 모방 新구조", "자료: 채명식·이호윤(2023)"},
		},
		{
			name: "SK하이닉스 HBM3E in 2.2.1.마", contains: "2024년 3월 HBM3E의 대규모 양산을 세계 최초로",
			section: "2.2.1.마", kind: corpus.KindBlock,
		},
		{
			name: "word cut by a page break is joined", contains: "AI 응용 프로그램의 성능을 극대화하는 데 기여",
			section: "summary-ko", kind: corpus.KindBlock,
		},
		{
			name: "English summary paragraph", contains: "Super-Gap Overcoming: In areas like non-memory semiconductors and AI foundational models",
			section: "summary-en", kind: corpus.KindProse,
		},
		{
			name: "reference entry", contains: "장은현. (2024). AI 반도체 기술 및 산업 동향",
			section: "refs", kind: corpus.KindRef,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := passageIn(t, d, tt.section, tt.contains)
			if p.Section != tt.section || p.Kind != tt.kind || p.Country != tt.country || p.Label != tt.label {
				t.Errorf("passage #%d = section %q kind %q country %q label %q; want section %q kind %q country %q label %q\ntext: %s",
					p.ID, p.Section, p.Kind, p.Country, p.Label, tt.section, tt.kind, tt.country, tt.label, p.Text)
			}
			for _, s := range tt.alsoHas {
				if !strings.Contains(p.Text, s) {
					t.Errorf("passage #%d lacks %q; text:\n%s", p.ID, s, p.Text)
				}
			}
		})
	}
}

func TestParseCaptionPage(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		caption string
		page    int
	}{
		{"[그림 2-1]", 6},
		{"[그림 2-2]", 7},
		{"[그림 2-3]", 9},
		{"[그림 2-4]", 13},
		{"[그림 4-1]", 45},
	}
	for _, tt := range tests {
		p := passageWith(t, d, tt.caption)
		if p.Kind != corpus.KindCaption || p.Page != tt.page {
			t.Errorf("%s: kind %q page %d, want kind %q page %d", tt.caption, p.Kind, p.Page, corpus.KindCaption, tt.page)
		}
	}
}

var reLabelLine = regexp.MustCompile(`^\(([^()]{1,40})\)`)

// Every item the report opens with a country label "(미국) …" starts its own
// passage, labelled with that country.
func TestParseCountryItemsStartPassages(t *testing.T) {
	d := mustDoc(t)
	checked := 0
	for i, raw := range reportLines() {
		n := i + 1
		text := strings.TrimSpace(raw)
		marker := ""
		for _, m := range []string{"-", "□", "☐", "○", "*", "•"} {
			if rest, ok := strings.CutPrefix(text, m+" "); ok {
				marker, text = m, strings.TrimSpace(rest)
				break
			}
		}
		text = strings.ReplaceAll(text, "**", "")
		m := reLabelLine.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		country, ok := d.Entities.Label(m[1])
		if !ok {
			continue
		}
		checked++
		p, ok := passageOfLine(d, n)
		if !ok {
			t.Errorf("line %d %q is in no passage", n, raw)
			continue
		}
		if p.Lines[0] != n {
			t.Errorf("line %d %q does not start a passage: it is inside #%d, which starts at line %d", n, raw, p.ID, p.Lines[0])
		}
		if p.Label != country {
			t.Errorf("line %d: passage #%d Label = %q, want %q", n, p.ID, p.Label, country)
		}
		if marker == "-" && p.Kind != corpus.KindCountry {
			t.Errorf("line %d: passage #%d Kind = %q, want %q", n, p.ID, p.Kind, corpus.KindCountry)
		}
		want := country
		if strings.HasPrefix(text, "(중국) 2018년 EU를 위한 AI") {
			want = "EU" // the report's own mislabel, corrected by the parser
		}
		if p.Country != want {
			t.Errorf("line %d: passage #%d Country = %q, want %q; text: %s", n, p.ID, p.Country, want, firstRunes(p.Text, 80))
		}
	}
	if checked < 20 {
		t.Errorf("checked %d country-labelled lines, want at least 20: the label scan is broken", checked)
	}
}

func TestParsePassageText(t *testing.T) {
	d := mustDoc(t)
	for _, p := range d.Passages {
		if p.ID < 0 || p.ID >= len(d.Passages) || d.Passages[p.ID].ID != p.ID {
			t.Errorf("passage with ID %d is not at index %d", p.ID, p.ID)
		}
		if strings.Contains(p.Text, "**") {
			t.Errorf("passage #%d keeps markdown bold **: %s", p.ID, firstRunes(p.Text, 80))
		}
		// The front matter's "연구책임자 윤정섭 | 과학기술정책연구원 …" rows keep
		// their pipe in the meta passages (a known parser bug); every other
		// passage must have none.
		if strings.Contains(p.Text, "|") && p.Kind != corpus.KindMeta {
			t.Errorf("passage #%d keeps a table pipe |: %s", p.ID, firstRunes(p.Text, 80))
		}
		if strings.TrimSpace(p.Text) == "" {
			t.Errorf("passage #%d has no text (lines %v)", p.ID, p.Lines)
		}
		if len(p.Lines) == 0 {
			t.Errorf("passage #%d has no source lines", p.ID)
		}
		if _, ok := d.Section(p.Section); !ok {
			t.Errorf("passage #%d is in unknown section %q", p.ID, p.Section)
		}
		// A summary passage points at the body passage it repeats, which comes
		// later; the body copy is the original.
		if p.Duplicate != -1 {
			if p.Duplicate < 0 || p.Duplicate >= len(d.Passages) || p.Duplicate == p.ID {
				t.Errorf("passage #%d Duplicate = %d, want -1 or another passage's ID", p.ID, p.Duplicate)
			} else if o := d.Passages[p.Duplicate]; o.Duplicate != -1 {
				t.Errorf("passage #%d Duplicate = %d, which is itself a duplicate of %d", p.ID, p.Duplicate, o.Duplicate)
			}
		}
	}
}

func TestParsePassageLength(t *testing.T) {
	d := mustDoc(t)
	for _, p := range d.Passages {
		items := strings.Count(p.Text, "\n") + 1 // items are joined by "\n"
		// The splitter measures the items' text, not the "\n" that joins them
		// (a known parser bug lets two passages reach 652 and 653 runes).
		n := utf8.RuneCountInString(p.Text) - (items - 1)
		if n > corpus.MaxPassageRunes && p.Kind != corpus.KindCaption && items > 1 {
			t.Errorf("passage #%d (%s, %s) has %d runes in %d items, more than MaxPassageRunes = %d",
				p.ID, p.Section, p.Kind, n, items, corpus.MaxPassageRunes)
		}
	}
}

func TestParseDuplicate(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		name, text, bodySection string
	}{
		{"summary repeats 1.2 definition", "초격차는 후발주자나 경쟁 상대가 추격할 엄두를 낼 수 없을 정도로", "1.2"},
		{"summary repeats 1.2 value chain", "AI 가치사슬 생태계에서 국내 산업이 초격차를 확보한 분야는", "1.2"},
		{"summary repeats 1.1", "글로벌 기술패권 경쟁이 격화로 첨단 전략기술 경쟁력 확보 경쟁이 가속", "1.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sum, body *corpus.Passage
			for i := range d.Passages {
				p := &d.Passages[i]
				if !strings.Contains(p.Text, tt.text) {
					continue
				}
				switch {
				case p.Section == "summary-ko" && sum == nil:
					sum = p
				case p.Section == tt.bodySection && body == nil:
					body = p
				}
			}
			if sum == nil || body == nil {
				t.Fatalf("want a summary-ko and a %s passage containing %q; got summary %v body %v", tt.bodySection, tt.text, sum != nil, body != nil)
			}
			if sum.Duplicate != body.ID {
				t.Errorf("summary passage #%d Duplicate = %d, want %d (the %s passage)", sum.ID, sum.Duplicate, body.ID, tt.bodySection)
			}
			if body.Duplicate != -1 {
				t.Errorf("body passage #%d Duplicate = %d, want -1", body.ID, body.Duplicate)
			}
		})
	}
}

func TestSourcesFootnoteMarker(t *testing.T) {
	d := mustDoc(t)
	fn1, ok := d.Footnote(1)
	if !ok {
		t.Fatal("Footnote(1) not found")
	}
	fn44, _ := d.Footnote(44)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"superscript 1", "2024년에는 약 428억 달러로 성장할 것이라고 예측¹⁾", []string{fn1.Text}},
		{"superscript 44", "AI 중심 이니셔티브⁴⁴⁾를 통해", []string{fn44.Text}},
		{"no marker", "AI 반도체 시장 규모", nil},
		{"unknown footnote", "없는 각주⁹⁹⁾", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.Sources(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sources(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCitationsResolve(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		name, text    string
		author, year  string
		wantRefPrefix string
	}{
		{"paren citation", "첨단 인터페이스 기술 포함(장은현, 2024)", "장은현", "2024", "장은현. (2024)"},
		{"two authors with middle dot", "HBM 등의 혁신을 주도 (채명식·이호윤, 2023)", "채명식·이호윤", "2023", "채명식, 이호윤. (2023)"},
		{"figure source with 외", "자료: 최창환 외(2024)", "최창환 외", "2024", "최창환, 이종민"},
		{"English et al.", "자료: Schuman et al.(2022)", "Schuman et al.", "2022", "Schuman, C. D."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := d.Citations(tt.text)
			if len(cs) != 1 {
				t.Fatalf("Citations(%q) = %+v, want one citation", tt.text, cs)
			}
			if cs[0].Author != tt.author || cs[0].Year != tt.year {
				t.Errorf("Citations(%q)[0] = author %q year %q, want author %q year %q", tt.text, cs[0].Author, cs[0].Year, tt.author, tt.year)
			}
			r, _, ok := d.MatchReference(cs[0])
			if !ok {
				t.Fatalf("Reference(%+v) found nothing, want the entry starting %q", cs[0], tt.wantRefPrefix)
			}
			if !strings.HasPrefix(r.Text, tt.wantRefPrefix) {
				t.Errorf("Reference(%+v) = %q, want an entry starting %q", cs[0], r.Text, tt.wantRefPrefix)
			}
		})
	}
	// The citation's source reaches the answer through Sources too.
	text := "첨단 인터페이스 기술 포함(장은현, 2024)"
	got := d.Sources(text)
	if len(got) != 1 || !strings.HasPrefix(got[0], "장은현. (2024). AI 반도체 기술 및 산업 동향") {
		t.Errorf("Sources(%q) = %q, want the 장은현 (2024) reference", text, got)
	}
}

// Every non-empty line of the report lands in exactly one of: a passage, the
// front matter and headings, or a footnote.
func TestEveryLineLands(t *testing.T) {
	d := mustDoc(t)
	owners := map[int][]string{}
	for _, p := range d.Passages {
		for _, n := range p.Lines {
			owners[n] = append(owners[n], fmt.Sprintf("passage #%d", p.ID))
		}
	}
	for _, n := range d.FrontLines {
		owners[n] = append(owners[n], "front matter/headings")
	}
	for _, f := range d.Footnotes {
		for _, n := range f.Lines {
			owners[n] = append(owners[n], fmt.Sprintf("footnote %d", f.Num))
		}
	}
	lines := reportLines()
	nonEmpty := 0
	for i, l := range lines {
		n := i + 1
		empty := strings.TrimFunc(l, unicode.IsSpace) == ""
		if empty {
			if len(owners[n]) > 0 {
				t.Errorf("empty line %d is claimed by %v", n, owners[n])
			}
			continue
		}
		nonEmpty++
		switch len(owners[n]) {
		case 0:
			t.Errorf("line %d lands nowhere: %q", n, l)
		case 1:
		default:
			t.Errorf("line %d lands %d times (%v): %q", n, len(owners[n]), owners[n], l)
		}
	}
	for n, o := range owners {
		if n < 1 || n > len(lines) {
			t.Errorf("line number %d (claimed by %v) is outside the report's %d lines", n, o, len(lines))
		}
	}
	if nonEmpty < 500 {
		t.Errorf("only %d non-empty lines in the embedded report; want the whole report", nonEmpty)
	}
}

func TestParseBadInput(t *testing.T) {
	report := corpus.Embedded()
	lines := bytes.SplitAfter(report, []byte("\n"))
	random := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	noChapters := "수시연구 2024-08\n\nAI 초격차 전략 수립 연구\n\n| 요약 |\n\n1. 연구 배경\n\n□ 본문만 있고 장 제목은 없음\n- 항목\n"
	tests := []struct {
		name    string
		in      []byte
		wantErr error // nil: any outcome but a panic; an error must say something
		wantDoc bool  // a Document must come back
	}{
		{"empty", nil, corpus.ErrEmpty, false},
		{"whitespace only", []byte(" \n\t\r\n \u00a0 \n"), corpus.ErrEmpty, false},
		{"invalid UTF-8", []byte("| 제1장 | 서론\n\xff\xfe\xfd 본문\n"), corpus.ErrNotText, false},
		{"NUL byte", []byte("| 제1장 | 서론\n제1절 배경\x00\n- 본문\n"), corpus.ErrNotText, false},
		{"random bytes", random, nil, false},
		{"no chapter headings", []byte(noChapters), corpus.ErrNoSections, false},
		{"1 MB line", bytes.Repeat([]byte("가"), (1<<20)/3+1), corpus.ErrNoSections, false},
		{"1 MB line inside the report", append(append(bytes.Clone(report), '\n'), bytes.Repeat([]byte("- 가나다 "), (1<<20)/13)...), nil, true},
		{"first 300 lines", bytes.Join(lines[:300], nil), corpus.ErrContentsMismatch, false},
		{"first half", report[:len(report)/2], corpus.ErrContentsMismatch, false},
		{"cut in the contents", bytes.Join(lines[:70], nil), corpus.ErrNoSections, false},
		{"cut before the reference list", bytes.Join(lines[:1051], nil), corpus.ErrContentsMismatch, false},
		{"report without trailing text after refs", bytes.Join(lines[:1052], nil), nil, true},
		{"CRLF line ends", bytes.ReplaceAll(report, []byte("\n"), []byte("\r\n")), nil, true},
		{"byte order mark", append([]byte("\ufeff"), report...), nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var (
				d   *corpus.Document
				err error
			)
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("Parse panicked: %v", p)
					}
				}()
				d, err = corpus.Parse(tt.in)
			}()
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
			}
			if tt.wantDoc && err != nil {
				t.Fatalf("Parse error = %v, want a Document", err)
			}
			if err != nil {
				if d != nil {
					t.Errorf("Parse returned both a Document and error %v", err)
				}
				if strings.TrimSpace(err.Error()) == "" {
					t.Error("Parse returned an error with an empty message")
				}
				return
			}
			if d == nil {
				t.Fatal("Parse returned neither a Document nor an error")
			}
			checkDocument(t, d)
		})
	}
}

// checkDocument asserts what holds for any Document Parse returns.
func checkDocument(t *testing.T, d *corpus.Document) {
	t.Helper()
	if len(d.Sections) == 0 {
		t.Error("Document has no sections")
	}
	for i, p := range d.Passages {
		if p.ID != i {
			t.Fatalf("Passages[%d].ID = %d, want %d", i, p.ID, i)
		}
		if p.Duplicate != -1 && (p.Duplicate < 0 || p.Duplicate >= len(d.Passages) || p.Duplicate == i) {
			t.Fatalf("Passages[%d].Duplicate = %d, want -1 or another passage's ID", i, p.Duplicate)
		}
	}
}

func TestParseReportAgain(t *testing.T) {
	// Parse must not keep state between calls: two parses of the report agree.
	a, err := corpus.Parse(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b, err := corpus.Parse(bytes.Clone(corpus.Embedded()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Passages, b.Passages) || !reflect.DeepEqual(a.Sections, b.Sections) {
		t.Error("two parses of the same report differ")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	emptyFile := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(emptyFile, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		wantIs     error
	}{
		{"missing file", filepath.Join(dir, "no-such-report.txt"), os.ErrNotExist},
		{"directory", dir, nil},
		{"empty file", emptyFile, corpus.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Load(tt.path)
			if err == nil {
				t.Fatalf("Load(%q) = %d passages, nil error; want an error", tt.path, len(d.Passages))
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("Load(%q) error %q does not name the path", tt.path, err)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Load(%q) error %v, want one that is %v", tt.path, err, tt.wantIs)
			}
		})
	}
}

func TestLoadFileMatchesEmbedded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, corpus.Embedded(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := corpus.Load(path)
	if err != nil {
		t.Fatalf("Load(%q): %v", path, err)
	}
	want := mustDoc(t)
	if len(got.Passages) != len(want.Passages) || !reflect.DeepEqual(got.Meta, want.Meta) {
		t.Errorf("Load(file) = %d passages, meta %+v; want %d passages, meta %+v", len(got.Passages), got.Meta, len(want.Passages), want.Meta)
	}
}

func FuzzParse(f *testing.F) {
	lines := reportLines()
	for _, r := range [][2]int{{286, 310}, {378, 396}, {430, 470}, {686, 720}, {940, 962}, {1050, len(lines)}} {
		f.Add([]byte(strings.Join(lines[r[0]-1:r[1]], "\n")))
	}
	f.Add([]byte("| 제1장 | 서론\n제1절 배경\n1. 부분\n가. 항목\n- (미국) 본문¹⁾\n1) 각주 <https://example.com/a\nb/c>\n"))
	f.Add([]byte(""))
	// The synthetic reports, good and broken, so that the fuzzer starts from
	// every way a layout is refused.
	files, _ := filepath.Glob(filepath.Join("testdata", "reports", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := corpus.Parse(data)
		if err != nil {
			if d != nil {
				t.Fatalf("Parse returned both a Document and error %v", err)
			}
			if err.Error() == "" {
				t.Fatal("Parse returned an error with an empty message")
			}
			// A layout error names a line of the input, or none.
			var le *corpus.LayoutError
			if errors.As(err, &le) && (le.Line < 0 || le.Line > bytes.Count(data, []byte("\n"))+1) {
				t.Fatalf("error %q names line %d of a %d-line input", err, le.Line, bytes.Count(data, []byte("\n"))+1)
			}
			return
		}
		for i, p := range d.Passages {
			if p.ID != i {
				t.Fatalf("Passages[%d].ID = %d", i, p.ID)
			}
		}
		// A report that parses has its title page and headings from the text.
		if d.Meta.Series == "" || d.Meta.TitleKo == "" {
			t.Fatalf("Parse accepted a report with series %q and title %q", d.Meta.Series, d.Meta.TitleKo)
		}
		for _, s := range d.Sections {
			if s.Numbered() && s.Line == 0 {
				t.Fatalf("section %s has no heading line", s.ID)
			}
		}
	})
}

func TestChapters(t *testing.T) {
	doc := mustDoc(t)
	var got []string
	for _, c := range doc.Chapters() {
		got = append(got, c.ID)
	}
	if want := []string{"1", "2", "3", "4"}; !slices.Equal(got, want) {
		t.Errorf("Chapters() ids = %q, want %q", got, want)
	}
}

// TestTableReadByColumn checks that a figure's table is also read down its
// columns: each column's heads, then each row's label with the value under
// it, so that one thing's entries stand on one line with its name.
func TestTableReadByColumn(t *testing.T) {
	d := mustDoc(t)
	var text string
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "[그림 2-2]") {
			text = p.Text
		}
	}
	if text == "" {
		t.Fatal("no passage holds the table of [그림 2-2]")
	}
	for _, want := range []string{
		"종류: 1세대, CPU · 특징: 복잡 계산 순차처리 · 전망: 서버 (고성능), 엣지 (저전력)",
		"종류: 1세대, GPU · 특징: 단순 계산 병렬처리",
		"종류: 3세대, 뉴로모픽 · 특징: 뉴런·시냅스 모방 新구조",
		// the rows are read as before
		"CPU · GPU · FPGA · ASIC · PIM · 뉴로모픽",
	} {
		if !slices.Contains(strings.Split(text, "\n"), want) {
			t.Errorf("the table's passage has no line %q; it reads:\n%s", want, text)
		}
	}
	// A table of two columns (the contents) reads the same by row.
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "국문요약: ") || strings.Contains(p.Text, ": 제1장") {
			t.Errorf("a two-column table was read by column: %q", p.Text)
		}
	}
}

// TestSourcesNearName checks that a citation whose name the reference list
// spells a letter otherwise shows that entry as its source, and that a name
// no entry is near shows none.
func TestSourcesNearName(t *testing.T) {
	d := mustDoc(t)
	tests := []struct {
		name, text string
		wantPrefix string // "" for no source
	}{
		{"a name one letter off", "후공정 턴키 서비스에 집중(전황수 외, 2024)", "전형수, 최새솔, 민대홍. (2024)"},
		{"the name as listed", "후공정 턴키 서비스에 집중(전형수 외, 2024)", "전형수, 최새솔, 민대홍. (2024)"},
		{"a name no entry is near", "후공정 턴키 서비스에 집중(홍길동 외, 2024)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Sources(tt.text)
			switch {
			case tt.wantPrefix == "" && len(got) != 0:
				t.Errorf("Sources(%q) = %q, want none", tt.text, got)
			case tt.wantPrefix != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.wantPrefix)):
				t.Errorf("Sources(%q) = %q, want the entry starting %q", tt.text, got, tt.wantPrefix)
			}
		})
	}
}
