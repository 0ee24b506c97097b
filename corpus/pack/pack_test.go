package pack

import (
	"reflect"
	"slices"
	"testing"
	"unsafe"
)

// TestSlices checks that the slices come back as they were, nil and empty
// ones as they are, the others one after another in one array, each
// clipped to its length.
func TestSlices(t *testing.T) {
	tests := []struct {
		name string
		in   [][]int
	}{
		{"none", nil},
		{"nil and empty kept as they are", [][]int{nil, {}, nil}},
		{"lists among empty ones", [][]int{{1, 2}, nil, {3}, {}, {4, 5, 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := make([][]int, len(tt.in))
			ptrs := make([]*[]int, len(tt.in))
			for i, l := range tt.in {
				if l != nil {
					ls[i] = append(make([]int, 0, 8), l...)
				}
				ptrs[i] = &ls[i]
			}
			Slices(slices.Values(ptrs))
			var prev []int
			for i, got := range ls {
				want := tt.in[i]
				if !reflect.DeepEqual(got, want) || (got == nil) != (want == nil) {
					t.Fatalf("list %d = %#v, want %#v", i, got, want)
				}
				if len(got) == 0 {
					continue
				}
				if cap(got) != len(got) {
					t.Errorf("list %d has room %d past its length", i, cap(got)-len(got))
				}
				if prev != nil && uintptr(unsafe.Pointer(&prev[0]))+uintptr(len(prev))*unsafe.Sizeof(0) != uintptr(unsafe.Pointer(&got[0])) {
					t.Errorf("list %d does not follow the one before in one array", i)
				}
				prev = got
			}
		})
	}
}

// TestStrings checks that the strings come back as they were, one after
// another in one string.
func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		in   []string
	}{
		{"none", nil},
		{"empty ones", []string{"", ""}},
		{"texts", []string{"미국", "", "CHIPS Act", "반도체"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := make([]string, len(tt.in))
			ptrs := make([]*string, len(tt.in))
			for i, s := range tt.in {
				ss[i] = string([]byte(s))
				ptrs[i] = &ss[i]
			}
			Strings(slices.Values(ptrs))
			var base *byte
			total := 0
			for i, got := range ss {
				if got != tt.in[i] {
					t.Fatalf("string %d = %q, want %q", i, got, tt.in[i])
				}
				if got == "" {
					continue
				}
				at := unsafe.StringData(got)
				if base == nil {
					base = at
				}
				if off := uintptr(unsafe.Pointer(at)) - uintptr(unsafe.Pointer(base)); off != uintptr(total) {
					t.Errorf("string %d at %d of the packed string, want %d", i, off, total)
				}
				total += len(got)
			}
		})
	}
}

// TestValues checks that a map's lists, packed through Values, come back
// as they were, in one array, each clipped to its length.
func TestValues(t *testing.T) {
	tests := []struct {
		name string
		in   map[string][]int
	}{
		{"none", map[string][]int{}},
		{"lists", map[string][]int{"kim": {0, 3}, "lee": {1}, "park": {2, 4, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[string][]int{}
			for k, v := range tt.in {
				m[k] = append(make([]int, 0, 8), v...)
			}
			Slices(Values(m))
			if !reflect.DeepEqual(m, tt.in) {
				t.Fatalf("got %v, want %v", m, tt.in)
			}
			oneArray(t, m)
		})
	}
}

// TestMap checks that a map packed by Map holds the lists it held under
// the keys it had, the keys parts of one string and the lists parts of
// one array, each clipped to its length.
func TestMap(t *testing.T) {
	tests := []struct {
		name string
		in   map[string][]int
	}{
		{"none", map[string][]int{}},
		{"one key", map[string][]int{"kim": {0, 3}}},
		{"lists", map[string][]int{"kim": {0, 3}, "lee": {1}, "park": {2, 4, 5}}},
		{"an empty list and an empty key", map[string][]int{"": {7}, "장은현": {}, "choi": {6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[string][]int{}
			for k, v := range tt.in {
				m[string([]byte(k))] = append(make([]int, 0, 8), v...)
			}
			got := Map(m)
			if !reflect.DeepEqual(got, tt.in) {
				t.Fatalf("got %v, want %v", got, tt.in)
			}
			oneArray(t, got)
			lo, hi, n := ^uintptr(0), uintptr(0), 0
			for k := range got {
				if k == "" {
					continue
				}
				at := uintptr(unsafe.Pointer(unsafe.StringData(k)))
				lo, hi = min(lo, at), max(hi, at+uintptr(len(k)))
				n += len(k)
			}
			if n > 0 && hi-lo != uintptr(n) {
				t.Errorf("the keys span %d bytes, want one string of %d", hi-lo, n)
			}
		})
	}
}

// oneArray checks that the non-empty lists of m are parts of one array,
// each clipped to its length.
func oneArray(t *testing.T, m map[string][]int) {
	t.Helper()
	lo, hi, n := ^uintptr(0), uintptr(0), 0
	for k, v := range m {
		if len(v) == 0 {
			continue
		}
		if cap(v) != len(v) {
			t.Errorf("%s's list has room %d past its length", k, cap(v)-len(v))
		}
		at := uintptr(unsafe.Pointer(&v[0]))
		lo, hi = min(lo, at), max(hi, at+uintptr(len(v))*unsafe.Sizeof(v[0]))
		n += len(v)
	}
	if n > 0 && hi-lo != uintptr(n)*unsafe.Sizeof(0) {
		t.Errorf("the lists span %d bytes, want one array of %d", hi-lo, uintptr(n)*unsafe.Sizeof(0))
	}
}
