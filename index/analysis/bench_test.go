package analysis_test

import "testing"

// BenchmarkTokensTypedWithoutSpaces reads questions typed without spaces,
// as a chat user types them: the cut of each run, and the other cuts
// that tell which of its pieces are the segmenter's guesses (Token.Guess).
// The questions are made up for the benchmark.
func BenchmarkTokensTypedWithoutSpaces(b *testing.B) {
	a, err := learnt()
	if err != nil {
		b.Fatal(err)
	}
	qs := []string{
		"보고서에서나노공정얘기는어디쯤나와",
		"그분소속이랑연락처도적혀있어",
		"엔비디아설계인력규모는몇명쯤이야",
		"미국반도체지원금은총얼마라고함",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			a.Tokens(q)
		}
	}
}
