package search

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestLanguageIsSharedAndReadsAlike opens one saved index twice with one
// Language: both share its tables and patterns, and each reads as the
// index built with its own (the analyser, the Reader and the pairing
// compare equal field by field).
func TestLanguageIsSharedAndReadsAlike(t *testing.T) {
	x := mustIndex(t)
	lang, err := NewLanguage(x.General())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "ix")
	if err := Write(x.doc, Options{}, dir); err != nil {
		t.Fatalf("Write: %v", err)
	}
	var ys []*Index
	for range 2 {
		y, err := Open(x.doc, dir, Options{Language: lang})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { y.Close() })
		ys = append(ys, y)
	}
	for i, y := range ys {
		if y.an.Tables != lang.tables {
			t.Errorf("index %d: the analyser has tables of its own, want the Language's", i)
		}
		if y.lang != lang || y.General() != lang.General() {
			t.Errorf("index %d: a Language of its own, want the one given", i)
		}
		if !reflect.DeepEqual(y.Pairing().Unread(), x.Pairing().Unread()) {
			t.Errorf("index %d: the pairing with the Language's tables differs from the index's own", i)
		}
		a, b := wholeOf(y), wholeOf(x)
		a.lang, b.lang = nil, nil // checked above: the one given, not its own
		if !reflect.DeepEqual(a, b) {
			t.Errorf("index %d: opened with the Language, it differs from the index built alone", i)
		}
	}
}

// TestOptionsLanguage checks the one Language an index reads through: its
// own, of the embedded word data, when none is given; the one given; and,
// for a glossary of the caller's, one of its own that shares the rest of
// the given one.
func TestOptionsLanguage(t *testing.T) {
	x := mustIndex(t)
	embedded, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatal(err)
	}
	if x.lang == nil || !reflect.DeepEqual(x.lang.entries, embedded) || x.General() == nil {
		t.Fatalf("an index given no Language: want one of its own with the embedded glossary and the general word lists")
	}
	lang, err := NewLanguage(x.General())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opt      Options
		same     bool // the Language given, not one of the index's own
		glossary []analysis.Entry
	}{
		{"given", Options{Language: lang}, true, embedded},
		{"given with a glossary", Options{Language: lang, Glossary: embedded[:3]}, false, embedded[:3]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opt.language()
			if err != nil {
				t.Fatal(err)
			}
			if (got == lang) != tt.same {
				t.Errorf("the Language is the one given: %v, want %v", got == lang, tt.same)
			}
			if got.tables != lang.tables || got.patterns != lang.patterns || got.General() != lang.General() {
				t.Errorf("want the given Language's tables, patterns and word lists shared")
			}
			if !reflect.DeepEqual(got.entries, tt.glossary) || !reflect.DeepEqual(got.names, lang.names) {
				t.Errorf("glossary of %d entries and %d names, want %d and %d", len(got.entries), len(got.names), len(tt.glossary), len(lang.names))
			}
		})
	}
}
