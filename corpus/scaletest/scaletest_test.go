package scaletest

import (
	"fmt"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestReports checks the library the shelf benchmarks load: n reports that
// parse, each under its own series number.
func TestReports(t *testing.T) {
	tests := []struct {
		n       int
		wantErr bool
	}{
		{1, false},
		{3, false},
		{50, false},
		{0, true},
		{MaxReports + 1, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			texts, err := Reports(tt.n)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Reports(%d) error = %v, want error %v", tt.n, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if len(texts) != tt.n {
				t.Fatalf("Reports(%d) made %d reports", tt.n, len(texts))
			}
			seen := map[string]bool{}
			for i, text := range texts {
				doc, err := corpus.Parse(text)
				if err != nil {
					t.Fatalf("report %d: %v", i+1, err)
				}
				want := fmt.Sprintf("수시연구 2040-%02d", i+1)
				if got := doc.Meta.Series; got != want || seen[got] {
					t.Errorf("report %d: series %q (seen before: %v), want %q", i+1, got, seen[got], want)
				}
				seen[doc.Meta.Series] = true
			}
		})
	}
}
