// Package pack keeps the many small slices and strings a loaded report
// holds in a few large objects: decoded or built one by one, each is an
// object of its own, which every garbage collection marks for as long as
// the report is loaded.
package pack
