package present

import (
	"fmt"
	"strings"
)

// Dialog is every fixed string a follow-up's reply shows, in one language.
// Strings with verbs are fmt formats; their arguments are noted.
type Dialog struct {
	Understood string // reading: the one line of how a follow-up was read
	Sources    string // reading
	More       string // reading
	NoSources  string
	// OnlyNotes: the footnotes of the lines shown all explain
	// (corpus.IsNote); none names a publication to cite.
	OnlyNotes  string
	NoMore     string
	NotCovered string // reading: a follow-up the report does not answer
	Started    string // the reply to "새 질문" / "new question"
}

// DialogFor returns the follow-up strings: Korean for "ko", else English.
func DialogFor(lang string) Dialog {
	if lang == "ko" {
		return Dialog{
			Understood: "이해한 질문: %s",
			Sources:    "이해한 질문: 출처 · %s",
			More:       "이해한 질문: 더 보기 · %s",
			NoSources:  "앞의 답에 인용된 줄에는 각주나 출처 표시가 없습니다.",
			OnlyNotes:  "앞의 답에 인용된 줄의 각주는 설명 주석뿐이며, 출처로 밝힌 문헌은 없습니다.",
			NoMore:     "앞의 질문에 대해 더 보여 드릴 결과가 없습니다.",
			NotCovered: "보고서는 ‘%s’에 대해 다루지 않습니다.",
			Started:    "새 대화를 시작합니다. 질문을 입력하세요.",
		}
	}
	return Dialog{
		Understood: "Understood as: %s",
		Sources:    "Understood as: sources · %s",
		More:       "Understood as: more · %s",
		NoSources:  "The lines of the previous answer cite no footnote or source.",
		OnlyNotes:  "The footnotes of the previous answer's lines only explain; they name no publication as a source.",
		NoMore:     "There are no further results for the previous question.",
		NotCovered: "The report does not cover “%s”.",
		Started:    "Starting a new conversation. Ask away.",
	}
}

// ReadingText joins a reading's topic and ask into "대만 · 반도체법 지원 규모".
func ReadingText(topic, ask []string) string {
	parts := []string{}
	if len(topic) > 0 {
		parts = append(parts, strings.Join(topic, " "))
	}
	if len(ask) > 0 {
		parts = append(parts, strings.Join(ask, " "))
	}
	return strings.Join(parts, " · ")
}

// UnderstoodLine is the one line a follow-up's reply starts with; kind is
// the dialog's reading kind ("sources", "more", or another).
func UnderstoodLine(lang, kind string, topic, ask []string) string {
	d := DialogFor(lang)
	f := d.Understood
	switch kind {
	case "sources":
		f = d.Sources
	case "more":
		f = d.More
	}
	return fmt.Sprintf(f, ReadingText(topic, ask))
}
