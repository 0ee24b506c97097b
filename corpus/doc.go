// Package corpus turns the report's plain text into a Document: its front-matter
// metadata, its section tree with page ranges from the tables of contents, its
// footnotes and reference list, and the passages that are retrieved and cited.
// Everything report-specific comes from the text: the metadata from the title
// page, the sections from the headings, held against the table of contents.
// A report whose layout cannot be read is refused whole with a *LayoutError
// that names the line, never half parsed. The report the product ships is
// embedded, so the package works with no set-up.
package corpus
