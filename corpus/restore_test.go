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
