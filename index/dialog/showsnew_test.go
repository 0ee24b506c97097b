package dialog

import (
	"maps"
	"testing"
)

// TestShowsNew checks that a quote shows something new where one of its
// lines says something no quote the thread showed shows, whole or cut
// short, and nothing new where every line was shown or is blank.
func TestShowsNew(t *testing.T) {
	shown := []string{"첫째 줄이다\n둘째 줄이다", "셋째 줄의 앞부분…"}
	tests := []struct {
		name    string
		excerpt string
		want    bool
	}{
		{"every line shown", "첫째 줄이다\n둘째 줄이다", false},
		{"a line shown cut short", "셋째 줄의 앞부분", false},
		{"a blank line is nothing new", "첫째 줄이다\n \n둘째 줄이다", false},
		{"one line new", "첫째 줄이다\n넷째 줄이다", true},
		{"a new quote", "다섯째 줄이다", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := showsNew(tt.excerpt, shown); got != tt.want {
				t.Errorf("showsNew(%q) = %v, want %v", tt.excerpt, got, tt.want)
			}
		})
	}
}

// TestStateShownPassages checks that a thread's shown passages are every
// turn's, each once, and none for a thread with nothing shown.
func TestStateShownPassages(t *testing.T) {
	tests := []struct {
		name  string
		turns []Turn
		want  map[int]bool
	}{
		{"no turns", nil, map[int]bool{}},
		{"a declined turn", []Turn{{}}, map[int]bool{}},
		{"two turns, one passage twice", []Turn{
			{Evidence: []Evidence{{PassageID: 3}, {PassageID: 5}}},
			{Evidence: []Evidence{{PassageID: 5}, {PassageID: 8}}},
		}, map[int]bool{3: true, 5: true, 8: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (State{Turns: tt.turns}).shownPassages(); !maps.Equal(got, tt.want) {
				t.Errorf("shownPassages() = %v, want %v", got, tt.want)
			}
		})
	}
}
