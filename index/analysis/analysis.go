package analysis

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// TokenKind tells where a token came from; weights and the decline decision
// depend on it.
type TokenKind int

const (
	TokKorean  TokenKind = iota // a Hangul word, particles and endings removed
	TokEnglish                  // an English word, stemmed
	TokCode                     // a Latin run with digits or capitals kept whole: HBM3E, 2nm, B200
	TokNumber                   // a number or year
	TokHanja                    // a Hanja abbreviation mapped to its Korean word
)

// Token is one analysed word.
type Token struct {
	Surface string
	Terms   []string // index terms; the first is the main form
	// Parts are the pieces of a compound or code ("반도체" and "법" of
	// "반도체법", "hbm" of "hbm3e"): indexed, but weaker evidence than Terms.
	Parts []string
	Kind  TokenKind
	// Verbal is set for a Korean word that ends as a verb or adjective does;
	// such words say less about the topic than nouns.
	Verbal bool
}

var reOrdinal = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)

// hanja maps the one-character abbreviations Korean policy writing uses.
var hanjaWords = map[rune]string{
	'美': "미국", '中': "중국", '日': "일본", '韓': "한국", '英': "영국", '獨': "독일",
	'佛': "프랑스", '歐': "유럽", '臺': "대만", '台': "대만", '新': "신", '對': "대",
}

// Particles and endings, stripped from the end of a Hangul word, longest first.
// Entries that start with 하/되/시키 turn 하다-verbs back into their nouns
// (발표했다 → 발표).
var koSuffixes = sortByLen([]string{
	// particles
	"이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "한테", "로", "으로",
	"와", "과", "도", "만", "까지", "부터", "처럼", "보다", "이나", "나", "랑", "이랑",
	"에는", "에서는", "으로는", "로는", "에도", "에서도", "와의", "과의", "로서", "으로서",
	"로써", "으로써", "에서의", "으로의", "로의", "에의", "이며", "이고", "이다", "이라는",
	"라는", "이란", "란", "들", "들이", "들은", "들을", "들의", "들에", "들과", "께서", "야", "이야",
	"이에요", "예요", "인가", "인지", "엔", "에선", "이랑", "만의", "만을", "보다는", "까지의",
	"부터의", "이라고", "라고", "이었", "였", "였지", "이었지", "였나", "이었나", "인데", "인", "이라",
	"에서부터", "에게서", "으로부터", "로부터", "이래", "래", "이래요", "래요", "이지", "이죠", "죠",
	// 하다 / 되다 / 시키다 verbs and adjective endings
	"하다", "하는", "하고", "하여", "하며", "한", "할", "함", "함으로써", "했다", "했던", "했고",
	"했으며", "했어", "했지", "했나", "했는지", "했는데", "했을", "했음", "하기", "하려는", "하려고",
	"하였으며", "하였으나", "하였다", "하였고", "하였음", "하면", "하면서", "해", "해서", "해야", "해요", "했어요", "한다", "한다는", "한다고", "했다는",
	"했다고", "하는지", "하나", "하니", "하지", "해줘", "해주세요", "하게", "하여야",
	"된", "되는", "되어", "되며", "됨", "됐", "됐어", "됐나", "되었다", "되었", "된다", "됐다",
	"된다는", "되고", "되지", "될", "되었고", "되었으며", "되는지", "됐는지", "되기",
	"시키는", "시켜", "시킨", "시키고", "시킬", "시켰",
	"적", "적인", "적으로", "적이", "적인지", "적은",
	"다는", "다고", "는다", "는다는", "는다고", "ㄴ다", "하라는", "하라고", "하라", "하란",
})

// Endings that mark a verb or adjective when nothing noun-like precedes them.
var koVerbal = []string{
	"다", "요", "어", "아", "지", "고", "며", "려", "니", "나", "냐", "래", "죠", "네", "게", "면", "서",
	"는데", "는지", "는다", "었", "았", "겠", "줘", "라는", "라고",
}

// verbalEndings mark a colloquial verb however its stem looks: 들었어, 나왔지, 몰려.
var verbalEndings = []string{"었어", "았어", "였어", "었지", "았지", "었나", "았나", "었는지", "는다는", "라는",
	"라고", "래", "려", "어요", "아요", "나요", "니", "냐", "죠", "거든", "는데", "는지", "었", "았", "겠어"}

func sortByLen(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	// longest first so that "에서는" wins over "는"
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(out[j]) > utf8.RuneCountInString(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Analyzer turns text into index terms. It knows the corpus vocabulary, which
// lets it split compound nouns into words the report uses.
type Analyzer struct {
	vocab map[string]int // Korean stems seen standing alone in the corpus
}

// NewAnalyzer returns an analyser with no vocabulary; Learn adds one.
func NewAnalyzer() *Analyzer { return &Analyzer{vocab: map[string]int{}} }

// Learn records the Korean stems of text so that compounds can be split.
func (a *Analyzer) Learn(text string) {
	for _, t := range a.Tokens(text) {
		if t.Kind == TokKorean && len(t.Terms) > 0 {
			a.vocab[t.Terms[0]]++
		}
		if t.Kind == TokCode {
			for _, p := range t.Parts {
				if HasHangul(p) {
					a.vocab[p]++
				}
			}
		}
	}
}

// Known tells whether the stem occurs in the learnt vocabulary.
func (a *Analyzer) Known(stem string) bool { return a.vocab[stem] > 0 }

type run struct {
	text   string
	script int // 0 other, 1 hangul, 2 latin/digit, 3 han
}

func scriptOf(r rune) int {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return 1
	case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		return 2
	case unicode.Is(unicode.Han, r):
		return 3
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return 2 // other Latin letters (é, ü) travel with Latin words
	}
	return 0
}

// words splits text at white space and punctuation, keeping runs that belong
// together: "HBM3E", "5,400억", "GPT-4", "'24년".
func words(text string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range rs {
		prev, next := rune(0), rune(0)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case scriptOf(r) != 0:
			b.WriteRune(r)
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			if r == '.' {
				b.WriteRune(r)
			} // thousands separators are dropped: 5,400 → 5400
		case (r == '-' || r == '&') && b.Len() > 0 && scriptOf(prev) == 2 && scriptOf(next) == 2:
			b.WriteRune(r)
		case (r == '\'' || r == '‘' || r == '’') && unicode.IsDigit(next) && i+2 < len(rs) && unicode.IsDigit(rs[i+2]) && (i+3 >= len(rs) || !unicode.IsDigit(rs[i+3])):
			flush()
			b.WriteRune('\'') // '24년: a two-digit year
		default:
			flush()
		}
	}
	flush()
	return out
}

// Tokens analyses text.
func (a *Analyzer) Tokens(text string) []Token {
	var out []Token
	for _, w := range words(text) {
		out = append(out, a.word(w)...)
	}
	return out
}

// word analyses one white-space word, which may mix scripts ("AI반도체는").
// A word that joins Latin and Hangul ("오픈AI", "SK하이닉스", "AI칩") is one
// token whose main term is the whole word and whose parts are the pieces.
func (a *Analyzer) word(w string) []Token {
	toks := a.runs(w)
	if len(toks) < 2 {
		return toks
	}
	for _, t := range toks {
		if t.Kind != TokKorean && t.Kind != TokCode && t.Kind != TokEnglish || len(t.Terms) == 0 {
			return toks
		}
	}
	var whole, surface strings.Builder
	var parts []string
	verbal := false
	for _, t := range toks {
		whole.WriteString(t.Terms[0])
		surface.WriteString(t.Surface)
		parts = append(parts, t.Terms...)
		parts = append(parts, t.Parts...)
		verbal = t.Verbal
	}
	return []Token{{Surface: surface.String(), Terms: []string{whole.String()}, Parts: parts, Kind: TokCode, Verbal: verbal}}
}

func (a *Analyzer) runs(w string) []Token {
	apos := strings.HasPrefix(w, "'")
	w = strings.TrimPrefix(w, "'")
	var runs []run
	rs := []rune(w)
	for i, r := range rs {
		s := scriptOf(r)
		if (r == '-' || r == '&' || r == '.') && len(runs) > 0 && runs[len(runs)-1].script == 2 && i+1 < len(rs) && scriptOf(rs[i+1]) == 2 {
			s = 2 // GPT-4, R&D, 3.5 stay whole
		}
		if len(runs) > 0 && runs[len(runs)-1].script == s {
			runs[len(runs)-1].text += string(r)
			continue
		}
		runs = append(runs, run{text: string(r), script: s})
	}
	var out []Token
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		switch r.script {
		case 2:
			// A number directly followed by 년 is a year; by a unit (억, 조, 만) a quantity.
			if isNumber(r.text) && i+1 < len(runs) && runs[i+1].script == 1 {
				unit := []rune(runs[i+1].text)[0]
				if unit == '년' {
					out = append(out, Token{Surface: r.text + "년", Terms: []string{year(r.text, apos)}, Kind: TokNumber})
					rest := string([]rune(runs[i+1].text)[1:])
					if rest != "" {
						runs[i+1].text = rest
					} else {
						i++
					}
					continue
				}
				if strings.ContainsRune("억조만천백", unit) {
					n := strings.ReplaceAll(r.text, ",", "")
					out = append(out, Token{Surface: r.text + string(unit), Terms: []string{n + string(unit), n}, Kind: TokNumber})
					rest := string([]rune(runs[i+1].text)[1:])
					if rest != "" {
						runs[i+1].text = rest
					} else {
						i++
					}
					continue
				}
			}
			out = append(out, latin(r.text, apos))
		case 1:
			if i > 0 && isEnding(r.text) {
				continue // "2024년엔", "AI가": a particle left after another script
			}
			if t, ok := a.korean(r.text); ok {
				out = append(out, t)
			}
		case 3:
			for _, h := range r.text {
				if k, ok := hanjaWords[h]; ok && utf8.RuneCountInString(r.text) <= 2 {
					out = append(out, Token{Surface: string(h), Terms: []string{k}, Kind: TokHanja})
				}
			}
		}
	}
	return out
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// year normalises "24" in "'24년" or "24년" and "2024" to "2024".
func year(s string, apos bool) string {
	if len(s) == 2 && isNumber(s) {
		if s[0] <= '4' {
			return "20" + s
		}
		return "19" + s
	}
	return s
}

func latin(s string, apos bool) Token {
	low := strings.ToLower(s)
	if isNumber(s) {
		if apos && len(s) == 2 {
			return Token{Surface: s, Terms: []string{year(s, true)}, Kind: TokNumber}
		}
		return Token{Surface: s, Terms: []string{strings.TrimSuffix(low, ".")}, Kind: TokNumber}
	}
	if m := reOrdinal.FindStringSubmatch(low); m != nil {
		return Token{Surface: s, Terms: []string{m[1]}, Kind: TokNumber} // 6th → 6 (6세대)
	}
	hasDigit := strings.IndexFunc(s, unicode.IsDigit) >= 0
	if hasDigit || strings.ContainsAny(s, "-&") {
		// Codes stay whole; their letter and number parts are findable too, so
		// that "HBM" meets "HBM3E" and "GPT" meets "GPT-4".
		var parts []string
		for _, part := range splitAlnum(low) {
			if part != low && len(part) > 1 {
				parts = append(parts, part)
			}
		}
		return Token{Surface: s, Terms: []string{low}, Parts: parts, Kind: TokCode}
	}
	if english.IsStopWord(low) {
		return Token{Surface: s, Kind: TokEnglish}
	}
	stem := english.Stem(low, false)
	kind := TokEnglish
	if isAcronym(s) {
		kind = TokCode
		stem = low
	}
	return Token{Surface: s, Terms: []string{stem}, Kind: kind}
}

// isAcronym: "TSMC", "CoWoS", "NVIDIA" are names, not words to stem.
func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 2 && len(s) <= 12
}

func splitAlnum(s string) []string {
	var out []string
	var b strings.Builder
	kind := -1
	for _, r := range s {
		k := 0
		if unicode.IsDigit(r) {
			k = 1
		}
		if r == '-' || r == '&' {
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
			kind = -1
			continue
		}
		if kind != -1 && k != kind && b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
		kind = k
		b.WriteRune(r)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// korean strips particles and endings from a Hangul word. A stem of one
// syllable is kept beside the word, since "국가" is not "국" + "가" but "칩이" is
// "칩" + "이".
func (a *Analyzer) korean(w string) (Token, bool) {
	if isEnding(w) {
		return Token{}, false
	}
	stem, stripped := a.stripSuffix(w)
	if stripped && utf8.RuneCountInString(stem) >= 2 {
		// A second, shorter particle can remain: 들의, 에서는 are listed, but 것으로는 is not.
		if s2, ok := a.stripSuffix(stem); ok && utf8.RuneCountInString(s2) >= 2 && utf8.RuneCountInString(stem)-utf8.RuneCountInString(s2) == 1 && a.Known(s2) {
			stem = s2
		}
	}
	t := Token{Surface: w, Kind: TokKorean}
	// A word the corpus never uses often starts with a stem it does:
	// 대응하라는 → 대응, 세액공제율 → 세액공제. That stem is only a part: 회의실
	// is not 회의.
	var prefix string
	if !a.Known(stem) && len(a.vocab) > 0 {
		rs := []rune(w)
		for i := len(rs) - 1; i >= 2 && len(rs)-i <= 2; i-- {
			if p := string(rs[:i]); a.Known(p) {
				prefix = p
				break
			}
		}
	}
	switch {
	case !stripped:
		t.Terms = []string{w}
	case utf8.RuneCountInString(stem) >= 2:
		t.Terms = []string{stem}
	case utf8.RuneCountInString(stem) == 1:
		t.Terms = []string{w, stem}
		if a.Known(stem) && !a.Known(w) {
			t.Terms = []string{stem, w}
		}
	default:
		return Token{}, false
	}
	t.Verbal = verbal(w, t.Terms[0]) || !a.Known(t.Terms[0]) && (pastTense(w) || hasAnySuffix(w, verbalEndings))
	if prefix != "" && prefix != t.Terms[0] {
		t.Parts = append(t.Parts, prefix)
	}
	// Compounds the corpus writes apart are split into its words: 반도체법 →
	// 반도체 + 법, 수출통제 → 수출 + 통제.
	if main := t.Terms[0]; utf8.RuneCountInString(main) >= 3 {
		t.Parts = append(t.Parts, a.split(main)...)
	}
	return t, true
}

// isEnding tells whether a whole Hangul run is only a particle or an ending
// ("엔", "했지", "됐어"), which carries no topic.
func isEnding(w string) bool {
	for _, s := range koSuffixes {
		if s == w {
			return true
		}
	}
	for _, lead := range []string{"했", "됐", "하", "되", "해"} {
		if rest, ok := strings.CutPrefix(w, lead); ok && (rest == "" || isEnding(rest) || contains(koVerbal, rest)) {
			return true
		}
	}
	return false
}

// stripSuffix removes a particle or ending. Among the endings that fit, one
// leaving a stem the corpus knows wins ("소라는" is 소라 + 는, not 소 + 라는);
// otherwise the longest that leaves two syllables; otherwise the longest.
func (a *Analyzer) stripSuffix(w string) (string, bool) {
	n := utf8.RuneCountInString(w)
	first, long := "", ""
	for _, s := range koSuffixes {
		if !strings.HasSuffix(w, s) || utf8.RuneCountInString(s) >= n {
			continue
		}
		stem := strings.TrimSuffix(w, s)
		if a.Known(stem) {
			return stem, true
		}
		if first == "" {
			first = stem
		}
		if long == "" && utf8.RuneCountInString(stem) >= 2 {
			long = stem
		}
	}
	switch {
	case long != "":
		return long, true
	case first != "":
		return first, true
	}
	return w, false
}

func verbal(surface, stem string) bool {
	if surface == stem {
		return false
	}
	rest := strings.TrimPrefix(surface, stem)
	for _, e := range koVerbal {
		if strings.HasSuffix(rest, e) && !strings.HasPrefix(rest, "하") && !strings.HasPrefix(rest, "했") && !strings.HasPrefix(rest, "되") && !strings.HasPrefix(rest, "됐") {
			return true
		}
	}
	return false
}

func hasAnySuffix(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pastTense spots a colloquial past-tense verb: a syllable closed by ㅆ before
// a final ending (나왔어, 됐지, 했나).
func pastTense(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	prev := rs[len(rs)-2]
	if prev < 0xAC00 || prev > 0xD7A3 {
		return false
	}
	const jongSSang = 20 // ㅆ
	if (prev-0xAC00)%28 != jongSSang {
		return false
	}
	return strings.ContainsRune("어지나니냐다고는죠요", rs[len(rs)-1])
}

// split cuts a compound into words the corpus knows, longest head first,
// the rest split again: 반도체과학법 → 반도체 + 과학 + 법. A one-syllable
// tail counts only if the corpus uses it often on its own (법, 칩).
func (a *Analyzer) split(w string) []string {
	if len(a.vocab) == 0 {
		return nil
	}
	var parts []string
	if a.splitInto(w, &parts, 0) && len(parts) > 1 {
		return parts
	}
	return nil
}

func (a *Analyzer) splitInto(w string, parts *[]string, depth int) bool {
	rs := []rune(w)
	if depth > 0 && (a.Known(w) && len(rs) >= 2 || len(rs) == 1 && a.vocab[w] > 2) {
		*parts = append(*parts, w)
		return true
	}
	if depth > 3 {
		return false
	}
	for i := len(rs) - 1; i >= 2; i-- {
		head := string(rs[:i])
		if !a.Known(head) {
			continue
		}
		mark := len(*parts)
		*parts = append(*parts, head)
		if a.splitInto(string(rs[i:]), parts, depth+1) {
			return true
		}
		*parts = (*parts)[:mark]
	}
	return false
}

// Bigrams returns the Hangul character bigrams of a stem, which match
// compounds and spelling variants that whole words miss.
func Bigrams(stem string) []string {
	rs := []rune(stem)
	if len(rs) < 3 {
		return nil
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		if scriptOf(rs[i]) == 1 && scriptOf(rs[i+1]) == 1 {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

// HasHangul tells whether s holds Korean text.
func HasHangul(s string) bool {
	for _, r := range s {
		if scriptOf(r) == 1 {
			return true
		}
	}
	return false
}
