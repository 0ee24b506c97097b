package answer

import (
	"regexp"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSameSource checks that a question's expectation, compiled by a
// reader's own patterns, is the tables' evidence pattern of the same
// source and no other.
func TestSameSource(t *testing.T) {
	reader, tables := question.NewPatterns().Evidence(), question.NewPatterns().Evidence()
	tests := []struct {
		name     string
		re, want *regexp.Regexp
		same     bool
	}{
		{"the reader's figure pattern is the tables'", reader.Figure, tables.Figure, true},
		{"a pattern is itself", tables.Figure, tables.Figure, true},
		{"the reader's date pattern is the tables'", reader.Date, tables.Date, true},
		{"a date pattern is no figure pattern", reader.Date, tables.Figure, false},
		{"a unit's pattern is no figure pattern", regexp.MustCompile(`\d[\d,.]*\s*(?:[만천백억조]\s*)*조`), tables.Figure, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if reader.Figure == tables.Figure {
				t.Fatal("two patterns' sets share a compiled pattern: compare by address instead")
			}
			if got := sameSource(tt.re, tt.want); got != tt.same {
				t.Errorf("sameSource(%q, %q) = %v, want %v", tt.re, tt.want, got, tt.same)
			}
		})
	}
}
