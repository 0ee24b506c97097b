package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// knob is one parameter the fit may move, named as its field of
// tuning.Params, with the values it tries.
type knob struct {
	name   string
	values []float64
}

// set sets k's field of p to v: a whole number's field to v's whole part,
// a switch's to whether v is above 0. Its field is found by name, as -set
// finds one (paramField); a name of no number or switch is an error, not a
// knob that silently fits nothing.
func (k knob) set(p *tuning.Params, v float64) error {
	f, err := paramField(p, k.name)
	if err != nil {
		return fmt.Errorf("knob: %w", err)
	}
	switch f.Kind() {
	case reflect.Float64:
		f.SetFloat(v)
	case reflect.Int:
		f.SetInt(int64(v))
	case reflect.Bool:
		f.SetBool(v > 0)
	default:
		return fmt.Errorf("knob %s: %w", k.name, errNotNumber)
	}
	return nil
}

var (
	// errNoField is a name tuning.Params has no exported field of.
	errNoField = errors.New("tuning.Params has no field")
	// errNotNumber is a field that is no number or switch, which neither a
	// knob's values nor -set can give.
	errNotNumber = errors.New("the field is no number or switch")
)

// paramField is p's field name, settable, or errNoField where
// tuning.Params has no such field or an unexported one, which reflect
// finds by name too but panics on setting or reading.
func paramField(p *tuning.Params, name string) (reflect.Value, error) {
	if f := reflect.ValueOf(p).Elem().FieldByName(name); f.CanSet() {
		return f, nil
	}
	return reflect.Value{}, fmt.Errorf("%w %s", errNoField, name)
}

// knobs are the decline and ranking parameters worth fitting: those whose
// right value depends on how people ask, not on how the report is built.
func knobs() []knob {
	return []knob{
		{"MinCoverage", []float64{0.25, 0.3, 0.35, 0.4, 0.45, 0.5}},
		{"Unknown", []float64{0.5, 0.7, 1}},
		{"GeneralSpec", []float64{0.15, 0.3, 0.45}},
		{"SpecPower", []float64{1, 1.5, 2, 3}},
		{"KnownSpec", []float64{0.4, 0.6, 0.8, 1}},
		{"MissingMust", []float64{0.3, 0.45, 0.6, 0.8}},
		{"OtherPart", []float64{0.25, 0.5, 0.75, 1}},
		{"VerbalWeight", []float64{0.1, 0.25, 0.4, 0.6}},
		{"AskWeight", []float64{1, 1.5, 2}},
		{"LongUnknown", []float64{0.2, 0.5, 1}},
		{"CoverageFloor", []float64{0.1, 0.3, 0.5}},
		{"AnswerCoveragePower", []float64{2, 3, 4, 5}},
		{"ExpectBonus", []float64{0, 0.5, 1}},
		{"DeclineCoverage", []float64{0.15, 0.2, 0.25, 0.3, 0.35}},
		{"DeclineKnown", []float64{0.1, 0.2, 0.3, 0.4}},
		{"DeclineTopicSpec", []float64{0.35, 0.45, 0.55}},
		{"DeclineForeign", []float64{0.2, 0.3, 0.4, 0.6}},
		{"TopicShare", []float64{0.05, 0.1, 0.2}},
		{"DeclineWords", []float64{0.3, 0.4, 0.5, 0.6}},
		{"DeclineWordsEnglish", []float64{0.2, 0.3, 0.4}},
		{"OfSpec", []float64{0.3, 0.4, 0.5, 1.1}},
		{"HedgeSpec", []float64{0.4, 0.5, 0.6}},
		{"FunctionSpec", []float64{0.15, 0.3, 0.45}},
		{"MissingSpec", []float64{0.5, 0.6, 0.7, 0.8}},
		{"MissingShare", []float64{0.05, 0.1, 0.15, 0.2}},
		{"SpecUnknownEnglish", []float64{0.4, 0.55, 0.7, 0.85}},
		{"SpecUnknownKorean", []float64{0.4, 0.55, 0.7, 0.85, 1}},
		{"AskSpec", []float64{0, 0.3, 0.45, 0.6}},
		{"DetailCover", []float64{0.6, 0.7, 0.8, 0.9, 1.1}},
		{"HeadBonus", []float64{1, 1.2, 1.5}},
		{"SiblingLine", []float64{0.1, 0.3, 0.6, 1}},
		{"RowCells", []float64{3, 4}},
	}
}

// followUpKnobs are the parameters that only change how a follow-up is
// read: fitted on conversations, and measured on questions alike.
func followUpKnobs() []knob {
	return []knob{
		{"FollowUpSpec", []float64{0.4, 0.5, 0.6}},
		{"FollowUpRareDF", []float64{0, 1, 2}},
		{"ChatSpec", []float64{0.25, 0.35, 0.45, 0.55}},
		{"FollowUpParallel", []float64{1, 2, 3}},
		{"FollowUpSharedEnding", []float64{1, 2, 3}},
		{"ItemNameShare", []float64{0.02, 0.03, 0.05}},
		{"PartSpec", []float64{0.5, 0.6, 0.7}},
		{"StatedCover", []float64{0.4, 0.5, 0.6}},
		{"GoOnLines", []float64{1, 2}},
		{"BridgeLines", []float64{0, 1, 2}},
		{"IntroLines", []float64{0, 1, 2}},
		{"HeadLines", []float64{0, 1}},
		{"ImpliedEntity", []float64{0, 0.5, 1}},
		{"CountSpan", []float64{2, 3, 4}},
		{"FeedbackWeight", []float64{0, 0.5, 1, 2}},
		{"AloneFeedback", []float64{0, 0.25, 0.5, 1}},
		{"CarriedShare", []float64{0.5, 1, 2}},
		{"CarriedTopic", []float64{4, 8, 16}},
		{"NextTyped", []float64{0.3, 0.5, 0.7, 1.1}},
		{"NextWeight", []float64{0, 1, 3}},
		{"FuseWeight", []float64{0, 0.5, 1, 1.5}},
		{"FuseRank", []float64{1, 3, 10}},
	}
}

// chosen is every knob, or those named in a comma-separated list.
func chosen(names string) ([]knob, error) {
	all := append(knobs(), followUpKnobs()...)
	if names == "" {
		return all, nil
	}
	var out []knob
	for _, n := range strings.Split(names, ",") {
		i := slices.IndexFunc(all, func(k knob) bool { return k.name == strings.TrimSpace(n) })
		if i < 0 {
			return nil, fmt.Errorf("-knobs: no knob %q", n)
		}
		out = append(out, all[i])
	}
	return out, nil
}

// golds are gold files: questions asked alone, and conversations.
type golds struct {
	questions, conversations []string
}

// each yields every file of g, questions first, with golds of it alone.
func (g golds) each() iter.Seq2[string, golds] {
	return func(yield func(string, golds) bool) {
		for _, f := range g.questions {
			if !yield(f, golds{questions: []string{f}}) {
				return
			}
		}
		for _, f := range g.conversations {
			if !yield(f, golds{conversations: []string{f}}) {
				return
			}
		}
	}
}

// sample is what one measure asks: questions alone, and conversations.
type sample struct {
	qs []quality.Question
	cs []quality.Conversation
}

func load(g golds) (sample, error) {
	var s sample
	for _, f := range g.questions {
		qs, err := quality.Load(f)
		if err != nil {
			return s, err
		}
		s.qs = append(s.qs, qs...)
	}
	for _, f := range g.conversations {
		cs, err := quality.LoadConversations(f)
		if err != nil {
			return s, err
		}
		s.cs = append(s.cs, cs...)
	}
	return s, nil
}

type tuner struct {
	x       *search.Index
	clean   *markup.Cleaner
	tables  *answer.Tables
	dialogs *dialog.Tables
	knobs   []knob
	fitOn   sample
}

func newTuner(fit golds) (*tuner, error) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		return nil, err
	}
	t := &tuner{x: x, clean: markup.New(), tables: answer.NewTables(x.Patterns()), dialogs: dialog.NewTables(), knobs: append(knobs(), followUpKnobs()...)}
	if t.fitOn, err = load(fit); err != nil {
		x.Close()
		return nil, err
	}
	return t, nil
}

func (t *tuner) close() { t.x.Close() }

// figures are one measure's: questions alone, and conversations' first
// turns and follow-ups apart.
type figures struct {
	questions, first, followUps quality.Metrics
}

func (f figures) String() string {
	var b strings.Builder
	if f.questions.N > 0 {
		fmt.Fprintf(&b, "questions %s", f.questions)
	}
	if f.followUps.N > 0 {
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "follow-ups %s | first turns hit@3=%.3f", f.followUps, f.first.Hit3)
	}
	return b.String()
}

// replies are a sample's answers: each question's, and each
// conversation's turn by turn.
type replies struct {
	qs []answer.Answer
	cs [][]answer.Answer
}

// plus is r and o joined in arrays of their own: an append to r's would
// write into the room a fold's replies have past their length.
func (r replies) plus(o replies) replies {
	return replies{qs: slices.Concat(r.qs, o.qs), cs: slices.Concat(r.cs, o.cs)}
}

func (t *tuner) measure(ctx context.Context, p tuning.Params, s sample) (figures, error) {
	r, err := t.ask(ctx, p, s)
	if err != nil {
		return figures{}, err
	}
	return s.score(r), nil
}

// ask answers s with the parameters p.
func (t *tuner) ask(ctx context.Context, p tuning.Params, s sample) (replies, error) {
	x := t.x.With(p)
	e := answer.NewWith(x, t.tables)
	var r replies
	var err error
	if len(s.qs) > 0 {
		r.qs, err = quality.Answers(func(q string) (answer.Answer, error) {
			asked, _ := question.Parse(q, t.clean)
			return e.Ask(ctx, asked, answer.Shown)
		}, s.qs)
		if err != nil {
			return r, err
		}
	}
	if len(s.cs) > 0 {
		d := dialog.NewWith(x, e, dialog.Defaults(), t.dialogs)
		r.cs, err = quality.ConversationAnswers(func() quality.Asker {
			var st dialog.State
			return func(q string) (answer.Answer, error) {
				asked, _ := question.Parse(q, t.clean)
				r, err := d.Reply(ctx, st, asked, answer.Shown)
				if err != nil {
					return r.Answer, err
				}
				st.Add(r.Turn, d.Params().MaxTurns)
				return r.Answer, nil
			}
		}, s.cs)
	}
	return r, err
}

// score is the figures of r, s's replies.
func (s sample) score(r replies) figures {
	var f figures
	if len(s.qs) > 0 {
		f.questions = quality.Score(s.qs, r.qs)
	}
	if len(s.cs) > 0 {
		f.first, f.followUps = quality.ScoreConversations(s.cs, r.cs)
	}
	return f
}

// objective rewards answers found and out-of-scope questions flagged
// (declined or hedged); a false decline costs as much as a miss, since a
// writer then believes the report is silent, and a hedge on a question the
// report answers costs half of that: the user is told to doubt a right
// answer. Hedging more than one answer in ten costs steeply: past that a
// reader learns to ignore the hedge, and no count of flagged near misses
// buys that back. Questions and follow-ups count alike, each by its own
// figures: neither may be bought with the other.
func objective(f figures) float64 {
	one := func(m quality.Metrics) float64 {
		if m.N == 0 {
			return 0
		}
		return m.Hit3 + 0.5*m.Hit1 + m.AnswerRate + m.OOSFlagged - 0.5*m.HedgeRate - 4*max(0, m.HedgeRate-hedgeBudget)
	}
	return one(f.questions) + one(f.followUps)
}

// hedgeBudget is the share of answerable questions a hedge may fall on
// before it costs steeply.
const hedgeBudget = 0.10

// fit moves one parameter at a time to the value that scores best on s,
// from the shipped values, whose figures on s are shipped. A parameter
// leaves its shipped value only for a better score, not a tie: a move the
// data does not ask for is noise. It returns the values it ends on with
// their figures on s. No values are measured twice: a later round meets
// again every value an earlier one tried where nothing moved between.
func (t *tuner) fit(ctx context.Context, s sample, shipped figures, rounds int) (tuning.Params, figures, error) {
	p, at := t.x.Params(), shipped
	measured := map[tuning.Params]figures{p: shipped}
	best := objective(shipped)
	for r := 0; r < rounds; r++ {
		for _, k := range t.knobs {
			for _, v := range k.values {
				if err := ctx.Err(); err != nil {
					return p, at, err
				}
				q := p
				if err := k.set(&q, v); err != nil {
					return p, at, err
				}
				m, ok := measured[q]
				if !ok {
					var err error
					if m, err = t.measure(ctx, q, s); err != nil {
						return p, at, err
					}
					measured[q] = m
				}
				if o := objective(m); o > best+1e-9 {
					best, p, at = o, q, m
				}
			}
		}
	}
	return p, at, nil
}

// folds splits s into k parts, questions and conversations each shuffled
// apart: a conversation stays whole in one fold, since its follow-ups lean
// on its first turn.
func folds(s sample, k int, seed int64) []sample {
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	out := make([]sample, k)
	for i, j := range rng.Perm(len(s.qs)) {
		out[i%k].qs = append(out[i%k].qs, s.qs[j])
	}
	for i, j := range rng.Perm(len(s.cs)) {
		out[i%k].cs = append(out[i%k].cs, s.cs[j])
	}
	return out
}

// plus is s and o joined in arrays of their own, as replies.plus.
func (s sample) plus(o sample) sample {
	return sample{qs: slices.Concat(s.qs, o.qs), cs: slices.Concat(s.cs, o.cs)}
}

// without is every part but the k-th joined, in turn; a k of no part
// joins them all.
func without[T interface{ plus(T) T }](parts []T, k int) T {
	var out T
	for i, p := range parts {
		if i != k {
			out = out.plus(p)
		}
	}
	return out
}

// crossValidate fits on all folds but one and measures on that one, for
// each fold, then fits on all. The shipped values are asked each question
// once, fold by fold: their figures on a held-out fold, on the folds a fit
// starts from and on the whole are scored from those replies, for each
// question and conversation is answered alike in any sample.
func (t *tuner) crossValidate(ctx context.Context, w io.Writer, k, rounds int, seed int64) error {
	shipped := t.x.Params()
	parts := folds(t.fitOn, k, seed)
	asked := make([]replies, len(parts))
	for i, part := range parts {
		r, err := t.ask(ctx, shipped, part)
		if err != nil {
			return err
		}
		asked[i] = r
	}
	var held, shippedHeld []figures
	for i, part := range parts {
		rest := without(parts, i)
		p, _, err := t.fit(ctx, rest, rest.score(without(asked, i)), rounds)
		if err != nil {
			return err
		}
		d := part.score(asked[i])
		m := d
		if p != shipped {
			if m, err = t.measure(ctx, p, part); err != nil {
				return err
			}
		}
		picks, err := moved(p, shipped, t.knobs)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "fold %d picks: %s\n", i+1, strings.Join(picks, ", "))
		fmt.Fprintf(w, "fold %d held out, shipped: %s (objective %.4f)\n", i+1, d, objective(d))
		fmt.Fprintf(w, "fold %d held out, fitted: %s (objective %.4f)\n", i+1, m, objective(m))
		held = append(held, m)
		shippedHeld = append(shippedHeld, d)
	}
	fmt.Fprintf(w, "held-out folds pooled, shipped: %s\n", poolFigures(shippedHeld))
	fmt.Fprintf(w, "held-out folds pooled, fitted: %s\n", poolFigures(held))
	all := without(parts, -1)
	d := all.score(without(asked, -1))
	p, m, err := t.fit(ctx, all, d, rounds)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "fitted on all: %+v\n", p)
	picks, err := moved(p, shipped, t.knobs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "fitted on all picks: %s\n", strings.Join(picks, ", "))
	fmt.Fprintf(w, "training figures (not a measure of quality): %s\n", m)
	fmt.Fprintf(w, "current defaults on all: %s\n", d)
	return nil
}

// moved names each knob of ks whose value in p is not the shipped one,
// as Name=fitted (shipped), or says that every knob kept its value: the
// per-fold picks say whether the folds agree on a move.
func moved(p, shipped tuning.Params, ks []knob) ([]string, error) {
	var out []string
	for _, k := range ks {
		a, err := knobValue(p, k.name)
		if err != nil {
			return nil, err
		}
		b, err := knobValue(shipped, k.name)
		if err != nil {
			return nil, err
		}
		if a != b {
			out = append(out, fmt.Sprintf("%s=%v (shipped %v)", k.name, a, b))
		}
	}
	if len(out) == 0 {
		return []string{"every knob kept"}, nil
	}
	return out, nil
}

// knobValue is the value of p's field name, as the fit prints it.
func knobValue(p tuning.Params, name string) (any, error) {
	f, err := paramField(&p, name)
	if err != nil {
		return nil, fmt.Errorf("knob: %w", err)
	}
	return f.Interface(), nil
}

// measureEach prints the figures of p on each gold file of g.
func (t *tuner) measureEach(ctx context.Context, w io.Writer, p tuning.Params, g golds) error {
	for f, one := range g.each() {
		s, err := load(one)
		if err != nil {
			return err
		}
		m, err := t.measure(ctx, p, s)
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
	f, err := paramField(p, name)
	if err != nil {
		return fmt.Errorf("-set %q: %w", s, err)
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
		return fmt.Errorf("-set %q: %w", s, errNotNumber)
	}
	return nil
}

// poolFigures pools each of the folds' figures apart.
func poolFigures(fs []figures) figures {
	var q, first, follow []quality.Metrics
	for _, f := range fs {
		q, first, follow = append(q, f.questions), append(first, f.first), append(follow, f.followUps)
	}
	return figures{questions: pool(q), first: pool(first), followUps: pool(follow)}
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
