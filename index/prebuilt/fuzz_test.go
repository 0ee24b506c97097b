package prebuilt

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleManifest() *Manifest {
	return &Manifest{
		Format: Format, Engine: Engine, Params: "sha256:0123456789abcdef",
		Report: ReportInfo{Source: "embedded", SHA256: strings.Repeat("ab", 32), Bytes: 111274, Title: "AI 초격차 전략 수립 연구", Passages: 198},
		Built:  time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Data:   dataPrefix + "abababababab-01234567",
		Files: []File{
			{Path: "bleve/index_meta.json", Bytes: 42, CRC32C: 1},
			{Path: "bleve/store/000000000002.zap", Bytes: 300000, CRC32C: 2},
			{Path: "bleve/store/root.bolt", Bytes: 65536, CRC32C: 3},
			{Path: DocumentFile, Bytes: 172455, CRC32C: 4},
			{Path: "state.bin", Bytes: 241299, CRC32C: 5},
		},
	}
}

// FuzzManifest feeds bytes to the manifest reader, which reads whatever a
// folder holds. It must not panic; it refuses with errManifest or gives a
// manifest whose every path stays inside the folder, and that reads back
// the same once written.
func FuzzManifest(f *testing.F) {
	good, err := sampleManifest().encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(strings.Replace(string(good), dataPrefix+"abababababab-01234567", "../../etc", 1)))
	f.Add([]byte(strings.Replace(string(good), `"state.bin"`, `"/state.bin"`, 1)))
	f.Add([]byte(strings.Replace(string(good), `"format": 1`, `"format": 7`, 1)))
	f.Add([]byte(`{"format":1,"engine":1,"files":[{"path":"a\\..\\..\\b","bytes":-1}]}`))
	f.Add([]byte("{}"))
	f.Add([]byte("null"))
	f.Add([]byte(`{"format": 1e400}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseManifest(data)
		if err != nil {
			if !errors.Is(err, errManifest) {
				t.Fatalf("parseManifest = %v, want errManifest", err)
			}
			return
		}
		if m.Format != Format {
			return // stale whatever it says; nothing of it is read
		}
		if !strings.HasPrefix(m.Data, dataPrefix) || !localPath(m.Data) || strings.Contains(m.Data, "/") {
			t.Errorf("accepted the data folder %q", m.Data)
		}
		for _, f := range m.Files {
			if !localPath(f.Path) || f.Bytes < 0 {
				t.Errorf("accepted the file %+v", f)
			}
		}
		again, err := m.encode()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := parseManifest(again)
		if err != nil || !reflect.DeepEqual(m, m2) {
			t.Errorf("a manifest read back differs: %v\n%+v\n%+v", err, m, m2)
		}
	})
}

func TestLocalPath(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"state.bin", true},
		{"bleve/store/root.bolt", true},
		{"", false},
		{"/etc/passwd", false},
		{"../x", false},
		{"a/../../x", false},
		{"a//b", false},
		{"./a", false},
		{"a/", false},
		{`a\..\b`, false},
		{"c:x", false},
	}
	for _, tt := range tests {
		if got := localPath(tt.path); got != tt.want {
			t.Errorf("localPath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}
