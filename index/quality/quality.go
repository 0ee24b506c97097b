package quality

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/stepi-tools/reportbot/index/answer"
)

// OutOfScope is the kind of a question the report does not answer.
const OutOfScope = "out_of_scope"

// Question is one line of a gold file.
type Question struct {
	ID      string   `json:"id"`
	Lang    string   `json:"lang"`
	Q       string   `json:"q"`
	Gold    []string `json:"gold"`
	Section []string `json:"section"`
	Kind    string   `json:"kind"`
	Perturb string   `json:"perturb,omitempty"`
}

// Load reads a gold file: one JSON object a line, blank lines ignored.
func Load(path string) ([]Question, error) {
	return load[Question](path, "gold file")
}

// load reads a file of one JSON object a line into Ts, blank lines
// ignored; what names the kind of file in errors.
func load[T any](path, what string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s %s line %d: %w", what, path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s %s: %w", what, path, err)
	}
	return out, nil
}

// Normalize is the evaluator's matching form: NFC, bold markers and all
// white space removed, A–Z lower-cased.
func Normalize(s string) string {
	s = norm.NFC.String(strings.ReplaceAll(s, "**", ""))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 32)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Metrics are the evaluator's figures over one set of questions.
type Metrics struct {
	N, InScope, OutOfScope              int
	Hit1, Hit3, EnHit3, Section1        float64
	AnswerRate, OOSReject, ExcerptRunes float64
	// OOSFlagged is the share of out-of-scope questions declined or
	// hedged: the user was told the report does not answer. HedgeRate is
	// the share of in-scope questions answered with a hedge.
	OOSFlagged, HedgeRate float64
	// Misses name the in-scope questions not answered in the top three and
	// the out-of-scope ones answered.
	Misses []string
}

// Asker answers one question.
type Asker func(q string) (answer.Answer, error)

// Rank is where the first excerpt holding a gold substring stands (1-based),
// 0 when none of the first k does.
func Rank(q Question, a answer.Answer, k int) int {
	for i, r := range a.Results {
		if i >= k {
			break
		}
		shown := Normalize(r.Excerpt + " " + strings.Join(r.Sources, " "))
		for _, g := range q.Gold {
			if strings.Contains(shown, Normalize(g)) {
				return i + 1
			}
		}
	}
	return 0
}

// Measure asks every question and scores the answers.
func Measure(ask Asker, qs []Question) (Metrics, error) {
	as, err := Answers(ask, qs)
	if err != nil {
		return Metrics{}, err
	}
	return Score(qs, as), nil
}

// Answers asks every question in turn: what Measure scores, kept for
// scoring again as part of other samples (Score).
func Answers(ask Asker, qs []Question) ([]answer.Answer, error) {
	as := make([]answer.Answer, len(qs))
	for i, q := range qs {
		a, err := ask(q.Q)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", q.ID, q.Q, err)
		}
		as[i] = a
	}
	return as, nil
}

// Score is the evaluator's figures of answers as, one for each of qs.
// Each question counts alone, so the answers of two samples joined score
// as the two asked together.
func Score(qs []Question, as []answer.Answer) Metrics {
	var m Metrics
	var en, withSec, lens, nLens float64
	for i, q := range qs {
		a := as[i]
		m.N++
		answered := a.Answered && len(a.Results) > 0
		hedged := answered && namesOwnWord(a.Missing, q.Q)
		if q.Kind == OutOfScope {
			m.OutOfScope++
			switch {
			case !answered:
				m.OOSReject++
				m.OOSFlagged++
			case hedged:
				m.OOSFlagged++
			default:
				m.Misses = append(m.Misses, q.ID+" answered out of scope: "+q.Q)
			}
			continue
		}
		m.InScope++
		if q.Lang == "en" {
			en++
		}
		if answered {
			m.AnswerRate++
		}
		if hedged {
			m.HedgeRate++
		}
		for _, r := range a.Results {
			lens += float64(utf8.RuneCountInString(r.Excerpt))
			nLens++
		}
		switch rank := Rank(q, a, 5); {
		case rank == 1:
			m.Hit1++
			fallthrough
		case rank >= 1 && rank <= 3:
			m.Hit3++
			if q.Lang == "en" {
				m.EnHit3++
			}
		default:
			m.Misses = append(m.Misses, q.ID+" missed: "+q.Q)
		}
		if len(q.Section) > 0 {
			withSec++
			if answered {
				for _, s := range q.Section {
					if strings.HasPrefix(a.Results[0].Section, s) {
						m.Section1++
						break
					}
				}
			}
		}
	}
	div := func(a, b float64) float64 {
		if b == 0 {
			return 0
		}
		return a / b
	}
	m.Hit1, m.Hit3, m.EnHit3 = div(m.Hit1, float64(m.InScope)), div(m.Hit3, float64(m.InScope)), div(m.EnHit3, en)
	m.Section1 = div(m.Section1, withSec)
	m.AnswerRate = div(m.AnswerRate, float64(m.InScope))
	m.OOSReject = div(m.OOSReject, float64(m.OutOfScope))
	m.OOSFlagged = div(m.OOSFlagged, float64(m.OutOfScope))
	m.HedgeRate = div(m.HedgeRate, float64(m.InScope))
	m.ExcerptRunes = div(lens, nLens)
	return m
}

// namesOwnWord reports whether a hedge names a word of the question
// itself: the evaluator counts only those, so a follow-up hedged on a word
// carried from an earlier turn is not a hedge to it.
func namesOwnWord(missing []string, q string) bool {
	nq := Normalize(q)
	for _, w := range missing {
		if w := Normalize(w); w != "" && strings.Contains(nq, w) {
			return true
		}
	}
	return false
}

// Conversation is one line of a conversation gold file: turns asked in
// order, each after the answers to those before it. A turn's ID is the
// conversation's and its number ("c01#2"), and its language the
// conversation's.
type Conversation struct {
	ID    string     `json:"id"`
	Lang  string     `json:"lang"`
	Turns []Question `json:"turns"`
}

// LoadConversations reads a conversation gold file, as the evaluator's
// score-conv does: one conversation a line, blank lines ignored.
func LoadConversations(path string) ([]Conversation, error) {
	cs, err := load[Conversation](path, "conversation file")
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if len(c.Turns) == 0 {
			return nil, fmt.Errorf("conversation file %s: conversation %q: %w", path, c.ID, ErrNoTurns)
		}
		for i := range c.Turns {
			c.Turns[i].ID = fmt.Sprintf("%s#%d", c.ID, i+1)
			c.Turns[i].Lang = c.Lang
		}
	}
	return cs, nil
}

// ErrNoTurns is a conversation with no turns to ask.
var ErrNoTurns = errors.New("a conversation has no turns")

// MeasureConversations asks every conversation's turns in order, each
// conversation in a chat of its own (talk starts one), and scores first
// turns and follow-ups apart, as score-conv does: a bot can be good at
// questions and bad at what follows them.
func MeasureConversations(talk func() Asker, cs []Conversation) (first, followUps Metrics, err error) {
	as, err := ConversationAnswers(talk, cs)
	if err != nil {
		return first, followUps, err
	}
	first, followUps = ScoreConversations(cs, as)
	return first, followUps, nil
}

// ConversationAnswers asks every conversation's turns in order, each
// conversation in a chat of its own: as[i][j] answers turn j of cs[i].
// A conversation's answers depend on its own turns alone, so they may be
// scored again as part of other samples (ScoreConversations).
func ConversationAnswers(talk func() Asker, cs []Conversation) ([][]answer.Answer, error) {
	as := make([][]answer.Answer, len(cs))
	for i, c := range cs {
		ask := talk()
		as[i] = make([]answer.Answer, len(c.Turns))
		for j, q := range c.Turns {
			a, err := ask(q.Q)
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", q.ID, q.Q, err)
			}
			as[i][j] = a
		}
	}
	return as, nil
}

// ScoreConversations scores the answers as (see ConversationAnswers) to
// the turns of cs, first turns and follow-ups apart.
func ScoreConversations(cs []Conversation, as [][]answer.Answer) (first, followUps Metrics) {
	var fq, uq []Question
	var fa, ua []answer.Answer
	for i, c := range cs {
		for j, q := range c.Turns {
			if j == 0 {
				fq, fa = append(fq, q), append(fa, as[i][j])
			} else {
				uq, ua = append(uq, q), append(ua, as[i][j])
			}
		}
	}
	return Score(fq, fa), Score(uq, ua)
}

// String prints the figures as the evaluator's last line does.
func (m Metrics) String() string {
	return fmt.Sprintf("hit@1=%.3f hit@3=%.3f section@1=%.3f oos_reject=%.3f answer_rate=%.3f excerpt_len=%.0f oos_flagged=%.3f hedge_rate=%.3f (n=%d)",
		m.Hit1, m.Hit3, m.Section1, m.OOSReject, m.AnswerRate, m.ExcerptRunes, m.OOSFlagged, m.HedgeRate, m.N)
}

// Metricer is what a benchmark reports its own figures to (*testing.B).
type Metricer interface {
	ReportMetric(n float64, unit string)
}

// ReportLatency reports the median and the 99th percentile of the
// latencies a benchmark measured, in milliseconds, as p50-ms and p99-ms,
// so that every benchmark of answering reads its percentiles alike.
func ReportLatency(b Metricer, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	lat = slices.Sorted(slices.Values(lat))
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
