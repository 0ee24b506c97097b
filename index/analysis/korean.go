package analysis

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// Particles and endings, stripped from the end of a Hangul word, longest first.
// Entries that start with 하/되 turn 하다-verbs back into their nouns
// (발표했다 → 발표).
func koSuffixList() []string {
	return sortByLen([]string{
		// particles
		"이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "한테", "로", "으로",
		"와", "과", "도", "만", "까지", "부터", "처럼", "보다", "이나", "나", "랑", "이랑",
		"에는", "에서는", "으로는", "로는", "에도", "에서도", "와의", "과의", "로서", "으로서",
		"로써", "으로써", "에서의", "으로의", "로의", "에의", "이며", "이고", "이다", "이라는",
		"라는", "이란", "란", "들", "들이", "들은", "들을", "들의", "들에", "들과", "께서", "야", "이야",
		"이에요", "예요", "인가", "인지", "엔", "에선", "만의", "까지의",
		"이라고", "라고", "였", "였지", "이었지", "였나", "이었나", "인데", "인", "이라",
		"으로부터", "로부터", "이래", "래", "래요", "이지", "이죠", "죠",
		// a topic with a polite 요, how a switch is asked: "메모리는요?"
		"은요", "는요",
		// 하다 / 되다 verbs and adjective endings
		"하다", "하는", "하고", "하여", "하며", "한", "할", "함", "함으로써", "했다", "했던", "했고",
		"했으며", "했어", "했지", "했나", "했는지", "했을", "했음", "하기", "하려는", "하려고",
		"하였으며", "하였으나", "하면", "하면서", "해", "해서", "해야", "해요", "했어요", "한다", "한다는", "한다고", "했다는",
		"했다고", "하는지", "하나", "하지", "해줘", "해주세요", "하게",
		"된", "되는", "되어", "되며", "됨", "됐", "됐어",
		"될", "되는지", "됐는지",
		"적", "적인", "적으로", "적이",
		"다는", "다고", "는다", "는다는", "하라는", "하라고",
	})
}

// Endings that mark a verb or adjective when nothing noun-like precedes them.
func koVerbalList() []string {
	return []string{
		"다", "요", "어", "아", "지", "고", "며", "려", "니", "나", "냐", "래", "죠", "네", "게", "면", "서",
		"는데", "는지", "는다", "줘", "라는", "라고",
	}
}

// verbalEndings mark a colloquial verb however its stem looks: 들었어, 나왔지, 몰려.
func verbalEndingList() []string {
	return []string{"었어", "았어", "였어", "었지", "았지", "었나", "었는지", "는다는", "라는",
		"라고", "래", "려", "어요", "아요", "나요", "니", "냐", "죠", "는데", "는지", "었", "았", "겠어",
		// purpose and intent: 줄이려고, 늘리려면, 막으려는, 쓰도록
		"려고", "려면", "려는", "도록",
		// what one saw or heard, and reasons: 나오던데, 있더라, 했던가, 없길래,
		// 한다며, 있잖아, 나오니까
		"던데", "더라", "던가", "다며", "잖아", "니까"}
}

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

// korean strips particles and endings from a Hangul word. A stem of one
// syllable is kept beside the word, since "국가" is not "국" + "가" but "칩이" is
// "칩" + "이".
func (a *Analyzer) korean(w string, learning, afterWord bool) []Token {
	t, ok := a.koreanWord(w, !learning)
	if ok && (learning || a.Known(t.Terms[0]) || t.Frame) {
		// While the vocabulary is being learnt nothing is cut: the report's
		// own words are spaced as written.
		return []Token{t}
	}
	// tie is where the cut of w is made, and keeps the pieces it scores
	// for the cuts nearTie makes of the same run; a word known whole,
	// most words, is not cut and takes none from the pool.
	tie, _ := a.ties.Get().(*ties)
	if tie == nil {
		tie = new(ties)
	}
	defer a.ties.Put(tie)
	if r, pieces := a.segmented(w, afterWord, tie); pieces != nil && a.phrase(pieces, afterWord) && !(ok && (a.generalClass(t.Terms[0])&lexicon.Noun != 0 || a.lexicon[t.Terms[0]])) {
		// (A noun of the general dictionary, 회의실, or a name users spell
		// in Hangul, 제미나이, is one word, not a word and an ending.)
		// Words typed without spaces: each known piece is a word of its own.
		// A compound of known words with nothing between them stays one
		// word, whose parts are its evidence.
		var out []Token
		start := 0 // the rune of w where piece i starts
		for i := 0; i < len(pieces); i++ {
			at, p, word := i, pieces[i], pieces[i]
			from := start
			// The particles and endings cut off after a piece are its own,
			// as typed apart ("부지도" of 공장부지도나와요): a word's surface
			// says what they say of it (a noun joined by 도, a subject
			// marked by 은), as a spaced word's does.
			for i+1 < len(pieces) && a.endsPiece(word, pieces[i+1]) {
				word += pieces[i+1]
				i++
			}
			start += utf8.RuneCountInString(word)
			if a.frame.ko[p] {
				out = append(out, Token{Surface: p, Terms: []string{p}, Kind: TokKorean, Frame: true})
				continue
			}
			if utf8.RuneCountInString(p) == 1 && a.vocab.get(p) <= 2 {
				if at > 0 {
					if t, ok := a.suffixed(w, out, pieces[at-1], p, word); ok {
						out[len(out)-1] = t
					}
				}
				continue // a syllable the cut could not place
			}
			if t, ok := a.koreanWord(p, true); ok {
				t.Surface = word
				// A word the report never uses that a cut nearly as good
				// does not start here is the segmenter's guess.
				t.Guess = from > 0 && !a.Known(t.Terms[0]) && r.nearTie(from, tie)
				out = append(out, t)
			}
		}
		return out
	}
	if ok {
		return []Token{t}
	}
	return nil
}

// endsPiece tells whether piece p of a cut ends the word before it, as
// typed apart: a particle or an ending the lists name, or a word the report
// never uses that, read on from that word's last syllable, the lists or
// the dictionary have as an ending ("지도" after 있는 or 인 is -는지도,
// -인지도: "있는지도 나와?" asks whether, and names no map).
func (a *Analyzer) endsPiece(word, p string) bool {
	switch n := utf8.RuneCountInString(p); {
	case n >= 2 && (a.frame.ko[p] || a.Known(p)):
		return false // a word ("나와"), not two particles (나 + 와)
	case a.listedParticles(p):
		return true
	case n < 2:
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	run := string(last) + p
	return a.isEnding(run) || a.mainlyEnding(run)
}

// questionWord tells whether a word is a question word that stands as a
// bare noun (QuestionWords, Word.Noun) with what typing adds to it: a
// counter and an ending ("몇개임", "얼마야", "언제쯤"). A form with a
// particle fused into it takes neither: after 누가 comes the verb
// ("누가맡아"), which a counter of the dictionary's (맡, 하) would pass for.
func (a *Analyzer) questionWord(w string) bool {
	q := a.asks.Opening(w)
	if !q.Noun() || len(q.Form) == len(w) {
		return false
	}
	rest := a.trimNounSuffix(a.trimCounter(w[len(q.Form):]))
	return rest == "" || a.functional(rest) || a.frame.ko[rest]
}

// phrase tells whether a cut holds more than known words: a particle, an
// ending or a frame word between them marks words run together, where a
// compound ("인공지능반도체") has none. After a word of another script
// (afterWord) a particle of that word may open the run.
func (a *Analyzer) phrase(pieces []string, afterWord bool) bool {
	words := 0
	for _, p := range pieces {
		if utf8.RuneCountInString(p) >= 2 {
			words++
		}
	}
	if words >= 3 {
		return true // three words run together are a phrase, not a compound
	}
	// A run that opens with a lone syllable the cut could not place and
	// then another lone syllable ("와이모델" cut as 와 + 이 + 모델) opens with
	// a word the vocabulary lacks: nothing precedes those syllables for them
	// to be particles or endings of.
	if len(pieces) > 2 && !a.placed(pieces[0]) && !(afterWord && a.listedParticles(pieces[0])) && utf8.RuneCountInString(pieces[1]) == 1 {
		return false
	}
	for i, p := range pieces {
		if a.lexicon[p] && len(pieces) > 1 {
			return true // a name run together with a word: "인텔데이터센터"
		}
		if a.frame.ko[p] || i > 0 && a.functional(p) || afterWord && a.listedParticles(p) {
			return true
		}
		if stem, ok := a.stripSuffix(p, true); ok && stem != p && a.Known(stem) && !a.Known(p) {
			return true
		}
	}
	return false
}

// placed tells whether a piece of a cut is something the vocabulary knows:
// a word, a frame word, or a syllable the report uses on its own.
func (a *Analyzer) placed(p string) bool {
	return utf8.RuneCountInString(p) >= 2 || a.frame.ko[p] || a.vocab.get(p) > 2
}

// koreanWord analyses one Hangul word.
func (a *Analyzer) koreanWord(w string, dict bool) (Token, bool) {
	if a.isEnding(w) || dict && utf8.RuneCountInString(w) == 1 && a.mainlyEnding(w) {
		return Token{}, false // a particle or ending standing alone: "…몇%임"
	}
	if a.questionWord(w) {
		return Token{Surface: w, Terms: []string{w}, Kind: TokKorean, Frame: true}, true
	}
	stem, stripped := w, false
	if !a.lexicon[w] && !a.Known(w) {
		stem, stripped = a.stripSuffix(w, dict)
	} else if a.lexicon[w] && !a.Known(w) {
		// 제미나이, not 제미나 + 이; a frame word stays one (얼마)
		return Token{Surface: w, Terms: []string{w}, Kind: TokKorean, Frame: a.frame.ko[w], Source: a.frame.source[w], Part: a.frame.part[w]}, true
	}
	if stripped && utf8.RuneCountInString(stem) >= 2 && a.mainClass(stem) != lexicon.Verb {
		// A second, shorter particle can remain: 들의, 에서는 are listed, but 것으로는 is not.
		// A stem the dictionary has mainly as a verb is that verb, as a
		// morphological analyser reads it (들어가 + 는), not a noun and a
		// particle (들어 + 가): cut again, it would match another word.
		if s2, ok := a.stripSuffix(stem, dict); ok && utf8.RuneCountInString(s2) >= 2 && utf8.RuneCountInString(stem)-utf8.RuneCountInString(s2) == 1 && a.Known(s2) {
			stem = s2
		}
	}
	t := Token{Surface: w, Kind: TokKorean}
	// A word the corpus never uses often starts with a stem it does:
	// 대응하라는 → 대응, 세액공제율 → 세액공제. That stem is only a part: 회의실
	// is not 회의.
	var prefix string
	if !a.Known(stem) && !a.vocab.empty() {
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
	// A polite 요 leaves a verb's form one ("넣으려고요", "나왔어요"), as it
	// leaves a word of the frame one ("알려줘요", "궁금한데요").
	polite, ok := strings.CutSuffix(w, "요")
	plain := w
	if ok && utf8.RuneCountInString(polite) >= 2 {
		plain = polite
	}
	t.Verbal = a.verbal(w, t.Terms[0]) || !a.Known(t.Terms[0]) && (pastTense(plain) || hasAnySuffix(plain, a.ko.verbalEndings)) || a.verbForm(w, t.Terms[0])
	t.Frame = a.frame.ko[w] || anyIn(a.frame.ko, t.Terms) || ok && a.frame.ko[polite]
	t.Verbal = t.Verbal || dict && !a.Known(t.Terms[0]) && !t.Frame && a.asksOnly(w)
	t.Source = a.frame.source[w] || anyIn(a.frame.source, t.Terms)
	t.Part = a.frame.part[w] || anyIn(a.frame.part, t.Terms)
	// replaced is the stem when its words stand in its place: the
	// whole word's cut below (cutRun) must not bring it back.
	var replaced string
	if prefix != "" && prefix != t.Terms[0] {
		// A stem that is itself a compound of the report's words is held
		// by them, however the report spaces them: 세액공제율 is on a line
		// that writes 세액을 공제 as on one that writes 세액공제.
		if parts := a.split(prefix); parts != nil {
			t.Parts = append(t.Parts, parts...)
			replaced = prefix
		} else {
			t.Parts = append(t.Parts, prefix)
		}
	}
	// Compounds the corpus writes apart are split into its words: 반도체법 →
	// 반도체 + 법, 수출통제 → 수출 + 통제. A compound the corpus never uses
	// whose stem splits badly is cut whole ("스파이어칩용도").
	if main := t.Terms[0]; utf8.RuneCountInString(main) >= 3 {
		parts := a.split(main)
		if len(parts) == 0 && !a.Known(main) {
			for _, p := range a.cutRun(w, false, true) {
				if utf8.RuneCountInString(p) >= 2 && a.Known(p) && p != replaced {
					parts = append(parts, p)
				}
			}
		}
		t.Parts = append(t.Parts, parts...)
	}
	return t, true
}

// isEnding tells whether a whole Hangul run is only a particle or an ending
// the lists name ("엔", "했지", "됐어"), which carries no topic.
func (a *Analyzer) isEnding(w string) bool {
	if a.ko.suffixSet[w] {
		return true
	}
	for _, lead := range []string{"했", "됐", "하", "되", "해"} {
		if rest, ok := strings.CutPrefix(w, lead); ok && (rest == "" || a.isEnding(rest) || a.ko.verbalSet[rest]) {
			return true
		}
	}
	return false
}

// Particles tells whether a run that follows a word is only particles,
// endings and noun suffixes, by the lists or the general dictionary: "인지"
// of "몇조위안인지", "짜리" of "몇년짜리".
func (a *Analyzer) Particles(w string) bool {
	return a.functional(w) || a.generalClass(w)&lexicon.Suffix != 0 && !a.Known(w)
}

// functional tells whether a run that follows a word is only particles and
// endings by the general dictionary too ("부터고", "한다는거임", "해야돼서"):
// one the lists name, one the dictionary has as a particle, an ending, the
// copula or a suffix, or up to three of those run together. A word the
// report uses is not one, nor a run the dictionary has as a content word
// and not as an ending. Only a question is read this way: the report's own
// words are cut by the lists alone, so that what it says stays as written.
func (a *Analyzer) functional(w string) bool { return a.functionalRun(w, 3) }

func (a *Analyzer) functionalRun(w string, pieces int) bool {
	if a.isEnding(w) {
		return true
	}
	if w == "" || a.Known(w) {
		return false
	}
	c := a.generalClass(w)
	if a.mainlyEnding(w) || c&lexicon.Ending != 0 && c&(lexicon.Noun|lexicon.Bound|lexicon.Suffix) == 0 {
		return true // 는데, 한다는; not 실, which is mainly a noun or a suffix
	}
	if c != 0 || pieces <= 1 {
		return false // a content word, or no pieces left
	}
	for _, at := range cutsBack(w) {
		head := w[:at]
		if (a.ko.suffixSet[head] || !a.Known(head) && a.generalClass(head)&lexicon.Ending != 0) && a.functionalRun(w[at:], pieces-1) {
			return true
		}
	}
	return false
}

// mainlyEnding tells whether the dictionary's most common use of w is as a
// particle, an ending or a suffix (한데, 한다는), not as a word.
func (a *Analyzer) mainlyEnding(w string) bool {
	if a.general == nil || a.Known(w) {
		return false
	}
	word, _ := a.general.Korean(w)
	return word.Main == lexicon.Ending || word.Main == lexicon.Verb && word.Class&lexicon.Ending != 0
}

// generalClass is the word classes the general dictionary gives w; none
// when it lacks w or there is no dictionary.
func (a *Analyzer) generalClass(w string) lexicon.Class {
	if a.general == nil {
		return 0
	}
	word, _ := a.general.Korean(w)
	return word.Class
}

// content tells whether a stem stands for a word: the report's, a name
// users type, or a content word of the general dictionary.
func (a *Analyzer) content(stem string) bool {
	return a.Known(stem) || a.lexicon[stem] || a.generalClass(stem)&(lexicon.Noun|lexicon.Verb|lexicon.Bound|lexicon.Adverb) != 0
}

// verbForm tells whether a word the report does not use is a verb or an
// adjective by the general dictionary: an inflected form it lists (나온,
// 나옴), a stem it has only as a verb followed by endings (달 + 아야), or a
// form it lists mainly as a verb followed by endings (만든 + 대, 같 + 은데).
// A word the report prints whole is such a form too when it is one (만들 +
// 어, "만들어 내는"): the report's verbs are verbs, not the details a
// question asks for. A stem cut off it that the report uses is not (a name
// that ends like an ending is the report's word).
func (a *Analyzer) verbForm(w, stem string) bool {
	if a.Known(stem) && stem != w {
		return false
	}
	onlyVerb := func(s string) bool {
		c := a.generalClass(s)
		return c&lexicon.Verb != 0 && c&lexicon.Noun == 0
	}
	if onlyVerb(w) || stem != w && onlyVerb(stem) {
		return true
	}
	rs := []rune(w)
	for i := len(rs) - 1; i >= 1; i-- {
		// A one-syllable stem stands only before a short ending (같 + 은데):
		// in a longer word it is more likely the first syllable of a name
		// (브 of 브라질은).
		if i == 1 && len(rs) > 3 {
			break
		}
		tail := string(rs[i:])
		class := a.mainClass(string(rs[:i]))
		if class == lexicon.Verb && a.predicateTail(tail) {
			return true
		}
		// A head the dictionary has mainly as a noun is that noun with its
		// particle (차는, 판다 of a panda), the commoner reading.
		if class != lexicon.Noun && a.droppedRieul(rs[:i], tail) {
			return true
		}
	}
	return false
}

// droppedRieul tells whether head and tail are a verb's form whose stem
// lost its final ㄹ, as every such stem does before an ending that opens
// with ㄴ (팔 + 는 is 파는, 풀 + ㄴ대 is 푼대, 깔 + 는 is 까는): the
// dictionary lists the stem, not the form, so the ㄹ is put back to find
// it. verbForm has ruled out a head the dictionary has mainly as a noun.
func (a *Analyzer) droppedRieul(head []rune, tail string) bool {
	last := head[len(head)-1]
	if !IsHangulSyllable(last) {
		return false
	}
	open := last - (last-syllableBase)%syllableFinals
	switch final(last) {
	case 0: // 파 + 는: the ending keeps its ㄴ
		if t, _ := utf8.DecodeRuneInString(tail); !IsHangulSyllable(t) || initial(t) != 'ㄴ' {
			return false
		}
	case 'ㄴ': // 푼 + 대: the ending's ㄴ closes the stem's syllable
		tail = "는" + tail
	default:
		return false
	}
	stem := string(head[:len(head)-1]) + string(open+('갈'-'가')) // closed by ㄹ as 갈 is
	// The tail must be endings alone: a bound noun after the form (내 +
	// 년도) is more often a noun's syllable than a clause made a noun.
	return a.mainClass(stem) == lexicon.Verb && a.endings(tail)
}

// predicateTail tells whether what follows a verb's form is endings, or a
// bound noun with endings around it: 큰 + 거, 좋 + 은거, 나온 + 건가. The
// bound noun (거, 것, 데) makes the verb's clause a noun, so the word is still
// a predicate, not a name.
func (a *Analyzer) predicateTail(t string) bool {
	if a.endings(t) {
		return true
	}
	rs := []rune(t)
	for i := range rs {
		if i > 0 && !a.functional(string(rs[:i])) {
			continue
		}
		if a.mainClass(string(rs[i])) != lexicon.Bound {
			continue
		}
		if rest := string(rs[i+1:]); rest == "" || a.endings(rest) {
			return true
		}
	}
	return false
}

// endings tells whether t, after a verb's form, is endings alone:
// particles and endings (functional), or those closed as chat closes a
// clause (endsClause).
func (a *Analyzer) endings(t string) bool { return a.functional(t) || a.endsClause(t) }

// endsClause tells whether t is endings closed by a final syllable that is
// an ending as well as a noun: after a verb's form, 음, 임 and 대 end the
// clause as chat does (뽑았음, 만든대, 거임), whatever else they can mean
// alone.
func (a *Analyzer) endsClause(t string) bool {
	_, size := utf8.DecodeLastRuneInString(t)
	if len(t) == 0 || a.generalClass(t[len(t)-size:])&lexicon.Ending == 0 {
		return false
	}
	return size == len(t) || a.functional(t[:len(t)-size])
}

// MainClass is the class of w's most common use by the general dictionary:
// an adverb (정확히) is no detail a question asks for.
func (a *Analyzer) MainClass(w string) lexicon.Class { return a.mainClass(w) }

// mainClass is the class of w's most common use by the general dictionary.
func (a *Analyzer) mainClass(w string) lexicon.Class {
	if a.general == nil {
		return 0
	}
	word, _ := a.general.Korean(w)
	return word.Main
}

// counterLen is how many syllables of a run's front are a counter of the
// general dictionary ("대" of "대분야", "곳" of "곳중에"), or 0: a word it
// has only as a noun ("개국") is no counter, nor a word the report uses
// whole.
func (a *Analyzer) counterLen(w string) int {
	n, _ := headOf(w, func(head string, whole bool) bool {
		return a.generalClass(head)&lexicon.Bound != 0 && !(whole && a.Known(w) && a.generalClass(w)&lexicon.Bound == 0)
	})
	return n
}

// splitsWord tells whether the counter that opens a run typed after a
// number is rather the first syllable of a word the report uses
// ("2020개정" is 2020 and 개정, not 2020개 and 정): read as the counter,
// what follows it is no particle and opens with no word of the report's,
// while the run read whole opens with one of the report's words, longer
// than the counter. Where both readings leave the report's words ("3대기업":
// 대 + 기업, or 대기업), the counter stays the number's.
// k is the counter's length, counterLen(run), which the caller has.
func (a *Analyzer) splitsWord(run string, k int) bool {
	rest := string([]rune(run)[k:])
	return !a.endsWord(rest) && !a.opensWord(rest, 1) && a.opensWord(run, k)
}

// opensWord tells whether w opens with a word the report uses of more than
// k syllables.
func (a *Analyzer) opensWord(w string, k int) bool {
	var ends [maxWordRunes]int // where the first runes of w end
	n := 0
	for i, at := range cuts(w) {
		if i > maxWordRunes {
			break
		}
		ends[i-1], n = at, i
	}
	if n < maxWordRunes && len(w) > 0 {
		ends[n], n = len(w), n+1 // w whole, when no longer than a word
	}
	for ; n > k; n-- {
		if a.Known(w[:ends[n-1]]) {
			return true
		}
	}
	return false
}

// CounterLen is the length in runes of the counter that opens w, or 0.
func (a *Analyzer) CounterLen(w string) int { return a.counterLen(w) }

// CounterPhrase tells whether a word is a counter with only particles or
// suffixes after it ("년짜리", "개나"): after 몇 it says what kind of
// count is asked, nothing of what is counted.
func (a *Analyzer) CounterPhrase(w string) bool {
	rest := a.trimCounter(w)
	if rest == w {
		return false
	}
	rest = a.trimNounSuffix(rest)
	return rest == "" || a.Particles(rest) || a.functional(rest)
}

// trimNounSuffix removes a suffix of nouns from the front of a run ("짜리"
// of "짜리야", "쯤" of "쯤임"), by the general dictionary's main use of it.
func (a *Analyzer) trimNounSuffix(w string) string {
	_, rest := headOf(w, func(head string, _ bool) bool { return a.mainClass(head) == lexicon.Suffix })
	return rest
}

// trimCounter removes a counter from the front of a run ("년" of
// "년부터고", "개" of "개임"): a bound noun of the general dictionary.
func (a *Analyzer) trimCounter(w string) string {
	_, rest := headOf(w, func(head string, _ bool) bool { return a.generalClass(head)&lexicon.Bound != 0 })
	return rest
}

// headOf finds the longer front of w, two syllables or one, that is says
// true of (whole: the front is all of w), and returns its length in runes
// and what follows it; 0 and w where neither is. Counters and noun
// suffixes are one or two syllables, and the longer one wins ("짜리", not
// "짜").
func headOf(w string, is func(head string, whole bool) bool) (int, string) {
	if len(w) == 0 {
		return 0, w
	}
	_, one := utf8.DecodeRuneInString(w)
	if one < len(w) {
		_, two := utf8.DecodeRuneInString(w[one:])
		if end := one + two; is(w[:end], end == len(w)) {
			return 2, w[end:]
		}
	}
	if is(w[:one], one == len(w)) {
		return 1, w[one:]
	}
	return 0, w
}

// stripSuffix removes a particle or ending. Among the endings that fit, one
// leaving a stem the corpus knows wins ("소라는" is 소라 + 는, not 소 + 라는);
// then one leaving a content word of the general dictionary; otherwise the
// longest listed one that leaves two syllables; otherwise the longest listed
// one. With dict and no listed ending leaving a known stem, the endings of
// the general dictionary are tried too ("협력" of "협력한다는거임"), but
// never on a word the dictionary has whole (반도체 is no 반도 + 체) and never
// to leave a stem of one syllable or one that is no word.
func (a *Analyzer) stripSuffix(w string, dict bool) (string, bool) {
	first, long, general, short := "", "", "", ""
	for i, at := range cuts(w) { // longest ending first
		tail := w[at:]
		if !a.ko.suffixSet[tail] {
			continue
		}
		stem := w[:at]
		if a.Known(stem) || a.lexicon[stem] {
			if i > 1 {
				return stem, true
			}
			// A syllable the report uses alone is the weakest stem: where
			// a longer stem it knows leaves a listed particle too, that
			// stem is the word (대만 + 의, not 대 + 만의).
			short = stem
			continue
		}
		if general == "" && dict && a.content(stem) {
			general = stem
		}
		if first == "" {
			first = stem
		}
		if long == "" && i >= 2 {
			long = stem
		}
	}
	if short != "" {
		return short, true
	}
	if dict && !a.content(w) {
		fit := "" // the shortest stem the dictionary's endings leave
		for i, at := range cuts(w) {
			// A stem of one syllable only where the report uses it alone
			// ("칩임": 칩 + 임), as the caller keeps it beside the word.
			// As above, a longer stem the report uses that leaves endings
			// too is the word (중요 + 하다는, not 중 + 요하다는).
			if stem := w[:at]; (a.Known(stem) || i >= 2 && a.content(stem)) && a.dictTail(w[at:]) {
				if i > 1 && a.Known(stem) {
					return stem, true
				}
				fit = cmp.Or(fit, stem)
			}
		}
		if fit != "" {
			return fit, true
		}
	}
	switch {
	case general != "":
		return general, true
	case long != "":
		return long, true
	case first != "":
		return first, true
	}
	return w, false
}

// dictTail tells whether a run after a stem is endings by the general
// dictionary, opening with one that is mainly an ending, and is no word
// of its own: 본은 is no ending of 일, though 본 can be one, and 기한 of
// 제출기한 is a word, though 기 and 한 can be endings.
func (a *Analyzer) dictTail(t string) bool {
	if a.content(t) && !a.mainlyEnding(t) {
		return false // a word of its own: 기한 of 제출기한
	}
	if len(t) == 0 {
		return false
	}
	if a.ko.suffixSet[t] || a.mainlyEnding(t) {
		return true
	}
	for _, at := range cutsBack(t) {
		head := t[:at]
		if (a.ko.suffixSet[head] || a.mainlyEnding(head)) && a.functionalRun(t[at:], 2) {
			return true
		}
	}
	return false
}

func (a *Analyzer) verbal(surface, stem string) bool {
	if surface == stem {
		return false
	}
	rest := strings.TrimPrefix(surface, stem)
	for _, e := range a.ko.verbal {
		if strings.HasSuffix(rest, e) && !strings.HasPrefix(rest, "하") && !strings.HasPrefix(rest, "해") && !strings.HasPrefix(rest, "했") && !strings.HasPrefix(rest, "되") && !strings.HasPrefix(rest, "됐") {
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

// pastTense spots a colloquial verb: a syllable closed by ㅆ before the
// word's last (나왔어, 됐지, 했대, 있대). ㅆ closes the syllable of a past
// tense (았, 었, 했) or of 있다 and 없다, never a noun's, so whatever ending
// follows, the word is a verb's form.
func pastTense(w string) bool {
	rs := []rune(w)
	return len(rs) >= 2 && Final(rs[len(rs)-2]) == 'ㅆ' && IsHangulSyllable(rs[len(rs)-1])
}

// split cuts a compound into words the corpus knows, longest head first,
// the rest split again: 반도체과학법 → 반도체 + 과학 + 법. A one-syllable
// tail counts only if the corpus uses it often on its own (법, 칩).
func (a *Analyzer) split(w string) []string {
	if a.vocab.empty() {
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
	if depth > 0 && (a.Known(w) && len(rs) >= 2 || len(rs) == 1 && a.vocab.get(w) > 2) {
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
		if scriptOf(rs[i]) == scriptHangul && scriptOf(rs[i+1]) == scriptHangul {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

func anyIn(set map[string]bool, ss []string) bool {
	for _, s := range ss {
		if set[s] {
			return true
		}
	}
	return false
}

// koreanTables are the analyser's Korean word lists, built once.
type koreanTables struct {
	suffixes      []string // particles and endings, longest first
	suffixSet     map[string]bool
	verbal        []string // endings that mark a verb when nothing noun-like precedes them
	verbalSet     map[string]bool
	verbalEndings []string // colloquial verb endings however the stem looks
	hanja         map[rune]string
	units         []unitName // unit names written after a number
}

func newKoreanTables() koreanTables {
	t := koreanTables{suffixes: koSuffixList(), verbal: koVerbalList(), verbalEndings: verbalEndingList(), hanja: hanjaTable(), units: unitNames(),
		suffixSet: map[string]bool{}, verbalSet: map[string]bool{}}
	for _, s := range t.suffixes {
		t.suffixSet[s] = true
	}
	for _, s := range t.verbal {
		t.verbalSet[s] = true
	}
	return t
}

// A Hangul syllable is composed of an initial consonant, a vowel and an
// optional final consonant (Unicode's arithmetic: 21 vowels, 28 finals).
const (
	syllableBase   = 0xAC00
	syllableLast   = 0xD7A3
	syllableVowels = 21
	syllableFinals = 28
)

// IsHangulSyllable tells whether r is a precomposed Hangul syllable (가–힣).
func IsHangulSyllable(r rune) bool { return r >= syllableBase && r <= syllableLast }

// The compatibility jamo of a syllable's parts, in Unicode's order: each
// is three bytes in UTF-8, so a part's index picks its rune without
// decoding the table (jamoAt).
const (
	initialJamo = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
	vowelJamo   = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
	finalJamo   = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
	jamoBytes   = 3
)

// jamoAt is the i-th jamo of one of the tables above.
func jamoAt(table string, i rune) rune {
	r, _ := utf8.DecodeRuneInString(table[int(i)*jamoBytes:])
	return r
}

// initial, vowel and final are the compatibility jamo of a syllable's parts;
// final is 0 for an open syllable.
func initial(r rune) rune {
	return jamoAt(initialJamo, (r-syllableBase)/(syllableVowels*syllableFinals))
}

func vowel(r rune) rune {
	return jamoAt(vowelJamo, (r-syllableBase)%(syllableVowels*syllableFinals)/syllableFinals)
}

// Final is the closing consonant of a Hangul syllable as a compatibility
// jamo ('ㄴ' of 는), 0 for an open syllable or any other rune: an ending's
// form depends on it.
func Final(r rune) rune {
	if !IsHangulSyllable(r) {
		return 0
	}
	return final(r)
}

func final(r rune) rune {
	f := (r - syllableBase) % syllableFinals
	if f == 0 {
		return 0
	}
	return jamoAt(finalJamo, f-1)
}

// suffixed reads syl, a syllable the cut of w could not place, typed as
// word with its particles, with prev, the piece before it, as the spaced
// reader reads the two typed as one word apart from the rest of w:
// 반도체자립률은 typed apart is 반도체 자립률은, whose 자립률 the reader
// takes whole (a derived noun the report may write longer), where the lone
// syllable would be lost. Only a syllable the dictionary has mainly as a
// noun suffix (률, 별) is read so, after a piece that is no frame word (out
// ends with its token); the reading is the spaced reader's, which may drop
// the syllable all the same (엣지용은 is read as 엣지).
func (a *Analyzer) suffixed(w string, out []Token, prev, syl, word string) (Token, bool) {
	if len(out) == 0 || out[len(out)-1].Frame || out[len(out)-1].Surface != prev {
		return Token{}, false
	}
	if a.mainClass(syl) != lexicon.Suffix || prev+word == w || a.frame.ko[prev] {
		return Token{}, false
	}
	toks := a.korean(prev+word, false, false)
	if len(toks) != 1 || toks[0].Frame || toks[0].Terms[0] == out[len(out)-1].Terms[0] {
		return Token{}, false
	}
	return toks[0], true
}

// asksOnly tells whether w, a Hangul run the report never uses that no
// list or dictionary has whole, is grammar alone: read as the dictionary's
// words, longest first as the segmenter cuts (cutRun), every one is a word
// of the question's frame, a verb's form or an adverb, with the particles
// and endings between them ("제일많아", "훨씬높아"), and one at least is a
// frame word or an adverb, or two are verbs. Such a run says how the asker
// asks, and names nothing a passage could hold or lack; a run with a noun
// in it ("서울내일눈온대") names something, one with a piece no list reads
// may be a name, and a lone verb's form with its endings is read as a word
// is, by its stem (브라질은 is no verb).
func (a *Analyzer) asksOnly(w string) bool {
	n := utf8.RuneCountInString(w)
	if n <= 1 || n > maxSegmentRunes || a.Known(w) || a.frame.ko[w] || a.mainClass(w) != 0 {
		return false // one word, read as such
	}
	// a piece is a slice of w, not a copy, as the segmenter's are (runCut)
	at := runeStarts(w, n)
	// The best reading of the run scores the square of each piece's
	// length, as the segmenter does, over the pieces readPiece reads. A
	// tie goes to a reading with a noun.
	cells := make([]cutCell[grammarRead], n+1)
	bestCuts(cells, grammarRead{grammar: true}, 0, cutter[grammarRead, pieceKind]{
		piece: func(j, i int) (float64, pieceKind) {
			if read, kind := a.readPiece(w[at[j]:at[i]], j == 0); read {
				return float64((i - j) * (i - j)), kind
			}
			return noCut, pieceNoun
		},
		keep: grammarRead.with,
		even: func(g grammarRead) bool { return !g.grammar },
	})
	g := cells[n].keep
	return cells[n].score != noCut && g.grammar && (g.asks || g.verbs > 1)
}

// grammarRead is what asksOnly's reading of a run keeps of its pieces:
// whether every one is grammar, how many are verbs' forms, and whether
// one is a frame word or an adverb.
type grammarRead struct {
	grammar bool
	verbs   int
	asks    bool
}

// with is g with a piece of kind k after its pieces.
func (g grammarRead) with(k pieceKind) grammarRead {
	g.grammar = g.grammar && k != pieceNoun
	g.asks = g.asks || k == pieceAsks
	if k == pieceVerb {
		g.verbs++
	}
	return g
}

// pieceKind is what readPiece reads a piece of a run as.
type pieceKind int

const (
	pieceNoun   pieceKind = iota // a word that names something
	pieceAsks                    // a frame word or an adverb
	pieceVerb                    // a verb's form
	pieceEnding                  // a particle or an ending
)

// readPiece tells whether p, a piece of a run (first where it opens the
// run), is a word the lists or the dictionary read, and as what: a frame
// word or a word the dictionary has mainly as an adverb (how the asker
// asks), a verb's form, a particle or an ending after another piece, or a
// word that names something: one the report uses, or one the dictionary
// has mainly as a noun or a counter (a unit: 와트). A run cannot open with
// what only follows a word (와 of 와트, 짜 of 짜리).
func (a *Analyzer) readPiece(p string, first bool) (bool, pieceKind) {
	long := utf8.RuneCountInString(p) > 1
	c := a.mainClass(p)
	switch {
	case long && a.Known(p):
		return true, pieceNoun
	case a.frame.ko[p]:
		return true, pieceAsks
	case first && (a.isEnding(p) || a.functional(p) || c&(lexicon.Ending|lexicon.Suffix) != 0):
		return false, pieceNoun
	case a.isEnding(p), a.functional(p):
		return true, pieceEnding
	case (long || !first) && a.verbForm(p, p):
		return true, pieceVerb
	case c == lexicon.Adverb:
		return true, pieceAsks
	case c == lexicon.Verb && long:
		return true, pieceVerb
	}
	// A syllable alone is read as an adverb or not at all: the dictionary
	// lists most syllables as some suffix, ending or counter, and a name
	// the lists lack (화웨이) would part into them.
	return c != 0 && long, pieceNoun
}
