package answer_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/quality"
)

// TestBankGoldIsInTheReport checks every gold string of the question and
// conversation bank against the embedded report, as the writers' own
// checker did when each file was accepted: a file added later, or an edit
// to the report, cannot leave gold that no answer could ever show.
func TestBankGoldIsInTheReport(t *testing.T) {
	report := quality.Normalize(string(corpus.Embedded()))
	files, err := filepath.Glob(filepath.Join("testdata", "bank", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no bank files (%v)", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			golds := 0
			for n, line := range strings.Split(string(b), "\n") {
				if strings.TrimSpace(line) == "" {
					continue
				}
				var item struct {
					ID    string   `json:"id"`
					Gold  []string `json:"gold"`
					Turns []struct {
						Gold []string `json:"gold"`
					} `json:"turns"`
				}
				if err := json.Unmarshal([]byte(line), &item); err != nil {
					t.Fatalf("line %d: %v", n+1, err)
				}
				gold := item.Gold
				for _, turn := range item.Turns {
					gold = append(gold, turn.Gold...)
				}
				for _, g := range gold {
					golds++
					if !strings.Contains(report, quality.Normalize(g)) {
						t.Errorf("%s (line %d): gold %q is not in the report", item.ID, n+1, g)
					}
				}
			}
			if golds == 0 {
				t.Errorf("got no gold strings in %s", f)
			}
		})
	}
}
