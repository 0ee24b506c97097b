package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags turns flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("ask", stderr)
	asJSON := fs.Bool("json", false, "print one JSON line per question")
	batch := fs.Bool("batch", false, "read one question per line from stdin")
	top := fs.Int("top", answer.Shown, "number of passages to return (1–10)")
	explain := fs.Bool("explain", false, "also print how the question was read and ranked (to stderr)")
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if msg := topProblem("--top", *top); msg != "" {
		return usageError{msg}
	}
	question, err := inputArg(fs, *batch, "ask", "a question", "questions", `reportbot ask "미국 반도체법 지원 규모는?"`)
	if err != nil {
		return err
	}
	eng, err := openEngine(*src, stderr)
	if err != nil {
		return err
	}
	defer eng.Close()
	answer := func(line string) error {
		q := eng.parse(line)
		if *explain {
			fmt.Fprint(stderr, eng.Explain(ctx, q))
		}
		ans, err := eng.Ask(ctx, q, *top)
		if *asJSON {
			return writeJSON(stdout, answerJSON(ans, err))
		}
		if err != nil && !isQuestionError(err) {
			return err
		}
		_, werr := io.WriteString(stdout, present.AnswerText(ans, err, eng.covers(ans.Lang), eng.naming))
		return werr
	}
	return forEachInput(ctx, *batch, question, stdin, answer)
}

// inputArg returns the one input a command takes on its command line, or
// checks that there is none when --batch reads inputs from stdin. An input
// that is only Slack markup (mentions, @channel) is as empty as none: the
// engine would clean it to nothing, and a missing argument is a usage error,
// not a question to answer.
func inputArg(fs *flag.FlagSet, batch bool, cmd, what, plural, example string) (string, error) {
	in := strings.Join(fs.Args(), " ")
	switch {
	case !batch && errors.Is(parseArg(in), question.ErrEmpty):
		return "", usageError{fmt.Sprintf("%s needs %s, e.g. %s", cmd, what, example)}
	case batch && in != "":
		return "", usageError{fmt.Sprintf("--batch reads %s from stdin; do not also give one as an argument", plural)}
	}
	return in, nil
}

// parseArg reads a command-line input as the engine will, for its error.
func parseArg(in string) error {
	_, err := question.Parse(in, markup.New())
	return err
}

// forEachInput calls fn on the command-line input, or on every stdin line
// with --batch.
func forEachInput(ctx context.Context, batch bool, single string, stdin io.Reader, fn func(string) error) error {
	if batch {
		return eachLine(ctx, stdin, fn)
	}
	return fn(single)
}

// clipEcho shortens input that is echoed back (the JSON "question" and
// "query" fields) to limit runes, the most the command accepts, with "…"
// marking the cut: an over-long line is refused, and repeating all of it
// would make the refusal as large as the input.
func clipEcho(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := []rune(s)
	return string(r[:limit-1]) + "…"
}

func isQuestionError(err error) bool {
	return errors.Is(err, question.ErrEmpty) || errors.Is(err, question.ErrTooLong)
}

// eachLine calls fn for every line of r, however long.
func eachLine(ctx context.Context, r io.Reader, fn func(string) error) error {
	br := bufio.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := br.ReadString('\n')
		if line != "" || err == nil {
			if ferr := fn(strings.TrimRight(line, "\r\n")); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading questions: %w", err)
		}
	}
}

type resultJSON struct {
	// Report is the series number of the report the result quotes.
	Report       string   `json:"report,omitempty"`
	Section      string   `json:"section"`
	SectionTitle string   `json:"section_title"`
	Path         []string `json:"path,omitempty"`
	Pages        string   `json:"pages,omitempty"`
	Excerpt      string   `json:"excerpt"`
	Text         string   `json:"text"`
	Score        float64  `json:"score"`
	Sources      []string `json:"sources"`
	Label        string   `json:"label,omitempty"`
	// English is the report's English summary sentence that says what the
	// excerpt says, for an English question; absent when none does.
	English string `json:"english,omitempty"`
}

type sectionJSON struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Pages string `json:"pages,omitempty"`
}

type answerLine struct {
	Question string `json:"question"`
	Lang     string `json:"lang"`
	// Answer states the answer in one line, when there is one to state.
	Answer      string        `json:"answer,omitempty"`
	Answered    bool          `json:"answered"`
	Results     []resultJSON  `json:"results"`
	Suggestions []sectionJSON `json:"suggestions,omitempty"`
	// Missing are the question's words the results do not hold: a hedged
	// answer (the eval contract's "missing").
	Missing []string `json:"missing,omitempty"`
	// AskWhat is set for a bare request for a source: the reply asks what
	// it is the source of (answer.Answer.AskWhat).
	AskWhat bool   `json:"ask_what,omitempty"`
	Error   string `json:"error,omitempty"`
}

// maxTop is the most passages a reply shows (the quality scripts read
// ranks up to 10).
const maxTop = 10

// topProblem says why n passages cannot be asked for, name being the flag
// or field that asked; "" where they can.
func topProblem(name string, n int) string {
	if n < 1 || n > maxTop {
		return fmt.Sprintf("%s must be between 1 and %d, got %d", name, maxTop, n)
	}
	return ""
}

func answerJSON(a answer.Answer, err error) answerLine {
	out := answerLine{Question: clipEcho(a.Question, question.MaxRunes), Lang: a.Lang, Answered: a.Answered, Results: []resultJSON{}, Missing: a.Missing, Answer: a.Direct, AskWhat: a.AskWhat}
	if err != nil {
		out.Error = present.QuestionProblem(a.Lang, err)
	}
	for _, r := range a.Results {
		src := r.Sources
		if src == nil {
			src = []string{}
		}
		out.Results = append(out.Results, resultJSON{
			Report: r.Report, Section: r.Section, SectionTitle: r.SectionTitle, Path: r.Path, Pages: r.Pages,
			Excerpt: r.Excerpt, Text: r.Text, Score: r.Score, Sources: src, Label: r.Label, English: r.English,
		})
	}
	for _, s := range a.Suggestions {
		out.Suggestions = append(out.Suggestions, sectionJSON{ID: s.ID, Title: s.Title, Pages: s.Pages})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode answer: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
