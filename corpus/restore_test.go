package corpus

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"unsafe"
)

// TestRestoreIsParsed decodes the shipped report as a prebuilt index keeps
// it and checks that Restore gives the parsed Document back, with its
// repeated strings and title paths shared and its texts and line numbers
// packed, so that a restored report holds few objects.
func TestRestoreIsParsed(t *testing.T) {
	want, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var got Document
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	Restore(&got)
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"sections", got.Sections, want.Sections},
		{"passages", got.Passages, want.Passages},
		{"footnotes", got.Footnotes, want.Footnotes},
		{"references", got.References, want.References},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s differ after Restore", f.name)
		}
	}
	sections, paths := map[string]*byte{}, 0
	for i, p := range got.Passages {
		if at, ok := sections[p.Section]; ok && at != unsafe.StringData(p.Section) {
			t.Errorf("passage %d: section %q is a copy of its own", i, p.Section)
		}
		sections[p.Section] = unsafe.StringData(p.Section)
		if i > 0 && len(p.Path) > 0 && reflect.DeepEqual(p.Path, got.Passages[i-1].Path) {
			if &p.Path[0] != &got.Passages[i-1].Path[0] {
				t.Errorf("passage %d: its title path is a copy of the one before", i)
			}
			paths++
		}
	}
	if paths == 0 {
		t.Error("no passage shares the title path of the one before it")
	}
	first, last := got.Passages[0], got.Passages[len(got.Passages)-1]
	if uintptr(unsafe.Pointer(unsafe.StringData(last.Text)))-uintptr(unsafe.Pointer(unsafe.StringData(first.Text))) >= uintptr(len(data)) {
		t.Error("the passages' texts are not parts of one string")
	}
}

func TestPackSlices(t *testing.T) {
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
			packSlices(ptrs)
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

func TestPackStrings(t *testing.T) {
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
			packStrings(ptrs)
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

func TestPackEntries(t *testing.T) {
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
			m = packEntries(m)
			if !reflect.DeepEqual(m, tt.in) {
				t.Fatalf("packEntries = %v, want %v", m, tt.in)
			}
			lo, hi := ^uintptr(0), uintptr(0)
			n := 0
			for k, v := range m {
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
			lo, hi, n = ^uintptr(0), 0, 0
			for k := range m {
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

func TestFitted(t *testing.T) {
	tests := []struct {
		name string
		in   []int
	}{
		{"nil", nil},
		{"no room", []int{1, 2, 3}},
		{"room to spare", append(make([]int, 0, 8), 4, 5)},
		{"empty with room", make([]int, 0, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fitted(tt.in)
			if !slices.Equal(got, tt.in) {
				t.Errorf("fitted(%v) = %v", tt.in, got)
			}
			if cap(got) != len(got) {
				t.Errorf("fitted(%v) keeps room for %d more", tt.in, cap(got)-len(got))
			}
		})
	}
}
