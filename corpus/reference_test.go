package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func reportMeta() Meta {
	return Meta{
		TitleKo:   "AI 초격차 전략 수립 연구",
		TitleEn:   "Research for developing AI super-gap strategy",
		Series:    "수시연구 2024-08",
		Publisher: "과학기술정책연구원",
		Address:   "세종특별자치시 시청대로 370",
		Published: "2024-12-31",
		Printed:   "2024-12-30",
		ISBN:      "978-89-6112-977-0",
		Authors: []Author{
			{Name: "윤정섭", Romanized: "Jungsub Yoon"}, {Name: "오윤환", Romanized: "Yoonhwan Oh"},
			{Name: "전지은", Romanized: "Jieun Jeon"}, {Name: "신기윤", Romanized: "Kiyoon Shin"},
			{Name: "조원선", Romanized: "Onesun Cho"}, {Name: "전수경", Romanized: "Sookyung Jeon"},
		},
	}
}

func TestReferencesFromTheParsedReport(t *testing.T) {
	d, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	got := CiteReport(d.Meta, "25–33")
	want := ReportReference{
		Ko:  "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, pp.25–33.",
		APA: "Yoon, J., Oh, Y., Jeon, J., Shin, K., Cho, O., & Jeon, S. (2024). *Research for developing AI super-gap strategy* (수시연구 2024-08, pp. 25–33). 과학기술정책연구원.",
		BibTeX: `@techreport{yoon2024ai,
  author      = {Yoon, Jungsub and Oh, Yoonhwan and Jeon, Jieun and Shin, Kiyoon and Cho, Onesun and Jeon, Sookyung},
  title       = {Research for developing {AI} super-gap strategy},
  institution = {과학기술정책연구원},
  address     = {세종특별자치시 시청대로 370 세종국책연구단지 과학·인프라동 5~7F},
  year        = {2024},
  number      = {수시연구 2024-08},
  pages       = {25--33},
  note        = {In Korean: 「AI 초격차 전략 수립 연구」},
  isbn        = {978-89-6112-977-0},
}`,
	}
	if got.Ko != want.Ko {
		t.Errorf("Ko =\n%s\nwant\n%s", got.Ko, want.Ko)
	}
	if got.APA != want.APA {
		t.Errorf("APA =\n%s\nwant\n%s", got.APA, want.APA)
	}
	if got.BibTeX != want.BibTeX {
		t.Errorf("BibTeX =\n%s\nwant\n%s", got.BibTeX, want.BibTeX)
	}
}

func TestKoreanReference(t *testing.T) {
	m := reportMeta()
	one, two := m, m
	one.Authors, two.Authors = m.Authors[:1], m.Authors[:2]
	none := m
	none.Authors = nil
	tests := []struct {
		name  string
		meta  Meta
		pages string
		want  string
	}{
		{"many authors, a range", m, "25–33", "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, pp.25–33."},
		{"one page", m, "51", "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, p.51."},
		{"no pages", m, "", "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08."},
		{"hyphen range", m, "10-16", "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, pp.10–16."},
		{"one author", one, "", "윤정섭(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08."},
		{"two authors", two, "", "윤정섭·오윤환(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08."},
		{"no authors: the publisher", none, "", "과학기술정책연구원(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08."},
		{"empty meta", Meta{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KoreanReference(tt.meta, tt.pages); got != tt.want {
				t.Errorf("KoreanReference =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestAPAReference(t *testing.T) {
	m := reportMeta()
	one, two := m, m
	one.Authors, two.Authors = m.Authors[:1], m.Authors[:2]
	unromanised := m
	unromanised.Authors = []Author{{Name: "윤정섭"}, {Name: "김지-은", Romanized: "Ji-eun Kim"}}
	many := m
	many.Authors = nil
	for i := 1; i <= 22; i++ {
		many.Authors = append(many.Authors, Author{Name: fmt.Sprint(i), Romanized: fmt.Sprintf("Given%c Family%d", 'A'+i-1, i)})
	}
	noEnglish := m
	noEnglish.TitleEn = ""
	tail := " (2024). *Research for developing AI super-gap strategy* (수시연구 2024-08, pp. 25–33). 과학기술정책연구원."
	tests := []struct {
		name string
		meta Meta
		want string
	}{
		{"six authors", m, "Yoon, J., Oh, Y., Jeon, J., Shin, K., Cho, O., & Jeon, S." + tail},
		{"one author", one, "Yoon, J." + tail},
		{"two authors", two, "Yoon, J., & Oh, Y." + tail},
		{"no romanisation, hyphenated given name", unromanised, "윤정섭, & Kim, J.-e." + tail},
		{"Korean title when there is no English one", noEnglish, "Yoon, J., Oh, Y., Jeon, J., Shin, K., Cho, O., & Jeon, S. (2024). *AI 초격차 전략 수립 연구* (수시연구 2024-08, pp. 25–33). 과학기술정책연구원."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := APAReference(tt.meta, "25–33"); got != tt.want {
				t.Errorf("APAReference =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	t.Run("more than 20 authors", func(t *testing.T) {
		got := APAReference(many, "")
		if !strings.Contains(got, "Family19, G., . . . Family22, G.") || strings.Contains(got, "Family20") {
			t.Errorf("APAReference with 22 authors = %s, want the first 19, an ellipsis and the last", got)
		}
	})
}

func TestBibTeXReference(t *testing.T) {
	m := reportMeta()
	odd := m
	odd.TitleEn = "R&D_100% {AI} #1"
	odd.Authors = []Author{{Name: "윤정섭"}}
	tests := []struct {
		name  string
		meta  Meta
		pages string
		want  []string // lines the entry must hold
		not   []string
	}{
		{"the report", m, "25–33", []string{
			"@techreport{yoon2024ai,",
			"  author      = {Yoon, Jungsub and Oh, Yoonhwan and Jeon, Jieun and Shin, Kiyoon and Cho, Onesun and Jeon, Sookyung},",
			"  title       = {Research for developing {AI} super-gap strategy},",
			"  number      = {수시연구 2024-08},",
			"  pages       = {25--33},",
			"  note        = {In Korean: 「AI 초격차 전략 수립 연구」},",
			"  isbn        = {978-89-6112-977-0},",
		}, nil},
		{"no pages", m, "", []string{"  year        = {2024},"}, []string{"pages"}},
		{"special characters escaped, unromanised name kept whole", odd, "7", []string{
			"  author      = {{윤정섭}},",
			`  title       = {{R\&D\_100\%} {\{AI\}} \#1},`,
			"  pages       = {7},",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BibTeXReference(tt.meta, tt.pages)
			lines := strings.Split(got, "\n")
			for _, w := range tt.want {
				if !slices.Contains(lines, w) {
					t.Errorf("BibTeXReference =\n%s\nwant a line %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("BibTeXReference =\n%s\nwant no %q", got, n)
				}
			}
			if !strings.HasSuffix(got, "\n}") {
				t.Errorf("BibTeXReference does not close its entry: %q", got)
			}
		})
	}
}

func TestMetaYear(t *testing.T) {
	tests := []struct {
		name string
		meta Meta
		want string
	}{
		{"published", Meta{Published: "2024-12-31", Printed: "2023-01-01"}, "2024"},
		{"printed only", Meta{Printed: "2023-05-01"}, "2023"},
		{"series only", Meta{Series: "수시연구 2022-01"}, "2022"},
		{"none", Meta{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.meta.Year(); got != tt.want {
				t.Errorf("Year() = %q, want %q", got, tt.want)
			}
		})
	}
}

// syntheticDoc is a small report with one problem of every kind, so the
// detection is shown to work from the data and not from this report's
// particular numbers.
func syntheticDoc() *Document {
	ps := []string{
		"가 회사는 2030년까지 공장을 세울 계획³⁾",     // 0: marker 3
		"나 회사도 같은 계획을 발표³⁾",             // 1: marker 3 again; footnote 4 has no marker
		"시장은 커질 전망(홍길동 외, 2023)",        // 2: near miss: 홍길둥 in the list
		"수요가 늘어남(Acme Research, 2022)",  // 3: variant: ACME Research in the list
		"정책이 바뀜(무명씨, 2021)",             // 4: no entry at all
		"장비 투자가 확대⁹⁾",                   // 5: marker with no footnote
		"정부가 예산을 늘림⁵⁾",                  // 6: footnote 5 is cut off
		"기업이 협력함⁶⁾",                     // 7: footnote 6 links elsewhere
		"요약: 가 회사는 2030년까지 공장을 세울 계획³⁾", // 8: a summary copy of 0
	}
	d := &Document{sectionByID: map[string]int{}}
	for i, t := range ps {
		p := Passage{ID: i, Section: "1.1", Kind: KindBlock, Text: t, Lines: []int{100 + i}, Duplicate: -1}
		if i == 8 {
			p.Section, p.Duplicate = "summary-ko", 0
		}
		d.Passages = append(d.Passages, p)
	}
	d.Footnotes = []Footnote{
		{Num: 3, Text: `가신문(2024.1.2.), "가 회사 공장", <https://ga.example.co.kr/1>`, URL: "https://ga.example.co.kr/1", Lines: []int{200}},
		{Num: 4, Text: `나신문(2024.1.3.), "나 회사 계획", <https://na.example.com/2>`, URL: "https://na.example.com/2", Lines: []int{201}},
		{Num: 5, Text: `다신문(2024.2.1.), “정부 예산이`, Lines: []int{202}},
		{Num: 6, Text: `가신문(2024.3.1.), "협력", <https://other.example.org/3>`, URL: "https://other.example.org/3", Lines: []int{203}},
	}
	d.References = []Reference{
		{Group: "국내자료", Text: "홍길둥, 김철수. (2023). 시장 전망.", Lines: []int{300}},
		{Group: "해외자료", Text: "ACME Research(2022). Demand.", Lines: []int{301}},
		{Group: "온라인 자료", Text: "가신문, <https://www.ga.example.co.kr/>", Lines: []int{302}},
		{Group: "온라인 자료", Text: "나신문, <https://na.example.com/>", Lines: []int{303}},
	}
	return d
}

func TestIssuesFindEveryKind(t *testing.T) {
	d := syntheticDoc()
	got := d.Issues()
	byKind := map[IssueKind][]Issue{}
	for _, is := range got {
		byKind[is.Kind] = append(byKind[is.Kind], is)
	}
	tests := []struct {
		name      string
		kind      IssueKind
		footnotes []int
		citations []string
		detail    []string // substrings of Detail
	}{
		{"repeated marker names the unmarked neighbour", IssueRepeatedMarker, []int{3, 4}, nil, []string{"³⁾ is printed 2 times", "footnote 4 has no marker", "may have been meant as ⁴⁾"}},
		{"unmarked footnote", IssueUnmarkedFootnote, []int{4}, nil, []string{"footnote 4"}},
		{"marker without footnote", IssueMissingFootnote, []int{9}, nil, []string{"no footnote 9"}},
		{"truncated footnote", IssueTruncatedFootnote, []int{5}, nil, []string{"footnote 5 ends mid-title"}},
		{"spelling variant", IssueSpellingVariant, nil, []string{"(Acme Research, 2022)"}, []string{`"ACME Research" in 참고문헌`, `"Acme Research" in the text`}},
		{"url mismatch", IssueURLMismatch, []int{6}, nil, []string{"links to example.org", "가신문 at example.co.kr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := byKind[tt.kind]
			if len(is) != 1 {
				t.Fatalf("%d issues of kind %s, want 1; all: %+v", len(is), tt.kind, got)
			}
			if tt.footnotes != nil && !slices.Equal(is[0].Footnotes, tt.footnotes) {
				t.Errorf("Footnotes = %v, want %v", is[0].Footnotes, tt.footnotes)
			}
			if tt.citations != nil && !slices.Equal(is[0].Citations, tt.citations) {
				t.Errorf("Citations = %q, want %q", is[0].Citations, tt.citations)
			}
			for _, w := range tt.detail {
				if !strings.Contains(is[0].Detail, w) {
					t.Errorf("Detail = %q, want it to say %q", is[0].Detail, w)
				}
			}
			if is[0].DetailKo == "" || len(is[0].Lines) == 0 {
				t.Errorf("issue %+v lacks its Korean detail or its lines", is[0])
			}
		})
	}
	t.Run("unmatched citations", func(t *testing.T) {
		var details []string
		for _, is := range byKind[IssueUnmatchedCitation] {
			details = append(details, is.Detail)
		}
		all := strings.Join(details, "\n")
		for _, w := range []string{"spelled 홍길동 in the text, 홍길둥 in the reference list", "무명씨, which 참고문헌 does not list"} {
			if !strings.Contains(all, w) {
				t.Errorf("unmatched-citation details:\n%s\nwant one saying %q", all, w)
			}
		}
	})
	t.Run("the summary copy does not count as a third use", func(t *testing.T) {
		if is := byKind[IssueRepeatedMarker]; len(is) == 1 && !slices.Equal(is[0].Passages, []int{0, 1}) {
			t.Errorf("Passages = %v, want [0 1]", is[0].Passages)
		}
	})
}

// TestIssuesInTheReport checks the inconsistencies this report is known to
// have, as found by the generic checks.
func TestIssuesInTheReport(t *testing.T) {
	d, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, is := range d.Issues() {
		all = append(all, fmt.Sprintf("%s %v %q: %s", is.Kind, is.Footnotes, is.Citations, is.Detail))
	}
	text := strings.Join(all, "\n")
	tests := []struct{ name, want string }{
		{"⁴⁾ twice, footnote 5 unmarked", "repeated-marker [4 5]"},
		{"the second ⁴⁾ may be ⁵⁾", "the last ⁴⁾ may have been meant as ⁵⁾"},
		{"footnote 5 has no marker", "unmarked-footnote [5]"},
		{"footnote 10 is cut off", "truncated-footnote [10]"},
		{"전황수 for 전형수", "spelled 전황수 in the text, 전형수 in the reference list"},
		{"SPRI for SPRi", `"SPRi" in 참고문헌, footnote 24; "SPRI" in the text (SPRI, 2024a)`},
		{"Mckinsey for McKinsey", `"Mckinsey and Company" in the text (Mckinsey and Company, 2023)`},
		{"NVIDIA cited without an entry", "(NVIDIA, 2024) cites NVIDIA, which 참고문헌 does not list"},
		{"Stanford AI Index", "spelled Stanford AI Index in the text, Stanford University in the reference list"},
		{"한국경제 linking to hani.co.kr", "footnote 11 names 한국경제 but links to hani.co.kr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(text, tt.want) {
				t.Errorf("Issues() =\n%s\nwant one with %q", text, tt.want)
			}
		})
	}
}

func TestIssuesFor(t *testing.T) {
	d := syntheticDoc()
	issues := d.Issues()
	tests := []struct {
		name string
		text string
		want []IssueKind
	}{
		{"a repeated marker", "나 회사도 같은 계획을 발표³⁾", []IssueKind{IssueRepeatedMarker}},
		{"a variant citation", "수요가 늘어남(Acme Research, 2022)", []IssueKind{IssueSpellingVariant}},
		{"a near-miss citation", "시장은 커질 전망(홍길동 외, 2023)", []IssueKind{IssueUnmatchedCitation}},
		{"the reference entry itself", "홍길둥, 김철수. (2023). 시장 전망.", []IssueKind{IssueUnmatchedCitation}},
		{"nothing cited", "수요가 늘어남", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []IssueKind
			for _, is := range d.IssuesFor(issues, tt.text) {
				got = append(got, is.Kind)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("IssuesFor(%q) kinds = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchReference(t *testing.T) {
	d, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		cite     Citation
		want     string // prefix of the entry; "" for none
		wantNear bool
	}{
		{"exact", Citation{Author: "장은현", Year: "2024"}, "장은현. (2024)", false},
		{"letter case", Citation{Author: "Mckinsey and Company", Year: "2023"}, "McKinsey and Company(2023)", false},
		{"near miss", Citation{Author: "전황수 외", Year: "2024"}, "전형수, 최새솔", true},
		{"words in another order", Citation{Author: "Stanford AI Index", Year: "2024"}, "Stanford University", true},
		{"undated online source", Citation{Author: "Intel", Year: "2023"}, "Intel, <https://www.intel.com/>", false},
		{"no entry", Citation{Author: "NVIDIA", Year: "2024"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, near, ok := d.MatchReference(tt.cite)
			if ok != (tt.want != "") || ok && (!strings.HasPrefix(r.Text, tt.want) || near != tt.wantNear) {
				t.Errorf("MatchReference(%+v) = %q, near=%v, ok=%v; want %q, near=%v", tt.cite, r.Text, near, ok, tt.want, tt.wantNear)
			}
		})
	}
}

func TestSiteOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.hankyung.com/article/1", "hankyung.com"},
		{"https://news.skhynix.co.kr/presscenter/x", "skhynix.co.kr"},
		{"https://semiconductor.samsung.com/kr/", "samsung.com"},
		{"http://m.news.nate.com/view/1", "nate.com"},
		{"https://localhost", "localhost"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := siteOf(tt.in); got != tt.want {
				t.Errorf("siteOf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// scanReference is looseReference as a scan of the whole reference list, the
// meaning the prefix index must keep.
func scanReference(refs []Reference, c Citation) (Reference, bool) {
	key := authorKey(c.Author)
	if key == "" {
		return Reference{}, false
	}
	var byName []Reference
	for _, r := range refs {
		low := strings.ToLower(r.Text)
		if !strings.HasPrefix(low, key) {
			continue
		}
		if strings.Contains(low, strings.ToLower(c.Year)) {
			return r, true
		}
		byName = append(byName, r)
	}
	if len(byName) == 1 && !strings.Contains(byName[0].Text, "(") {
		return byName[0], true
	}
	first, _, _ := strings.Cut(key, " ")
	var loose []Reference
	for _, r := range refs {
		low := strings.ToLower(r.Text)
		if len(first) >= 4 && strings.HasPrefix(low, first) && strings.Contains(low, strings.ToLower(c.Year)) {
			loose = append(loose, r)
		}
	}
	if len(loose) == 1 {
		return loose[0], true
	}
	return Reference{}, false
}

func TestLooseReferenceAgreesWithScan(t *testing.T) {
	d, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	hand := syntheticDoc() // assembled by hand: no prefix index built
	checked, found := 0, 0
	for _, doc := range []*Document{d, hand} {
		var cites []Citation
		for _, p := range doc.Passages {
			cites = append(cites, doc.Citations(p.Text)...)
		}
		// Citations whose author only starts an entry's name, or differs in case.
		cites = append(cites, Citation{Author: "ACME", Year: "2022"}, Citation{Author: "acme research", Year: "1999"}, Citation{Author: "Stanford AI Index", Year: "2024"})
		for _, c := range cites {
			got, gotOK := doc.looseReference(c)
			want, wantOK := scanReference(doc.References, c)
			if gotOK != wantOK || got.Text != want.Text {
				t.Errorf("looseReference(%q, %q) = %q, %v; want %q, %v", c.Author, c.Year, got.Text, gotOK, want.Text, wantOK)
			}
			checked++
			if gotOK {
				found++
			}
		}
	}
	if found == 0 || checked < 20 {
		t.Fatalf("checked %d citations, %d found: the test reads too little of the report", checked, found)
	}
}

// TestRefIndexHolds reads an entry's words from the index's lists of
// entries by word: the words as entryWords splits the entry (lower case,
// apart at marks), of that entry and no other.
func TestRefIndexHolds(t *testing.T) {
	x := newRefIndex([]Reference{
		{Text: "Stanford University (2024). AI Index Report."},
		{Text: "OECD (2023). AI-Policy Outlook."},
	})
	tests := []struct {
		name  string
		entry int
		words []string
		want  bool
	}{
		{"every word, in another order", 0, []string{"index", "ai", "stanford"}, true},
		{"a word capitalised in the entry", 0, []string{"university"}, true},
		{"a word only another entry holds", 0, []string{"oecd"}, false},
		{"a word held and one not", 1, []string{"outlook", "report"}, false},
		{"the parts of a hyphenated word", 1, []string{"ai", "policy"}, true},
		{"a hyphenated word whole", 1, []string{"ai-policy"}, false},
		{"no words", 1, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.holds(tt.entry, tt.words); got != tt.want {
				t.Errorf("holds(%d, %q) = %v, want %v", tt.entry, tt.words, got, tt.want)
			}
		})
	}
}
