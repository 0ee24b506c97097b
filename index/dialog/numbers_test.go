package dialog

import "testing"

// TestOnlyNumbers checks which messages name nothing but numbers: a year
// or a figure's number alone is no topic a plain reading could find.
func TestOnlyNumbers(t *testing.T) {
	tests := []struct {
		name  string
		slots []Slot
		want  bool
	}{
		{"a year alone", []Slot{{Kind: SlotCode, Text: "2030"}}, true},
		{"two years", []Slot{{Kind: SlotCode, Text: "2020"}, {Kind: SlotCode, Text: "2024"}}, true},
		{"a year and a country", []Slot{{Kind: SlotCode, Text: "2030"}, {Kind: SlotCountry, Text: "일본"}}, false},
		{"a code in letters", []Slot{{Kind: SlotCode, Text: "HBM3"}}, false},
		{"nothing", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := onlyNumbers(tt.slots); got != tt.want {
				t.Errorf("onlyNumbers(%v) = %v, want %v", tt.slots, got, tt.want)
			}
		})
	}
}
