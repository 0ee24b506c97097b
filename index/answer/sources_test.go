package answer

import "testing"

// TestEnglishSource checks a source named for an English reader: each
// word by its English name where the entity table or the glossary knows
// one, capitalised as a citation's name, a word the report prints in
// capitals in capitals, and the date as printed. The names are made up
// around words the tables know.
func TestEnglishSource(t *testing.T) {
	s := newSourceNames()
	caps := func(w string) bool { return w == "AI" }
	tests := []struct{ name, source, want string }{
		{"a company's English name and a glossary word", "SK하이닉스 보도자료(2021.5.3.)", "SK hynix Press Release (2021.5.3.)"},
		{"a word printed in capitals stays in capitals", "인공지능신문(21.05.03)", "AI Times (21.05.03)"},
		{"a word neither knows is named as printed", "가나다일보(2021.5.3.)", "가나다일보 (2021.5.3.)"},
		{"an author's works of one year keep their letter", "SPRI(2021b)", "SPRI (2021b)"},
		{"a Latin name is as printed", "Reuter(2021.5.3.)", "Reuter (2021.5.3.)"},
		{"no date", "삼성전자 뉴스룸", "Samsung Electronics Newsroom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.english(tt.source, caps); got != tt.want {
				t.Errorf("english(%q) = %q, want %q", tt.source, got, tt.want)
			}
		})
	}
}
