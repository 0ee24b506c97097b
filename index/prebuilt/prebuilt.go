package prebuilt

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// Errors callers branch on. Every error about a folder's index wraps one of
// the first three, with the folder and the reason in its message.
var (
	// ErrNoIndex: the folder holds no index yet (or does not exist).
	ErrNoIndex = errors.New("no index has been written there")
	// ErrStale: the index is of another report text, or was built by
	// other code or with other parameters.
	ErrStale = errors.New("the index is stale")
	// ErrCorrupt: the manifest or a data file is unreadable, missing, cut
	// off or altered.
	ErrCorrupt = errors.New("the index is corrupt or incomplete")
	// ErrUnwritable: the folder cannot be written, so no index is written
	// there; Load refuses a stale or corrupt index so.
	ErrUnwritable = errors.New("the folder cannot be written")
	// ErrForeign: the folder holds files that are not an index's, so no
	// index is written there.
	ErrForeign = errors.New("the folder holds files that are not an index's")
)

// Report is the text an index is built from.
type Report struct {
	// Path is the report file, or "" for the embedded report.
	Path string
	Text []byte
	sum  string // hex SHA-256 of Text
}

// ReadReport reads the report file at path, or takes the embedded report
// when path is "", with the checks and messages of corpus.Load.
func ReadReport(path string) (Report, error) {
	if path == "" {
		return newReport("", corpus.Embedded()), nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return Report{}, fmt.Errorf("report file: %w", err)
	}
	if fi.IsDir() {
		return Report{}, fmt.Errorf("report file %s: is a directory", path)
	}
	if fi.Size() > corpus.MaxReportBytes {
		return Report{}, fmt.Errorf("report file %s: %d bytes is more than the %d allowed", path, fi.Size(), corpus.MaxReportBytes)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return Report{}, fmt.Errorf("report file: %w", err)
	}
	return newReport(path, text), nil
}

func newReport(path string, text []byte) Report {
	sum := sha256.Sum256(text)
	return Report{Path: path, Text: text, sum: hex.EncodeToString(sum[:])}
}

func (r Report) source() string {
	if r.Path == "" {
		return "embedded"
	}
	return r.Path
}

func (r Report) parse() (*corpus.Document, error) {
	doc, err := corpus.Parse(r.Text)
	if err != nil && r.Path != "" {
		return nil, fmt.Errorf("report file %s: %w", r.Path, err)
	}
	return doc, err
}

// Options tune how an index is built and opened.
type Options struct {
	// Index are the index's options. General, when nil, is loaded; the
	// rest must be what the index was built with, or it is stale.
	Index search.Options
}

func (o Options) paramsKey() string {
	p := tuning.Defaults()
	if o.Index.Params != nil {
		p = *o.Index.Params
	}
	b, _ := json.Marshal(p) // numbers and booleans only: it cannot fail
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// folderError says what is wrong with the index in dir.
func folderError(dir string, kind error, format string, args ...any) error {
	return fmt.Errorf("index folder %s: %w (%s)", dir, kind, fmt.Sprintf(format, args...))
}

// readManifest reads dir's manifest and checks that it is the manifest of
// r's index built by this code: ErrNoIndex, ErrCorrupt or ErrStale
// otherwise.
func readManifest(dir string, r Report, opt Options) (*Manifest, error) {
	switch fi, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return nil, folderError(dir, ErrNoIndex, "the folder does not exist")
	case err != nil:
		return nil, fmt.Errorf("index folder %s: %w", dir, err)
	case !fi.IsDir():
		return nil, fmt.Errorf("index folder %s: is not a folder", dir)
	}
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, folderError(dir, ErrNoIndex, "no %s", ManifestFile)
	case err != nil:
		return nil, fmt.Errorf("index folder %s: %w", dir, err)
	}
	m, err := parseManifest(data)
	if err != nil {
		return nil, folderError(dir, ErrCorrupt, "%v", err)
	}
	switch {
	case m.Format != Format:
		return nil, folderError(dir, ErrStale, "written in folder format %d; this reportbot reads format %d", m.Format, Format)
	case m.Engine != Engine:
		return nil, folderError(dir, ErrStale, "built by engine version %d; this reportbot's is %d", m.Engine, Engine)
	case m.Params != opt.paramsKey():
		return nil, folderError(dir, ErrStale, "built with other index parameters")
	case m.Report.SHA256 != r.sum && m.Report.Source != r.source():
		return nil, folderError(dir, ErrStale, "built from the %s report; this run reads the %s one", described(m.Report.Source), described(r.source()))
	case m.Report.SHA256 != r.sum:
		return nil, folderError(dir, ErrStale, "the report's text has changed since it was built: SHA-256 %.12s… then, %.12s… now", m.Report.SHA256, r.sum)
	}
	return m, nil
}

func described(source string) string {
	if source == "embedded" {
		return "embedded"
	}
	return fmt.Sprintf("%q", source)
}

// check reads a data file whole and compares it with the manifest. The
// size is compared first, so that a damaged folder cannot make it read a
// huge file.
func check(dir string, m *Manifest, name string) ([]byte, error) {
	f, ok := m.file(name)
	if !ok {
		return nil, folderError(dir, ErrCorrupt, "the manifest lists no %s", name)
	}
	rel := filepath.Join(m.Data, filepath.FromSlash(name))
	fi, err := os.Stat(filepath.Join(dir, rel))
	if err == nil && fi.Size() != f.Bytes {
		return nil, folderError(dir, ErrCorrupt, "%s has %d bytes; the manifest says %d", rel, fi.Size(), f.Bytes)
	}
	var data []byte
	if err == nil {
		data, err = os.ReadFile(filepath.Join(dir, rel))
	}
	switch {
	case err != nil:
		return nil, folderError(dir, ErrCorrupt, "%v", err)
	case int64(len(data)) != f.Bytes || checksum(data) != f.CRC32C:
		return nil, folderError(dir, ErrCorrupt, "%s does not hold what was written: its checksum differs", rel)
	}
	return data, nil
}

// checksum is CRC-32C, which processors compute in hardware: checking every
// file costs well under a millisecond.
func checksum(data []byte) uint32 { return crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)) }

func readDocument(dir string, m *Manifest) (*corpus.Document, error) {
	data, err := check(dir, m, DocumentFile)
	if err != nil {
		return nil, err
	}
	var doc corpus.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, folderError(dir, ErrCorrupt, "%s: %v", DocumentFile, err)
	}
	if len(doc.Passages) != m.Report.Passages {
		return nil, folderError(dir, ErrCorrupt, "%s holds %d passages; the manifest says %d", DocumentFile, len(doc.Passages), m.Report.Passages)
	}
	return corpus.Restore(&doc), nil
}

// Open opens the index of r that dir holds. It fails with ErrNoIndex,
// ErrStale or ErrCorrupt when the folder does not hold r's index as this
// code builds it, whole.
func Open(dir string, r Report, opt Options) (*search.Index, error) {
	m, err := readManifest(dir, r, opt)
	if err != nil {
		return nil, err
	}
	for _, f := range m.Files {
		if f.Path != DocumentFile {
			if _, err := check(dir, m, f.Path); err != nil {
				return nil, err
			}
		}
	}
	doc, err := readDocument(dir, m)
	if err != nil {
		return nil, err
	}
	x, err := search.Open(doc, filepath.Join(dir, m.Data), opt.Index)
	switch {
	case errors.Is(err, search.ErrBadState):
		return nil, folderError(dir, ErrCorrupt, "%v", err)
	case err != nil:
		return nil, err
	}
	return x, nil
}

// Document returns the parsed report that dir holds beside r's index,
// without opening the index; it fails as Open does.
func Document(dir string, r Report, opt Options) (*corpus.Document, error) {
	m, err := readManifest(dir, r, opt)
	if err != nil {
		return nil, err
	}
	return readDocument(dir, m)
}

// Outcome says what Load had to do.
type Outcome struct {
	// Built is set when Load wrote the index; Reason says why (it wraps
	// ErrNoIndex, ErrStale or ErrCorrupt).
	Built  bool
	Reason error
}

// Load opens r's index in dir, as Open does. When the folder holds none,
// or a stale or corrupt one, Load writes it anew there and opens that; when
// the folder cannot be written, or holds other files, it refuses with an
// error wrapping ErrUnwritable or ErrForeign and what is wrong with the
// index. It never serves an index that Open would refuse.
func Load(dir string, r Report, opt Options) (*search.Index, Outcome, error) {
	return load(dir, r, opt, Open)
}

// LoadDocument is Load for a command that needs only the parsed report.
func LoadDocument(dir string, r Report, opt Options) (*corpus.Document, Outcome, error) {
	return load(dir, r, opt, Document)
}

func load[T any](dir string, r Report, opt Options, open func(string, Report, Options) (T, error)) (T, Outcome, error) {
	var zero T
	v, err := open(dir, r, opt)
	if err == nil || !rebuildable(err) {
		return v, Outcome{}, err
	}
	unlock, lerr := lock(dir)
	if lerr != nil {
		return zero, Outcome{}, fmt.Errorf("%w; %w, so it cannot be rebuilt there", err, lerr)
	}
	defer unlock()
	// Another process may have rebuilt it while this one waited for the lock.
	if v, err2 := open(dir, r, opt); err2 == nil {
		return v, Outcome{}, nil
	}
	if opt.Index.Language == nil {
		// Loaded once for building and opening both.
		lang, lerr := search.NewLanguage(nil)
		if lerr != nil {
			return zero, Outcome{}, fmt.Errorf("build index: %w", lerr)
		}
		opt.Index.Language = lang
	}
	if _, werr := write(dir, r, opt); werr != nil {
		if errors.Is(werr, ErrUnwritable) {
			return zero, Outcome{}, fmt.Errorf("%w; %w, so it cannot be rebuilt there", err, werr)
		}
		return zero, Outcome{}, fmt.Errorf("index folder %s: rebuilding the index: %w", dir, werr)
	}
	v, err2 := open(dir, r, opt)
	if err2 != nil {
		return zero, Outcome{}, fmt.Errorf("opening the index just written: %w", err2)
	}
	return v, Outcome{Built: true, Reason: err}, nil
}

func rebuildable(err error) bool {
	return errors.Is(err, ErrNoIndex) || errors.Is(err, ErrStale) || errors.Is(err, ErrCorrupt)
}

// Write builds r's index and writes it into dir, replacing whatever index
// the folder held. dir is created when missing; a folder that holds other
// files is refused with ErrForeign, one that cannot be written with
// ErrUnwritable.
func Write(dir string, r Report, opt Options) (*Manifest, error) {
	unlock, err := lock(dir)
	if err != nil {
		return nil, fmt.Errorf("index folder %s: %w", dir, err)
	}
	defer unlock()
	return write(dir, r, opt)
}
