// Package corpus turns the report's plain text into a Document: its front-matter
// metadata, its section tree with page ranges from the tables of contents, its
// footnotes and reference list, and the passages that are retrieved and cited.
// The report the product ships is embedded, so the package works with no set-up.
package corpus
