package scaletest

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"

	"github.com/stepi-tools/reportbot/corpus"
)

// reChapterLine is a chapter banner of the body, "| 제1장 | 서론". The
// parser reads the body from the first one, so it is where a copy starts.
var reChapterLine = regexp.MustCompile(`(?m)^\|\s*제(\d+)장\s*\|`)

// reRefsLine is the heading of the reference list, which ends the body.
var reRefsLine = regexp.MustCompile(`(?m)^참고문헌\s*$`)

// Report is the embedded report with its body chapters and its reference list
// each printed times times: the front matter and the summaries once, then
// times copies of the body with the chapters renumbered (제5장, 제6장, …), so
// every copy gets its own sections, then the reference list repeated, so that
// the reference list grows with the body as it would in a larger report.
// Footnote numbers repeat across copies, as they would in a report whose
// footnotes restart per chapter.
func Report(times int) ([]byte, error) {
	src := corpus.Embedded()
	first := reChapterLine.FindIndex(src)
	refs := reRefsLine.FindIndex(src)
	if first == nil || refs == nil || refs[0] < first[0] {
		return nil, fmt.Errorf("scaletest: the embedded report has no body chapters before 참고문헌")
	}
	front, body, tail := src[:first[0]], src[first[0]:refs[0]], src[refs[1]:]
	chapters := len(reChapterLine.FindAll(body, -1))
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
