// Package scaletest builds larger reports out of the shipped one, and
// libraries of many reports, so that benchmarks can show how a cost grows
// with the size of the corpus and with the number of reports loaded. It is
// used only by tests and benchmarks.
package scaletest
