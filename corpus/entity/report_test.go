package entity_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

func names(ents []entity.Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name)
	}
	return out
}

// TestFor: what a report discusses comes from its labels, headings and text.
func TestFor(t *testing.T) {
	s := entity.For(entity.Default(), entity.Report{
		Labels: []string{"인도", "EU", "유럽연합", "AI 인재 육성"},
		Headings: []entity.Heading{
			{ID: "1", Title: "서론"},
			{ID: "2.1", Title: "일본의 양자기술 정책"},
			{ID: "2.2", Title: "미로처럼 얽힌 공급망"},
			{ID: "2.3.1.가", Title: "엔비디아(NVIDIA)"},
			{ID: "2.3.1.나", Title: "IBM의 양자 로드맵"},
			{ID: "2.3.1.다", Title: "아마존 웹서비스(Amazon Web Services)"},
			{ID: "3.1", Title: "엔비디아 이후의 시장"},
		},
		Text: "러시아, 이란 등 우려 국가와 인도네시아의 협력. 인공지능이란 무엇인가. 인도적 지원. Brazil's quantum plan.",
	})
	if got, want := names(s.Countries()), []string{"일본", "EU", "인도"}; !slices.Equal(got, want) {
		t.Errorf("Countries() = %v, want %v (labelled or headed, in the table's order)", got, want)
	}
	var gotCo []string
	for _, c := range s.Companies() {
		gotCo = append(gotCo, c.Name+"@"+c.Section)
	}
	if want := []string{"엔비디아@2.3.1.가", "IBM@2.3.1.나", "아마존 웹서비스@2.3.1.다"}; !slices.Equal(gotCo, want) {
		t.Errorf("Companies() = %v, want %v (the first heading that profiles each)", gotCo, want)
	}
	tests := []struct {
		name, in string
		passing  bool // named in passing
		other    bool // not discussed at all
	}{
		{"a country of a list", "러시아", true, false},
		{"이란 as a word", "이란", true, false},
		{"인도네시아 is named", "인도네시아", true, false},
		{"Brazil in English", "Brazil", true, false},
		{"not named", "멕시코", false, true},
		{"미로 in a heading is not 미국", "미국", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, passing := s.PassingCountry(tt.in)
			_, other := s.ElsewhereCountry(tt.in)
			if passing != tt.passing || other != tt.other {
				t.Errorf("%s: passing %v, elsewhere %v; want %v, %v", tt.in, passing, other, tt.passing, tt.other)
			}
			if _, err := s.Country(tt.in); !errors.Is(err, entity.ErrUnknownName) {
				t.Errorf("Country(%q) = %v, want ErrUnknownName", tt.in, err)
			}
		})
	}
	if _, err := s.Company("Apple"); !errors.Is(err, entity.ErrUnknownName) {
		t.Errorf("Company(Apple) = %v: a company no heading profiles is not covered", err)
	}
	if got, _ := s.Label("유럽연합"); got != "EU" {
		t.Errorf("Label(유럽연합) = %q, want EU", got)
	}
}

// TestTableResolvesItself: with every row of the general table covered,
// each of its names resolves to its own row — a clash between two rows
// would send a name to the wrong place in some report.
func TestTableResolvesItself(t *testing.T) {
	var r entity.Report
	for _, e := range entity.Default().Entities() {
		switch e.Kind {
		case entity.Country:
			r.Labels = append(r.Labels, e.Name)
		case entity.Company:
			r.Headings = append(r.Headings, entity.Heading{ID: "2.1." + e.English, Title: e.Name + "(" + e.English + ")"})
		}
	}
	s := entity.For(entity.Default(), r)
	if len(s.Elsewhere()) != 0 || len(s.Companies()) != len(r.Headings) {
		t.Errorf("Elsewhere() = %v with every country labelled, %d of %d companies profiled", names(s.Elsewhere()), len(s.Companies()), len(r.Headings))
	}
	for _, kind := range []entity.Kind{entity.Country, entity.Company} {
		ents, resolve := s.Countries(), s.Country
		if kind == entity.Company {
			ents, resolve = s.Companies(), s.Company
		}
		for _, e := range ents {
			for _, a := range append([]string{e.Name, e.English}, e.Aliases...) {
				if got, err := resolve(a); err != nil || got.Name != e.Name || got.Typo {
					t.Errorf("%s name %q resolves to %+v, %v; want %s", kind, a, got, err, e.Name)
				}
			}
		}
	}
}

// TestEmbeddedReportEntities: what the shipped report makes of the general
// table is what the table written for it held.
func TestEmbeddedReportEntities(t *testing.T) {
	if got, want := names(set.Countries()), []string{"미국", "중국", "일본", "대만", "EU", "한국", "영국", "독일", "프랑스", "싱가포르", "캐나다"}; !slices.Equal(got, want) {
		t.Errorf("Countries() = %v, want %v", got, want)
	}
	var passing []string
	for _, n := range []string{"러시아", "이란", "북한", "네덜란드", "벨기에", "인도", "브라질", "멕시코"} {
		if _, ok := set.PassingCountry(n); ok {
			passing = append(passing, n)
		}
	}
	if want := []string{"러시아", "이란", "북한", "네덜란드", "벨기에"}; !slices.Equal(passing, want) {
		t.Errorf("named in passing: %v, want %v", passing, want)
	}
	var profiles []string
	for _, c := range set.Companies() {
		profiles = append(profiles, c.Section+" "+c.Name)
	}
	want := []string{"2.2.1.가 엔비디아", "2.2.1.나 인텔", "2.2.1.다 TSMC", "2.2.1.라 삼성전자", "2.2.1.마 SK하이닉스",
		"2.2.2.가 구글", "2.2.2.나 메타", "2.2.2.다 오픈AI", "2.2.2.라 마이크로소프트", "2.2.3.가 아마존 웹서비스", "2.2.3.나 IBM"}
	if !slices.Equal(profiles, want) {
		t.Errorf("Companies() = %v, want %v", profiles, want)
	}
	if got := len(set.Elsewhere()); got != 43 {
		t.Errorf("Elsewhere() has %d countries, want 43", got)
	}
}
