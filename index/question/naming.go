package question

import (
	"regexp"
	"strings"
)

// NameKind is a kind of thing a name is asked for (a chip, a model), in
// both languages: the line that names one says which kind it is.
type NameKind struct {
	Ko, En string
	// Asked finds the English word in a question, as a word.
	Asked *regexp.Regexp
}

// In tells whether a question (lower-cased) types the kind.
func (k NameKind) In(q string) bool {
	return strings.Contains(q, k.Ko) || k.Asked.MatchString(q)
}

// naming is how a question asks for the name of a product, a model, a
// chip or a version ("which model", "what is it called", "제품군으로 뭘",
// "버전은?", or the kind's name: "모델명은"), and the kinds it names.
// ("최신" before a kind's noun, and a question closing on "products",
// changed no qeval line on any set, and went.) 뭐 after the noun asks
// what it is in whatever form it is typed (뭐야, 뭐예요, a slip for
// 뭐였지), which a list of its endings missed; 뭐에 asks what for.
type naming struct {
	asks  *regexp.Regexp
	kinds []NameKind
}

func newNaming() naming {
	nouns := `(?:제품군|제품|모델|버전|칩|이름|명칭|코드명|시리즈)명?`
	var kinds []NameKind
	for _, k := range [][2]string{{"제품", "product"}, {"모델", "model"}, {"버전", "version"}, {"칩", "chip"}, {"프로젝트", "project"},
		{"패키지", "package"}, {"시리즈", "series"}, {"가속기", "accelerator"}, {"프로세서", "processor"}} {
		kinds = append(kinds, NameKind{Ko: k[0], En: k[1], Asked: regexp.MustCompile(`\b` + k[1])})
	}
	return naming{
		kinds: kinds,
		asks: regexp.MustCompile(`(?i)` + nouns + `[은는이가을를으로]*\s*(?:뭐(?:[^에]|$)|무엇|뭘|어떤|\?|$)` +
			`|(?:어떤|어느|무슨)\s*` + nouns +
			`|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:models?|products?|chips?|versions?|names?|codenames?|series|packages?)\b` +
			`|\bcalled\b|\bnamed?\b`),
	}
}

// Naming returns the pattern of a question that asks for a name and the
// kinds of thing a name is asked for.
func (p *Patterns) Naming() (asks *regexp.Regexp, kinds []NameKind) {
	return p.naming.asks, p.naming.kinds
}
