package present_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/summary"
)

func summaryEngine(t *testing.T) (*summary.Engine, *entity.Set) {
	t.Helper()
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return summary.New(x), x.Document().Entities
}

func TestUnknownNames(t *testing.T) {
	e, ents := summaryEngine(t)
	tests := []struct {
		name, query string
		company     bool
		wantErr     error
		wantInMsg   []string
		renamed     commands.Names // the configured names; the table's own if nil
	}{
		{"Brazil", "Brazil", false, entity.ErrUnknownName, []string{"does not cover", "United States", "Canada"}, nil},
		{"브라질", "브라질", false, entity.ErrUnknownName, []string{"다루지 않습니다", "미국", "캐나다"}, nil},
		{"인도", "인도", false, entity.ErrUnknownName, []string{"다루지 않습니다", "싱가포르"}, nil},
		{"러시아 named in passing", "러시아", false, entity.ErrUnknownName, []string{"러시아는", "지나가며", "미국"}, nil},
		{"empty", "", false, entity.ErrEmptyName, []string{"United States"}, nil},
		{"slack mention", "<@U123>", false, entity.ErrEmptyName, []string{"United States"}, nil},
		{"10 KB", strings.Repeat("가", 10<<10), false, entity.ErrNameTooLong, []string{"너무 깁니다", "미국"}, nil},
		{"a company to /country", "삼성", false, entity.ErrUnknownName, []string{"삼성전자는 기업입니다", "/company"}, nil},
		{"Apple", "Apple", true, entity.ErrUnknownName, []string{"does not cover", "NVIDIA", "IBM"}, nil},
		{"a country to /company", "Japan", true, entity.ErrUnknownName, []string{"Japan is a country", "/country"}, nil},
		// A command renamed is suggested by its name.
		{"a company to /country, renamed", "삼성", false, entity.ErrUnknownName, []string{"삼성전자는 기업입니다: /firm 명령"}, commands.Names{commands.Company: "/firm"}},
		{"a country to /company, renamed", "Japan", true, entity.ErrUnknownName, []string{"Japan is a country: use /nation."}, commands.Names{commands.Country: "/nation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s summary.Summary
			var err error
			if tt.company {
				s, err = e.Company(context.Background(), question.Plain(tt.query))
			} else {
				s, err = e.Country(context.Background(), question.Plain(tt.query))
			}
			if !errors.Is(err, tt.wantErr) || !summary.IsNameError(err) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if s.Answered || len(s.Groups) != 0 || len(s.Key) != 0 {
				t.Errorf("answered %v with %d groups, want a refusal", s.Answered, len(s.Groups))
			}
			want := len(ents.Countries())
			if tt.company {
				want = len(ents.Companies())
			}
			if len(s.Covered) != want {
				t.Errorf("Covered lists %d names, want %d", len(s.Covered), want)
			}
			msg := present.SummaryRefusal(s, commands.New().Names(tt.renamed))
			for _, w := range tt.wantInMsg {
				if !strings.Contains(msg, w) {
					t.Errorf("Message %q lacks %q", msg, w)
				}
			}
		})
	}
}
