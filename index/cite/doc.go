// Package cite finds the passage that supports a claim a writer wants to
// cite and returns it verbatim, with its section and pages, a reference to
// the report in Korean style, APA and BibTeX, the original sources it cites,
// and the report's own inconsistencies about those sources.
package cite
