package analysis

import "testing"

func TestQuestionWordsOpens(t *testing.T) {
	q := NewQuestionWords()
	tests := []struct {
		name, w string
		want    Ask
	}{
		{"who", "누구", AskWho},
		{"who as the subject", "누가", AskWho},
		{"who with the copula's ending", "누군지", AskWho},
		{"the indefinite someone", "누군가", AskNone},
		{"the indefinite someone with a particle", "누군가를", AskNone},
		{"who with a question ending", "누군가요", AskWho},
		{"what with the object's particle is a frame word, not a form", "뭘로", AskNone},
		{"what", "무엇인지", AskWhat},
		{"what kind, before a noun", "무슨", AskWhich},
		{"when with an ending", "언제쯤", AskWhen},
		{"where", "어디서", AskWhere},
		{"how much", "얼마야", AskAmount},
		{"how many with a counter", "몇개", AskAmount},
		{"which", "어느", AskWhich},
		{"how", "어떻게", AskHow},
		{"how as the predicate", "어때", AskHow},
		{"why", "왜", AskWhy},
		{"a noun", "반도체", AskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := q.Opens(tt.w); got != tt.want {
				t.Errorf("Opens(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}

func TestAskClasses(t *testing.T) {
	tests := []struct {
		name            string
		a               Ask
		nominal, detail bool
	}{
		{"who", AskWho, true, true},
		{"what", AskWhat, true, false},
		{"when", AskWhen, true, true},
		{"where", AskWhere, true, true},
		{"how much", AskAmount, true, true},
		{"which", AskWhich, false, false},
		{"how", AskHow, false, false},
		{"why", AskWhy, false, false},
		{"none", AskNone, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Nominal(); got != tt.nominal {
				t.Errorf("Nominal() = %v, want %v", got, tt.nominal)
			}
			if got := tt.a.Detail(); got != tt.detail {
				t.Errorf("Detail() = %v, want %v", got, tt.detail)
			}
		})
	}
}

func TestQuestionWordsInWords(t *testing.T) {
	q := NewQuestionWords()
	tests := []struct {
		name, w           string
		ending            Ask
		determiner, holds bool
	}{
		{"typed onto the word it asks about", "가격얼마", AskAmount, false, true},
		{"a question word alone ends no longer word", "얼마", AskNone, false, true},
		{"a determiner", "어느", AskNone, true, true},
		{"a determiner of kind", "무슨", AskNone, true, true},
		{"who is no determiner", "누구", AskNone, false, true},
		{"inside a run", "몇개였어", AskNone, false, true},
		{"how as the predicate", "가격 어때", AskHow, false, true},
		{"who with the copula makes a clause the verb asks of", "위원장 누군지 나와있어", AskNone, false, false},
		{"the indefinite someone", "누군가 있어", AskNone, false, false},
		{"who bare with the copula typed in full", "누구인지 나와있어", AskNone, false, true},
		{"a noun", "반도체", AskNone, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := q.Ending(tt.w).Ask; got != tt.ending {
				t.Errorf("Ending(%q) = %v, want %v", tt.w, got, tt.ending)
			}
			if got := q.Determiner(tt.w); got != tt.determiner {
				t.Errorf("Determiner(%q) = %v, want %v", tt.w, got, tt.determiner)
			}
			if got := q.Holds(tt.w); got != tt.holds {
				t.Errorf("Holds(%q) = %v, want %v", tt.w, got, tt.holds)
			}
		})
	}
}

func TestQuestionWordsNoun(t *testing.T) {
	q := NewQuestionWords()
	tests := []struct {
		name, w string
		fused   Fusion
		noun    bool
	}{
		{"who bare", "누구야", Bare, true},
		{"who with the subject's particle", "누가맡아", Particle, false},
		{"who with the copula", "누군지", Copula, false},
		{"how much", "얼마임", Bare, true},
		{"how as the predicate", "어때요", Ending, false},
		{"which is no noun", "어느", Bare, false},
		{"a noun", "반도체", Bare, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := q.Opening(tt.w)
			if w.Fused != tt.fused {
				t.Errorf("Opening(%q).Fused = %v, want %v", tt.w, w.Fused, tt.fused)
			}
			if got := w.Noun(); got != tt.noun {
				t.Errorf("Opening(%q).Noun() = %v, want %v", tt.w, got, tt.noun)
			}
		})
	}
}

func TestWordAsksDetail(t *testing.T) {
	q := NewQuestionWords()
	tests := []struct {
		name, w string
		want    bool
	}{
		{"who bare", "가격누구", true},
		{"how much typed onto its noun", "가격얼마", true},
		{"how many typed onto its noun", "인원몇", true},
		{"what asks what the thing is", "이거뭐", false},
		{"what in full", "이것무엇", false},
		{"who with the subject's particle", "담당누가", false},
		{"who with the copula", "담당누군", false},
		{"the indefinite someone", "담당누군가", false},
		{"which before a noun", "가격어느", false},
		{"a noun", "반도체", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := q.Ending(tt.w).AsksDetail(); got != tt.want {
				t.Errorf("Ending(%q).AsksDetail() = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
