package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// knob is one parameter the fit may move, with the values it tries.
type knob struct {
	name   string
	values []float64
	set    func(*tuning.Params, float64)
}

// knobs are the decline and ranking parameters worth fitting: those whose
// right value depends on how people ask, not on how the report is built.
func knobs() []knob {
	return []knob{
		{"MinCoverage", []float64{0.25, 0.3, 0.35, 0.4, 0.45, 0.5}, func(p *tuning.Params, v float64) { p.MinCoverage = v }},
		{"Unknown", []float64{0.5, 0.7, 1}, func(p *tuning.Params, v float64) { p.Unknown = v }},
		{"GeneralSpec", []float64{0.15, 0.3, 0.45}, func(p *tuning.Params, v float64) { p.GeneralSpec = v }},
		{"SpecPower", []float64{1, 1.5, 2, 3}, func(p *tuning.Params, v float64) { p.SpecPower = v }},
		{"KnownSpec", []float64{0.4, 0.6, 0.8, 1}, func(p *tuning.Params, v float64) { p.KnownSpec = v }},
		{"MissingMust", []float64{0.3, 0.45, 0.6, 0.8}, func(p *tuning.Params, v float64) { p.MissingMust = v }},
		{"VerbalWeight", []float64{0.1, 0.25, 0.4, 0.6}, func(p *tuning.Params, v float64) { p.VerbalWeight = v }},
		{"AskWeight", []float64{1, 1.5, 2}, func(p *tuning.Params, v float64) { p.AskWeight = v }},
		{"LongUnknown", []float64{0.2, 0.5, 1}, func(p *tuning.Params, v float64) { p.LongUnknown = v }},
		{"CoverageFloor", []float64{0.1, 0.3, 0.5}, func(p *tuning.Params, v float64) { p.CoverageFloor = v }},
		{"ExpectBonus", []float64{0, 0.5, 1}, func(p *tuning.Params, v float64) { p.ExpectBonus = v }},
		{"DeclineCoverage", []float64{0.15, 0.2, 0.25, 0.3, 0.35}, func(p *tuning.Params, v float64) { p.DeclineCoverage = v }},
		{"DeclineKnown", []float64{0.1, 0.2, 0.3, 0.4}, func(p *tuning.Params, v float64) { p.DeclineKnown = v }},
		{"DeclineTopicSpec", []float64{0.35, 0.45, 0.55}, func(p *tuning.Params, v float64) { p.DeclineTopicSpec = v }},
		{"DeclineForeign", []float64{0.2, 0.3, 0.4, 0.6}, func(p *tuning.Params, v float64) { p.DeclineForeign = v }},
		{"TopicShare", []float64{0.05, 0.1, 0.2}, func(p *tuning.Params, v float64) { p.TopicShare = v }},
		{"DeclineWords", []float64{0.3, 0.4, 0.5, 0.6}, func(p *tuning.Params, v float64) { p.DeclineWords = v }},
		{"DeclineWordsEnglish", []float64{0.2, 0.3, 0.4}, func(p *tuning.Params, v float64) { p.DeclineWordsEnglish = v }},
		{"HedgeSpec", []float64{0.4, 0.5, 0.6}, func(p *tuning.Params, v float64) { p.HedgeSpec = v }},
		{"MissingSpec", []float64{0.5, 0.6, 0.7, 0.8}, func(p *tuning.Params, v float64) { p.MissingSpec = v }},
		{"MissingShare", []float64{0.05, 0.1, 0.15, 0.2}, func(p *tuning.Params, v float64) { p.MissingShare = v }},
		{"SpecUnknownEnglish", []float64{0.4, 0.55, 0.7, 0.85}, func(p *tuning.Params, v float64) { p.SpecUnknownEnglish = v }},
		{"SpecUnknownKorean", []float64{0.4, 0.55, 0.7, 0.85, 1}, func(p *tuning.Params, v float64) { p.SpecUnknownKorean = v }},
		{"AskSpec", []float64{0, 0.3, 0.45, 0.6}, func(p *tuning.Params, v float64) { p.AskSpec = v }},
		{"DetailCover", []float64{0.6, 0.7, 0.8, 0.9, 1.1}, func(p *tuning.Params, v float64) { p.DetailCover = v }},
		{"HeadBonus", []float64{1, 1.2, 1.5}, func(p *tuning.Params, v float64) { p.HeadBonus = v }},
	}
}

type tuner struct {
	x       *search.Index
	clean   *markup.Cleaner
	qs      []quality.Question
	holdout []quality.Question
}

func newTuner(files []string, holdout string) (*tuner, error) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		return nil, err
	}
	t := &tuner{x: x, clean: markup.New()}
	for _, f := range files {
		qs, err := quality.Load(f)
		if err != nil {
			x.Close()
			return nil, err
		}
		t.qs = append(t.qs, qs...)
	}
	if holdout != "" {
		if t.holdout, err = quality.Load(holdout); err != nil {
			x.Close()
			return nil, err
		}
	}
	return t, nil
}

func (t *tuner) close() { t.x.Close() }

func (t *tuner) measure(ctx context.Context, p tuning.Params, qs []quality.Question) (quality.Metrics, error) {
	e := answer.New(t.x.With(p))
	return quality.Measure(func(q string) (answer.Answer, error) {
		asked, _ := question.Parse(q, t.clean)
		return e.Ask(ctx, asked, answer.Shown)
	}, qs)
}

// objective rewards answers found and out-of-scope questions flagged
// (declined or hedged); a false decline costs as much as a miss, since a
// writer then believes the report is silent, and a hedge on a question the
// report answers costs half of that: the user is told to doubt a right
// answer. Hedging more than one answer in ten costs steeply: past that a
// reader learns to ignore the hedge, and no count of flagged near misses
// buys that back.
func objective(m quality.Metrics) float64 {
	return m.Hit3 + 0.5*m.Hit1 + m.AnswerRate + m.OOSFlagged - 0.5*m.HedgeRate - 4*max(0, m.HedgeRate-hedgeBudget)
}

// hedgeBudget is the share of answerable questions a hedge may fall on
// before it costs steeply.
const hedgeBudget = 0.10

// fit moves one parameter at a time to the value that scores best on qs.
func (t *tuner) fit(ctx context.Context, qs []quality.Question, rounds int) (tuning.Params, error) {
	p := t.x.Params()
	best := -1.0
	for r := 0; r < rounds; r++ {
		for _, k := range knobs() {
			for _, v := range k.values {
				if err := ctx.Err(); err != nil {
					return p, err
				}
				q := p
				k.set(&q, v)
				m, err := t.measure(ctx, q, qs)
				if err != nil {
					return p, err
				}
				if s := objective(m); s > best+1e-9 {
					best, p = s, q
				}
			}
		}
	}
	return p, nil
}

func (t *tuner) crossValidate(ctx context.Context, w io.Writer, folds, rounds int, seed int64) error {
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	fold := make([]int, len(t.qs))
	for i := range fold {
		fold[i] = i % folds
	}
	rng.Shuffle(len(fold), func(i, j int) { fold[i], fold[j] = fold[j], fold[i] })
	var heldAnswers []quality.Metrics
	for k := 0; k < folds; k++ {
		var train, test []quality.Question
		for i, q := range t.qs {
			if fold[i] == k {
				test = append(test, q)
			} else {
				train = append(train, q)
			}
		}
		p, err := t.fit(ctx, train, rounds)
		if err != nil {
			return err
		}
		m, err := t.measure(ctx, p, test)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "fold %d held out: %s\n", k+1, m)
		heldAnswers = append(heldAnswers, m)
	}
	fmt.Fprintf(w, "held-out folds pooled: %s\n", pool(heldAnswers))
	p, err := t.fit(ctx, t.qs, rounds)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "fitted on all: %+v\n", p)
	m, err := t.measure(ctx, p, t.qs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "training figures (not a measure of quality): %s\n", m)
	d, err := t.measure(ctx, t.x.Params(), t.qs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "current defaults on all: %s\n", d)
	if len(t.holdout) > 0 {
		for _, c := range []struct {
			name string
			p    tuning.Params
		}{{"defaults", t.x.Params()}, {"fitted", p}} {
			h, err := t.measure(ctx, c.p, t.holdout)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "never-fitted set, %s: %s\n", c.name, h)
		}
	}
	return nil
}

// measureEach prints the figures of p on each gold file.
func (t *tuner) measureEach(ctx context.Context, w io.Writer, p tuning.Params, files []string) error {
	for _, f := range files {
		qs, err := quality.Load(f)
		if err != nil {
			return err
		}
		m, err := t.measure(ctx, p, qs)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %s\n", filepath.Base(f), m)
	}
	return nil
}

// setParam sets one field of p from "Name=value", as -set gives it.
func setParam(p *tuning.Params, s string) error {
	name, val, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("-set %q: want Name=value", s)
	}
	f := reflect.ValueOf(p).Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("-set %q: tuning.Params has no field %s", s, name)
	}
	switch f.Kind() {
	case reflect.Float64:
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return fmt.Errorf("-set %q: %w", s, err)
		}
		f.SetFloat(v)
	case reflect.Int:
		v, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("-set %q: %w", s, err)
		}
		f.SetInt(int64(v))
	case reflect.Bool:
		v, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("-set %q: %w", s, err)
		}
		f.SetBool(v)
	default:
		return fmt.Errorf("-set %q: %s cannot be set", s, name)
	}
	return nil
}

// pool averages fold figures weighted by their question counts.
func pool(ms []quality.Metrics) quality.Metrics {
	var out quality.Metrics
	var in, oos float64
	for _, m := range ms {
		fi, fo := float64(m.InScope), float64(m.OutOfScope)
		out.N += m.N
		out.InScope += m.InScope
		out.OutOfScope += m.OutOfScope
		out.Hit1 += m.Hit1 * fi
		out.Hit3 += m.Hit3 * fi
		out.Section1 += m.Section1 * fi
		out.AnswerRate += m.AnswerRate * fi
		out.ExcerptRunes += m.ExcerptRunes * fi
		out.OOSReject += m.OOSReject * fo
		out.OOSFlagged += m.OOSFlagged * fo
		out.HedgeRate += m.HedgeRate * fi
		in += fi
		oos += fo
	}
	if in > 0 {
		out.Hit1, out.Hit3, out.Section1, out.AnswerRate, out.ExcerptRunes = out.Hit1/in, out.Hit3/in, out.Section1/in, out.AnswerRate/in, out.ExcerptRunes/in
		out.HedgeRate /= in
	}
	if oos > 0 {
		out.OOSReject /= oos
		out.OOSFlagged /= oos
	}
	return out
}
