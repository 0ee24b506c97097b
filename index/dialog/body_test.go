package dialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/pairing"
)

// TestKoreanOf: a quote of the English summary gets, for each sentence it
// shows that the pairing pairs with a body line, that line, once; a line
// the quote holds already, a sentence it does not show and a passage
// whose sentences pair with no line get nothing.
func TestKoreanOf(t *testing.T) {
	e, _ := newEngine(t)
	p := e.x.Pairing()
	var paired, unpaired pairing.Sentence
	var line string
	found, alone := false, false
	for _, s := range p.Sentences() {
		lines := e.condensed().linesOf(s)
		switch {
		case len(lines) > 0 && !found:
			paired, line, found = s, lines[0].Text, true
		case len(e.condensed()[s.Passage]) == 0 && !alone:
			unpaired, alone = s, true
		}
	}
	if !found || !alone {
		t.Fatalf("the report's summary has no paired sentence (%v) or no passage without a pair (%v)", found, alone)
	}
	tests := []struct {
		name    string
		id      int
		excerpt string
		want    []string
	}{
		{"a shown sentence gets its body line", paired.Passage, paired.Text, []string{line}},
		{"a sentence cut short is shown", paired.Passage, "…" + paired.Text[len(paired.Text)/3:], []string{line}},
		{"a sentence whose line the quote holds gets no other", paired.Passage, paired.Text + "\n" + line, nil},
		{"a sentence the quote does not show gets nothing", paired.Passage, "nothing of it", nil},
		{"a passage with no paired line gets nothing", unpaired.Passage, unpaired.Text, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.koreanOf(tt.id, tt.excerpt); !slices.Equal(got, tt.want) {
				t.Errorf("koreanOf(%d, %q) = %q, want %q", tt.id, tt.excerpt, got, tt.want)
			}
		})
	}
}

// TestWithKorean: in an answered reply, a result of the English summary
// shows its body line under its quote and a body result stays as it is; a
// line another result quotes is not shown again; a reply that answers
// nothing is left alone.
func TestWithKorean(t *testing.T) {
	e, _ := newEngine(t)
	sentences := e.x.Pairing().Sentences()
	i := slices.IndexFunc(sentences, func(x pairing.Sentence) bool {
		return len(e.condensed().linesOf(x)) > 0
	})
	if i < 0 {
		t.Fatal("no sentence of the report's summary is paired with a body line")
	}
	s := sentences[i]
	line := e.koreanOf(s.Passage, s.Text)
	if len(line) != 1 {
		t.Fatalf("koreanOf(%d, %q) = %q, want one line", s.Passage, s.Text, line)
	}
	summary := answer.Result{PassageID: s.Passage, Section: pairing.SummarySection, Excerpt: s.Text}
	other := answer.Result{PassageID: 0, Section: "1.1", Excerpt: "다른 줄"}
	quoting := answer.Result{PassageID: 0, Section: "1.1", Excerpt: line[0]}
	for _, tt := range []struct {
		name     string
		answered bool
		body     answer.Result
		grows    []bool
	}{
		{"answered: the summary's quote grows", true, other, []bool{true, false}},
		{"its line quoted by another result: nothing changes", true, quoting, []bool{false, false}},
		{"declined: nothing changes", false, other, []bool{false, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Reply{Answer: answer.Answer{Answered: tt.answered, Results: []answer.Result{summary, tt.body}}}
			got := e.withKorean(r).Answer.Results
			for i, want := range tt.grows {
				if grew := got[i].Excerpt != r.Answer.Results[i].Excerpt; grew != want {
					t.Errorf("result %d (%s) grew = %v, want %v: %q", i, got[i].Section, grew, want, got[i].Excerpt)
				}
			}
			if tt.grows[0] && !strings.HasPrefix(got[0].Excerpt, s.Text+"\n") {
				t.Errorf("the summary's quote %q no longer leads with its sentence", got[0].Excerpt)
			}
		})
	}
}

// TestBodyGoesOn: "more" of a shown summary sentence goes on under its
// quote with the body line it is paired with and the lines of that line's
// passage after it that no turn has shown, up to n (the sentence's next
// paired line where one's passage is read); a quote of the body, a
// sentence paired with no line and a body read to its end get nothing.
func TestBodyGoesOn(t *testing.T) {
	e, _ := newEngine(t)
	var paired, unpaired pairing.Sentence
	var at bodyLine
	found, alone := false, false
	for _, s := range e.x.Pairing().Sentences() {
		lines := e.condensed().linesOf(s)
		switch {
		case len(lines) > 0 && !found:
			paired, at, found = s, lines[0], true
		case len(e.condensed()[s.Passage]) == 0 && !alone:
			unpaired, alone = s, true
		}
	}
	if !found || !alone {
		t.Fatalf("the report's summary has no paired sentence (%v) or no passage without a pair (%v)", found, alone)
	}
	body := strings.Split(e.x.Document().Passages[at.Passage].Text, "\n")[at.Line:]
	if len(body) < 2 {
		t.Fatalf("the paired line %q ends its passage; the test needs one after it", at.Text)
	}
	var read []string // every passage the sentence's lines stand in, read whole
	for _, ln := range e.condensed().linesOf(paired) {
		read = append(read, strings.Split(e.x.Document().Passages[ln.Passage].Text, "\n")...)
	}
	summary := answer.Result{PassageID: paired.Passage, Section: pairing.SummarySection, Excerpt: paired.Text}
	tests := []struct {
		name   string
		res    answer.Result
		shown  []string
		n      int
		want   string
		wantOK bool
	}{
		{"the paired line and the next", summary, nil, 2, paired.Text + "\n" + body[0] + "\n" + body[1], true},
		{"a line a turn showed is left out", summary, []string{body[0]}, 1, paired.Text + "\n" + body[1], true},
		{"a body read to its end gives nothing", summary, read, 3, paired.Text, false},
		{"a quote of the body gives nothing", answer.Result{PassageID: at.Passage, Section: "1.1", Excerpt: at.Text}, nil, 3, at.Text, false},
		{"a sentence paired with no line gives nothing", answer.Result{PassageID: unpaired.Passage, Section: pairing.SummarySection, Excerpt: unpaired.Text}, nil, 3, unpaired.Text, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := e.bodyGoesOn(tt.res, tt.shown, tt.n)
			if got.Excerpt != tt.want || ok != tt.wantOK {
				t.Errorf("bodyGoesOn(%q) = %q, %v; want %q, %v", tt.res.Excerpt, got.Excerpt, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// linesOf returns the body lines summary sentence s condenses: the
// tests' look-up, as the engine walks a passage's sentences instead.
func (t condensedTable) linesOf(s pairing.Sentence) []bodyLine {
	for _, c := range t[s.Passage] {
		if c.Index == s.Index {
			return c.lines
		}
	}
	return nil
}

// TestKoreanUnderFinalQuotes: the body line of each summary sentence a
// reply's final quote shows stands under it, a sentence that a step after
// the answer (equalled, going on with the message's own words) brought
// into the quote as well as those the answer engine quoted. The thread
// asks first of the recommendations for AI software, then how the one for
// memory chips differs: the second quote of the English summary grows by
// a clause of the sentence on the fields Korea leads in, whose paired
// body line must then be shown too.
func TestKoreanUnderFinalQuotes(t *testing.T) {
	e, _ := newEngine(t)
	rs := converse(t, e, "What does the report propose for Korean AI software makers?", "How is that unlike its proposal for memory chips?")
	last := rs[len(rs)-1]
	checked := 0
	for _, x := range last.Answer.Results {
		if x.Section != pairing.SummarySection {
			continue
		}
		pieces := excerptPieces(x.Excerpt)
		for _, s := range e.condensed()[x.PassageID] {
			if !showsLine(pieces, s.Text) {
				continue
			}
			checked++
			shown := slices.ContainsFunc(s.lines, func(ln bodyLine) bool { return strings.Contains(x.Excerpt, ln.Text) }) ||
				slices.ContainsFunc(last.Answer.Results, func(y answer.Result) bool { return strings.Contains(y.Excerpt, s.lines[0].Text) })
			if !shown {
				t.Errorf("quote %q shows the sentence %q but not its body line %q", x.Excerpt, s.Text, s.lines[0].Text)
			}
		}
	}
	if checked == 0 {
		t.Fatalf("no summary sentence paired with a body line is shown: %v", last.Answer.Results)
	}
}
