package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/tuning"
)

func TestRunMeasure(t *testing.T) {
	var out, errs bytes.Buffer
	err := run(context.Background(), []string{"-measure", "-conv", "testdata/conversations.jsonl", "testdata/questions.jsonl"}, &out, &errs)
	if err != nil {
		t.Fatalf("run: %v (%s)", err, errs.String())
	}
	tests := []struct {
		name string
		want string
	}{
		{"questions asked alone", "questions.jsonl: questions hit@1=1.000 hit@3=1.000"},
		{"an unrelated question flagged", "oos_flagged=1.000 hedge_rate=0.000 (n=2)"},
		{"a follow-up read with its first turn, the detail it lacks flagged", "conversations.jsonl: follow-ups hit@1=1.000 hit@3=1.000 section@1=1.000 oos_reject=0.000 answer_rate=1.000"},
		{"first turns apart", "first turns hit@3=1.000"},
	}
	for _, tt := range tests {
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("%s: output lacks %q:\n%s", tt.name, tt.want, out.String())
		}
	}
}

func TestRunBadArguments(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no gold files", nil, "give the gold files"},
		{"an unknown knob", []string{"-knobs", "Nope", "testdata/questions.jsonl"}, `no knob "Nope"`},
		{"a missing conversation file", []string{"-measure", "-conv", "testdata/none.jsonl"}, "conversation file"},
		{"a bad -set", []string{"-set", "Nope=1", "testdata/questions.jsonl"}, "no field Nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			err := run(context.Background(), tt.args, &out, &errs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func TestFoldsKeepConversationsWhole(t *testing.T) {
	var s sample
	for i := range 7 {
		s.qs = append(s.qs, quality.Question{ID: string(rune('a' + i))})
	}
	for i := range 5 {
		s.cs = append(s.cs, quality.Conversation{ID: string(rune('A' + i)), Turns: make([]quality.Question, 3)})
	}
	parts := folds(s, 3, 1)
	var gotQ, gotC []int
	seen := map[string]int{}
	for _, p := range parts {
		gotQ, gotC = append(gotQ, len(p.qs)), append(gotC, len(p.cs))
		for _, c := range p.cs {
			seen[c.ID]++
			if len(c.Turns) != 3 {
				t.Errorf("conversation %s has %d turns in its fold, want 3", c.ID, len(c.Turns))
			}
		}
	}
	if want := []int{3, 2, 2}; !slices.Equal(gotQ, want) {
		t.Errorf("questions a fold = %v, want %v", gotQ, want)
	}
	if want := []int{2, 2, 1}; !slices.Equal(gotC, want) {
		t.Errorf("conversations a fold = %v, want %v", gotC, want)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("conversation %s is in %d folds, want 1", id, n)
		}
	}
	rest := without(parts, 0)
	if got, want := len(rest.qs)+len(parts[0].qs), 7; got != want {
		t.Errorf("fold 0 and the rest hold %d questions, want %d", got, want)
	}
}

func TestFitKeepsShippedValueOnATie(t *testing.T) {
	tr := testTuner(t)
	var err error
	if tr.knobs, err = chosen("FollowUpSpec,ChatSpec"); err != nil {
		t.Fatal(err)
	}
	shipped := tr.x.Params()
	start, err := tr.measure(context.Background(), shipped, tr.fitOn)
	if err != nil {
		t.Fatal(err)
	}
	got, at, err := tr.fit(context.Background(), tr.fitOn, start, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(at, start) {
		t.Errorf("fit kept the shipped values with figures %v, want their own %v", at, start)
	}
	if got != shipped {
		t.Errorf("fit on a set every value scores alike moved the parameters:\ngot  %+v\nwant %+v", got, shipped)
	}
}

func TestMovedNamesTheKnobsThatLeftTheirValue(t *testing.T) {
	shipped := tuning.Defaults()
	ks, err := chosen("FuseWeight,GoOnLines")
	if err != nil {
		t.Fatal(err)
	}
	fuse := shipped
	fuse.FuseWeight = shipped.FuseWeight + 0.5
	other := shipped
	other.MinCoverage = shipped.MinCoverage + 0.1
	tests := []struct {
		name string
		p    tuning.Params
		want []string
	}{
		{"nothing moved", shipped, []string{"every knob kept"}},
		{"a fitted knob moved", fuse, []string{fmt.Sprintf("FuseWeight=%v (shipped %v)", fuse.FuseWeight, shipped.FuseWeight)}},
		{"a knob not fitted moved", other, []string{"every knob kept"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := moved(tt.p, shipped, ks)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("moved = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestShippedScoredAsAsked checks that the shipped values' replies, asked
// fold by fold once, score each sample cross-validation reads them on (the
// folds but one, all of them) as asking that sample whole does: a
// question's answer and a conversation's do not depend on the sample
// around them.
func TestShippedScoredAsAsked(t *testing.T) {
	tr := testTuner(t)
	ctx := context.Background()
	shipped := tr.x.Params()
	parts := folds(tr.fitOn, 2, 1)
	asked := make([]replies, len(parts))
	for i, part := range parts {
		var err error
		if asked[i], err = tr.ask(ctx, shipped, part); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		k    int
	}{
		{"every fold but the first", 0},
		{"every fold but the second", 1},
		{"every fold", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := without(parts, tt.k)
			want, err := tr.measure(ctx, shipped, s)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.score(without(asked, tt.k)); !reflect.DeepEqual(got, want) {
				t.Errorf("scored from the folds' replies: %v\nasked whole: %v", got, want)
			}
		})
	}
}

// TestPlusLeavesPartsAlone joins one part to two others in turn, as
// without joins each fold to the rest: the first join must keep what it
// was given, though the part has room past its length (a fold's does).
func TestPlusLeavesPartsAlone(t *testing.T) {
	tests := []struct {
		name string
		// joins joins one part to b, then to c, and says what the first
		// join holds after its part
		joins func() string
	}{
		{"samples", func() string {
			a := sample{qs: append(make([]quality.Question, 0, 4), quality.Question{ID: "a"})}
			ab := a.plus(sample{qs: []quality.Question{{ID: "b"}}})
			a.plus(sample{qs: []quality.Question{{ID: "c"}}})
			return ab.qs[1].ID
		}},
		{"replies", func() string {
			a := replies{cs: append(make([][]answer.Answer, 0, 4), nil)}
			ab := a.plus(replies{cs: [][]answer.Answer{{{Question: "b"}}}})
			a.plus(replies{cs: [][]answer.Answer{{{Question: "c"}}}})
			return ab.cs[1][0].Question
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := tt.joins(), "b"; got != want {
				t.Errorf("the first join holds %q after the second, want %q", got, want)
			}
		})
	}
}

// TestKnobSet sets a knob's field by its name, as its kind takes a value
// tried, and no other field.
func TestKnobSet(t *testing.T) {
	tests := []struct {
		name string
		knob string
		v    float64
		want any
	}{
		{"a number", "MinCoverage", 0.3, 0.3},
		{"a whole number", "RowCells", 4, 4},
		{"a switch on", "HeadLines", 1, true},
		{"a switch off", "HeadLines", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tuning.Defaults()
			if err := (knob{name: tt.knob}).set(&p, tt.v); err != nil {
				t.Fatal(err)
			}
			got, err := knobValue(p, tt.knob)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("%s set to %v reads %v (%T), want %v (%T)", tt.knob, tt.v, got, got, tt.want, tt.want)
			}
			if !onlyMoved(p, tt.knob) {
				t.Errorf("setting %s moved another field: %+v", tt.knob, p)
			}
		})
	}
}

// TestKnobOfNoField checks that a knob naming no exported field of
// tuning.Params is an error, read or set, in the fit and in its picks,
// and leaves p as it was: it had set nothing and fitted nothing unsaid,
// and reading it panicked.
func TestKnobOfNoField(t *testing.T) {
	tests := []struct {
		name string
		knob string
	}{
		{"a misspelt name", "MinCoverag"},
		{"no name", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tuning.Defaults()
			k := knob{name: tt.knob, values: []float64{1}}
			if err := k.set(&p, 1); !errors.Is(err, errNoField) {
				t.Errorf("set: err = %v, want %v", err, errNoField)
			}
			if p != tuning.Defaults() {
				t.Errorf("a failed set moved a field: %+v", p)
			}
			if got, err := knobValue(p, tt.knob); !errors.Is(err, errNoField) {
				t.Errorf("knobValue = %v, %v, want error %v", got, err, errNoField)
			}
			if got, err := moved(p, p, []knob{k}); !errors.Is(err, errNoField) {
				t.Errorf("moved = %q, %v, want error %v", got, err, errNoField)
			}
		})
	}
}

// TestFitOfAKnobOfNoField checks that the fit stops on a knob naming no
// field rather than measuring the shipped values again under its name.
func TestFitOfAKnobOfNoField(t *testing.T) {
	tr := testTuner(t)
	tr.knobs = []knob{{name: "Nope", values: []float64{1}}}
	_, _, err := tr.fit(context.Background(), sample{}, figures{}, 1)
	if !errors.Is(err, errNoField) {
		t.Errorf("fit: err = %v, want %v", err, errNoField)
	}
}

// TestKnobsNameFields checks that every knob names a number or a switch of
// tuning.Params, which each of its values sets and nothing else: a knob is
// found by name, so a misspelt one would otherwise fit nothing.
func TestKnobsNameFields(t *testing.T) {
	ks, err := chosen("")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range ks {
		t.Run(k.name, func(t *testing.T) {
			p := tuning.Defaults()
			for _, v := range k.values {
				q := p
				if err := k.set(&q, v); err != nil {
					t.Fatal(err)
				}
				if !onlyMoved(q, k.name) {
					t.Errorf("setting %s=%v moved another field", k.name, v)
				}
			}
		})
	}
}

// onlyMoved tells whether p differs from the defaults in the field name
// at most.
func onlyMoved(p tuning.Params, name string) bool {
	d := tuning.Defaults()
	pf, err := paramField(&p, name)
	if err != nil {
		return false
	}
	df, err := paramField(&d, name)
	if err != nil {
		return false
	}
	pf.Set(df)
	return p == d
}

// testTuner is a tuner fitting on the test questions and conversations,
// closed when t ends.
func testTuner(t *testing.T) *tuner {
	t.Helper()
	tr, err := newTuner(golds{questions: []string{"testdata/questions.jsonl"}, conversations: []string{"testdata/conversations.jsonl"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.close)
	return tr
}
