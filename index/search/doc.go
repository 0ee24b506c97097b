// Package search holds the report's passages in a bleve BM25 index and ranks
// them for a question.Query: bleve's candidates are re-ranked by how much of
// the question each covers, and each comes back with that coverage as the
// evidence of why it matched. It keeps what each passage and line holds,
// which the engines ask through Passages, Excerpts and Missing. Write saves a
// built index to a folder and Open restores it without analysing the report
// again; index/prebuilt keeps such folders.
package search
