package corpus

import "github.com/stepi-tools/reportbot/corpus/entity"

// Restore completes a Document decoded from the JSON of its exported fields,
// as a prebuilt index keeps the parsed report: it builds again the look-ups
// Parse keeps beside them (sections by id, footnotes by number, references
// by prefix) and the entity set, found as Parse finds it, so that the
// Document behaves as parsed.
func Restore(d *Document) *Document {
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
