package scaletest

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
)

// reChapterLine is a chapter banner of the body, "| 제N장 | 제목". The
// parser reads the body from the first one, so it is where a copy starts.
var reChapterLine = regexp.MustCompile(`(?m)^\|\s*제(\d+)장\s*\|`)

// reRefsLine is the heading of the reference list, which ends the body.
var reRefsLine = regexp.MustCompile(`(?m)^참고문헌\s*$`)

// The rows of the Korean table of contents: a chapter's ("| 제N장 제목 | 1 |"),
// the reference list's, and any row's page number.
var (
	reTOCChapter = regexp.MustCompile(`(?m)^\|\s*제(\d+)장\s`)
	reTOCRefs    = regexp.MustCompile(`(?m)^\|\s*참고문헌\s*\|\s*(\d+)\s*\|`)
	reTOCPage    = regexp.MustCompile(`(?m)\|\s*(\d+)\s*\|\s*$`)
)

// Report is the embedded report with its body chapters and its reference list
// each printed times times: the front matter and the summaries once, then
// times copies of the body with the chapters renumbered (제5장, 제6장, …), so
// every copy gets its own sections, then the reference list repeated, so that
// the reference list grows with the body as it would in a larger report.
// Footnote numbers repeat across copies, as they would in a report whose
// footnotes restart per chapter. The table of contents lists every copy's
// chapters, renumbered, with their pages moved on by the body's length, since
// the parser holds the headings against it.
func Report(times int) ([]byte, error) {
	src := corpus.Embedded()
	first := reChapterLine.FindIndex(src)
	refs := reRefsLine.FindIndex(src)
	if first == nil || refs == nil || refs[0] < first[0] {
		return nil, fmt.Errorf("scaletest: the embedded report has no body chapters before 참고문헌")
	}
	front, body, tail := src[:first[0]], src[first[0]:refs[0]], src[refs[1]:]
	chapters := len(reChapterLine.FindAll(body, -1))
	front, err := contents(front, chapters, times)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(front)
	for k := range times {
		shift := k * chapters
		b.Write(reChapterLine.ReplaceAllFunc(body, func(m []byte) []byte {
			n, _ := strconv.Atoi(string(reChapterLine.FindSubmatch(m)[1]))
			return []byte("| 제" + strconv.Itoa(n+shift) + "장 |")
		}))
	}
	b.WriteString("참고문헌\n")
	for range times {
		b.Write(tail)
		b.WriteString("\n")
	}
	if b.Len() > corpus.MaxReportBytes {
		return nil, fmt.Errorf("scaletest: %d copies make %d bytes, more than corpus.MaxReportBytes", times, b.Len())
	}
	return b.Bytes(), nil
}

// contents repeats the chapters' rows of the Korean table of contents in
// front times, each copy's chapters renumbered and its pages moved on by the
// body's length, and moves the reference list's page after the last copy.
func contents(front []byte, chapters, times int) ([]byte, error) {
	first := reTOCChapter.FindIndex(front)
	refs := reTOCRefs.FindSubmatchIndex(front)
	if first == nil || refs == nil || refs[0] < first[0] {
		return nil, fmt.Errorf("scaletest: the embedded report's table of contents lists no chapters before 참고문헌")
	}
	refsPage, _ := strconv.Atoi(string(front[refs[2]:refs[3]]))
	pages := refsPage - 1 // the body's pages, which every copy adds
	rows := front[first[0]:refs[0]]
	var b bytes.Buffer
	b.Write(front[:first[0]])
	for k := range times {
		copyRows := reTOCChapter.ReplaceAllFunc(rows, func(m []byte) []byte {
			n, _ := strconv.Atoi(string(reTOCChapter.FindSubmatch(m)[1]))
			return []byte("| 제" + strconv.Itoa(n+k*chapters) + "장 ")
		})
		b.Write(shiftPages(copyRows, k*pages))
	}
	refsPage += (times - 1) * pages
	b.WriteString("| 참고문헌 | " + strconv.Itoa(refsPage) + " |")
	b.Write(front[refs[1]:])
	return b.Bytes(), nil
}

// shiftPages adds by to the page number of every row of rows whose last cell
// is one.
func shiftPages(rows []byte, by int) []byte {
	if by == 0 {
		return rows
	}
	return reTOCPage.ReplaceAllFunc(rows, func(m []byte) []byte {
		n, _ := strconv.Atoi(string(reTOCPage.FindSubmatch(m)[1]))
		return []byte("| " + strconv.Itoa(n+by) + " |")
	})
}

// MaxReports is the most reports Reports makes: their series numbers run
// from 01 to 99 of one year.
const MaxReports = 99

// Reports is a library of n reports for the benchmarks that load several
// at once: the embedded report n times, each copy under its own series
// number (the embedded report's series with the number "2040-01",
// "2040-02", …), so that each is a report of its own to the loader and the
// replies. Every copy is full size and holds every word the embedded report
// holds: the worst case for a shelf, where every report can answer every
// question.
func Reports(n int) ([][]byte, error) {
	if n < 1 || n > MaxReports {
		return nil, fmt.Errorf("scaletest: %d reports; make 1 to %d", n, MaxReports)
	}
	src := corpus.Embedded()
	doc, err := corpus.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("scaletest: parse the embedded report: %w", err)
	}
	name, _, ok := strings.Cut(doc.Meta.Series, " ")
	if !ok {
		return nil, fmt.Errorf("scaletest: the embedded report's series %q has no number", doc.Meta.Series)
	}
	out := make([][]byte, n)
	for i := range out {
		out[i] = bytes.ReplaceAll(src, []byte(doc.Meta.Series), fmt.Appendf(nil, "%s 2040-%02d", name, i+1))
	}
	return out, nil
}
