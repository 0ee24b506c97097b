package pairing

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestLinesReadOnceRankAlike ranks the report's Korean passages with a
// pairer that has read their lines before, in the other order, and with
// a fresh one: what the pairer keeps of a line must rank as reading it
// afresh does.
func TestLinesReadOnceRankAlike(t *testing.T) {
	doc := loadDoc(t)
	var texts []string
	for _, ps := range doc.Passages {
		if analysis.HasHangul(ps.Text) {
			texts = append(texts, ps.Text)
		}
	}
	tests := []struct {
		name string
		p    Params
	}{
		{"the defaults", Defaults()},
		{"a body line can never pair", func() Params { p := Defaults(); p.MinSimBody, p.LineShare = 2, 1; return p }()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pr := newPairer(t, doc, tt.p)
			for i := len(texts) - 1; i >= 0; i-- {
				pr.rank(texts[i])
			}
			paired := 0
			for _, text := range texts {
				got, want := pr.rank(text), pr.Unread().rank(text)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("rank(%.40q) with its lines read before = %+v, want %+v", text, got, want)
				}
				if got.ok {
					paired++
				}
			}
			if paired == 0 {
				t.Errorf("no passage pairs; the case tests nothing")
			}
		})
	}
}

// TestLinesKeptAreBounded reads more distinct lines than a pairer keeps,
// as a long-running bot does with excerpts cut per question: what it
// keeps stays bounded, and a line read past the bound reads alike.
func TestLinesKeptAreBounded(t *testing.T) {
	pr := newPairer(t, loadDoc(t), Defaults())
	for i := range maxReadLines + 100 {
		pr.lineOf(fmt.Sprintf("%d번째 줄의 반도체 예산", i))
	}
	kept := 0
	pr.lines.Range(func(any, any) bool { kept++; return true })
	if got, want := kept, maxReadLines; got != want {
		t.Errorf("lines kept = %d, want %d", got, want)
	}
	line := fmt.Sprintf("%d번째 줄의 반도체 예산", maxReadLines+50)
	if got, want := pr.lineOf(line), pr.Unread().lineOf(line); !reflect.DeepEqual(got, want) {
		t.Errorf("lineOf past the bound = %+v, want %+v", got, want)
	}
}
