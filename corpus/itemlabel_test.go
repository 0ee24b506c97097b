package corpus

import "testing"

// TestItemLabel checks the "(X)" label read at the start of a bullet's
// text: a country's, a site's with its place, none where the text opens
// otherwise or the parenthesis is not first.
func TestItemLabel(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a country's label", "(미국) 반도체 지원", "미국"},
		{"a site's label with its place", "(실리콘 색소니, 독일 드레스덴) 생산기지", "실리콘 색소니, 독일 드레스덴"},
		{"bold marks removed", "**(EU)** 반도체 법안", "EU"},
		{"no label", "한편, 프랑스·독일 등", ""},
		{"a parenthesis later in the line", "연구시설(클러스터)을 보유", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ItemLabel(tt.text); got != tt.want {
				t.Errorf("ItemLabel(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
