package dialog

import (
	"regexp"
	"strings"
	"testing"
)

func TestSlide(t *testing.T) {
	lines := []string{"lead of the topic", "topic again, widely", "topic in short", "the detail 42 units", "an aside"}
	// a line scores by the words it holds
	word := func(w string) func(string) float64 {
		return func(ln string) float64 {
			if strings.Contains(ln, w) {
				return 1
			}
			return 0
		}
	}
	fresh := func(string) float64 { return 1 }
	tests := []struct {
		name    string
		w       window
		excerpt string
		want    string
		moved   bool
	}{
		{"the next line holds the message's word the run lacks", window{words: []func(string) float64{word("detail")}, seen: fresh, limit: 100},
			"topic again, widely\ntopic in short", "topic in short\nthe detail 42 units", true},
		{"the figure asked where no quoted line holds one", window{expect: regexp.MustCompile(`\d+`), seen: fresh, limit: 100},
			"topic again, widely\ntopic in short", "topic in short\nthe detail 42 units", true},
		{"the line dropped alone holds a word the message asks", window{words: []func(string) float64{word("detail"), word("widely")}, seen: fresh, limit: 100},
			"topic again, widely\ntopic in short", "", false},
		{"what a seen line alone holds counts less", window{words: []func(string) float64{word("detail"), word("widely")}, seen: func(ln string) float64 {
			if strings.Contains(ln, "widely") {
				return 0.5
			}
			return 1
		}, limit: 100}, "topic again, widely\ntopic in short", "topic in short\nthe detail 42 units", true},
		{"back a line", window{words: []func(string) float64{word("lead")}, seen: fresh, limit: 100},
			"topic again, widely\ntopic in short", "lead of the topic\ntopic again, widely", true},
		{"a line of its own stays", window{words: []func(string) float64{word("detail")}, seen: fresh, limit: 100},
			"topic in short", "", false},
		{"a cut line stays", window{words: []func(string) float64{word("detail")}, seen: fresh, limit: 100},
			"topic again…\ntopic in short", "", false},
		{"longer than the limit", window{words: []func(string) float64{word("detail")}, seen: fresh, limit: 30},
			"topic again, widely\ntopic in short", "", false},
		{"nothing added", window{words: []func(string) float64{word("topic")}, seen: fresh, limit: 100},
			"topic again, widely\ntopic in short", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, moved := tt.w.slide(lines, tt.excerpt)
			if got != tt.want || moved != tt.moved {
				t.Errorf("slide(%q) = %q, %v; want %q, %v", tt.excerpt, got, moved, tt.want, tt.moved)
			}
		})
	}
}
