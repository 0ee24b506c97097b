package prebuilt

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stepi-tools/reportbot/index/search"
)

// lockFile serialises the writers of a folder; readers never take it, since
// the manifest changes by a rename.
const lockFile = ".lock"

// tmpPrefix starts what a write in progress (or one a crash cut short)
// leaves in the folder.
const tmpPrefix = ".tmp-"

// ours tells whether a folder entry is one an index folder may hold.
func ours(name string) bool {
	return name == ManifestFile || name == lockFile || strings.HasPrefix(name, dataPrefix) || strings.HasPrefix(name, tmpPrefix)
}

// lock makes dir when it is missing, checks that it holds nothing but an
// index's files, and takes the writers' lock; unlock releases it. It fails
// with ErrUnwritable or ErrForeign.
func lock(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrUnwritable, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var foreign []string
	for _, e := range entries {
		if !ours(e.Name()) {
			foreign = append(foreign, e.Name())
		}
	}
	if len(foreign) > 0 {
		if len(foreign) > 3 {
			foreign = append(foreign[:3], "…")
		}
		return nil, fmt.Errorf("%w (%s)", ErrForeign, strings.Join(foreign, ", "))
	}
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrUnwritable, err)
	}
	if err := lockExclusive(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w (locking %s: %v)", ErrUnwritable, f.Name(), err)
	}
	return func() { f.Close() }, nil // closing the file releases the lock
}

// write builds r's index into a temporary folder, renames it into place and
// then writes the manifest that names it; the caller holds the lock.
func write(dir string, r Report, opt Options) (*Manifest, error) {
	doc, err := r.parse()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(dir, tmpPrefix)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrUnwritable, err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := search.Write(doc, opt.Index, tmp); err != nil {
		return nil, err
	}
	docJSON, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, DocumentFile), docJSON, 0o644); err != nil {
		return nil, fmt.Errorf("write index: %w", err)
	}
	files, err := seal(tmp)
	if err != nil {
		return nil, fmt.Errorf("write index: %w", err)
	}
	var tag [4]byte
	rand.Read(tag[:])
	name := dataPrefix + r.sum[:12] + "-" + hex.EncodeToString(tag[:])
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return nil, fmt.Errorf("write index: %w", err)
	}
	tmp = filepath.Join(dir, name) // removed, as above, if the manifest fails
	m := &Manifest{
		Format: Format, Engine: Engine, Params: opt.paramsKey(), Built: time.Now().UTC().Truncate(time.Second),
		Report: ReportInfo{Source: r.source(), SHA256: r.sum, Bytes: len(r.Text), Title: doc.Meta.TitleKo, Passages: len(doc.Passages)},
		Data:   name, Files: files,
	}
	data, err := m.encode()
	if err != nil {
		return nil, err
	}
	if err := replaceFile(dir, ManifestFile, data); err != nil {
		return nil, fmt.Errorf("write index: %w", err)
	}
	done = true
	// What the old manifest named, and what a crashed write left, goes;
	// a process that has them open keeps reading them until it closes.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n := e.Name(); n != name && (strings.HasPrefix(n, dataPrefix) || strings.HasPrefix(n, tmpPrefix)) {
			os.RemoveAll(filepath.Join(dir, n))
		}
	}
	return m, nil
}

// seal makes the files of a data folder readable by all (the report is
// public, and the process that serves may run as another user than the one
// that wrote it), flushes them to disk and lists them with their sizes and
// checksums, in path order.
func seal(dir string) ([]File, error) {
	var files []File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.Chmod(p, 0o755)
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s is not a regular file", p)
		}
		if err := os.Chmod(p, 0o644); err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := syncFile(p); err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files = append(files, File{Path: filepath.ToSlash(rel), Bytes: int64(len(data)), CRC32C: checksum(data)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, syncFile(dir)
}

// replaceFile writes name in dir by a rename, so that a reader sees the old
// file or the new one, whole.
func replaceFile(dir, name string, data []byte) error {
	f, err := os.CreateTemp(dir, tmpPrefix)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, name))
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	return syncFile(dir)
}

// syncFile flushes a file, or a folder's entries, to disk. Some systems
// cannot sync a folder; that is no reason to fail.
func syncFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	err = f.Sync()
	if fi, serr := f.Stat(); err != nil && serr == nil && fi.IsDir() {
		return nil
	}
	return err
}
