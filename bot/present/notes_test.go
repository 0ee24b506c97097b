package present

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
)

// A passage's footnotes are of two kinds: sources to cite and notes that
// explain. Every output lists them under their own label, so that a writer
// does not copy a note as the passage's source.
func TestNotesApartFromSources(t *testing.T) {
	const (
		src  = "신문사(2024.8.17.), \"기사 제목\", <https://example.com/a>(검색일: 2024.12.4.)"
		note = "예로, 어떤 모델은 한 형식의 입력을 다른 형식으로 바꾸는 방식에 기반함."
	)
	res := answer.Result{Section: "2.2.2", SectionTitle: "제목", Pages: "17–21", Excerpt: "인용한 줄", Sources: []string{src, note}}
	slackText := func(m Message) string {
		b, err := json.Marshal(m.Blocks)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, lang := range []string{"ko", "en"} {
		l, term := For(lang), TerminalFor(lang)
		a := answer.Answer{Question: "질문", Lang: lang, Answered: true, Results: []answer.Result{res}}
		c := cite.Citation{Claim: "주장", Lang: lang, Answered: true, Results: []cite.CiteResult{{
			Section: "2.2.2", SectionTitle: "제목", Pages: "17–21", Quote: "인용한 줄",
			Sources: []cite.Source{{Marker: "1)", Text: src}, {Marker: "2)", Text: note, Note: true}},
		}}}
		tests := []struct {
			name       string
			got        string
			src, notes string // the labels each footnote must follow
		}{
			{"slack answer", slackText(Answer(a, AnswerView{})), "*" + l.Sources + "*", "*" + l.Notes + "*"},
			{"terminal answer", AnswerText(a, nil, "", nil), term.Source + ": ", term.Note + ": "},
			{"slack cite", slackText(Citation(c, lang, Call{})), "*" + l.Originals + "*", "*" + l.Notes + "*"},
			{"terminal cite", CitationText(c, nil, nil), term.OriginalSource + " 1): ", term.Note + " 2): "},
		}
		for _, tt := range tests {
			t.Run(lang+" "+tt.name, func(t *testing.T) {
				// Slack's JSON escapes quotes: the source's start before its
				// first quote is enough to find it.
				srcStart := src[:strings.Index(src, "\"")]
				si, ni := strings.Index(tt.got, tt.src), strings.Index(tt.got, tt.notes)
				if si < 0 || ni < si {
					t.Fatalf("want %q, then %q, in:\n%s", tt.src, tt.notes, tt.got)
				}
				if sources := tt.got[si:ni]; !strings.Contains(sources, srcStart) || strings.Contains(sources, note) {
					t.Errorf("under %q, want the source and not the note; got %q", tt.src, sources)
				}
				if notes := tt.got[ni:]; !strings.Contains(notes, note) || strings.Contains(notes, srcStart) {
					t.Errorf("under %q, want the note and not the source; got %q", tt.notes, notes)
				}
			})
		}
	}
}

// Asked for the sources of lines whose footnotes only explain, the reply
// says there is no publication to cite, rather than let a note pass for one.
func TestSourcesOfNotesOnly(t *testing.T) {
	const (
		src  = "기관(2024a), 보고서 제목"
		note = "이 계획은 인재 육성을 목표로 함"
	)
	tests := []struct {
		name    string
		kind    dialog.Kind
		sources []string
		want    bool
	}{
		{"notes only", dialog.Sources, []string{note}, true},
		{"a note and a source", dialog.Sources, []string{note, src}, false},
		{"a source only", dialog.Sources, []string{src}, false},
		{"notes only, but not asked for sources", dialog.Anaphora, []string{note}, false},
	}
	for _, lang := range []string{"ko", "en"} {
		for _, tt := range tests {
			t.Run(lang+" "+tt.name, func(t *testing.T) {
				r := dialog.Reply{FollowUp: true, Reading: dialog.Reading{Kind: tt.kind, Lang: lang},
					Answer: answer.Answer{Answered: true, Lang: lang, Results: []answer.Result{{Section: "3.2", Excerpt: "줄", Sources: tt.sources}}}}
				if got := strings.Contains(readingLines(r), DialogFor(lang).OnlyNotes); got != tt.want {
					t.Errorf("reading says notes only = %v, want %v:\n%s", got, tt.want, readingLines(r))
				}
			})
		}
	}
}
