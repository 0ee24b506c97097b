package corpus

import (
	"slices"

	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/corpus/pack"
)

// Restore completes a Document decoded from the JSON of its exported fields,
// as a prebuilt index keeps the parsed report: it builds again the look-ups
// Parse keeps beside them (sections by id, footnotes by number, references
// by prefix) and the entity set, found as Parse finds it, so that the
// Document behaves as parsed.
func Restore(d *Document) *Document {
	// Decoding grew the lists as append does; a report keeps them, so
	// each is copied into an array of its length.
	d.Sections, d.Passages = fitted(d.Sections), fitted(d.Passages)
	d.Footnotes, d.References = fitted(d.Footnotes), fitted(d.References)
	d.shareRepeats()
	d.packDecoded()
	d.sectionByID = make(map[string]int, len(d.Sections))
	for i, s := range d.Sections {
		d.sectionByID[s.ID] = i // Parse has made the ids unique
	}
	d.footnoteByNum = make(map[int]int, len(d.Footnotes))
	for i, f := range d.Footnotes {
		if _, seen := d.footnoteByNum[f.Num]; !seen {
			d.footnoteByNum[f.Num] = i // the first, as Parse keeps it
		}
	}
	d.indexReferences()
	d.findEntities(entity.Default())
	return d
}

// fitted is l in an array of its length: l itself when it has no room to
// spare.
func fitted[T any](l []T) []T {
	if cap(l) == len(l) {
		return l
	}
	return slices.Clone(l)
}

// shareRepeats makes the strings the sections and passages repeat one
// string each, and a passage's title path the one the passage before it
// has when the two are equal, as Parse has them from one section table.
// Decoding gives every passage its own copies: most of a restored report's
// heap objects, which every collection marks again.
func (d *Document) shareRepeats() {
	seen := map[string]string{}
	share := func(s string) string {
		if t, ok := seen[s]; ok {
			return t
		}
		seen[s] = s
		return s
	}
	for i := range d.Sections {
		s := &d.Sections[i]
		s.ID, s.Title, s.TitleEn, s.Parent = share(s.ID), share(s.Title), share(s.TitleEn), share(s.Parent)
	}
	var path []string
	for i := range d.Passages {
		p := &d.Passages[i]
		p.Section, p.Kind, p.Country, p.Label, p.Head = share(p.Section), Kind(share(string(p.Kind))), share(p.Country), share(p.Label), share(p.Head)
		if len(p.Path) > 0 && slices.Equal(p.Path, path) {
			p.Path = path
			continue
		}
		for j, t := range p.Path {
			p.Path[j] = share(t)
		}
		p.Path = slices.Clip(p.Path)
		path = p.Path
	}
}

// packDecoded puts the texts of the passages, footnotes and references in
// one string, and their lists of line and footnote numbers in one array
// each kind: decoding made each one an object of its own, some thousand
// a report, which every collection marks while the report is loaded.
func (d *Document) packDecoded() {
	var texts []*string
	var nums []*[]int
	var subs []*[]bool
	for i := range d.Passages {
		p := &d.Passages[i]
		texts = append(texts, &p.Text)
		nums = append(nums, &p.Lines, &p.Footnotes)
		subs = append(subs, &p.Sub)
	}
	for i := range d.Footnotes {
		f := &d.Footnotes[i]
		texts = append(texts, &f.Text, &f.URL)
		nums = append(nums, &f.Lines)
	}
	for i := range d.References {
		r := &d.References[i]
		texts = append(texts, &r.Text)
		nums = append(nums, &r.Lines)
	}
	pack.Strings(slices.Values(texts))
	pack.Slices(slices.Values(nums))
	pack.Slices(slices.Values(subs))
}
