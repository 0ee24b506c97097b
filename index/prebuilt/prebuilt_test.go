package prebuilt

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

var update = flag.Bool("update", false, "rewrite testdata/engine.golden")

// language is the word data every test's index reads by, loaded once.
var language = sync.OnceValues(func() (*search.Language, error) { return search.NewLanguage(nil) })

func testOptions(t testing.TB) Options {
	t.Helper()
	lang, err := language()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Index: search.Options{Language: lang}}
}

// builtFolder is a folder with the embedded report's index, written once
// for the tests that need it; a test that changes a folder changes a copy
// (see fresh). TestMain removes it.
type builtFolder struct {
	once sync.Once
	dir  string
	err  error
}

var shared builtFolder

func built() (string, error) {
	shared.once.Do(func() {
		if shared.dir, shared.err = os.MkdirTemp("", "prebuilt-test-"); shared.err != nil {
			return
		}
		lang, err := language()
		if err != nil {
			shared.err = err
			return
		}
		_, shared.err = Write(shared.dir, embedded(), Options{Index: search.Options{Language: lang}})
	})
	return shared.dir, shared.err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// fresh returns a copy of the embedded report's index folder, and its
// manifest.
func fresh(t *testing.T) (string, *Manifest) {
	t.Helper()
	src, err := built()
	if err != nil {
		t.Fatalf("writing the index: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "index")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dir, readManifestFile(t, dir)
}

func readManifestFile(t *testing.T, dir string) *Manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	m, err := parseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func writeManifestFile(t *testing.T, dir string, m *Manifest) {
	t.Helper()
	data, err := m.encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func embedded() Report { return newReport("", corpus.Embedded()) }

// reportFile writes text to a report file and reads it back.
func reportFile(t *testing.T, text []byte) (string, Report) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ReadReport(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, r
}

func TestOpenGivesWhatBuildingGives(t *testing.T) {
	dir, _ := fresh(t)
	opt := testOptions(t)
	got, err := Open(dir, embedded(), opt)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer got.Close()
	doc, err := corpus.Parse(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	want, err := search.New(doc, opt.Index)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()

	// The whole document, unexported look-ups and entity set included.
	if !reflect.DeepEqual(got.Document(), doc) {
		t.Error("the document read from the folder differs from the parsed one")
	}
	ctx := context.Background()
	for _, q := range []string{"미국 반도체법 지원 규모는?", "When did SK hynix start mass production of HBM3E?", "블랙웰 B200 가격 얼마야?", "주차 등록은 어떻게 해?"} {
		g, err := got.Rank(ctx, got.Analyse(question.Plain(q)))
		if err != nil {
			t.Fatal(err)
		}
		w, err := want.Rank(ctx, want.Analyse(question.Plain(q)))
		if err != nil {
			t.Fatal(err)
		}
		if !sameRanking(g, w) {
			t.Errorf("Rank(%q) from the folder = %v, want %v", q, g, w)
		}
	}
}

// sameRanking compares rankings up to the last bits of their scores: two
// builds of one report number bleve's documents in another order, and so
// sum tied scores in another order.
func sameRanking(a, b []search.Candidate) bool {
	near := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y)) }
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || !near(a[i].Score, b[i].Score) || !near(a[i].Cover, b[i].Cover) {
			return false
		}
	}
	return true
}

func TestDocumentNeedsOnlyTheDocument(t *testing.T) {
	dir, m := fresh(t)
	// A broken index file does not stop a command that needs only the
	// document; a broken document does.
	if err := os.Truncate(filepath.Join(dir, m.Data, search.StateFile), 10); err != nil {
		t.Fatal(err)
	}
	doc, err := Document(dir, embedded(), testOptions(t))
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	if _, ok := doc.Section("3.1"); !ok {
		t.Error("the document read from the folder finds no section 3.1")
	}
	if err := os.Truncate(filepath.Join(dir, m.Data, DocumentFile), 10); err != nil {
		t.Fatal(err)
	}
	if _, err := Document(dir, embedded(), testOptions(t)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Document with a cut document = %v, want ErrCorrupt", err)
	}
}

func TestStaleIndexIsRefused(t *testing.T) {
	text := corpus.Embedded()
	changed := append(append([]byte(nil), text...), "\n추가된 줄입니다.\n"...)
	otherParams := tuning.Defaults()
	otherParams.MustWeight /= 2
	tests := []struct {
		name string
		// change makes the index in dir stale; it returns the report to
		// open it with and the options.
		change func(t *testing.T, dir string, m *Manifest) (Report, Options)
		want   string
	}{
		{"the report's text changed", func(t *testing.T, dir string, m *Manifest) (Report, Options) {
			path, r := reportFile(t, text)
			if _, err := Write(dir, r, testOptions(t)); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, changed, 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := ReadReport(path)
			if err != nil {
				t.Fatal(err)
			}
			return r, testOptions(t)
		}, "the report's text has changed since it was built"},
		{"another report", func(t *testing.T, dir string, m *Manifest) (Report, Options) {
			_, r := reportFile(t, changed)
			return r, testOptions(t)
		}, "built from the embedded report; this run reads the \""},
		{"the engine's version", func(t *testing.T, dir string, m *Manifest) (Report, Options) {
			m.Engine = Engine + 1
			writeManifestFile(t, dir, m)
			return embedded(), testOptions(t)
		}, fmt.Sprintf("built by engine version %d; this reportbot's is %d", Engine+1, Engine)},
		{"the folder's format", func(t *testing.T, dir string, m *Manifest) (Report, Options) {
			m.Format = Format + 1
			writeManifestFile(t, dir, m)
			return embedded(), testOptions(t)
		}, "written in folder format 2; this reportbot reads format 1"},
		{"the index parameters", func(t *testing.T, dir string, m *Manifest) (Report, Options) {
			opt := testOptions(t)
			opt.Index.Params = &otherParams
			return embedded(), opt
		}, "built with other index parameters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, m := fresh(t)
			r, opt := tt.change(t, dir, m)
			_, err := Open(dir, r, opt)
			if !errors.Is(err, ErrStale) {
				t.Fatalf("Open = %v, want ErrStale", err)
			}
			if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, tt.want) {
				t.Errorf("Open = %q, want it to name %s and say %q", msg, dir, tt.want)
			}
			if _, err := Document(dir, r, opt); !errors.Is(err, ErrStale) {
				t.Errorf("Document = %v, want ErrStale", err)
			}
		})
	}
}

func TestCorruptIndexIsRefused(t *testing.T) {
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string, m *Manifest)
		want   string
	}{
		{"state cut short", func(t *testing.T, dir string, m *Manifest) {
			must(t, os.Truncate(filepath.Join(dir, m.Data, search.StateFile), 1000))
		}, "state.bin has 1000 bytes; the manifest says"},
		{"bleve segment deleted", func(t *testing.T, dir string, m *Manifest) {
			zaps, _ := filepath.Glob(filepath.Join(dir, m.Data, search.BleveDir, "store", "*.zap"))
			if len(zaps) == 0 {
				t.Fatal("no bleve segment to delete")
			}
			must(t, os.Remove(zaps[0]))
		}, "no such file or directory"},
		{"document altered", func(t *testing.T, dir string, m *Manifest) {
			p := filepath.Join(dir, m.Data, DocumentFile)
			data, err := os.ReadFile(p)
			must(t, err)
			data[len(data)/2] ^= 1
			must(t, os.WriteFile(p, data, 0o644))
		}, "document.json does not hold what was written"},
		{"data folder gone", func(t *testing.T, dir string, m *Manifest) {
			must(t, os.RemoveAll(filepath.Join(dir, m.Data)))
		}, "no such file or directory"},
		{"garbage manifest", func(t *testing.T, dir string, m *Manifest) {
			must(t, os.WriteFile(filepath.Join(dir, ManifestFile), []byte("\x00\x01 not json {"), 0o644))
		}, "manifest.json is unreadable"},
		{"empty manifest", func(t *testing.T, dir string, m *Manifest) {
			must(t, os.WriteFile(filepath.Join(dir, ManifestFile), nil, 0o644))
		}, "manifest.json is unreadable"},
		{"manifest cut short", func(t *testing.T, dir string, m *Manifest) {
			data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
			must(t, err)
			must(t, os.WriteFile(filepath.Join(dir, ManifestFile), data[:len(data)/2], 0o644))
		}, "manifest.json is unreadable"},
		{"manifest pointing outside", func(t *testing.T, dir string, m *Manifest) {
			m.Data = dataPrefix + "x/../../elsewhere"
			writeManifestFile(t, dir, m)
		}, "is not a folder of the index"},
		{"state file unlisted", func(t *testing.T, dir string, m *Manifest) {
			m.Files = m.Files[:len(m.Files)-1] // state.bin sorts last
			writeManifestFile(t, dir, m)
		}, "it lists no state.bin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, m := fresh(t)
			tt.damage(t, dir, m)
			_, err := Open(dir, embedded(), testOptions(t))
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Open = %v, want ErrCorrupt", err)
			}
			if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, tt.want) {
				t.Errorf("Open = %q, want it to name %s and say %q", msg, dir, tt.want)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestLoadRebuildsWhatItCanWrite(t *testing.T) {
	tests := []struct {
		name   string
		folder func(t *testing.T) string
		reason error
	}{
		{"no folder yet", func(t *testing.T) string { return filepath.Join(t.TempDir(), "new", "index") }, ErrNoIndex},
		{"stale", func(t *testing.T) string {
			dir, m := fresh(t)
			m.Engine = Engine + 1
			writeManifestFile(t, dir, m)
			return dir
		}, ErrStale},
		{"corrupt", func(t *testing.T) string {
			dir, m := fresh(t)
			must(t, os.Truncate(filepath.Join(dir, m.Data, DocumentFile), 5))
			return dir
		}, ErrCorrupt},
		{"garbage manifest", func(t *testing.T) string {
			dir, _ := fresh(t)
			must(t, os.WriteFile(filepath.Join(dir, ManifestFile), []byte("{]"), 0o644))
			return dir
		}, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.folder(t)
			x, out, err := Load(dir, embedded(), testOptions(t))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			x.Close()
			if !out.Built || !errors.Is(out.Reason, tt.reason) {
				t.Errorf("Load's outcome = %+v, want built because of %v", out, tt.reason)
			}
			// What it wrote is whole: opened as is, and alone in the folder.
			x, out, err = Load(dir, embedded(), testOptions(t))
			if err != nil || out.Built {
				t.Fatalf("Load again = %+v, %v; want it opened as it is", out, err)
			}
			x.Close()
			data, _ := filepath.Glob(filepath.Join(dir, dataPrefix+"*"))
			tmps, _ := filepath.Glob(filepath.Join(dir, tmpPrefix+"*"))
			if len(data) != 1 || len(tmps) != 0 {
				t.Errorf("after the rebuild the folder holds data folders %v and leftovers %v, want one and none", data, tmps)
			}
		})
	}
}

func TestLoadRefusesWhatItCannotWrite(t *testing.T) {
	tests := []struct {
		name string
		// spoil makes the folder of a stale index unwritable.
		spoil func(t *testing.T, dir string)
		skip  bool
		want  error
		says  string
	}{
		// Root writes whatever the permissions say; a lock that cannot be
		// created stops root too.
		{"a folder without write permission", func(t *testing.T, dir string) {
			must(t, os.Chmod(dir, 0o555))
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
		}, os.Geteuid() == 0, ErrUnwritable, "permission denied"},
		{"a lock that cannot be created", func(t *testing.T, dir string) {
			must(t, os.Mkdir(filepath.Join(dir, lockFile), 0o755))
		}, false, ErrUnwritable, "is a directory"},
		{"a folder of other files", func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644))
		}, false, ErrForeign, "notes.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip {
				t.Skip("running as root, which permissions do not stop")
			}
			dir, m := fresh(t)
			os.Remove(filepath.Join(dir, lockFile))
			m.Engine = Engine + 1
			writeManifestFile(t, dir, m)
			tt.spoil(t, dir)
			before := listing(t, dir)
			_, _, err := Load(dir, embedded(), testOptions(t))
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrStale) {
				t.Fatalf("Load = %v, want %v and ErrStale", err, tt.want)
			}
			msg := err.Error()
			for _, s := range []string{dir, fmt.Sprintf("built by engine version %d", Engine+1), tt.says, "cannot be rebuilt there"} {
				if !strings.Contains(msg, s) {
					t.Errorf("Load = %q, want it to say %q", msg, s)
				}
			}
			if after := listing(t, dir); after != before {
				t.Errorf("the refused folder changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// listing names every file in dir with its size.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %v\n", strings.TrimPrefix(p, dir), fi.Size(), fi.ModTime())
		return nil
	})
	must(t, err)
	return b.String()
}

// TestCrashLeavesNoIndexThatLooksWhole sets the folder as a write cut off
// at each step leaves it: the old index is served, or there is none.
func TestCrashLeavesNoIndexThatLooksWhole(t *testing.T) {
	t.Run("cut before the manifest", func(t *testing.T) {
		dir, m := fresh(t)
		// The new data is in place, in a temporary folder or renamed,
		// but the manifest still names the old: the old is opened.
		must(t, os.CopyFS(filepath.Join(dir, tmpPrefix+"123"), os.DirFS(filepath.Join(dir, m.Data))))
		must(t, os.CopyFS(filepath.Join(dir, dataPrefix+"000000000000-00000000"), os.DirFS(filepath.Join(dir, m.Data))))
		must(t, os.Truncate(filepath.Join(dir, dataPrefix+"000000000000-00000000", search.StateFile), 7))
		x, err := Open(dir, embedded(), testOptions(t))
		if err != nil {
			t.Fatalf("Open = %v, want the old index", err)
		}
		x.Close()
	})
	t.Run("cut in the first write", func(t *testing.T) {
		dir, m := fresh(t)
		must(t, os.Rename(filepath.Join(dir, m.Data), filepath.Join(dir, tmpPrefix+"123")))
		must(t, os.Remove(filepath.Join(dir, ManifestFile)))
		if _, err := Open(dir, embedded(), testOptions(t)); !errors.Is(err, ErrNoIndex) {
			t.Fatalf("Open = %v, want ErrNoIndex", err)
		}
	})
}

func TestReadReport(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
		want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "report file: stat " + filepath.Join(dir, "nope.txt") + ": no such file or directory"},
		{"a folder", dir, "report file " + dir + ": is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadReport(tt.path)
			if err == nil || err.Error() != tt.want {
				t.Errorf("ReadReport(%q) = %v, want %q", tt.path, err, tt.want)
			}
		})
	}
	if _, err := Write(filepath.Join(dir, "index"), newReport(filepath.Join(dir, "r.txt"), []byte("  \n")), testOptions(t)); !errors.Is(err, corpus.ErrEmpty) {
		t.Errorf("Write of an empty report = %v, want corpus.ErrEmpty", err)
	}
}

// TestEngineFingerprint keeps Engine honest: when what the code builds from
// the embedded report changes, an index built by the code before must be
// rebuilt, so Engine must change with it.
func TestEngineFingerprint(t *testing.T) {
	_, m := fresh(t)
	got := map[string]any{"engine": Engine}
	for _, name := range []string{DocumentFile, search.StateFile} {
		f, _ := m.file(name)
		got[name] = f.CRC32C
		got[name+" bytes"] = f.Bytes
	}
	gotJSON, err := json.MarshalIndent(got, "", "  ")
	must(t, err)
	golden := filepath.Join("testdata", "engine.golden")
	if *update {
		must(t, os.WriteFile(golden, append(gotJSON, '\n'), 0o644))
		return
	}
	wantJSON, err := os.ReadFile(golden)
	must(t, err)
	var want map[string]any
	must(t, json.Unmarshal(wantJSON, &want))
	if string(append(gotJSON, '\n')) == string(wantJSON) {
		return
	}
	if want["engine"] == float64(Engine) {
		t.Errorf("what the engine builds from the embedded report has changed, but prebuilt.Engine is still %d: "+
			"bump it, so that an index built before is rebuilt rather than served, then run go test ./index/prebuilt -run TestEngineFingerprint -update\ngot  %s\nwant %s", Engine, gotJSON, wantJSON)
		return
	}
	t.Errorf("testdata/engine.golden is out of date: run go test ./index/prebuilt -run TestEngineFingerprint -update\ngot  %s\nwant %s", gotJSON, wantJSON)
}

// BenchmarkOpen measures start-up from a prebuilt index: checking the
// folder, reading the document and the index, loading the general word
// lists (while the rest is read) and opening bleve. Compare
// BenchmarkStartup in index/answer, which builds the index.
func BenchmarkOpen(b *testing.B) {
	dir, err := built()
	if err != nil {
		b.Fatal(err)
	}
	r := embedded()
	b.ReportAllocs()
	for b.Loop() {
		x, err := Open(dir, r, Options{})
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}
