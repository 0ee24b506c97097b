package wordtable_test

import (
	"fmt"
	"testing"

	"github.com/stepi-tools/reportbot/index/wordtable"
)

func TestTable(t *testing.T) {
	words := []string{"반도체", "chip", "", "초격차", "chip", "HBM3E"}
	tab := wordtable.New(words)
	if got, want := tab.Len(), len(words); got != want {
		t.Fatalf("got Len %d, want %d", got, want)
	}
	tests := []struct {
		name string
		word string
		want int
		ok   bool
	}{
		{"first", "반도체", 0, true},
		{"Latin", "chip", 1, true},
		{"empty word", "", 2, true},
		{"last", "HBM3E", 5, true},
		{"missing", "메모리", 0, false},
		{"a prefix of a word is not it", "반도", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tab.Find(tt.word)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Find(%q) = %d, %v; want %d, %v", tt.word, got, ok, tt.want, tt.ok)
			}
			got, ok = tab.FindBytes([]byte(tt.word))
			if got != tt.want || ok != tt.ok {
				t.Errorf("FindBytes(%q) = %d, %v; want %d, %v", tt.word, got, ok, tt.want, tt.ok)
			}
		})
	}
	for i, w := range words {
		if got := tab.Word(i); got != w {
			t.Errorf("Word(%d) = %q, want %q", i, got, w)
		}
	}
}

func TestEmptyTable(t *testing.T) {
	var tab wordtable.Table
	if _, ok := tab.Find("x"); ok || tab.Len() != 0 {
		t.Errorf("the zero Table finds a word or has a length")
	}
	tab = wordtable.New(nil)
	if _, ok := tab.Find("x"); ok || tab.Len() != 0 {
		t.Errorf("an empty Table finds a word or has a length")
	}
}

// TestFindBytesCopiesNothing checks that a word held in bytes is looked
// up without a string made of it, found or not, however long: a text's
// every pair of Latin words is looked up so (search's joinedAt). Find,
// the same code, copies nothing either, and leaves a key its caller made
// a string on its own stack there (string(b) of a short word).
func TestFindBytesCopiesNothing(t *testing.T) {
	long := "a-name-of-several-latin-words-longer-than-a-small-buffer"
	tab := wordtable.New([]string{"chip", long})
	tests := []struct {
		name string
		word string
	}{
		{"a short word found", "chip"},
		{"a long word found", long},
		{"a long word missing", long + "s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.word)
			if got := testing.AllocsPerRun(10, func() { tab.FindBytes(b) }); got != 0 {
				t.Errorf("FindBytes(%q) allocates %v times, want 0", tt.word, got)
			}
			if got := testing.AllocsPerRun(10, func() { tab.Find(tt.word) }); got != 0 {
				t.Errorf("Find(%q) allocates %v times, want 0", tt.word, got)
			}
			// a key built in a buffer on the caller's stack stays there
			if got := testing.AllocsPerRun(10, func() {
				var buf [64]byte
				tab.FindBytes(append(buf[:0], tt.word...))
			}); got != 0 {
				t.Errorf("FindBytes(%q) of a stack buffer allocates %v times, want 0", tt.word, got)
			}
		})
	}
	b := []byte("chip") // short enough for string(b) on the stack
	if got := testing.AllocsPerRun(10, func() { tab.Find(string(b)) }); got != 0 {
		t.Errorf("Find(string(%q)) allocates %v times, want 0", b, got)
	}
}

func ExampleTable() {
	tab := wordtable.New([]string{"메모리", "파운드리", "HBM"})
	i, ok := tab.Find("파운드리")
	fmt.Println(i, ok, tab.Word(2))
	// Output: 1 true HBM
}

func BenchmarkFind(b *testing.B) {
	words := make([]string, 10000)
	for i := range words {
		words[i] = fmt.Sprintf("word%d", i)
	}
	tab := wordtable.New(words)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tab.Find(words[i%len(words)])
	}
}

func BenchmarkFindBytes(b *testing.B) {
	words := make([][]byte, 10000)
	for i := range words {
		words[i] = fmt.Appendf(nil, "word%d", i)
	}
	strs := make([]string, len(words))
	for i, w := range words {
		strs[i] = string(w)
	}
	tab := wordtable.New(strs)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tab.FindBytes(words[i%len(words)])
	}
}

// TestNewSized checks that New allocates its three arrays once each, at
// their size: a shelf keeps several tables a report, and a blob left to
// grow keeps up to twice the words' bytes.
func TestNewSized(t *testing.T) {
	words := make([]string, 500)
	for i := range words {
		words[i] = fmt.Sprintf("낱말%d", i)
	}
	if got := testing.AllocsPerRun(10, func() { wordtable.New(words) }); got != 3 {
		t.Errorf("New allocates %v times, want 3 (blob, ends, slots)", got)
	}
}
