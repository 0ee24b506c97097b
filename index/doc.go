// Package index holds the report's passages in a bleve BM25 index and reads
// questions against it: a question becomes weighted concepts (index terms,
// glossary translations, compound parts, bigrams), bleve's candidates are
// re-ranked by how much of the question each covers, and each candidate
// comes back with that coverage as the evidence of why it matched. Every
// ranking number lives in Params. The rooms beneath use it: answer, cite,
// summary; analysis and excerpt are the text tools it is built from. Write
// saves a built index to a folder and Open restores it without analysing
// the report again; index/prebuilt keeps such folders.
package index
