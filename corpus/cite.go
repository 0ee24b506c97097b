package corpus

import (
	"regexp"
	"strings"
)

// Citation is an in-text citation such as "(장은현, 2024)" or "자료: 최창환 외(2024)".
type Citation struct {
	Raw    string
	Author string // as printed, e.g. "장은현", "채명식·이호윤", "Schuman et al."
	Year   string // e.g. "2024", "2024a"
}

var (
	reCiteParen = regexp.MustCompile(`\(([^()]{2,60}?),\s*((?:19|20)\d\d[a-z]?)[^()]*\)`)
	reCiteYear  = regexp.MustCompile(`([A-Za-z가-힣][A-Za-z가-힣·.& ]{1,50}?)\(((?:19|20)\d\d[a-z]?)[^()]*\)`)
)

// Citations finds in-text citations in text.
func (d *Document) Citations(text string) []Citation {
	var out []Citation
	for _, m := range reCiteParen.FindAllStringSubmatch(text, -1) {
		for _, part := range strings.Split(m[0][1:len(m[0])-1], ";") {
			a, y, ok := strings.Cut(part, ",")
			if !ok {
				continue
			}
			if ym := regexp.MustCompile(`(?:19|20)\d\d[a-z]?`).FindString(y); ym != "" {
				out = append(out, Citation{Raw: m[0], Author: strings.TrimSpace(a), Year: ym})
			}
		}
	}
	if i := strings.Index(text, "자료:"); i >= 0 {
		src := text[i+len("자료:"):]
		for _, m := range reCiteYear.FindAllStringSubmatch(src, -1) {
			out = append(out, Citation{Raw: strings.TrimSpace(m[0]), Author: strings.TrimSpace(m[1]), Year: m[2]})
		}
	}
	return out
}

// authorKey is the first author's name as reference entries start with it.
func authorKey(a string) string {
	a = strings.TrimSpace(a)
	for _, sep := range []string{" 외", " et al", "·", ",", " and ", "(", " &"} {
		if i := strings.Index(a, sep); i > 0 {
			a = a[:i]
		}
	}
	return strings.ToLower(strings.TrimSpace(a))
}

// Reference finds the reference-list entry a citation points to.
func (d *Document) Reference(c Citation) (Reference, bool) {
	key := authorKey(c.Author)
	if key == "" {
		return Reference{}, false
	}
	var byName []Reference
	for _, r := range d.References {
		low := strings.ToLower(r.Text)
		if !strings.HasPrefix(low, key) {
			continue
		}
		if strings.Contains(low, strings.ToLower(c.Year)) {
			return r, true
		}
		byName = append(byName, r)
	}
	if len(byName) == 1 && !strings.Contains(byName[0].Text, "(") {
		return byName[0], true // an online source listed without a year
	}
	// "Stanford AI Index(2024)" for "Stanford University, AI Index 2024.": the
	// first word and the year, when only one entry has both.
	first, _, _ := strings.Cut(key, " ")
	var loose []Reference
	for _, r := range d.References {
		low := strings.ToLower(r.Text)
		if len(first) >= 4 && strings.HasPrefix(low, first) && strings.Contains(low, strings.ToLower(c.Year)) {
			loose = append(loose, r)
		}
	}
	if len(loose) == 1 {
		return loose[0], true
	}
	return Reference{}, false
}

// Sources lists the original sources text cites: the footnotes its markers
// point to and the reference entries of its in-text citations.
func (d *Document) Sources(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	known := func(n int) bool { _, ok := d.Footnote(n); return ok }
	for _, n := range FootnoteMarkers(text, known) {
		if f, ok := d.Footnote(n); ok {
			add(f.Text)
		}
	}
	for _, c := range d.Citations(text) {
		if r, ok := d.Reference(c); ok {
			add(r.Text)
		}
	}
	return out
}
