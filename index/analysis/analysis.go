package analysis

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
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
	// Frame is set for a word of the question's frame ("뭐야", "tell",
	// "뜻"): it says how something is asked, not what.
	Frame bool
	// Source is set for a word that asks for a source ("출처", "source").
	Source bool
	// Part is set for a word that names a part of the report or the
	// language of its text ("영문요약", "appendix"): where to look, not what.
	Part bool
	// Guess is set for a word the report never uses that the segmenter
	// cut from a run typed without spaces where another cut, parting the
	// run otherwise where the word starts, scores nearly as well: that it
	// is a word at all is the analyser's guess, not what the asker typed.
	Guess bool
}

var reOrdinal = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)

// reCompactAmount is a figure written with a Latin magnitude: 540B, 1.8T,
// 52bn, 300M.
var reCompactAmount = regexp.MustCompile(`^(\d+(?:\.\d+)?)(k|m|b|bn|t|tn)$`)

// The magnitudes a figure is written with, Korean and Latin.
var (
	koreanMagnitude = map[rune]float64{'백': 1e2, '천': 1e3, '만': 1e4, '억': 1e8, '조': 1e12}
	latinMagnitude  = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
	// englishMagnitude names the Latin magnitude an English word stands for.
	englishMagnitude = map[string]string{"thousand": "k", "million": "m", "billion": "b", "trillion": "t"}
)

// AmountTerm is the term every notation of one figure shares: 5,400억,
// 540B and 540 billion all hold the same one.
func AmountTerm(v float64) string {
	return "amt:" + strconv.FormatFloat(v, 'g', 6, 64)
}

// hanja maps the one-character abbreviations Korean policy writing uses.
func hanjaTable() map[rune]string {
	return map[rune]string{
		'美': "미국", '中': "중국", '日': "일본", '韓': "한국", '英': "영국", '獨': "독일",
		'佛': "프랑스", '歐': "유럽", '臺': "대만", '台': "대만", '新': "신", '對': "대",
	}
}

// Analyzer turns text into index terms. It knows the corpus vocabulary, which
// lets it split compound nouns into words the report uses.
type Analyzer struct {
	vocab counts // Korean stems seen standing alone in the corpus
	terms counts // every main term seen, of any script
	// lexicon are Hangul words users type that the text does not use but
	// that stand for something it does (라마 for LLaMA): a cut of words run
	// together may place them.
	lexicon map[string]bool
	// Tables are the word lists every analyser reads by alike; analysers
	// of several reports share one.
	*Tables
	// general says which words belong to the language at large; a run typed
	// without spaces is cut at them as at the report's own words. Nil
	// means none are known.
	general *lexicon.General
	// ties are the segmenter's arrays (see ties), kept between the runs
	// it cuts, of every question: made again only for a longer run. Safe
	// for concurrent use, as the analyser is once frozen. (No New: a Get
	// that finds none makes one, and two analysers built alike compare
	// equal once Unread.)
	ties *sync.Pool
}

// Unread returns a copy of the analyser that shares everything but the
// arrays it keeps between the runs it cuts: two analysers built alike
// then compare equal, whatever each has read.
func (a *Analyzer) Unread() *Analyzer {
	b := *a
	b.ties = &sync.Pool{}
	return &b
}

// NewAnalyzer returns an analyser with no vocabulary and tables of its
// own; Learn adds a vocabulary. general may be nil.
func NewAnalyzer(general *lexicon.General) *Analyzer { return NewAnalyzerWith(general, NewTables()) }

// NewAnalyzerWith returns an analyser with no vocabulary that reads by
// tables, which it shares and never changes. general may be nil.
func NewAnalyzerWith(general *lexicon.General, tables *Tables) *Analyzer {
	return &Analyzer{vocab: newCounts(), terms: newCounts(), lexicon: map[string]bool{}, Tables: tables, general: general,
		ties: &sync.Pool{}}
}

// Tables are the analyser's word lists that come from this package's data,
// not from a report: the words of a question's frame and the Korean
// particles, endings and Hanja. They are read-only once built, so that the
// analysers of every report on a shelf can share one.
type Tables struct {
	frame frameWords
	ko    koreanTables
	asks  *QuestionWords
}

// NewTables builds the tables.
func NewTables() *Tables {
	asks := NewQuestionWords()
	return &Tables{frame: newFrameWords(asks), ko: newKoreanTables(), asks: asks}
}

// QuestionWords is the table of the Korean question words.
func (t *Tables) QuestionWords() *QuestionWords { return t.asks }

// WordParts cuts a Hangul word into words of two syllables or more that the
// report uses or that Korean at large has as content words ("영문요약" →
// 영문 + 요약), preferring few long pieces; nil when it cannot be cut so.
// A compound of everyday words is no more specific than its parts.
func (a *Analyzer) WordParts(w string) []string {
	rs := []rune(w)
	n := len(rs)
	if n < 4 || n > maxSegmentRunes {
		return nil
	}
	cost := make([]int, n+1) // pieces used to cut rs[:i]; -1 when it cannot be
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = -1
		for j := max(0, i-maxWordRunes); j <= i-2; j++ {
			if cost[j] < 0 && j > 0 {
				continue
			}
			if p := string(rs[j:i]); a.Known(p) || a.GeneralWord(p) {
				if c := cost[max(j, 0)] + 1; cost[i] < 0 || c < cost[i] {
					cost[i], from[i] = c, j
				}
			}
		}
	}
	if cost[n] < 2 {
		return nil // no cut, or the word is whole
	}
	var parts []string
	for i := n; i > 0; i = from[i] {
		parts = append([]string{string(rs[from[i]:i])}, parts...)
	}
	return parts
}

// GeneralWord tells whether a Hangul word is a content word of Korean at
// large: a noun, a counter, a verb or an adverb of the general dictionary.
func (a *Analyzer) GeneralWord(w string) bool {
	return a.generalClass(w)&(lexicon.Noun|lexicon.Bound|lexicon.Verb|lexicon.Adverb) != 0
}

// AddLexicon records Hangul words users type for names the text prints
// otherwise, so that words run together can be cut at them.
func (a *Analyzer) AddLexicon(words ...string) {
	for _, w := range words {
		if HasHangul(w) {
			a.lexicon[w] = true
		}
	}
}

// Learn records the Korean stems of text so that compounds can be split.
func (a *Analyzer) Learn(text string) {
	for _, t := range a.tokens(text, true) {
		if len(t.Terms) > 0 {
			a.terms.inc(t.Terms[0])
		}
		if t.Kind == TokKorean && len(t.Terms) > 0 {
			a.vocab.inc(t.Terms[0])
		}
		if t.Kind == TokCode {
			for _, p := range t.Parts {
				if HasHangul(p) {
					a.vocab.inc(p)
				}
			}
		}
	}
}

// Known tells whether the stem occurs in the learnt vocabulary.
func (a *Analyzer) Known(stem string) bool { return a.vocab.get(stem) > 0 }

type run struct {
	text   string
	script script
}

// script is the kind of letters a run is written in.
type script int

const (
	scriptOther  script = iota // marks, bare jamo
	scriptHangul               // Hangul syllables
	scriptLatin                // Latin letters and digits
	scriptHan                  // Chinese characters
)

func scriptOf(r rune) script {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return scriptHangul
	case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		return scriptLatin
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case r >= 0x3131 && r <= 0x318E || r >= 0x1100 && r <= 0x11FF:
		return scriptOther // bare jamo are chat, not words: ㅋㅋ, ㅠㅠ, ㅇㅇ
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return scriptLatin // other Latin letters (é, ü) travel with Latin words
	}
	return scriptOther
}

// words splits text at white space and punctuation, keeping runs that belong
// together: "HBM3E", "5,400억", "GPT-4", "'24년". inLanguage tells whether
// the language at large has a word, for the contractions ("I'm") whose
// ending is no word of its own; nil, none is read so.
func words(text string, inLanguage func(string) bool) []string {
	var out []string
	// One buffer serves every word, each copied out once whole: a builder
	// reset for each word grew a new array word after word, and the
	// question's words are read on every reply. It starts on the stack,
	// with room for the longest word a cut places (maxWordRunes) in the
	// widest of runes; a longer word moves it to the heap.
	var room [maxWordRunes * utf8.UTFMax]byte
	b := room[:0]
	rs := []rune(text)
	flush := func() {
		if len(b) > 0 {
			out = append(out, string(b))
			b = b[:0]
		}
	}
	// contraction returns the length of the ending after an apostrophe
	// that makes, with the word before it, a contraction the language
	// has ("we" and "re"); a name (O'Brien) or a word glued on where the
	// spaces were removed ("Nvidia'sblackwell") is none.
	contraction := func(word string, rest []rune) int {
		n := clitic(rest)
		if n == 0 || inLanguage == nil || !inLanguage(word+"'"+string(rest[:n])) {
			return 0
		}
		return n
	}
	skip := 0
	for i, r := range rs {
		if skip > 0 {
			skip--
			continue
		}
		prev, next := rune(0), rune(0)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if isApostrophe(r) && scriptOf(prev) == scriptLatin {
			if n := contraction(string(b), rs[i+1:]); n > 0 {
				// "I'm", "we're", "they've", "what'd": the ending after
				// the apostrophe is the word's, no word of its own.
				skip = n
				continue
			}
		}
		switch {
		case scriptOf(r) != scriptOther:
			b = utf8.AppendRune(b, r)
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			if r == '.' {
				b = utf8.AppendRune(b, r)
			} // thousands separators are dropped: 5,400 → 5400
		case (r == '-' || r == '&') && len(b) > 0 && scriptOf(prev) == scriptLatin && scriptOf(next) == scriptLatin:
			b = utf8.AppendRune(b, r)
		case (r == '\'' || r == '‘' || r == '’') && unicode.IsDigit(next) && i+2 < len(rs) && unicode.IsDigit(rs[i+2]) && (i+3 >= len(rs) || !unicode.IsDigit(rs[i+3])):
			flush()
			b = append(b, '\'') // '24년: a two-digit year
		default:
			flush()
		}
	}
	flush()
	return out
}

// isApostrophe tells whether r is typed as an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// clitic returns the length of the ending that rs, what follows an
// apostrophe inside a word, opens with: the lower-case Latin letters that
// end the word ('m, 're, 've, 'll, 'd), 0 if there are none. 's and 't are
// words of the stop list, read as ever.
func clitic(rs []rune) int {
	n := 0
	for n < len(rs) && rs[n] >= 'a' && rs[n] <= 'z' {
		n++
	}
	if n == 0 || n < len(rs) && scriptOf(rs[n]) != scriptOther || english.IsStopWord(string(rs[:n])) {
		return 0
	}
	return n
}

// Tokens analyses text.
func (a *Analyzer) Tokens(text string) []Token { return a.tokens(text, false) }

// Pieces returns the words of text as typed (lower-cased; the per-cent
// sign is a word, a unit typed as a sign), a Hangul run
// typed without spaces as the words the segmenter cuts it into, put back
// as they would be typed apart: "거기예산은얼마" is 거기, 예산은, 얼마. A
// word of two scripts stays whole, followed by its Hangul run, cut so or
// not ("HBM4단가는" is hbm4단가는, 단가는), and by its per-cent sign. A
// caller that looks for a word of its own (a pronoun, a question word)
// finds it inside a run as it would typed apart. The cut need not place most of the run in the
// report's words, as the analyser's must (cutRun, strict): a frame word found
// between words the report never uses is found all the same.
func (a *Analyzer) Pieces(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%'
	}) {
		rs := []rune(w)
		if allHangul(w) {
			if pieces := a.cutRun(w, false, false); pieces != nil {
				out = append(out, a.spaced(pieces)...)
				continue
			}
		}
		out = append(out, w)
		for i := 0; i < len(rs); {
			j := i
			for j < len(rs) && scriptOf(rs[j]) == scriptOf(rs[i]) {
				j++
			}
			switch run := string(rs[i:j]); {
			case scriptOf(rs[i]) == scriptHangul && run != w:
				if pieces := a.cutRun(run, i > 0, false); pieces != nil {
					out = append(out, a.spaced(pieces)...)
				} else {
					out = append(out, run)
				}
			case run == "%" && run != w:
				// The sign in a word of other runs is the word it is
				// typed apart ("몇%늘었어" as 몇 % 늘었어): the unit a
				// question word before it asks in.
				out = append(out, run)
			}
			i = j
		}
	}
	return out
}

// glues tells whether a piece is a particle or an ending of the piece
// before it. After a frame word only the lists' particles and endings do
// (얼마 + 야), never a frame word (그 + 건) or a verb the dictionary has as
// an ending too (얼마 + 들어가).
func (a *Analyzer) glues(prev, p string) bool {
	if a.frame.ko[prev] {
		return !a.frame.ko[p] && a.listedParticles(p)
	}
	return a.functional(p)
}

// counts tells whether a piece is the counter a question word counts in,
// with the lists' particles and endings (몇 + 명임, 몇 + 개라고).
func (a *Analyzer) counts(prev, p string) bool {
	k := a.counterLen(p)
	if k == 0 || !a.frame.ko[prev] {
		return false
	}
	rest := string([]rune(p)[k:])
	return (rest == "" || a.listedParticles(rest)) && a.questionWord(prev+p)
}

// spaced puts a cut's pieces back into words as they would be typed apart:
// a particle or an ending goes with the word before it (일본 + 이 + 랑 is
// 일본이랑, whose 이 is no demonstrative; 얼마 + 야 is 얼마야), and so
// does a counter with its question word (몇 + 명임 is 몇명임). Two frame
// words of a syllable each (그 + 건) may be one word or two, and are both.
func (a *Analyzer) spaced(pieces []string) []string {
	var out []string
	for _, p := range pieces {
		n := len(out)
		if n > 0 && (a.glues(out[n-1], p) || a.counts(out[n-1], p)) {
			out[n-1] += p
			continue
		}
		if n > 0 && a.frame.ko[out[n-1]] && a.frame.ko[p] && utf8.RuneCountInString(out[n-1]) == 1 && utf8.RuneCountInString(p) == 1 {
			out = append(out, out[n-1]+p)
		}
		out = append(out, p)
	}
	return out
}

// KnownTerm tells whether a main term of any script occurs in the learnt text.
func (a *Analyzer) KnownTerm(term string) bool { return a.terms.get(term) > 0 }

// KnownTermBytes is KnownTerm of a term held in bytes, looked up without a
// copy: a key built of a text's words in a buffer stays off the heap.
func (a *Analyzer) KnownTermBytes(term []byte) bool { return a.terms.getBytes(term) > 0 }

func (a *Analyzer) tokens(text string, learning bool) []Token {
	var out []Token
	ws := words(text, a.englishWord)
	prevAux := false
	// read holds ws[i]'s tokens where openCompound has read that word
	// already, so that no word of a question is analysed twice.
	var read []Token
	for i := 0; i < len(ws); i++ {
		pre := read
		read = nil
		if !learning {
			if n := replyShape(ws[i:]); n > 0 && !a.countsOwn(ws[i:i+n]) {
				// How the answer should be put is frame, however many
				// sentences or items it counts.
				for _, w := range ws[i : i+n] {
					out = append(out, Token{Surface: w, Terms: []string{strings.ToLower(w)}, Kind: TokKorean, Frame: true})
				}
				i += n - 1
				prevAux = false
				continue
			}
		}
		toks := pre
		if toks == nil {
			toks = a.word(ws[i], learning)
		}
		if !learning && i+1 < len(ws) {
			joined, next, ok := a.openCompound(toks, ws[i], ws[i+1])
			if ok {
				out = append(out, joined)
				i++
				prevAux = false
				continue
			}
			read = next
		}
		aux := !learning && i > 0 && a.auxiliary(ws[i-1], ws[i], prevAux)
		if aux {
			for k := range toks {
				toks[k].Frame = true
			}
		}
		prevAux = aux
		if n := len(toks); n > 0 && i+1 < len(ws) && toks[n-1].Kind == TokNumber && len(toks[n-1].Terms) == 1 {
			// "52 billion" is the report's 520억: the figure holds the term
			// every notation of it shares.
			if mag, ok := latinMagnitude[englishMagnitude[strings.ToLower(ws[i+1])]]; ok {
				if v, err := strconv.ParseFloat(strings.ReplaceAll(toks[n-1].Terms[0], ",", ""), 64); err == nil {
					toks[n-1].Terms = append(toks[n-1].Terms, AmountTerm(v*mag))
				}
			}
		}
		out = append(out, toks...)
	}
	return out
}

// openCompound reads a Korean word the report never uses and the word
// after it as one word where, typed closed up, they are a word the report
// does use ("영문 요약에서" for its 영문요약): Korean writes a compound open
// or closed, and the first word alone finds nothing. toks are w's tokens;
// next is the tokens of the word after, where it read them;
// the joined token keeps both words as typed.
func (a *Analyzer) openCompound(toks []Token, w, next string) (Token, []Token, bool) {
	first, ok := soleKorean(toks)
	if a.terms.empty() || !ok || !allHangul(w) || !allHangul(next) || a.KnownTerm(first) {
		return Token{}, nil, false
	}
	// The joined word is the two stems closed up, the second's ending
	// left off as the joined word's is: a verb after an adverb ("안
	// 보고") is no compound, though its letters closed up spell one (안보).
	n := a.word(next, false)
	second, ok := soleKorean(n)
	if !ok || !a.KnownTerm(first+second) {
		return Token{}, n, false
	}
	j := a.word(w+next, false)
	if joined, ok := soleKorean(j); !ok || joined != first+second {
		return Token{}, n, false
	}
	t := j[0]
	t.Surface = w + " " + next
	return t, nil, true
}

// soleKorean is the main term of toks where they are a single Korean
// token with a term, as a word openCompound may join is read.
func soleKorean(toks []Token) (string, bool) {
	if len(toks) != 1 || toks[0].Kind != TokKorean || len(toks[0].Terms) == 0 {
		return "", false
	}
	return toks[0].Terms[0], true
}

// allHangul tells whether every letter of w is a Hangul syllable.
func allHangul(w string) bool {
	for _, r := range w {
		if scriptOf(r) != scriptHangul {
			return false
		}
	}
	return w != ""
}

// auxiliary tells whether Korean word w, after prev, is grammar that asks
// politely, not content: the helping verb 주다 after a verb's 아/어 form
// ("요약해 줄", "알려 주세요"), and the bound noun of "can" after a verb's
// ㄹ form or that helping verb ("알려줄 수", "해 줄 수"). prevAux tells
// whether prev was read as such grammar.
func (a *Analyzer) auxiliary(prev, w string, prevAux bool) bool {
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !IsHangulSyllable(first) || !IsHangulSyllable(last) {
		return false
	}
	// The helping verb 주다 (주세요, 줘, 줄래; 줄 before 수) after a word, no
	// noun, whose last syllable ends in the open vowel of the 아/어 form.
	helping := initial(first) == 'ㅈ' && (vowel(first) == 'ㅜ' && (final(first) == 0 || final(first) == 'ㄹ') || vowel(first) == 'ㅝ' && final(first) == 0) &&
		(a.mainClass(w)&lexicon.Verb != 0 || utf8.RuneCountInString(w) == 1)
	if helping && final(last) == 0 && strings.ContainsRune("ㅏㅓㅕㅐㅝ", vowel(last)) && a.mainClass(prev)&lexicon.Noun == 0 {
		return true
	}
	// 수 of "-ㄹ 수 있다": after a verb's ㄹ form or the helping verb.
	if strings.TrimRight(w, "가는도") == "수" {
		return prevAux || final(last) == 'ㄹ' && a.mainClass(prev)&lexicon.Verb != 0
	}
	return false
}

// replyShape tells how many of ws, from the first, count out the shape the
// answer should take rather than anything the report says: a small number
// and a unit with a particle of manner or limit ("두 문장으로", "한 줄로",
// "세 가지만", "3줄로"), or "in" a small number of something ("in two
// sentences", "in 3 bullets"). It is 0 when ws opens otherwise.
func replyShape(ws []string) int {
	switch {
	case len(ws) >= 3 && strings.EqualFold(ws[0], "in") && smallNumber(ws[1]) && !isNumber(ws[2]) && !HasHangul(ws[2]):
		return 3
	case len(ws) >= 2 && smallNumber(ws[0]) && unitWithManner(ws[1]):
		return 2
	}
	for n := range strings.FieldsSeq(nativeNumerals) {
		if rest, ok := strings.CutPrefix(ws[0], n); ok && unitWithManner(rest) {
			return 1 // "한줄로"
		}
	}
	if i := strings.IndexFunc(ws[0], func(r rune) bool { return !unicode.IsDigit(r) }); i > 0 && i <= 2 && unitWithManner(ws[0][i:]) {
		return 1 // "3줄로"
	}
	return 0
}

// countsOwn tells whether the words replyShape took count something the
// report itself counts: "1단계로" is by the report's "1단계", its first
// phase, not in one phase of reply.
func (a *Analyzer) countsOwn(ws []string) bool {
	count, ok := cutManner(strings.Join(ws, ""))
	return ok && a.KnownTerm(strings.ToLower(count))
}

// The numbers a reply is counted in: native Korean and English, one to ten.
const (
	nativeNumerals  = "한 두 세 네 다섯 여섯 일곱 여덟 아홉 열"
	englishNumerals = "one two three four five six seven eight nine ten"
)

func smallNumber(w string) bool {
	if len(w) <= 2 && isNumber(w) {
		return true
	}
	padded := " " + strings.ToLower(w) + " "
	return strings.Contains(" "+nativeNumerals+" ", padded) || strings.Contains(" "+englishNumerals+" ", padded)
}

// unitWithManner tells whether w is a short Hangul unit followed by a
// particle of manner or limit: "문장으로", "줄로", "가지만", "개씩".
func unitWithManner(w string) bool {
	unit, ok := cutManner(w)
	n := utf8.RuneCountInString(unit)
	return ok && n >= 1 && n <= 3 && HasHangul(unit) && !strings.ContainsFunc(unit, unicode.IsDigit)
}

// cutManner is w without its particle of manner or limit, if it ends on one.
func cutManner(w string) (string, bool) {
	for _, p := range [...]string{"으로", "로", "만", "씩"} {
		if rest, ok := strings.CutSuffix(w, p); ok {
			return rest, true
		}
	}
	return w, false
}

// word analyses one white-space word, which may mix scripts ("AI반도체는").
// A word that joins Latin and Hangul ("오픈AI", "SK하이닉스", "AI칩") is one
// token whose main term is the whole word and whose parts are the pieces.
func (a *Analyzer) word(w string, learning bool) []Token {
	toks := a.runs(w, learning)
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
	// A joined word the text never uses is words typed without a space
	// ("IBM스파이어칩"): its pieces say what it is about.
	if !learning && !a.terms.empty() && !a.KnownTerm(whole.String()) {
		return toks
	}
	return []Token{{Surface: surface.String(), Terms: []string{whole.String()}, Parts: parts, Kind: TokCode, Verbal: verbal}}
}

func (a *Analyzer) runs(w string, learning bool) []Token {
	apos := strings.HasPrefix(w, "'")
	w = strings.TrimPrefix(w, "'")
	if !utf8.ValidString(w) {
		// Read as a slice of runes reads it, a bad byte as U+FFFD, so
		// that each run below is a piece of w.
		w = string([]rune(w))
	}
	var runs []run
	rs := []rune(w)
	// A run is the piece of w from start to the end of its last rune, not
	// a string grown a rune at a time: this reads every word of every
	// question, for each report it is put to.
	start, at := 0, 0
	for i, r := range rs {
		s := scriptOf(r)
		if (r == '-' || r == '&' || r == '.') && len(runs) > 0 && runs[len(runs)-1].script == scriptLatin && i+1 < len(rs) && scriptOf(rs[i+1]) == scriptLatin {
			s = scriptLatin // GPT-4, R&D, 3.5 stay whole
		}
		end := at + utf8.RuneLen(r)
		if len(runs) > 0 && runs[len(runs)-1].script == s {
			runs[len(runs)-1].text = w[start:end]
		} else {
			start = at
			runs = append(runs, run{text: w[at:end], script: s})
		}
		at = end
	}
	var out []Token
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		switch r.script {
		case scriptLatin:
			// A number directly followed by 년 is a year; by a unit (억, 조, 만) a
			// quantity; by 나노 or 퍼센트 a Latin unit ("nm", "%") said in Korean.
			if isNumber(r.text) && i+1 < len(runs) && runs[i+1].script == scriptHangul {
				next := runs[i+1].text
				unit := []rune(next)[0]
				var tok Token
				rest, ok := "", true
				k := a.counterLen(next)
				switch w, u, isWord := a.unitWord(next); {
				case unit == '년':
					tok, rest = Token{Surface: r.text + "년", Terms: []string{year(r.text, apos)}, Kind: TokNumber}, string([]rune(next)[1:])
				case isWord && u.sign:
					tok, rest = a.latin(r.text, apos), w // 30퍼센트 is 30%, whose sign is dropped
				case isWord:
					// The symbol and the Hangul name are both the unit's:
					// "ZB" and "제타바이트" each find "175제타바이트".
					tok, rest = a.latin(r.text+u.symbol, apos), w
					// As typed: what the report lacks is named in the
					// asker's words ("2나노", not "2nm").
					tok.Surface = r.text + u.hangul
					if !slices.Contains(tok.Parts, u.hangul) {
						tok.Parts = append(tok.Parts, u.hangul)
					}
				case strings.ContainsRune("억조만천백", unit):
					n := strings.ReplaceAll(r.text, ",", "")
					terms := []string{n + string(unit), n}
					if v, err := strconv.ParseFloat(n, 64); err == nil {
						terms = append(terms, AmountTerm(v*koreanMagnitude[unit]))
					}
					tok, rest = Token{Surface: r.text + string(unit), Terms: terms, Kind: TokNumber}, string([]rune(next)[1:])
				case k > 0 && (learning || !a.splitsWord(next, k)):
					// A counter of the general dictionary counts the number:
					// "3대 과제", "11곳", "2차"; not one that opens a word
					// of the report's, typed on without a space (splitsWord:
					// while the vocabulary is learnt, it knows no such
					// word yet, and the report's own runs are read as
					// written).
					c := string([]rune(next)[:k])
					n := strings.ReplaceAll(r.text, ",", "")
					tok, rest = Token{Surface: r.text + c, Terms: []string{n + c, n}, Kind: TokNumber}, string([]rune(next)[k:])
				default:
					ok = false
				}
				if ok {
					out = append(out, tok)
					if rest != "" {
						runs[i+1].text = rest
					} else {
						i++
					}
					continue
				}
			}
			tok := a.latin(r.text, apos)
			if !learning && len(tok.Terms) > 0 && a.terms.get(tok.Terms[0]) == 0 {
				// A run the report never prints may be its terms typed
				// together: its pieces are read as runs of their own, so
				// that a number cut off a name meets its unit as a number
				// typed apart does ("TSMC2나노" is TSMC and 2나노). The
				// report's own runs, most of them, cost one lookup.
				if pieces := a.latinPieces(r.text); pieces != nil {
					cut := make([]run, len(pieces))
					for k, p := range pieces {
						cut[k] = run{text: p, script: scriptLatin}
					}
					runs = slices.Replace(runs, i, i+1, cut...)
					i--
					continue
				}
			}
			out = append(out, tok)
		case scriptHangul:
			if i > 0 && (a.isEnding(r.text) || !learning && a.functional(r.text)) {
				continue // "2024년엔", "AI가": a particle left after another script
			}
			if rs := []rune(r.text); i > 0 && runs[i-1].script == scriptLatin && !isNumber(runs[i-1].text) && len(rs) > 1 &&
				!a.Known(r.text) && !a.lexicon[r.text] && a.isEnding(string(rs[1:])) {
				// One syllable after another script is the word's own
				// ("CHIPS법", "AI칩"); what follows it is a particle, which
				// would otherwise make "CHIPS법에" a word apart from "CHIPS법".
				r.text = string(rs[:1])
			}
			out = append(out, a.korean(r.text, learning, i > 0 && runs[i-1].script == scriptLatin)...)
		case scriptHan:
			for _, h := range r.text {
				if k, ok := a.ko.hanja[h]; ok && utf8.RuneCountInString(r.text) <= 2 {
					out = append(out, Token{Surface: string(h), Terms: []string{k}, Kind: TokHanja})
				}
			}
		}
	}
	return out
}

// latinPieces cuts a Latin run the report never prints into the terms it
// does print, typed together ("IBMTelum", "EUAI", "AIR&D"), as a run of
// Hangul is cut into the report's words: the fewest pieces, each a term
// of the report or a number, and of cuts as few, those where the letters
// change case or give way to digits. It is nil when no such cut exists; a
// letter alone is no piece.
func (a *Analyzer) latinPieces(s string) []string {
	rs := []rune(s)
	// The caller has found s unknown to the report (its token's term);
	// a word of the language is one word.
	if len(rs) > maxLatinRun || a.englishWord(s) {
		return nil
	}
	// best[i] is the cheapest cut of rs[:i]: its pieces, then its cuts
	// inside a stretch of one case, and where its last piece starts.
	type cut struct{ pieces, inner, from int }
	best := make([]cut, len(rs)+1)
	for i := 1; i <= len(rs); i++ {
		best[i] = cut{pieces: -1}
		for j := 0; j < i; j++ {
			if j > 0 && best[j].pieces < 0 {
				continue
			}
			piece := string(rs[j:i])
			if !isNumber(piece) && (i-j < 2 || !a.latinKnown(piece)) {
				continue
			}
			c := cut{pieces: best[j].pieces + 1, inner: best[j].inner, from: j}
			if j > 0 && !caseBreak(rs[j-1], rs[j], j+1 < len(rs) && unicode.IsLower(rs[j+1])) {
				c.inner++
			}
			if best[i].pieces < 0 || c.pieces < best[i].pieces || c.pieces == best[i].pieces && c.inner < best[i].inner {
				best[i] = c
			}
		}
	}
	if best[len(rs)].pieces < 2 {
		return nil
	}
	var out []string
	for i := len(rs); i > 0; i = best[i].from {
		out = append(out, string(rs[best[i].from:i]))
	}
	slices.Reverse(out)
	return out
}

// maxLatinRun is the longest Latin run latinPieces cuts: its work grows
// with the square of the length, and a longer run is a web address or a
// string pasted, not words typed together.
const maxLatinRun = 40

// latinKnown tells whether the report prints s as a term of its own.
func (a *Analyzer) latinKnown(s string) bool {
	t := latinWord(s, false)
	return len(t.Terms) > 0 && a.terms.get(t.Terms[0]) > 0
}

// englishWord tells whether the general English list holds s: a word of
// the language ("counterpart") is one word, whatever shorter words of the
// report it holds.
func (a *Analyzer) englishWord(s string) bool {
	if a.general == nil {
		return false
	}
	_, ok := a.general.English(s)
	return ok
}

// caseBreak tells whether a word may end between prev and next by their
// letters: a lower-case letter before a capital ("amazon|Bedrock"), a
// capital before a capital that starts a lower-case word ("IBM|Telum"),
// or a letter beside a digit or a mark.
func caseBreak(prev, next rune, nextLower bool) bool {
	switch {
	case unicode.IsLower(prev) && unicode.IsUpper(next):
		return true
	case unicode.IsUpper(prev) && unicode.IsUpper(next) && nextLower:
		return true
	}
	return unicode.IsLetter(prev) != unicode.IsLetter(next)
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
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(FullYear(n))
	}
	return s
}

// FullYear is the year a report means by y: a year printed in two digits
// ("'23") is of this century, but for one past pivotYear, which is of the
// last ("'67년 설립" was in 1967). A report of today looks ahead a few
// decades ("'30년까지", "'50년"), never seventy years. A year of more
// digits is itself. The analyser and the answer read a short year alike
// by it.
func FullYear(y int) int {
	switch {
	case y >= 100:
		return y
	case y > pivotYear:
		return y + 1900
	}
	return y + 2000
}

// pivotYear is the last two-digit year read as of this century.
const pivotYear = 50

// latin is latinWord with the frame and source flags of English words.
func (a *Analyzer) latin(s string, apos bool) Token {
	t := latinWord(s, apos)
	low := strings.ToLower(s)
	if t.Kind == TokEnglish && len(t.Terms) > 0 {
		t.Frame = a.frame.en[t.Terms[0]]
		t.Source = a.frame.source[t.Terms[0]] || a.frame.source[low]
		t.Part = a.frame.part[t.Terms[0]] || a.frame.part[low]
	}
	return t
}

func latinWord(s string, apos bool) Token {
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
	if m := reCompactAmount.FindStringSubmatch(low); m != nil {
		// "540B", "1.8T": a figure with its magnitude is the same figure
		// as the report's 5,400억, whatever the notation.
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			return Token{Surface: s, Terms: []string{low, AmountTerm(v * latinMagnitude[m[2]])}, Kind: TokNumber}
		}
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
		// An acronym's plural is the acronym: "GPUs" are GPUs.
		if head, ok := strings.CutSuffix(s, "s"); ok && len(head) >= 2 && strings.ToUpper(head) == head {
			stem = strings.ToLower(head)
		}
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

// HasHangul tells whether s holds Korean text.
func HasHangul(s string) bool {
	for _, r := range s {
		if scriptOf(r) == scriptHangul {
			return true
		}
	}
	return false
}
