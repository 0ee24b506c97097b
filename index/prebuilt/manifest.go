package prebuilt

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/stepi-tools/reportbot/index/search"
)

// Format is the layout of the folder and of the manifest. A folder of
// another format is stale.
const Format = 1

// Engine is the version of what the engine builds from a report: the parsed
// document and the index's state. Bump it whenever either changes, so that
// an index built by older code is rebuilt rather than served;
// TestEngineFingerprint fails until it is bumped.
const Engine = 191

// ManifestFile is the manifest's name in the folder.
const ManifestFile = "manifest.json"

// DocumentFile is the parsed report's name in the data folder.
const DocumentFile = "document.json"

// dataPrefix starts the name of every data folder, so that a writer removes
// only what it wrote.
const dataPrefix = "index-"

// Manifest describes an index folder: what the index was built from, and
// the files that hold it.
type Manifest struct {
	Format int `json:"format"`
	Engine int `json:"engine"`
	// Params is a hash of the index parameters the index was built with.
	Params string     `json:"params"`
	Report ReportInfo `json:"report"`
	// Built is when it was written; only people read it.
	Built time.Time `json:"built"`
	// Data is the data folder, inside the index folder.
	Data  string `json:"data"`
	Files []File `json:"files"`
}

// ReportInfo names the report an index was built from.
type ReportInfo struct {
	// Source is the report file's path as it was given, or "embedded".
	Source string `json:"source"`
	// SHA256 of the report's text decides whether the index is the text's.
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
	// Title and Passages are for people.
	Title    string `json:"title"`
	Passages int    `json:"passages"`
}

// File is one data file: its path inside the data folder, with slashes,
// and what it must hold.
type File struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	CRC32C uint32 `json:"crc32c"`
}

// required are the files Open reads by name; bleve names the rest.
func required() []string {
	return []string{DocumentFile, search.StateFile, search.BleveDir + "/index_meta.json", search.BleveDir + "/store/root.bolt"}
}

// errManifest marks a manifest that cannot be read or makes no sense.
var errManifest = errors.New("manifest.json is unreadable")

// parseManifest reads a manifest and checks that it is whole and that every
// path in it stays inside the folder; whether it matches the report and the
// code is checked apart, so that a stale index is told from a broken one.
func parseManifest(data []byte) (*Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %v", errManifest, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: more follows the manifest", errManifest)
	}
	if m.Format <= 0 || m.Engine <= 0 {
		return nil, fmt.Errorf("%w: no format or engine version", errManifest)
	}
	if m.Format != Format {
		return &m, nil // another layout: stale, whatever else it holds
	}
	if sum, err := hex.DecodeString(m.Report.SHA256); err != nil || len(sum) != 32 {
		return nil, fmt.Errorf("%w: the report's hash %q is not a SHA-256", errManifest, m.Report.SHA256)
	}
	if !strings.HasPrefix(m.Data, dataPrefix) || !localPath(m.Data) || strings.Contains(m.Data, "/") {
		return nil, fmt.Errorf("%w: the data folder %q is not a folder of the index", errManifest, m.Data)
	}
	seen := map[string]bool{}
	for _, f := range m.Files {
		if !localPath(f.Path) || seen[f.Path] {
			return nil, fmt.Errorf("%w: the file %q is outside the data folder or listed twice", errManifest, f.Path)
		}
		if f.Bytes < 0 {
			return nil, fmt.Errorf("%w: %s has %d bytes", errManifest, f.Path, f.Bytes)
		}
		seen[f.Path] = true
	}
	for _, r := range required() {
		if !seen[r] {
			return nil, fmt.Errorf("%w: it lists no %s", errManifest, r)
		}
	}
	return &m, nil
}

// localPath tells whether p, slash-separated, names a file below the folder
// it is read from: not absolute, no "..", no empty or "." element, no
// backslash that another system would read as a separator.
func localPath(p string) bool {
	if p == "" || strings.ContainsAny(p, "\\\x00:") || path.IsAbs(p) || path.Clean(p) != p {
		return false
	}
	return !slices.ContainsFunc(strings.Split(p, "/"), func(e string) bool { return e == ".." || e == "." || e == "" })
}

// file returns the manifest's entry for name.
func (m *Manifest) file(name string) (File, bool) {
	for _, f := range m.Files {
		if f.Path == name {
			return f, true
		}
	}
	return File{}, false
}

func (m *Manifest) encode() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}
