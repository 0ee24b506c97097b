package dialog

import (
	"slices"
	"testing"
)

// TestRestOfTheListIsMore checks that a message asking for the rest of
// what was shown, with no word of its own, goes on with the last answer's
// results rather than asking the last question again.
func TestRestOfTheListIsMore(t *testing.T) {
	e, _ := newEngine(t)
	const first = "EU AI법이 금지한 항목은 뭐가 있어?"
	tests := []struct {
		name, msg string
	}{
		{"the rest", "나머지는?"},
		{"besides that", "그 밖에는?"},
		{"other than that", "그거 말고는?"},
		{"apart from that", "그 외에는?"},
		{"go on", "이어서"},
		{"english", "the rest?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, first, tt.msg)
			if got := rs[1].Reading.Kind; got != More {
				t.Errorf("%q after %q read as %q, want %q", tt.msg, first, got, More)
			}
		})
	}
}

func TestInStripsOneParticle(t *testing.T) {
	set := wordSet("그거", "둘")
	tests := []struct {
		name, w string
		want    bool
	}{
		{"as listed", "그거", true},
		{"with a topic particle", "그거는", true},
		{"with a subject particle", "둘이", true},
		{"an object particle, which the stem takes off", "그거를", false},
		{"two particles", "그거는요", false},
		{"another word", "그게", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := in(set, tt.w); got != tt.want {
				t.Errorf("in(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}

func TestShownPassages(t *testing.T) {
	tests := []struct {
		name string
		turn Turn
		want []int
	}{
		{"nothing shown", Turn{}, nil},
		{"every quote's passage, in order", Turn{Evidence: []Evidence{{PassageID: 7}, {PassageID: 2}, {PassageID: 9}}}, []int{7, 2, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shownPassages(tt.turn); !slices.Equal(got, tt.want) {
				t.Errorf("shownPassages() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestWordsPastThoseGiven checks that the English words asking for things
// past those given ("beyond those", "besides those", "additional ones")
// ask for more, as "else" and "other" do, and that a word of time or
// place near them does not.
func TestWordsPastThoseGiven(t *testing.T) {
	f := newFrame()
	tests := []struct {
		name string
		word string
		want bool
	}{
		{"beyond those", "beyond", true},
		{"besides those", "besides", true},
		{"additional ones", "additional", true},
		{"else, as before", "else", true},
		{"before is no such word", "before", false},
		{"after is no such word", "after", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := in(f.more, tt.word); got != tt.want {
				t.Errorf("in(more, %q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestMoreSettlesTheAmbiguousWord checks that "더", both a compare and a
// more word, asks for more beside a word that only asks for more.
func TestMoreSettlesTheAmbiguousWord(t *testing.T) {
	f := newFrame()
	tests := []struct {
		name   string
		pieces []string
		want   bool
	}{
		{"more alone compares", []string{"어디가", "더", "커"}, true},
		{"more beside another", []string{"다른", "기업", "더", "있어"}, false},
		{"more beside besides", []string{"그", "외에", "더", "있어"}, false},
		{"english else", []string{"what", "else", "더"}, false},
		{"a plain compare word wins", []string{"다른", "비교", "더"}, true},
		{"no compare word", []string{"다른", "기업은"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.compares(tt.pieces); got != tt.want {
				t.Errorf("compares(%q) = %v, want %v", tt.pieces, got, tt.want)
			}
		})
	}
}
