// Package quality measures answers against gold questions the way the
// shared evaluator does (a gold substring in a shown excerpt or its sources,
// white space removed, NFC, A–Z lower-cased), so that tests can hold the
// engine to floors and the fitting tool can compare parameters.
package quality
