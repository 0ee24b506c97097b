package question_test

import (
	"sync"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/search"
)

// sharedIndex builds the index on the embedded report once per test binary:
// a question is read against the words the search index counts.
var sharedIndex = sync.OnceValues(func() (*search.Index, error) {
	doc, err := corpus.Load("")
	if err != nil {
		return nil, err
	}
	return search.New(doc, search.Options{})
})

func mustIndex(t testing.TB) *search.Index {
	t.Helper()
	x, err := sharedIndex()
	if err != nil {
		t.Fatalf("build index: %v", err)
	}
	return x
}
