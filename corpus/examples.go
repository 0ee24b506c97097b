package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/hangul"
)

// Examples are questions and claims in a report's own words, for the help
// a bot gives: a reader learns what to ask of the report that is loaded, not
// of another one. Any of them is empty when the report offers nothing to
// make it from.
type Examples struct {
	// Ask holds two questions in Korean and two in English: one about the
	// first section of the report's last chapter (in this house style its
	// conclusions), one comparing the first two countries it covers.
	AskKo, AskEn []string
	// Claims are short lines of the body that state a figure: what a
	// writer would check with /cite.
	Claims []string
}

// Bounds of a claim line, in runes: long enough to say something, short
// enough to type.
const minClaimRunes, maxClaimRunes = 15, 45

// Examples reads a report's examples from its sections, its countries and
// its body.
func (d *Document) Examples() Examples {
	var ex Examples
	if chapters := d.Chapters(); len(chapters) > 0 {
		last := chapters[len(chapters)-1].ID
		for _, s := range d.Sections {
			if s.Parent != last || s.Title == "" {
				continue
			}
			ex.AskKo = append(ex.AskKo, s.Title+topicParticle(s.Title)+"?")
			if s.TitleEn != "" {
				ex.AskEn = append(ex.AskEn, "What does the report say on “"+s.TitleEn+"”?")
			}
			break
		}
	}
	if d.Entities != nil {
		if cs := d.Entities.Countries(); len(cs) >= 2 {
			a, b := cs[0], cs[1]
			ex.AskKo = append(ex.AskKo, a.Name+andParticle(a.Name)+" "+b.Name+"의 정책 비교")
			if a.English != "" && b.English != "" {
				ex.AskEn = append(ex.AskEn, "How do "+a.English+" and "+b.English+" compare?")
			}
		}
	}
	for _, p := range d.Passages {
		if len(ex.Claims) == 2 {
			break
		}
		if (p.Kind != KindBlock && p.Kind != KindCountry) || !startsWithDigit(p.Section) {
			continue
		}
		for _, ln := range strings.Split(p.Text, "\n") {
			ln = strings.TrimSpace(ln)
			n := utf8.RuneCountInString(ln)
			if n >= minClaimRunes && n <= maxClaimRunes && digitRuns(ln) >= 2 && !strings.ContainsAny(ln, "()[]「」") {
				ex.Claims = append(ex.Claims, ln)
				break
			}
		}
	}
	return ex
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// digitRuns counts the runs of digits in s: a claim worth checking states
// a figure beside its year or name, not a year alone.
func digitRuns(s string) int {
	n, in := 0, false
	for _, r := range s {
		d := unicode.IsDigit(r)
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// topicParticle is 은 after a closed syllable and 는 after an open one.
func topicParticle(w string) string { return hangul.Particle(w, "은", "는") }

// andParticle is 과 after a closed syllable and 와 after an open one.
func andParticle(w string) string { return hangul.Particle(w, "과", "와") }
