// Package excerpt cuts the text an answer, a citation or a summary shows: it
// splits a line into sentences and clauses and keeps the run of whole clauses
// that matters most within a length limit, marking every cut with "…". It
// knows nothing of how clauses are scored; callers pass that in.
package excerpt
