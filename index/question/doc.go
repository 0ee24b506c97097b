// Package question reads a question, first where it enters: Parse makes the
// text as typed into an Asked (the text meant, its language, whether it can
// be asked at all), once, and every engine takes that value. The Reader
// then reads an Asked into the Query the search takes: its words become
// weighted concepts (index terms, glossary translations, compound parts,
// bigrams), a word the report never uses is corrected to the nearest one it
// does, or to the long compound it shortens (speller.go), and weighed by how
// specific it is in language at large (specific.go), and what the answer
// must hold (a date, a figure in a unit, a definition) is read from how it
// asks. A Reader reads against one report's words, which the search index
// counts and hands it.
package question
