package question

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// Cleaner removes the markup of the place a question was typed in (Slack's
// mentions, links and styling: bot/markup's Cleaner), so that what is read
// is what a person meant. It is an interface here, where it is used, so
// that reading a question needs no knowledge of Slack.
type Cleaner interface {
	Clean(text string) string
}

// Asked is a question as it was asked: the text as typed, the text meant
// (markup removed, trimmed), the language replies to it use and whether it
// can be answered at all (empty, too long). It is made once, by Parse, where
// the text enters (a Slack event, a slash command, a terminal line), and
// passed on as it is: no later step cleans the text or tells its language
// again. The zero value is an empty question.
type Asked struct {
	raw, text string
	// lang is the language the text is written in, which reading it
	// weighs (a capitalised English word in a Korean question is a name);
	// reply is the language replies use: lang, or, for a question the
	// dialog rewrote, the language its asker typed.
	lang, reply string
	err         error
	// shape is what the text alone says of the evidence asked for, when
	// it was read once for every report (Patterns.Read); nil otherwise.
	shape *Shape
	// near are the passages the conversation just showed, for a follow-up
	// the dialog rewrote (Beside); nil for a question of its own.
	near      []int
	nearAlone bool
	// ofReport is set for a follow-up in a thread on the report itself
	// (OfReport): it names the report whatever words it is typed in.
	ofReport bool
	// typed is, for a rewritten question, the text its asker typed: the
	// words of the rewrite it lacks were carried from earlier turns
	// (Concept.Carried). Empty for a question of its own.
	typed string
}

// Parse reads raw text into an Asked: markup removed by clean (nil for text
// that has none), its dotted abbreviations read (initials), trimmed, its
// language told. The error, also kept in the
// value (Err), is ErrEmpty for text with nothing left and ErrTooLong for
// more than MaxRunes runes; the value is complete either way, so that the
// refusal is written in the asker's language. The language of over-long
// text is told from its first MaxRunes runes, as much as is ever read.
func Parse(raw string, clean Cleaner) (Asked, error) {
	text := raw
	if clean != nil {
		text = clean.Clean(text)
	}
	text = strings.TrimSpace(initials(text))
	a := Asked{raw: raw, text: text}
	switch {
	case text == "":
		a.err = ErrEmpty
	case utf8.RuneCountInString(text) > MaxRunes:
		a.err = ErrTooLong
		a.lang = analysis.Lang(string([]rune(text)[:MaxRunes]))
	}
	if a.lang == "" {
		a.lang = analysis.Lang(text)
	}
	a.reply = a.lang
	return a, a.err
}

// Rewrite is the question text put in a's stead: a follow-up the dialog
// rewrote with the words of earlier turns, or a request for more of an
// earlier answer. It is read as text is written but answered in the
// language a's asker typed. It can be refused as Parse refuses text.
func (a Asked) Rewrite(text string) Asked {
	b, _ := Parse(text, nil)
	b.reply = a.Lang()
	b.typed = cmp.Or(a.typed, a.text)
	return b
}

// Beside is a, asked right after the passages ids were shown: a follow-up
// asks further of what they say, and the ranking reads them as relevance
// feedback (Query.Near).
func (a Asked) Beside(ids []int) Asked {
	a.near = slices.Clone(ids)
	return a
}

// BesideAlone is Beside for a follow-up asked as typed, nothing carried:
// the ranking weighs its feedback by its own parameter (Query.NearAlone).
func (a Asked) BesideAlone(ids []int) Asked {
	a = a.Beside(ids)
	a.nearAlone = true
	return a
}

// OfReport is a, asked right after a reply from the report's front matter
// (who made it, when it came out): the thread is on the report itself, and
// a message there names it as "this report" would, however it is typed
// ("그건 언제 세상에 나왔고?", "and who put it together?").
func (a Asked) OfReport() Asked {
	a.ofReport = true
	return a
}

// NamesReport tells whether a is asked in a thread on the report itself
// (OfReport).
func (a Asked) NamesReport() bool { return a.ofReport }

// ReplyIn is a, to be answered in lang, "ko" or "en" (any other leaves a
// as it is): a question that comes back with the language of the reply it
// came from, as a Slack button carries it, where the text alone may tell
// another (the Korean name of a country under an English summary).
func (a Asked) ReplyIn(lang string) Asked {
	if lang == analysis.Korean || lang == analysis.English {
		a.reply = lang
	}
	return a
}

// Raw is the text as it was typed, markup and all: what a reply echoes.
func (a Asked) Raw() string { return a.raw }

// Text is the text meant, with markup removed and trimmed: what is read and
// searched.
func (a Asked) Text() string { return a.text }

// Lang is the language replies use, "ko" or "en".
func (a Asked) Lang() string {
	if a.reply == "" {
		return analysis.English // the zero value: an empty question
	}
	return a.reply
}

// Err is why the question cannot be answered: ErrEmpty, ErrTooLong, or nil.
func (a Asked) Err() error {
	if a.err == nil && a.text == "" {
		return ErrEmpty
	}
	return a.err
}

// Plain is Parse for text that has no markup, in one value: for a question
// made inside the program (a name looked up, a test), whose error, if any,
// is in Err.
func Plain(text string) Asked {
	a, _ := Parse(text, nil)
	return a
}
