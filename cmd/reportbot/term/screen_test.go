package term

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// screen is a small terminal for tests: it keeps the cells the line editor
// draws and where its cursor is. It knows what readline sends on one row
// and across a few: printable characters (wide ones over two cells, the
// second a filler), CR, LF (as CR LF, which a terminal's output processing
// makes of it), BS, and CSI A, B, C, D, J, K; colours and other sequences
// are ignored. A character that does not fit goes to the next row.
type screen struct {
	mu       sync.Mutex
	width    int
	rows     [][]rune
	row, col int
	pending  []byte
}

const filler = -1 // the second cell of a wide character

func newScreen(width int) *screen { return &screen{width: width} }

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	buf := append(s.pending, p...)
	s.pending = nil
	for len(buf) > 0 {
		if buf[0] == 0x1b {
			n, ok := s.escape(buf)
			if !ok {
				s.pending = append([]byte(nil), buf...)
				break
			}
			buf = buf[n:]
			continue
		}
		if !utf8.FullRune(buf) {
			s.pending = append([]byte(nil), buf...)
			break
		}
		r, n := utf8.DecodeRune(buf)
		buf = buf[n:]
		switch r {
		case '\r':
			s.col = 0
		case '\n':
			s.row, s.col = s.row+1, 0
		case '\b':
			s.col = max(s.col-1, 0)
		case '\a':
		default:
			s.print(r)
		}
	}
	return len(p), nil
}

// escape carries out the escape sequence buf starts with and returns its
// length, or false when buf ends before the sequence does.
func (s *screen) escape(buf []byte) (int, bool) {
	if len(buf) < 2 {
		return 0, false
	}
	if buf[1] != '[' {
		return 2, true
	}
	end := 2
	for end < len(buf) && (buf[end] >= '0' && buf[end] <= '9' || buf[end] == ';' || buf[end] == '?') {
		end++
	}
	if end == len(buf) {
		return 0, false
	}
	param := string(buf[2:end])
	n, err := strconv.Atoi(param)
	if err != nil {
		n = 0
	}
	step := max(n, 1)
	switch buf[end] {
	case 'A':
		s.row = max(s.row-step, 0)
	case 'B':
		s.row += step
	case 'C':
		s.col = min(s.col+step, s.width-1)
	case 'D':
		s.col = max(s.col-step, 0)
	case 'J': // to the end of the screen
		s.clearLine(s.col)
		for r := s.row + 1; r < len(s.rows); r++ {
			s.rows[r] = nil
		}
	case 'K':
		if n == 2 {
			s.clearLine(0)
		} else {
			s.clearLine(s.col)
		}
	}
	return end + 1, true
}

func (s *screen) line() []rune {
	for len(s.rows) <= s.row {
		s.rows = append(s.rows, nil)
	}
	for len(s.rows[s.row]) < s.width {
		s.rows[s.row] = append(s.rows[s.row], ' ')
	}
	return s.rows[s.row]
}

func (s *screen) clearLine(from int) {
	l := s.line()
	if from > 0 && from < len(l) && l[from] == filler {
		l[from-1] = ' '
	}
	for i := from; i < len(l); i++ {
		l[i] = ' '
	}
}

func (s *screen) print(r rune) {
	w := Width(string(r))
	if w == 0 {
		return
	}
	if s.col+w > s.width {
		s.row, s.col = s.row+1, 0
	}
	l := s.line()
	// Writing over half of a wide character blanks its other half.
	if l[s.col] == filler && s.col > 0 {
		l[s.col-1] = ' '
	}
	if end := s.col + w; end < len(l) && l[end] == filler {
		l[end] = ' '
	}
	l[s.col] = r
	if w == 2 {
		l[s.col+1] = filler
	}
	s.col += w
}

// Row is what row i shows, without trailing blanks.
func (s *screen) Row(i int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i >= len(s.rows) {
		return ""
	}
	var b strings.Builder
	for _, r := range s.rows[i] {
		if r != filler {
			b.WriteRune(r)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// Cursor is the cursor's row and column.
func (s *screen) Cursor() (int, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.row, s.col
}
