// Package wordtable numbers a list of words and finds a word's number,
// keeping the words in one string and their numbers in slices of integers.
// A table of thousands of words then holds no pointer but its one string,
// and costs the garbage collector nothing to mark, however many reports a
// shelf loads; the same words make the same table in every process.
package wordtable
