package summary_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/summary"
)

// topicLines are topics as "id title | title_en".
func topicLines(ts []summary.Topic) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.ID+" "+t.Title+" | "+t.TitleEn)
	}
	return out
}

// TestCountryTopicsFromStructure: a country summary's groups are read off
// the report's own structure, with its own titles: the 절 that treat
// countries under their labels, the chapters with the most such blocks
// first; the last chapter, which draws the implications; the rest.
func TestCountryTopicsFromStructure(t *testing.T) {
	synthetic, err := os.ReadFile(filepath.Join("..", "..", "corpus", "testdata", "reports", "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"the shipped report", corpus.Embedded(), []string{
			"3.1 AI 반도체 분야 초격차 확보 정책 현황 분석 | Policy Analysis for Securing the Super-Gap in AI Semiconductors",
			"3.2 AI 소프트웨어 분야 초격차 확보 정책 현황 분석 | Policy Analysis for Securing the Super-Gap in AI Software",
			"1.1 연구 배경 및 목적 | Research Background and Objectives",
			"4 AI 초격차 확보를 위한 전략 방향 | Strategic Directions for Securing the AI Super-Gap",
			"other  | ",
		}},
		{"a fictional report in the house style", synthetic, []string{
			"2.1 주요국 양자기술 지원 정책 | Support Policies for Quantum Technology",
			"3 양자기술 협력을 위한 정책 시사점 | Policy Implications for Quantum Cooperation",
			"other  | ",
		}},
		// When the last chapter treats countries itself, its 절 are groups
		// already and it is no group of its own.
		{"countries treated in the last chapter", []byte(strings.Replace(string(synthetic),
			"□ 인도, 미국과의 양자 인재 교류", "□ **(인도)** 인도, 미국과의 양자 인재 교류", 1)), []string{
			"2.1 주요국 양자기술 지원 정책 | Support Policies for Quantum Technology",
			"3.1 협력 전략 | Cooperation Strategy",
			"other  | ",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := indexOf(t, tt.data)
			got := topicLines(summary.New(x).CountryTopics())
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("CountryTopics() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCountrySummaryOfAnotherReport: a country the fictional report labels
// gets a summary grouped by that report's own parts.
func TestCountrySummaryOfAnotherReport(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "corpus", "testdata", "reports", "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	x := indexOf(t, data)
	s, err := summary.New(x).Country(context.Background(), question.Plain("India"))
	if err != nil || !s.Answered {
		t.Fatalf("Country(India) = answered %v, %v", s.Answered, err)
	}
	var groups []string
	for _, g := range s.Groups {
		groups = append(groups, g.ID+" "+g.Title)
	}
	// The 국문요약 prints India's label too: the rest, holding that block,
	// comes before the conclusions, which only name India.
	want := []string{"2.1 주요국 양자기술 지원 정책", "other ", "3 양자기술 협력을 위한 정책 시사점"}
	if strings.Join(groups, "|") != strings.Join(want, "|") {
		t.Errorf("groups %q, want %q", groups, want)
	}
	if first := s.Groups[0].Items[0]; first.Match != summary.MatchBlock || !strings.Contains(first.Text, "국가 양자 임무") {
		t.Errorf("first item %+v, want India's own block", first)
	}
}

// indexOf parses a report's text and indexes it, closed when the test ends.
func indexOf(t *testing.T, data []byte) *search.Index {
	t.Helper()
	doc, err := corpus.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	x, err := search.New(doc, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}
