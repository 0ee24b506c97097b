package corpus_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

func TestEnglishPartTitle(t *testing.T) {
	tests := []struct{ id, want string }{
		{"front", "Front matter"},
		{"summary-ko", "Korean summary"},
		{"summary-en", "English summary"},
		{"refs", "References"},
		// A numbered section keeps the report's own title.
		{"3.1", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := corpus.EnglishPartTitle(tt.id); got != tt.want {
			t.Errorf("EnglishPartTitle(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
