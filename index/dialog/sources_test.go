package dialog

import "testing"

// TestShowsSources checks that a reply read as a source request, or
// recorded as one, shows the thread's lines as quoted, and no other does.
func TestShowsSources(t *testing.T) {
	tests := []struct {
		name    string
		reading Kind
		turn    Kind
		want    bool
	}{
		{"read as a source request", Sources, Ellipsis, true},
		{"recorded as a source request", Anaphora, Sources, true},
		{"both", Sources, Sources, true},
		{"neither", More, Ellipsis, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Reply{Reading: Reading{Kind: tt.reading}, Turn: Turn{Kind: tt.turn}}
			if got := r.showsSources(); got != tt.want {
				t.Errorf("showsSources() of reading %v, turn %v = %v, want %v", tt.reading, tt.turn, got, tt.want)
			}
		})
	}
}
