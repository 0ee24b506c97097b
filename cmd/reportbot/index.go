package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/stepi-tools/reportbot/config"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// source is where a command's reports and index come from: the report
// file ("" for the embedded one), the further reports of a command that
// serves several, and the folder of the report's prebuilt index ("" to
// build the index at start-up).
type source struct {
	report string
	more   []string
	index  string
}

// reportsFrom takes the reports REPORTBOT_REPORT names, separated as PATH
// is, where it names any.
func (s *source) reportsFrom(getenv func(string) string) {
	if env := getenv(config.EnvReport); env != "" {
		files := filepath.SplitList(env)
		s.report, s.more = files[0], files[1:]
	}
}

// reports lists every report file named, first the first.
func (s source) reports() []string { return append([]string{s.report}, s.more...) }

// sourceFlags adds --report (which may be given several times) and
// --index, which default to the variables serve reads; REPORTBOT_REPORT may
// list several files, separated as PATH is.
func sourceFlags(fs *flag.FlagSet, getenv func(string) string) *source {
	s := &source{index: getenv(config.EnvIndex)}
	s.reportsFrom(getenv)
	fs.Var(&reportFlag{s: s}, "report", "report text file to use instead of the embedded one; give it again for each further report (env "+config.EnvReport+", files separated as in PATH)")
	fs.StringVar(&s.index, "index", s.index, "folder of the report's prebuilt index (reportbot index), opened instead of building the index; rebuilt there when stale (env "+config.EnvIndex+")")
	return s
}

// reportFlag is --report: the first use replaces what the environment
// named, each further one adds a report.
type reportFlag struct {
	s   *source
	set bool
}

func (f *reportFlag) String() string {
	if f == nil || f.s == nil {
		return ""
	}
	return strings.Join(f.s.reports(), string(filepath.ListSeparator))
}

func (f *reportFlag) Set(v string) error {
	if !f.set {
		f.s.report, f.s.more, f.set = v, nil, true
		return nil
	}
	f.s.more = append(f.s.more, v)
	return nil
}

// each is one source per report named, each with its own prebuilt index
// folder: --index itself for one report, and for several a folder in it
// per report (indexFolders), as "reportbot index" writes them.
func (s source) each() []source {
	files := s.reports()
	var dirs []string
	if s.index != "" {
		dirs = indexFolders(s.index, files)
	}
	out := make([]source, len(files))
	for i, file := range files {
		out[i] = source{report: file}
		if dirs != nil {
			out[i].index = dirs[i]
		}
	}
	return out
}

// indexFolders names the prebuilt index folder of each report file under
// root: root itself for one report; for several, a folder named after each
// file ("embedded" for the embedded report), numbered where two files share
// a name. A folder that holds another report's index is found stale by its
// manifest and rebuilt, so a changed list of reports never serves a wrong
// index.
func indexFolders(root string, files []string) []string {
	if len(files) == 1 {
		return []string{root}
	}
	seen := map[string]int{}
	out := make([]string, len(files))
	for i, file := range files {
		name := "embedded"
		if file != "" {
			name = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		}
		seen[name]++
		if n := seen[name]; n > 1 {
			name = fmt.Sprintf("%s-%d", name, n)
		}
		out[i] = filepath.Join(root, name)
	}
	return out
}

// eachDocument loads every report named, in order, and hands each to f.
func eachDocument(src source, stderr io.Writer, f func(*corpus.Document) error) error {
	for _, one := range src.each() {
		doc, out, err := loadDocument(one)
		tell(stderr, out)
		if err != nil {
			return err
		}
		if err := f(doc); err != nil {
			return err
		}
	}
	return nil
}

// openEngine opens the engines of every report named, in order, on one
// shelf. With several reports, what each makes on first use is made in the
// background (shelf.Warm) until the shelf is closed.
func openEngine(src source, stderr io.Writer) (*engine, error) {
	reports, err := openReports(src, func(out prebuilt.Outcome) { tell(stderr, out) })
	if err != nil {
		return nil, err
	}
	s, err := shelf.New(reports...)
	if err != nil {
		closeReports(reports)
		return nil, fmt.Errorf("loading the reports: %w", err)
	}
	if len(reports) > 1 {
		go s.Warm(context.Background())
	}
	return newEngine(s), nil
}

// openReports loads every report named, in order, telling each outcome of
// its prebuilt index to told; on an error it closes those it loaded.
func openReports(src source, told func(prebuilt.Outcome)) ([]*shelf.Report, error) {
	return openAll(src.each(), told)
}

// openAll loads the report each source names, from its own prebuilt index
// when it names one, telling each outcome to told in order. Several reports
// are loaded at the same time, as many at once as there are processors,
// and share one copy of the general word lists (a report alone loads them
// while its folder is read, as before); on an error it closes those it
// loaded and returns the first failing report's error.
func openAll(srcs []source, told func(prebuilt.Outcome)) ([]*shelf.Report, error) {
	var opt search.Options
	var tables *shelf.Tables
	if len(srcs) > 1 {
		// What every report is read by that is not its own is built once
		// and shared, so that the collector scans one copy of it, not one
		// for each report.
		lang, err := search.NewLanguage(nil)
		if err != nil {
			return nil, fmt.Errorf("loading the reports: %w", err)
		}
		opt.Language = lang
		tables = shelf.NewTables(lang.Patterns())
	}
	reports := make([]*shelf.Report, len(srcs))
	outs := make([]prebuilt.Outcome, len(srcs))
	errs := make([]error, len(srcs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(srcs)) {
		wg.Go(func() {
			for i := range work {
				reports[i], outs[i], errs[i] = loadReport(srcs[i], opt, tables)
			}
		})
	}
	for i := range srcs {
		work <- i
	}
	close(work)
	wg.Wait()
	for i := range srcs {
		told(outs[i])
		if errs[i] != nil {
			closeReports(reports)
			return nil, errs[i]
		}
	}
	return reports, nil
}

// closeReports closes the reports loaded; a nil one was not.
func closeReports(reports []*shelf.Report) {
	for _, r := range reports {
		if r != nil {
			r.Close()
		}
	}
}

// loadIndex builds the report's index, or opens the prebuilt one.
func loadIndex(src source, opt search.Options) (*search.Index, prebuilt.Outcome, error) {
	if src.index == "" {
		x, err := search.Load(src.report, opt)
		return x, prebuilt.Outcome{}, err
	}
	r, err := prebuilt.ReadReport(src.report)
	if err != nil {
		return nil, prebuilt.Outcome{}, err
	}
	x, out, err := prebuilt.Load(src.index, r, prebuilt.Options{Index: opt})
	return x, out, src.hint(err)
}

// loadDocument parses the report, or reads it from the prebuilt index.
func loadDocument(src source) (*corpus.Document, prebuilt.Outcome, error) {
	if src.index == "" {
		doc, err := corpus.Load(src.report)
		return doc, prebuilt.Outcome{}, err
	}
	r, err := prebuilt.ReadReport(src.report)
	if err != nil {
		return nil, prebuilt.Outcome{}, err
	}
	doc, out, err := prebuilt.LoadDocument(src.index, r, prebuilt.Options{})
	return doc, out, src.hint(err)
}

// hint adds to a refusal the command that writes the index anew.
func (s source) hint(err error) error {
	if !errors.Is(err, prebuilt.ErrUnwritable) {
		return err
	}
	return fmt.Errorf("%w; write it anew, where it can be written, with: reportbot index --out %s%s", err, s.index, reportArg(s.report))
}

// tell says on stderr when a command had to write its prebuilt index.
func tell(stderr io.Writer, out prebuilt.Outcome) {
	if !out.Built {
		return
	}
	verb := "rebuilt it"
	if errors.Is(out.Reason, prebuilt.ErrNoIndex) {
		verb = "built it"
	}
	fmt.Fprintf(stderr, "reportbot: %v; %s\n", out.Reason, verb)
}

// runIndex is "reportbot index --out DIR [--report FILE]": it writes the
// report's index and parsed document to DIR, for --index to open.
func runIndex(_ context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("index", stderr)
	out := fs.String("out", getenv(config.EnvIndex), "folder to write the index into: made when missing, its index replaced when it has one; with several reports, a folder in it per report (env "+config.EnvIndex+")")
	src := &source{}
	src.reportsFrom(getenv)
	fs.Var(&reportFlag{s: src}, "report", "report text file to index instead of the embedded one; give it again for each further report (env "+config.EnvReport+", files separated as in PATH)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Sprintf("index takes no arguments (got %q); name the folder with --out", fs.Arg(0))}
	case *out == "":
		return usageError{"index needs --out DIR, the folder to write the index into, e.g. reportbot index --out ./index"}
	}
	src.index = *out
	var reports strings.Builder
	for _, one := range src.each() {
		r, err := prebuilt.ReadReport(one.report)
		if err != nil {
			return err
		}
		start := time.Now()
		m, err := prebuilt.Write(one.index, r, prebuilt.Options{})
		if err != nil {
			return err
		}
		what := "the embedded report"
		if one.report != "" {
			what = one.report
		}
		if _, err := fmt.Fprintf(stdout, "wrote the index of %s («%s», %d passages) to %s in %.1f s\n",
			what, m.Report.Title, m.Report.Passages, one.index, time.Since(start).Seconds()); err != nil {
			return err
		}
		reports.WriteString(reportArg(one.report))
	}
	_, err := fmt.Fprintf(stdout, "open it with: reportbot ask --index %s%s QUESTION\n", *out, reports.String())
	return err
}

func reportArg(report string) string {
	if report == "" {
		return ""
	}
	return " --report " + report
}
