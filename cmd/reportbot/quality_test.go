package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/bot/present"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestQualityFloors runs the question sets through the engine as the CLI
// and the bot use it (markup cleaned at the edge) and fails below the
// floors or above the hedge ceilings. The floors sit under today's figures
// with a margin, so that a change that makes answers worse fails here.
// own-holdout, own-holdout2 and the bank's holdout (three writers who never
// saw the engine) are never used to fit the parameters, so their figures
// are the honest ones. oos_flagged counts a hedge as well as a decline: the
// user was told the report does not answer.
func TestQualityFloors(t *testing.T) {
	eng, _, err := loadEngine(source{})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	ask := func(q string) (answer.Answer, error) {
		return eng.Ask(context.Background(), eng.parse(q), answer.Shown)
	}
	dir := filepath.Join("..", "..", "index", "answer", "testdata")
	tests := []struct {
		file                                       string
		hit3, enHit3, answerRate, flagged, section float64
		maxHedge                                   float64
	}{
		{"questions-dev.jsonl", 0.95, 0.88, 0.97, 0.90, 0.86, 0.10},
		{"questions-dev-robust.jsonl", 0.90, 0.85, 0.97, 0.90, 0.85, 0.10},
		{"questions-extra.jsonl", 0.95, 0, 0.97, 0.85, 0.90, 0.11},
		{"own-fit.jsonl", 0.88, 0, 0.95, 0.65, 0.85, 0.15},
		{"own-holdout.jsonl", 0.84, 0, 0.95, 0.65, 0.80, 0.15},
		{"own-holdout2.jsonl", 0.78, 0, 0.95, 0.65, 0.78, 0.18},
		{"bank/questions-fit.jsonl", 0.90, 0.80, 0.95, 0.88, 0.82, 0.18},
		{"bank/questions-holdout.jsonl", 0.87, 0.80, 0.95, 0.85, 0.80, 0.15},
		{"bank/questions-fit2.jsonl", 0.86, 0.80, 0.97, 0.90, 0.80, 0.27},
		{"bank/questions-fit3.jsonl", 0.83, 0.83, 0.95, 0.80, 0.80, 0.27},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			qs, err := quality.Load(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			m, err := quality.Measure(ask, qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Log(m)
			for _, f := range []struct {
				name      string
				got, want float64
			}{
				{"hit@3", m.Hit3, tt.hit3},
				{"English hit@3", m.EnHit3, tt.enHit3},
				{"answer_rate", m.AnswerRate, tt.answerRate},
				{"oos_flagged", m.OOSFlagged, tt.flagged},
				{"section@1", m.Section1, tt.section},
			} {
				if f.got < f.want {
					t.Errorf("%s = %.3f, want ≥ %.2f", f.name, f.got, f.want)
				}
			}
			if m.HedgeRate > tt.maxHedge {
				t.Errorf("hedge_rate = %.3f, want ≤ %.2f", m.HedgeRate, tt.maxHedge)
			}
			if m.ExcerptRunes > 320 {
				t.Errorf("mean excerpt of %.0f runes, want ≤ 320", m.ExcerptRunes)
			}
		})
	}
}

// threeReports opens the embedded report's text and the two fictional
// reports of corpus/testdata/reports as one shelf, in that order.
func threeReports(t testing.TB) *engine {
	t.Helper()
	dir := filepath.Join("..", "..", "corpus", "testdata", "reports")
	e, err := openEngine(source{report: filepath.Join("..", "..", "corpus", "report.txt"), more: []string{filepath.Join(dir, "good.txt"), filepath.Join(dir, "third.txt")}}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// TestSeveralReportsQuality puts the fixtures' questions to three reports
// loaded together: the embedded report's text and the two fictional ones.
// Each question's gold is in one of them; some only make sense when the
// bot tells the reports apart, and some name their report by a word of its
// title, its series number or its year. Issue 19 asks hit@3 ≥ 0.85 and the
// right report named in ≥ 95% of first results (at the end of stop 29 0.887
// and 59 of 62).
func TestSeveralReportsQuality(t *testing.T) {
	s := threeReports(t)
	path := filepath.Join("..", "..", "corpus", "testdata", "reports", "questions.jsonl")
	qs, err := quality.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := quality.Measure(func(q string) (answer.Answer, error) {
		return s.Ask(context.Background(), question.Plain(q), answer.Shown)
	}, qs)
	if err != nil {
		t.Fatal(err)
	}
	// The report each question's gold is in, in the file's own field.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	right, n := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var q struct {
			ID     string `json:"id"`
			Q      string `json:"q"`
			Report string `json:"report"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		a, err := s.Ask(context.Background(), question.Plain(q.Q), answer.Shown)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if len(a.Results) > 0 && a.Results[0].Report == q.Report {
			right++
		} else {
			t.Logf("%s %q: first result not from %s", q.ID, q.Q, q.Report)
		}
	}
	share := float64(right) / float64(n)
	t.Logf("%d questions: hit@3 %.3f, first result from the right report %d of %d (%.3f)", n, m.Hit3, right, n, share)
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"hit@3", m.Hit3, 0.85},
		{"first result from the right report", share, 0.95},
	} {
		if f.got < f.want {
			t.Errorf("%s = %.3f, want ≥ %.2f", f.name, f.got, f.want)
		}
	}
}

// TestSeveralReportsSharedSets puts the shared sets (copies of
// ../shared/eval's) to the embedded report alone and to the shelf of it and
// the two fictional reports: the fictional reports must cost at most 0.02
// of hit@3 and of answer_rate (issue 19).
func TestSeveralReportsSharedSets(t *testing.T) {
	s := threeReports(t)
	one, _, err := loadEngine(source{})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	dir := filepath.Join("..", "..", "index", "answer", "testdata")
	for _, file := range []string{"questions-dev.jsonl", "questions-dev-robust.jsonl"} {
		t.Run(file, func(t *testing.T) {
			qs, err := quality.Load(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			alone, err := quality.Measure(func(q string) (answer.Answer, error) {
				return one.Ask(context.Background(), question.Plain(q), answer.Shown)
			}, qs)
			if err != nil {
				t.Fatal(err)
			}
			shelved, err := quality.Measure(func(q string) (answer.Answer, error) {
				return s.Ask(context.Background(), question.Plain(q), answer.Shown)
			}, qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("alone:  %v\nshelved: %v", alone, shelved)
			for _, f := range []struct {
				name        string
				got, before float64
			}{
				{"hit@3", shelved.Hit3, alone.Hit3},
				{"answer_rate", shelved.AnswerRate, alone.AnswerRate},
			} {
				if f.got < f.before-0.02 {
					t.Errorf("%s with the fictional reports loaded = %.3f, alone %.3f: want at most 0.02 less", f.name, f.got, f.before)
				}
			}
		})
	}
}

// TestCoversNamesEachReportsChapters checks that what a decline says the
// reports cover is read from the reports loaded: each one's title and
// chapters, and nothing of a report not loaded.
func TestCoversNamesEachReportsChapters(t *testing.T) {
	e := threeReports(t)
	tests := []struct {
		lang string
	}{{"ko"}, {"en"}}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := e.covers(tt.lang)
			for _, r := range e.Reports() {
				m := r.Document().Meta
				title := m.TitleKo
				if tt.lang == "en" && m.TitleEn != "" {
					title = m.TitleEn
				}
				if !strings.Contains(got, "«"+title+"»") {
					t.Errorf("covers(%q) = %q, want it to name %q", tt.lang, got, title)
				}
				for _, c := range r.Document().Chapters() {
					if !strings.Contains(got, c.ID+" ") {
						t.Errorf("covers(%q) = %q, want chapter %s of %q", tt.lang, got, c.ID, title)
					}
				}
			}
			if lines := strings.Count(got, "\n"); lines != len(e.Reports()) {
				t.Errorf("covers(%q) has %d lines, want one per report (%d)", tt.lang, lines, len(e.Reports()))
			}
		})
	}
}

func TestDeclineSaysWhatTheReportCovers(t *testing.T) {
	const covers = "«보고서»의 장: 1 서론\n"
	tests := []struct {
		name string
		a    answer.Answer
		want bool
	}{
		{"no related section", answer.Answer{Lang: "ko"}, true},
		{"related sections say it", answer.Answer{Lang: "ko", Suggestions: []search.SectionRef{{ID: "1", Title: "서론"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Contains(present.AnswerText(tt.a, nil, covers, nil), covers); got != tt.want {
				t.Errorf("formatAnswer shows the covers line: %v, want %v", got, tt.want)
			}
		})
	}
}
