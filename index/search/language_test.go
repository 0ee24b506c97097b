package search

import (
	"path/filepath"
	"reflect"
	"testing"
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
		if !reflect.DeepEqual(y.Pairing(), x.Pairing()) {
			t.Errorf("index %d: the pairing with the Language's tables differs from the index's own", i)
		}
		a, b := *y, *x
		a.idx, b.idx, a.pair, b.pair, a.lang, b.lang = nil, nil, nil, nil, nil, nil
		if !reflect.DeepEqual(a, b) {
			t.Errorf("index %d: opened with the Language, it differs from the index built alone", i)
		}
	}
}
