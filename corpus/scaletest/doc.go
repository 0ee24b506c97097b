// Package scaletest builds larger reports out of the shipped one, so that
// benchmarks can show how a cost grows with the size of the corpus. It is
// used only by tests and benchmarks.
package scaletest
