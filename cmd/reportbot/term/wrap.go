// Package term lays the chat out for a terminal: lines wrapped to its width
// by display width, and a line editor with history.
package term

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// measure is how wide text is on screen: East Asian wide and fullwidth
// characters (Hangul, Han, kana) take two columns, combining marks none, and
// ambiguous ones (·, …, ①) one, as terminals outside a CJK legacy setting
// draw them. It is fixed rather than taken from the locale so that a layout
// is the same on every machine.
func measure() *runewidth.Condition {
	return &runewidth.Condition{StrictEmojiNeutral: true}
}

// Width is the number of columns s takes on a terminal.
func Width(s string) int {
	return measure().StringWidth(s)
}

// Wrap breaks every line of s that is wider than width columns at spaces.
// A continuation line keeps the line's hanging indent: a quote ("   > ")
// repeats its marker, a numbered item ("1. ") or bullet ("• ") is indented
// to its text, any other line keeps its leading spaces; an indent wider
// than half the width is dropped. A URL is never broken: one that does not
// fit goes on a line of its own, however long. A word longer than a line
// that is not a URL is broken between characters. Lines that fit are left
// as they are; width <= 0 leaves s as it is.
func Wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	m := measure()
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if m.StringWidth(line) <= width {
			b.WriteString(line)
			continue
		}
		w := wrapper{m: m, b: &b, width: width}
		w.line(line)
	}
	return b.String()
}

// wrapper lays out one line.
type wrapper struct {
	m     *runewidth.Condition
	b     *strings.Builder
	width int
	cont  string // what a continuation line starts with
	col   int    // columns used on the current output line
	words bool   // whether the current output line has a word yet
}

func (w *wrapper) line(line string) {
	first, cont := hang(line)
	if 2*w.m.StringWidth(cont) > w.width { // leave at least half a line for text
		cont = ""
	}
	w.cont = cont
	rest := line[len(first):]
	// Spaces after a marker (">  - a sub-item") stay on the first line.
	first += rest[:len(rest)-len(strings.TrimLeft(rest, " "))]
	rest = line[len(first):]
	w.b.WriteString(first)
	w.col = w.m.StringWidth(first)
	for rest != "" {
		gap := len(rest) - len(strings.TrimLeft(rest, " "))
		rest = rest[gap:]
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		w.word(strings.Repeat(" ", gap), rest[:end])
		rest = rest[end:]
	}
}

// word places one word and the spaces before it.
func (w *wrapper) word(gap, word string) {
	if word == "" { // trailing spaces of a line that is cut anyway
		return
	}
	ww := w.m.StringWidth(word)
	if w.words && w.col+len(gap)+ww <= w.width {
		w.put(gap+word, len(gap)+ww)
		return
	}
	if w.words {
		w.newline()
	}
	switch {
	case w.col+ww <= w.width || isURL(word):
		w.put(word, ww)
	default:
		w.breakWord(word)
	}
}

// breakWord puts a word too long for a line over as many lines as it takes.
func (w *wrapper) breakWord(word string) {
	for _, r := range word {
		rw := w.m.RuneWidth(r)
		if w.words && rw > 0 && w.col+rw > w.width {
			w.newline()
		}
		w.put(string(r), rw)
	}
}

func (w *wrapper) put(s string, cols int) {
	w.b.WriteString(s)
	w.col += cols
	w.words = true
}

func (w *wrapper) newline() {
	w.b.WriteByte('\n')
	w.b.WriteString(w.cont)
	w.col = w.m.StringWidth(w.cont)
	w.words = false
}

// hang splits off what a line starts with (its leading spaces and any
// quote, number or bullet marker) and returns the start of its
// continuation lines.
func hang(line string) (first, cont string) {
	lead := line[:len(line)-len(strings.TrimLeft(line, " "))]
	rest := line[len(lead):]
	if strings.HasPrefix(rest, "> ") {
		return lead + "> ", lead + "> "
	}
	if marker := listMarker(rest); marker != "" {
		return lead + marker, lead + strings.Repeat(" ", Width(marker))
	}
	return lead, lead
}

// listMarker is the number ("12. ", "3) ") or bullet ("• ", "- ", "* ")
// that s starts with, or "".
func listMarker(s string) string {
	for _, bullet := range []string{"• ", "- ", "* ", "· "} {
		if strings.HasPrefix(s, bullet) {
			return bullet
		}
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits == 0 || digits > 3 {
		return ""
	}
	if tail := s[digits:]; strings.HasPrefix(tail, ". ") || strings.HasPrefix(tail, ") ") {
		return s[:digits+2]
	}
	return ""
}

// isURL tells a word that holds a web address, with or without brackets or
// punctuation around it.
func isURL(word string) bool {
	return strings.Contains(word, "://") || strings.HasPrefix(strings.TrimLeft(word, "<(["), "www.")
}
