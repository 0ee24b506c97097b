package term

import (
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// Keys as a terminal sends them.
const (
	keyEnter     = "\r"
	keyBackspace = "\x7f"
	keyUp        = "\x1b[A"
	keyDown      = "\x1b[B"
	keyRight     = "\x1b[C"
	keyLeft      = "\x1b[D"
	keyHome      = "\x01" // Ctrl-A
	keyEnd       = "\x05" // Ctrl-E
	keyCtrlC     = "\x03"
	keyCtrlD     = "\x04"
)

// readAll reads lines from an editor typed keys until the input ends.
func readAll(t *testing.T, keys string) []string {
	t.Helper()
	ed, err := NewEditor(Config{Prompt: "> ", In: strings.NewReader(keys), Out: newScreen(40), Width: func() int { return 40 }})
	if err != nil {
		t.Fatal(err)
	}
	defer ed.Close()
	var lines []string
	for {
		line, err := ed.ReadLine()
		if errors.Is(err, io.EOF) {
			return lines
		}
		if err != nil {
			t.Fatalf("ReadLine: %v", err)
		}
		lines = append(lines, line)
		if len(lines) > 20 {
			t.Fatalf("got more lines than were typed: %q", lines)
		}
	}
}

func TestEditorLines(t *testing.T) {
	tests := []struct {
		name string
		keys string
		want []string
	}{
		{"enter ends a line", "hello" + keyEnter + "둘째" + keyEnter, []string{"hello", "둘째"}},
		{"up recalls the last line", "미국은?" + keyEnter + keyUp + keyEnter, []string{"미국은?", "미국은?"}},
		{"up twice goes further back", "a" + keyEnter + "b" + keyEnter + keyUp + keyUp + keyEnter, []string{"a", "b", "a"}},
		{"down comes forward again", "a" + keyEnter + "b" + keyEnter + keyUp + keyUp + keyDown + keyEnter, []string{"a", "b", "b"}},
		{"a recalled line can be edited", "대만은?" + keyEnter + keyUp + keyBackspace + keyBackspace + "요?" + keyEnter, []string{"대만은?", "대만요?"}},
		{"backspace deletes a whole Hangul syllable", "한글" + keyBackspace + keyEnter, []string{"한"}},
		{"left arrow then typing inserts", "한글" + keyLeft + "국" + keyEnter, []string{"한국글"}},
		{"home and end", "bc" + keyHome + "a" + keyEnd + "d" + keyEnter, []string{"abcd"}},
		{"ctrl-c drops the line being typed", "버릴 줄" + keyCtrlC + "다음" + keyEnter, []string{"", "다음"}},
		{"ctrl-c on an empty line ends the input", keyCtrlC + "never" + keyEnter, nil},
		{"ctrl-d on an empty line ends the input", "a" + keyEnter + keyCtrlD + "never" + keyEnter, []string{"a"}},
		{"input that ends mid-line still gives the line", "끝", []string{"끝"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := readAll(t, tc.keys); !slices.Equal(got, tc.want) {
				t.Errorf("got lines %q, want %q", got, tc.want)
			}
		})
	}
}

// heard passes on every key the editor has handled.
type heard chan rune

func (h heard) OnChange(_ []rune, _ int, key rune) ([]rune, int, bool) {
	if key != 0 { // 0: a read starts
		h <- key
	}
	return nil, 0, false
}

// tty is an editor on an in-memory terminal, driven one key at a time.
type tty struct {
	t     *testing.T
	keys  *io.PipeWriter
	scr   *screen
	heard heard
	ed    *Editor
	lines chan string
}

func newTTY(t *testing.T, width int) *tty {
	t.Helper()
	r, w := io.Pipe()
	y := &tty{t: t, keys: w, scr: newScreen(width), heard: make(heard, 8), lines: make(chan string, 1)}
	ed, err := newEditor(Config{Prompt: "> ", In: r, Out: y.scr, Width: func() int { return width }}, y.heard)
	if err != nil {
		t.Fatal(err)
	}
	y.ed = ed
	t.Cleanup(func() {
		w.Close()
		ed.Close()
	})
	return y
}

// read starts reading a line; the line arrives on y.lines.
func (y *tty) read() {
	go func() {
		line, err := y.ed.ReadLine()
		if err != nil {
			line = "error: " + err.Error()
		}
		y.lines <- line
	}()
}

// press types one key and waits until the editor has handled it.
func (y *tty) press(key string) {
	y.t.Helper()
	if _, err := io.WriteString(y.keys, key); err != nil {
		y.t.Fatal(err)
	}
	select {
	case <-y.heard:
	case <-time.After(10 * time.Second):
		y.t.Fatalf("the editor did not handle key %q", key)
	}
}

// TestEditorScreen types keys one by one and looks at the screen after
// each: editing Hangul in the middle of a line leaves no debris, and the
// cursor stands where the next character goes (two columns a syllable).
func TestEditorScreen(t *testing.T) {
	y := newTTY(t, 40)
	y.read()
	steps := []struct {
		name    string
		key     string
		wantRow string
		wantCol int
	}{
		{"a syllable", "한", "> 한", 4},
		{"another", "글", "> 한글", 6},
		{"left over a wide syllable", keyLeft, "> 한글", 4},
		{"typing in the middle", "국", "> 한국글", 6},
		{"backspace in the middle", keyBackspace, "> 한글", 4},
		{"right over a wide syllable", keyRight, "> 한글", 6},
		{"backspace at the end leaves no debris", keyBackspace, "> 한", 4},
		{"ascii after hangul", "a", "> 한a", 5},
		{"home", keyHome, "> 한a", 2},
		{"end", keyEnd, "> 한a", 5},
	}
	for _, s := range steps {
		y.press(s.key)
		row, col := y.scr.Cursor()
		if got := y.scr.Row(row); got != s.wantRow {
			t.Errorf("%s: got row %q, want %q", s.name, got, s.wantRow)
		}
		if col != s.wantCol {
			t.Errorf("%s: got cursor at column %d, want %d", s.name, col, s.wantCol)
		}
	}
	y.press(keyEnter)
	if got, want := <-y.lines, "한a"; got != want {
		t.Errorf("got line %q, want %q", got, want)
	}

	y.read()
	y.press(keyUp)
	row, col := y.scr.Cursor()
	if got, want := y.scr.Row(row), "> 한a"; got != want || col != 5 {
		t.Errorf("up: got row %q with the cursor at %d, want %q at 5", got, col, want)
	}
	if got, want := y.scr.Row(row-1), "> 한a"; got != want {
		t.Errorf("the line entered before: got %q, want %q", got, want)
	}
	y.press(keyEnter)
	<-y.lines
}

// TestEditorCloseEndsARead: closing the editor (as the chat does when it is
// told to stop) ends a read that waits for keys.
func TestEditorCloseEndsARead(t *testing.T) {
	y := newTTY(t, 40)
	y.read()
	y.press("반")
	if err := y.ed.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	select {
	case <-y.lines:
	case <-time.After(10 * time.Second):
		t.Fatal("ReadLine did not return after Close")
	}
	if line, err := y.ed.ReadLine(); !errors.Is(err, io.EOF) {
		t.Errorf("ReadLine after Close: got %q, %v, want io.EOF", line, err)
	}
}

func TestTerminal(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	env := func(string) string { return "xterm-256color" }
	tests := []struct {
		name string
		in   io.Reader
		out  io.Writer
	}{
		{"in-memory streams", strings.NewReader(""), io.Discard},
		{"pipes", pr, pw},
		{"a pipe in, stderr out", pr, os.Stderr},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := Terminal(tc.in, tc.out, env); got {
				t.Errorf("got a terminal, want none")
			}
		})
	}
}
