package pairing

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// sentenceStarting returns the summary sentence that starts with prefix.
func sentenceStarting(t *testing.T, pr *Pairer, prefix string) string {
	t.Helper()
	for _, s := range pr.Sentences() {
		if strings.HasPrefix(s.Text, prefix) {
			return s.Text
		}
	}
	t.Fatalf("no summary sentence starts %q", prefix)
	return ""
}

func TestEnglish(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	taiwan := sentenceStarting(t, pr, "China aims to bypass")
	memory := sentenceStarting(t, pr, "South Korea focuses on maintaining")
	tests := []struct {
		name, text string
		want       string // "" for no pair
	}{
		{"a line of the Korean summary, by its names", "(대만) TSMC를 앞세운 AI 반도체 패권경쟁으로 글로벌 AI 국가주의에 대응", taiwan},
		{"the same line cut as an excerpt is cut", "…TSMC를 앞세운 AI 반도체 패권경쟁으로 글로벌 AI 국가주의에 대응", taiwan},
		{"two companies and a glossary term", "그러나 기존 메모리 반도체 분야의 경우, 삼성전자와 하이닉스로 대표되는 기업이 국내 반도체 산업의 초격차를 확보", memory},
		{"an excerpt whose other line says nothing the summary says",
			"(대만) TSMC를 앞세운 AI 반도체 패권경쟁으로 글로벌 AI 국가주의에 대응\n2024년 3월 차세대 AI GPU인 Blackwell B200과 GB200를 공개", taiwan},
		{"a body line the summary does not condense", "2024년 3월 차세대 AI GPU인 Blackwell B200과 GB200를 공개하며, AI 반도체 시장에서의 기술적 우위 강화", ""},
		{"a body line that shares a name only", "대만 내 주요 반도체 기업이 신청서 제출이 이루어진 가운데, 사실상 TSMC가 확대 중인 해외 투자에 대응하여 자국 내 투자 유인책으로 해석", ""},
		{"English text has no pair", "Taiwan leverages TSMC to maintain its competitive advantage", ""},
		{"nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := pr.English(tt.text)
			got := ""
			if ok {
				got = s.Text
			}
			if got != tt.want {
				t.Errorf("English(%q) = %q, want %q (%s)", tt.text, got, tt.want, pr.p.why(pr.rank(tt.text)))
			}
		})
	}
}

func TestKoreanItems(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	tests := []struct {
		name, line string
		has, lacks []string
	}{
		{"the longer term wins", "비메모리 반도체 분야", []string{"g:non-memori", "g:semiconductor"}, []string{"g:memori semiconductor", "g:memori"}},
		{"a company by its Korean and Latin names", "엔비디아(NVIDIA)는 AI GPU 분야", []string{"n:엔비디아", "c:gpu", "c:ai"}, []string{"c:nvidia"}},
		{"codes joined by a middle dot", "GPU·NPU와 같이", []string{"c:gpu", "c:npu"}, nil},
		{"a code that is also a glossary term", "금융, 인프라, R&D, 세제혜택 등 지원", []string{"c:r&d", "g:r&d", "g:tax incent"}, nil},
		{"a country by the report's word for it", "국내 기업의 협력", []string{"n:한국"}, nil},
		{"a country by its Hanja", "美전략국제연구소(CSIS)", []string{"n:미국"}, nil},
		{"a figure", "약 4조엔의 보조금", []string{"f:a4e+12"}, nil},
		{"a Hangul spelling of a Latin name", "블랙웰 공개", []string{"c:blackwell"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, g := range pr.x.korean(tt.line) {
				got = append(got, g...)
			}
			holds(t, fmt.Sprintf("korean(%q)", tt.line), got, tt.has, tt.lacks)
		})
	}
}

// holds checks that got, what a call returned, holds every item of has
// and none of lacks.
func holds(t *testing.T, call string, got, has, lacks []string) {
	t.Helper()
	for _, h := range has {
		if !slices.Contains(got, h) {
			t.Errorf("%s = %v, want it to hold %s", call, got, h)
		}
	}
	for _, l := range lacks {
		if slices.Contains(got, l) {
			t.Errorf("%s = %v, want it without %s", call, got, l)
		}
	}
}

func TestEnglishItems(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	tests := []struct {
		name, text string
		has, lacks []string
	}{
		{"a dotted abbreviation before a hyphen", "China aims to bypass U.S.-led AI supply chains", []string{"n:중국", "n:미국", "g:suppli chain", "c:ai"}, nil},
		{"a country's name is not also glossary words", "South Korea follows", []string{"n:한국"}, []string{"g:south korea", "g:korea"}},
		{"an acronym's plural", "large firms, SMEs, and startups", []string{"c:sme", "g:sme", "g:startup"}, []string{"g:smes"}},
		{"a company in two words", "Samsung Electronics and SK Hynix", []string{"n:삼성전자", "n:SK하이닉스"}, nil},
		{"a hyphenated glossary word stays whole", "Super-Gap Maintenance", []string{"g:super-gap", "g:mainten"}, nil},
		{"a figure", "about ¥4 trillion", []string{"f:a4e+12"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pr.x.english(tt.text)
			holds(t, fmt.Sprintf("english(%q)", tt.text), got, tt.has, tt.lacks)
		})
	}
}

func TestSentences(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	tests := []struct {
		name, line string
		want       []string
	}{
		{"two sentences", "This study outlines two parts. Key recommendations follow.", []string{"This study outlines two parts.", "Key recommendations follow."}},
		{"an abbreviation inside", "China aims to bypass U.S.-led chains. Taiwan leverages TSMC.", []string{"China aims to bypass U.S.-led chains.", "Taiwan leverages TSMC."}},
		{"an abbreviation before a capital", "Policies of the U.S. Congress differ. They change.", []string{"Policies of the U.S. Congress differ.", "They change."}},
		{"a heading with a colon", "Key recommendations include:", []string{"Key recommendations include:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pr.x.sentences(tt.line); !slices.Equal(got, tt.want) {
				t.Errorf("sentences(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// TestSummarySentences checks the summary is read into its sentences: the
// title and the authors are not among them.
func TestSummarySentences(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	got := pr.Sentences()
	if len(got) != 17 {
		t.Errorf("%d sentences, want 17", len(got))
	}
	for i, s := range got {
		if s.Index != i || doc.Passages[s.Passage].Section != SummarySection {
			t.Errorf("sentence %d: index %d in passage %d (%s)", i, s.Index, s.Passage, doc.Passages[s.Passage].Section)
		}
		if strings.Contains(s.Text, "Project Leader") || s.Text == doc.Meta.TitleEn {
			t.Errorf("sentence %d is not prose: %q", i, s.Text)
		}
	}
}

func TestNewWithoutSummary(t *testing.T) {
	doc := loadDoc(t)
	bare := *doc
	bare.Passages = slices.DeleteFunc(slices.Clone(doc.Passages), func(p corpus.Passage) bool { return p.Section == SummarySection })
	g, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatal(err)
	}
	pr, err := New(&bare, g, nil, Defaults())
	if err != nil {
		t.Fatalf("New on a report with no English summary: %v", err)
	}
	if s, ok := pr.English("(대만) TSMC를 앞세운 AI 반도체 패권경쟁으로 글로벌 AI 국가주의에 대응"); ok {
		t.Errorf("a report with no English summary paired %q", s.Text)
	}
	if _, err := New(nil, g, nil, Defaults()); err == nil {
		t.Error("New(nil): no error")
	}
}

// BenchmarkEnglish is one lookup, as an answer makes for each result: an
// excerpt of two lines from the Korean summary.
func BenchmarkEnglish(b *testing.B) {
	doc := loadDoc(b)
	pr := newPairer(b, doc, Defaults())
	text := "(대만) TSMC를 앞세운 AI 반도체 패권경쟁으로 글로벌 AI 국가주의에 대응\n그러나 기존 메모리 반도체 분야의 경우, 삼성전자와 하이닉스로 대표되는 기업이 국내 반도체 산업의 초격차를 확보"
	b.ReportAllocs()
	for b.Loop() {
		pr.English(text)
	}
}

// BenchmarkNew is building the pairer, once per process.
func BenchmarkNew(b *testing.B) {
	doc := loadDoc(b)
	g, err := analysis.EmbeddedGlossary()
	if err != nil {
		b.Fatal(err)
	}
	n, err := analysis.EmbeddedNames()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(doc, g, n, Defaults()); err != nil {
			b.Fatal(err)
		}
	}
}
