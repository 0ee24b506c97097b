package present

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/question"
)

func TestCheckLimitsCatchesViolations(t *testing.T) {
	tests := []struct {
		name string
		msg  Message
	}{
		{"too many blocks", Message{Text: "x", Blocks: func() []slack.Block {
			var bs []slack.Block
			for range 51 {
				bs = append(bs, section("x"))
			}
			return bs
		}()}},
		{"long section", Message{Text: "x", Blocks: []slack.Block{section(strings.Repeat("a", 3001))}}},
		{"long header", Message{Text: "x", Blocks: []slack.Block{header(strings.Repeat("a", 10)), slack.NewHeaderBlock(slack.NewTextBlockObject("plain_text", strings.Repeat("a", 151), false, false))}}},
		{"long value", Message{Text: "x", Blocks: []slack.Block{slack.NewActionBlock("", slack.NewButtonBlockElement("a", strings.Repeat("v", 2001), slack.NewTextBlockObject("plain_text", "b", false, false)))}}},
		{"too big overall", Message{Text: "x", Blocks: func() []slack.Block {
			var bs []slack.Block
			for range 10 {
				bs = append(bs, section(strings.Repeat("가", 2000)))
			}
			return bs
		}()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := CheckLimits(tt.msg); err == nil {
				t.Errorf("checkLimits accepted a reply that breaks a limit")
			}
		})
	}
}

func TestPlaceHeading(t *testing.T) {
	l := For("ko")
	tests := []struct {
		name string
		p    place
		want string
	}{
		{"numbered section", place{section: "3.1", title: "AI 반도체 분야 초격차 확보 정책 현황 분석", pages: "25–33"}, "*3.1 AI 반도체 분야 초격차 확보 정책 현황 분석* (25–33쪽)"},
		{"lettered subsection", place{section: "2.2.1.가", title: "미국", pages: "12–14"}, "*2.2.1.가 미국* (12–14쪽)"},
		{"English summary shows its title only", place{section: "summary-en", title: "영문요약 (Summary)", pages: ""}, "*영문요약 (Summary)*"},
		{"references show their title only", place{section: "refs", title: "참고문헌", pages: "60–63"}, "*참고문헌* (60–63쪽)"},
		{"nothing to show", place{}, ""},
		{"a report named when several answer", place{section: "2.1", title: "주요국 양자기술 지원 정책", pages: "5–8", report: "가상 양자기술 협력 전략 연구 (2031)"}, "_가상 양자기술 협력 전략 연구 (2031)_ · *2.1 주요국 양자기술 지원 정책* (5–8쪽)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeHeading(l, tt.p, 200); got != tt.want {
				t.Errorf("placeHeading(%+v) = %q, want %q", tt.p, got, tt.want)
			}
		})
	}
}

// TestFeatureValuesRoundTrip checks that a feature button carries the whole
// name or claim, within Slack's 2,000 characters even when escaping is heavy.
func TestFeatureValuesRoundTrip(t *testing.T) {
	tests := []struct {
		name, kind, text string
		max              int
		wantWhole        bool
	}{
		{"country name", KindCountry, "일본", entity.MaxNameRunes, true},
		{"korean claim of 1,000 runes", KindCite, strings.Repeat("가", 1000), question.MaxRunes, true},
		{"claim of 1,000 escapes", KindCite, strings.Repeat("<", 1000), question.MaxRunes, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			btn := featureButton(ActionShare, "x", tt.kind, langKO, tt.text, "", tt.max)
			if n := utf8.RuneCountInString(btn.Value); n > 2000 {
				t.Fatalf("value has %d characters", n)
			}
			v, err := DecodeValue(btn.Value)
			if err != nil {
				t.Fatal(err)
			}
			if v.Kind != tt.kind || v.Lang != langKO || (v.Question == tt.text) != tt.wantWhole || !strings.HasPrefix(tt.text, v.Question) {
				t.Errorf("decoded %+v from %q", v, btn.Value)
			}
		})
	}
}
