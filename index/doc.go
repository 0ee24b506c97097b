// Package index answers questions from a parsed report. It analyses Korean
// and English text into terms (particles stripped, compounds split, Latin codes
// kept whole), ranks passages with bleve's BM25, re-ranks them by how much of
// the question they cover, declines when the report does not cover it, and
// cuts a short excerpt that cites its sources.
package index
