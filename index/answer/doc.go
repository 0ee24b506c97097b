// Package answer answers a question from the report: it ranks passages
// through the index, decides whether the best of them really answers (or
// declines and points at the nearest sections), and returns each result with
// its excerpt, section, pages and the sources the excerpt cites.
package answer
