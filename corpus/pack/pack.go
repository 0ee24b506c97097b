package pack

import (
	"iter"
	"maps"
	"slices"
	"strings"
)

// Slices moves the slices ls yields into one array, in turn, each keeping
// its elements and its length, and clipped to it, so that an append to one
// copies it rather than write over the next; an empty one stays as it is,
// nil or not. ls is walked twice and must yield the same slices both times
// (a map's values in another order will do).
func Slices[T any](ls iter.Seq[*[]T]) {
	n := 0
	for l := range ls {
		n += len(*l)
	}
	all := make([]T, 0, n)
	for l := range ls {
		if len(*l) == 0 {
			continue
		}
		at := len(all)
		all = append(all, *l...)
		*l = all[at:len(all):len(all)]
	}
}

// Strings makes the strings ss yields parts of one string. ss is walked
// more than once and must yield the same strings each time.
func Strings(ss iter.Seq[*string]) {
	n := 0
	for s := range ss {
		n += len(*s)
	}
	var b strings.Builder
	b.Grow(n)
	for s := range ss {
		b.WriteString(*s)
	}
	all, at := b.String(), 0
	for s := range ss {
		if n := len(*s); n > 0 {
			*s = all[at : at+n]
			at += n
		}
	}
}

// Values yields the values of m, each as a pointer to a copy that is
// stored back into m when the pointer has been used: the values of a map,
// for Slices.
func Values[K comparable, V any](m map[K]V) iter.Seq[*V] {
	return func(yield func(*V) bool) {
		// one copy for every value: a copy each would be an object each
		var v V
		for k, mv := range m {
			v = mv
			if !yield(&v) {
				return
			}
			m[k] = v
		}
	}
}

// Elems yields a pointer to each element of s.
func Elems[T any](s []T) iter.Seq[*T] {
	return Fields(s, func(e *T) *T { return e })
}

// Fields yields a pointer to the field f picks of each element of s.
func Fields[T, F any](s []T, f func(*T) *F) iter.Seq[*F] {
	return func(yield func(*F) bool) {
		for i := range s {
			if !yield(f(&s[i])) {
				return
			}
		}
	}
}

// Map is m with its keys parts of one string and its lists parts of one
// array, each clipped to its length; an empty list stays as it is, nil or
// not. A map's keys cannot be changed in place, so the map is a new one.
func Map[T any](m map[string][]T) map[string][]T {
	keys := slices.Collect(maps.Keys(m))
	lists := make([][]T, len(keys))
	for i, k := range keys {
		lists[i] = m[k]
	}
	Strings(Elems(keys))
	Slices(Elems(lists))
	out := make(map[string][]T, len(keys))
	for i, k := range keys {
		out[k] = lists[i]
	}
	return out
}
