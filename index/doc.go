// Package index is the family of rooms that answer questions about a
// report; it holds no code of its own, only the count of the hand-written
// rules of the whole tree (rules_test.go). analysis turns text into terms;
// question reads a question into the Query the search takes; search holds
// the passages in a bleve BM25 index, ranks them for a Query and saves
// itself to a folder; tuning is every ranking and decline number, in one
// Params. The engines over them are answer, cite, summary and dialog, with
// shelf for several reports at once; excerpt, pairing, prebuilt and
// quality are the tools they share.
package index
