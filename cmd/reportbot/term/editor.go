package term

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/chzyer/readline"
)

// fallbackWidth is the width assumed when the terminal does not tell its own.
const fallbackWidth = 80

// Config says where an Editor reads keys and draws the line being typed.
type Config struct {
	Prompt string
	In     io.Reader  // the keys typed
	Out    io.Writer  // the screen
	Width  func() int // the screen's columns now
	// MakeRaw and ExitRaw switch the terminal into raw mode for each read
	// and back; nil leaves the mode alone (an in-memory terminal in tests).
	MakeRaw, ExitRaw func() error
	// Resized is handed the function to call when the screen's width
	// changes; nil means the width is only read when a read starts.
	Resized func(func())
}

// Terminal returns the Config for in and out when both are a terminal
// that can move its cursor, and false otherwise: a pipe or a file, or
// TERM=dumb, gets no line editing and no wrapping. The terminal's raw mode
// and width come from in's and out's file descriptors.
func Terminal(in io.Reader, out io.Writer, getenv func(string) string) (Config, bool) {
	fin, okIn := in.(*os.File)
	fout, okOut := out.(*os.File)
	if !okIn || !okOut || getenv("TERM") == "dumb" {
		return Config{}, false
	}
	inFd, outFd := int(fin.Fd()), int(fout.Fd())
	if !readline.IsTerminal(inFd) || !readline.IsTerminal(outFd) {
		return Config{}, false
	}
	raw := &rawMode{fd: inFd}
	return Config{
		In:      fin,
		Out:     fout,
		Width:   func() int { return screenWidth(outFd) },
		MakeRaw: raw.enter,
		ExitRaw: raw.exit,
		Resized: readline.DefaultOnWidthChanged,
	}, true
}

func screenWidth(fd int) int {
	w, _, err := readline.GetSize(fd)
	if err != nil || w <= 0 {
		return fallbackWidth
	}
	return w
}

// rawMode keeps the state to restore after a read. Close can restore it
// from another goroutine while a read ends, hence the lock.
type rawMode struct {
	fd  int
	mu  sync.Mutex
	old *readline.State
}

func (r *rawMode) enter() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.old != nil {
		return nil
	}
	st, err := readline.MakeRaw(r.fd)
	if err != nil {
		return fmt.Errorf("terminal raw mode: %w", err)
	}
	r.old = st
	return nil
}

func (r *rawMode) exit() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.old == nil {
		return nil
	}
	st := r.old
	r.old = nil
	if err := readline.Restore(r.fd, st); err != nil {
		return fmt.Errorf("terminal restore: %w", err)
	}
	return nil
}

// Editor reads lines with editing (arrows, Home/End, Ctrl-A/E/K/U/W,
// backspace by whole characters, wide ones included) and a history the Up
// and Down arrows walk and Ctrl-R searches, kept for the session.
type Editor struct {
	rl        *readline.Instance
	in        *readline.CancelableStdin
	ended     bool        // the input has ended: readline would wait for ever
	closed    atomic.Bool // Close was called
	closeOnce sync.Once
	closeErr  error
}

// NewEditor starts an editor on c. Close it to stop reading and give the
// terminal back.
func NewEditor(c Config) (*Editor, error) {
	return newEditor(c, nil)
}

// newEditor takes a listener that hears every key once it is handled:
// tests use it to look at the screen between keys.
func newEditor(c Config, listen readline.Listener) (*Editor, error) {
	noop := func() error { return nil }
	width := c.Width
	if width == nil {
		width = func() int { return fallbackWidth }
	}
	in := readline.NewCancelableStdin(c.In)
	cfg := &readline.Config{
		Prompt:             c.Prompt,
		Stdin:              in,
		Stdout:             c.Out,
		Stderr:             c.Out,
		FuncGetWidth:       width,
		FuncIsTerminal:     func() bool { return true },
		FuncMakeRaw:        orNoop(c.MakeRaw, noop),
		FuncExitRaw:        orNoop(c.ExitRaw, noop),
		FuncOnWidthChanged: func(func()) {},
		EOFPrompt:          "\n", // readline's way of saying: no "^D", just end the line
		Painter:            cursorFix{prompt: readline.Runes{}.WidthAll([]rune(c.Prompt)), width: width},
		Listener:           listen,
	}
	if c.Resized != nil {
		cfg.FuncOnWidthChanged = c.Resized
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		in.Close()
		return nil, fmt.Errorf("line editor: %w", err)
	}
	return &Editor{rl: rl, in: in}, nil
}

func orNoop(f, noop func() error) func() error {
	if f == nil {
		return noop
	}
	return f
}

// ReadLine shows the prompt and returns the line typed. Ctrl-C drops the
// line being typed and returns an empty one; on an empty line it ends the
// input as Ctrl-D does, with io.EOF. After Close it returns io.EOF.
func (e *Editor) ReadLine() (string, error) {
	if e.ended || e.closed.Load() {
		return "", io.EOF
	}
	line, err := e.rl.Readline()
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		if strings.TrimSpace(line) == "" {
			return "", io.EOF
		}
		return "", nil
	case errors.Is(err, io.EOF):
		e.ended = true
		return "", io.EOF
	case err != nil:
		return "", fmt.Errorf("reading a line: %w", err)
	}
	return line, nil
}

// Close stops a read under way, which then returns io.EOF, and leaves raw
// mode. It may be called more than once and from another goroutine.
func (e *Editor) Close() error {
	e.closeOnce.Do(func() {
		e.closed.Store(true)
		e.in.Close()
		if err := e.rl.Close(); err != nil {
			e.closeErr = fmt.Errorf("closing the line editor: %w", err)
		}
	})
	return e.closeErr
}

// cursorFix puts the cursor back where the next character goes on a line
// with wide characters after it. After drawing the line, readline steps the
// cursor back one column per character after it, so on "한글" with the
// cursor before 글 it sat in the middle of 글, and what was typed next
// seemed to go elsewhere (chzyer/readline issue 184). The painter adds
// the missing backspaces after the text. Only while the prompt and line fit
// on one row: across rows readline's own reckoning of rows counts
// characters too, and the cursor is left where it puts it.
type cursorFix struct {
	prompt int
	width  func() int
}

func (p cursorFix) Paint(line []rune, pos int) []rune {
	if pos < 0 || pos >= len(line) {
		return line
	}
	rs := readline.Runes{}
	missing := rs.WidthAll(line[pos:]) - (len(line) - pos)
	if missing <= 0 || p.prompt+rs.WidthAll(line) >= p.width() {
		return line
	}
	out := make([]rune, 0, len(line)+missing)
	out = append(out, line...)
	for range missing {
		out = append(out, '\b')
	}
	return out
}
