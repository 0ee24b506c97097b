package answer

import (
	"strings"
	"unicode"

	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// sourceNames are the English names of the words a source is named by: a
// country's or company's English name (삼성전자 → Samsung Electronics),
// else the glossary's English for the word (보도자료 → press release),
// which english capitalises. A word neither knows is named as printed.
type sourceNames map[string]string

func newSourceNames() sourceNames {
	out := sourceNames{}
	for _, e := range entity.Default().Entities() {
		if e.English == "" {
			continue
		}
		for _, k := range append([]string{e.Name}, e.Mention...) {
			if _, ok := out[k]; !ok && analysis.HasHangul(k) {
				out[k] = e.English
			}
		}
	}
	// The glossary is embedded and its own tests prove it parses; were it
	// not to, a source would be named as printed.
	entries, _ := analysis.EmbeddedGlossary()
	for _, en := range entries {
		for _, k := range en.Korean {
			if _, ok := out[k]; !ok && !strings.Contains(k, " ") {
				out[k] = en.English
			}
		}
	}
	return out
}

// titled capitalises each word of a glossary's English, as a name in a
// citation is written, and a word the report prints in capitals (caps:
// "AI") in capitals.
func titled(s string, caps func(string) bool) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if up := strings.ToUpper(w); caps(up) {
			ws[i] = up
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// english is a source ("삼성전자 뉴스룸(2022.10.4.)", as sourceName gives it)
// as an English reader reads it: each word by its English name where one
// is known ("Samsung Electronics Newsroom (2022.10.4.)"). caps tells
// whether the report prints a word in capitals as a word of its own. The
// date is the citation's as printed: its digits read in any language,
// and they are what the reader finds the footnote by.
func (s sourceNames) english(name string, caps func(string) bool) string {
	head, date := name, ""
	if i := strings.LastIndex(name, "("); i > 0 && strings.HasSuffix(name, ")") {
		head, date = strings.TrimSpace(name[:i]), name[i:]
	}
	words := strings.Fields(head)
	for i, w := range words {
		if en, ok := s[w]; ok {
			words[i] = en
			if strings.ToLower(en) == en {
				words[i] = titled(en, caps) // the glossary's, in lower case
			}
		}
	}
	if head = strings.Join(words, " "); date == "" {
		return head
	}
	return head + " " + date
}

// printsCapitals tells whether the report prints w, a word in capitals,
// as a word of its own ("AI" of "AI 반도체"), not only inside another
// ("SAID").
func (e *Engine) printsCapitals(w string) bool {
	for _, p := range e.x.Document().Passages {
		for i := strings.Index(p.Text, w); i >= 0; {
			end := i + len(w)
			if (i == 0 || !latinLetter(p.Text[i-1])) && (end == len(p.Text) || !latinLetter(p.Text[end])) {
				return true
			}
			next := strings.Index(p.Text[end:], w)
			if next < 0 {
				break
			}
			i = end + next
		}
	}
	return false
}

func latinLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
