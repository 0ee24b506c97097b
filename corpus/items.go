package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func marker(text string) (string, string) {
	for _, m := range []string{"□", "☐", "○", "※", "-", "*", "•", "·"} {
		if strings.HasPrefix(text, m+" ") {
			body := strings.TrimSpace(text[len(m):])
			// "- ☐ 즉, …": a second marker the layout left behind.
			if inner, rest := marker(body); inner != "" && inner != "※" {
				body = rest
			}
			return m, body
		}
	}
	return "", text
}

// ItemLabel returns the "(X)" label at the start of bullet text, bold
// removed: a country's ("(미국)"), a topic's, or a site's with its place
// ("(실리콘 색소니, 독일 드레스덴)"); "" for none.
func ItemLabel(text string) string {
	t := strings.TrimSpace(reBold.ReplaceAllString(text, ""))
	if m := reLabel.FindStringSubmatch(t); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

func (p *parser) content(l line) {
	if m := reFootDef.FindStringSubmatch(l.text); m != nil && l.raw == l.text && p.reg != regFront {
		n, _ := strconv.Atoi(m[1])
		p.doc.Footnotes = append(p.doc.Footnotes, Footnote{Num: n, Text: clean(m[2]), Lines: []int{l.n}})
		p.lastFoot = len(p.doc.Footnotes) - 1
		return
	}
	if p.footContinuation(l) {
		return
	}
	if c := reCaption.FindStringSubmatch(l.text); c != nil {
		p.flush()
		p.cur = &block{section: p.sec, kind: KindCaption, context: p.country, page: p.figPages[c[2]]}
		p.cur.items = append(p.cur.items, item{lines: []int{l.n}, text: clean(l.text)})
		return
	}
	if p.cur != nil && p.cur.kind == KindCaption {
		switch {
		case strings.HasPrefix(l.text, "|"):
			if cells, ok := splitRow(l.text); ok {
				p.cur.rows = append(p.cur.rows, cells)
			}
			if t := tableRow(l.text); t != "" {
				p.cur.items = append(p.cur.items, item{lines: []int{l.n}, text: t, indent: true})
			} else {
				p.cur.items[len(p.cur.items)-1].lines = append(p.cur.items[len(p.cur.items)-1].lines, l.n)
			}
			return
		case strings.HasPrefix(l.text, "자료:") || strings.HasPrefix(l.text, "자료 :"):
			p.cur.items = append(p.cur.items, columns(p.cur.rows)...)
			p.cur.items = append(p.cur.items, item{lines: []int{l.n}, text: clean(l.text)})
			p.flush()
			return
		}
		p.cur.items = append(p.cur.items, columns(p.cur.rows)...)
		p.flush()
	}
	mk, body := marker(l.text)
	indented := l.raw != l.text
	lab := ItemLabel(body)
	country, isCountry := p.table.Label(lab)
	switch {
	case mk == "□" || mk == "☐" || mk == "○":
		p.flush()
		p.boxMode = true
		if isCountry {
			p.country = country
		} else if mk != "○" {
			p.country = ""
		}
		p.newBlock(KindBlock, country)
		p.cur.box = true
		p.addItem(l, body, mk, false)
	case (mk == "-" || mk == "*" || mk == "•") && isCountry:
		p.flush()
		p.country = country
		p.newBlock(KindCountry, country)
		p.addItem(l, body, mk, false)
	case mk == "-" && !indented && p.brokenDash(body):
		p.continuation(line{n: l.n, raw: body, text: body})
	case mk == "-" && !indented && !p.boxMode:
		p.flush()
		p.newBlock(KindBlock, "")
		p.addItem(l, body, mk, false)
	case mk != "":
		if p.cur == nil {
			p.newBlock(KindBlock, "")
		}
		p.addItem(l, body, mk, indented || p.cur.box)
		p.cur.items[len(p.cur.items)-1].sub = indented
	default:
		p.continuation(l)
	}
}

var reCounter = regexp.MustCompile(`^\d+(곳|개|건|명|개국)\s`)

// brokenDash spots a "- " that a page break put before the rest of a cut line:
// "… 신규 생산시설" / "- 11곳 중 9곳이 …", or "… 인공지능 반" / "- 도체 개발 …".
func (p *parser) brokenDash(body string) bool {
	if p.cur == nil || len(p.cur.items) == 0 {
		return false
	}
	last := p.cur.items[len(p.cur.items)-1]
	if !last.indent {
		return false
	}
	if reCounter.MatchString(body) {
		return true
	}
	f := strings.Fields(last.text)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) == 1 && isHangul(r) && !strings.Contains("등중및", w) && containsHangulStart(body)
}

func (p *parser) newBlock(k Kind, country string) {
	p.cur = &block{section: p.sec, kind: k, country: country, context: p.country}
	if p.subhead != "" {
		p.cur.path = []string{p.subhead}
	}
}

func (p *parser) addItem(l line, body, mk string, indent bool) {
	p.cur.items = append(p.cur.items, item{lines: []int{l.n}, text: clean(body), indent: indent, marker: mk})
}

// continuation joins a line that carries no marker to the text before it: the
// report's page breaks cut bullets (and even words) in two.
func (p *parser) continuation(l line) {
	if p.cur == nil || len(p.cur.items) == 0 {
		p.newBlock(KindBlock, "")
		p.addItem(l, l.text, "", false)
		return
	}
	it := &p.cur.items[len(p.cur.items)-1]
	it.lines = append(it.lines, l.n)
	it.text = joinBroken(it.text, clean(l.text))
}

// footContinuation attaches the rest of a footnote URL that a page break cut
// and moved below the page's text.
func (p *parser) footContinuation(l line) bool {
	if p.lastFoot < 0 {
		return false
	}
	m := reURLFrag.FindStringSubmatch(l.text)
	if m == nil {
		return false
	}
	f := &p.doc.Footnotes[p.lastFoot]
	i := strings.LastIndex(f.Text, "<http")
	if i < 0 || strings.Contains(f.Text[i:], "검색일") {
		return false
	}
	f.Text = strings.TrimSuffix(f.Text, ">") + m[1] + ">" + m[2]
	f.Lines = append(f.Lines, l.n)
	return true
}

func containsHangulStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHangul(r)
}

// joinBroken joins two halves of a line cut by a page break. A Korean word cut
// in the middle is joined without a space; the halves of two words with one.
func joinBroken(a, b string) string {
	if a == "" {
		return b
	}
	la, _ := utf8.DecodeLastRuneInString(a)
	fb, _ := utf8.DecodeRuneInString(b)
	if isHangul(fb) && (isHangul(la) || unicode.IsLetter(la) || unicode.IsDigit(la)) {
		word := b
		if i := strings.IndexByte(b, ' '); i > 0 {
			word = b[:i]
		}
		if startsLikeSuffix(word) {
			return a + b
		}
	}
	return a + " " + b
}

// startsLikeSuffix tells whether a Hangul word fragment most likely continues
// the word before it: particles, verb endings and the rest of split nouns.
func startsLikeSuffix(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	switch first {
	case '의', '한', '지', '치', '용', '도', '을', '를', '은', '는', '가', '과', '와', '로', '으', '에', '하', '된', '되', '적', '들', '며', '여':
		return true
	}
	return false
}

func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F
}

// CellSep joins the cells of a table's row, or a column's entries, on the
// one line the report's text gives them.
const CellSep = " · "

func tableRow(s string) string {
	var cells []string
	seen := map[string]bool{}
	for _, c := range strings.Split(s, "|") {
		c = clean(c)
		if c == "" || strings.Trim(c, "-: ") == "" || seen[c] {
			continue
		}
		seen[c] = true
		cells = append(cells, c)
	}
	return strings.Join(cells, CellSep)
}

// splitRow cuts a table row into its cells, empty ones kept; ok is false
// for the rule under a header row.
func splitRow(s string) (cells []string, ok bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|")
	rule := true
	for _, c := range strings.Split(s, "|") {
		c = clean(c)
		rule = rule && strings.Trim(c, "-: ") == ""
		cells = append(cells, c)
	}
	return cells, !rule
}

// columns reads a table down its columns, one line a column: the heads
// over it and each row's label with the value under it ("종류: 2세대, FPGA
// · 특징: 목적별 HW 재구성 가능"). A row reads across kinds of thing, a
// column tells one thing's entries, which is what a question about it
// asks: the rows alone put a thing's value lines away from its name. A
// table of fewer than three columns reads the same either way.
func columns(rows [][]string) []item {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if width < 3 || len(rows) < 2 {
		return nil
	}
	// A head printed once over columns it spans fills them (1세대 over CPU
	// and GPU); a row label printed once over the rows it spans labels them.
	head := slices.Clone(rows[0])
	for j := 1; j < len(head); j++ {
		if head[j] == "" {
			head[j] = head[j-1]
		}
	}
	labels := make([]string, len(rows))
	for i, r := range rows {
		switch {
		case len(r) > 0 && r[0] != "":
			labels[i] = r[0]
		case i > 0:
			labels[i] = labels[i-1]
		}
	}
	var out []item
	for j := 1; j < width; j++ {
		var parts []string
		lastLabel := ""
		for i, r := range rows {
			v := ""
			switch {
			case i == 0 && j < len(head):
				v = head[j]
			case j < len(r):
				v = r[j]
			}
			if v == "" {
				continue
			}
			if len(parts) > 0 && labels[i] == lastLabel {
				parts[len(parts)-1] += ", " + v
				continue
			}
			lastLabel = labels[i]
			if labels[i] != "" {
				v = labels[i] + ": " + v
			}
			parts = append(parts, v)
		}
		if len(parts) >= 2 {
			// The rows hold the report's lines; a column is read from them.
			out = append(out, item{text: strings.Join(parts, CellSep), indent: true})
		}
	}
	return out
}

// clean removes markdown artefacts and folds white space.
func clean(s string) string {
	s = reBold.ReplaceAllString(s, "")
	s = reSpaces.ReplaceAllString(s, " ")
	return strings.TrimSpace(s)
}
