package search

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestHeaviestMissingNamesSomething checks that the word a reply covering
// too little is hedged on is the heaviest one of at least the specificity
// asked: an everyday word the passage lacks, however heavy, is passed over
// for a lighter one that names something, and with none such, nothing is
// named.
func TestHeaviestMissingNamesSomething(t *testing.T) {
	x := mustIndex(t)
	everyday := question.Concept{Surface: "everyday", Terms: []string{"zzqxeveryday"}, Weight: 3, Spec: 0.3}
	name := question.Concept{Surface: "Name", Terms: []string{"zzqxname"}, Weight: 1, Spec: 1}
	tests := []struct {
		name     string
		concepts []question.Concept
		minSpec  float64
		want     []string
	}{
		{"no floor: the heaviest", []question.Concept{everyday, name}, 0, []string{"everyday"}},
		{"a floor passes over the everyday word", []question.Concept{everyday, name}, 0.5, []string{"Name"}},
		{"only everyday words: none", []question.Concept{everyday}, 0.5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.HeaviestMissing(question.Query{Concepts: tt.concepts}, []int{0}, tt.minSpec)
			if !slices.Equal(got, tt.want) {
				t.Errorf("HeaviestMissing(minSpec %.2f) = %v, want %v", tt.minSpec, got, tt.want)
			}
		})
	}
}
