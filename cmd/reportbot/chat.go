package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/cmd/reportbot/term"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/shelf"
	"github.com/stepi-tools/reportbot/index/summary"
)

// runChat is "reportbot chat": questions at a prompt, follow-ups answered in
// the light of the conversation; with --json, the evaluator's JSON lines.
// Its own commands (/country, /company, /cite) go by their names in names,
// the command table's.
func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, names commands.Names) error {
	fs := newFlagSet("chat", stderr)
	top := fs.Int("top", answer.Shown, "number of passages per answer (1–10)")
	asJSON := fs.Bool("json", false, `read JSON lines {"conv": ID, "q": TEXT} and print one JSON answer line each`)
	src := sourceFlags(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if msg := topProblem("--top", *top); msg != "" {
		return usageError{msg}
	}
	if fs.NArg() > 0 {
		return usageError{"chat takes no arguments; type questions at the prompt"}
	}
	eng, err := openEngine(*src, stderr)
	if err != nil {
		return err
	}
	defer eng.Close()
	switch tc, ok := term.Terminal(stdin, stdout, getenv); {
	case *asJSON:
		return chatJSON(ctx, eng, stdin, stdout, *top)
	case ok:
		return chatTerminal(ctx, eng, tc, *top, names)
	}
	return chatPrompt(ctx, eng, newPlainConsole(stdin, stdout), *top, names)
}

// chatLine is one input line of chat --json; other fields are ignored.
type chatLine struct {
	Conv *json.RawMessage `json:"conv"`
	Q    *string          `json:"q"`
	// Turn 1 opens a conversation: it starts with no context even when
	// its id was used before (two files of conversations joined may both
	// have a "c01").
	Turn *int `json:"turn"`
	// Peek, from 1 to 10, answers the line with that many passages and
	// leaves its conversation as it was: a look at the results past those
	// an asker is shown (the quality scripts' ranks 4–10) that does not
	// change what the next turn is read against, as --top would, for the
	// passages a turn shows are the next one's context.
	Peek *int `json:"peek"`
}

// chatAnswer is ask --json's line with how a follow-up was understood.
type chatAnswer struct {
	answerLine
	Conv       string `json:"conv,omitempty"`
	Understood string `json:"understood,omitempty"`
	// Asked is the question the engine answered for a follow-up: its
	// rewrite, for seeing why a reading went wrong.
	Asked string `json:"asked,omitempty"`
}

// chatJSON answers JSON lines, each conversation with only its own earlier
// turns. Every input line gets one output line: a line that does not decode
// gets an answer line with an error.
func chatJSON(ctx context.Context, eng *engine, stdin io.Reader, stdout io.Writer, top int) error {
	convs := map[string]shelf.State{}
	return eachLine(ctx, stdin, func(line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		var in chatLine
		if err := json.Unmarshal([]byte(line), &in); err != nil || in.Q == nil {
			msg := "not a JSON object with a \"q\" field"
			if err != nil {
				msg = fmt.Sprintf("not a JSON line: %v", err)
			}
			return writeJSON(stdout, chatError("", msg))
		}
		conv := ""
		if in.Conv != nil {
			conv = convKey(*in.Conv)
		}
		if in.Turn != nil && *in.Turn == 1 {
			delete(convs, conv)
		}
		n, peek := top, in.Peek != nil
		if peek {
			n = *in.Peek
			if msg := topProblem("peek", n); msg != "" {
				return writeJSON(stdout, chatError(conv, msg))
			}
		}
		r, next, err := eng.reply(ctx, convs[conv], eng.parse(*in.Q), n)
		if err != nil && !isQuestionError(err) {
			return err
		}
		if err == nil && !peek {
			convs[conv] = next
		}
		out := chatAnswer{answerLine: answerJSON(r.Answer, err), Conv: conv}
		if r.FollowUp {
			out.Understood, out.Asked = understood(r), r.Turn.Asked
		}
		return writeJSON(stdout, out)
	})
}

// chatError is the answer line of a line that could not be asked, msg
// saying why.
func chatError(conv, msg string) chatAnswer {
	return chatAnswer{answerLine: answerLine{Results: []resultJSON{}, Error: msg}, Conv: conv}
}

// convKey turns a conversation id, a JSON string or number, into a key.
func convKey(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// understood is the one line of how a follow-up was read.
func understood(r dialog.Reply) string {
	return present.UnderstoodLine(r.Reading.Lang, string(r.Reading.Kind), r.Reading.Topic, r.Reading.Ask)
}

// chatConsole is where the interactive chat reads questions and shows
// replies: a plain stream, or a terminal with line editing and wrapping.
type chatConsole interface {
	// Prompt invites the next line (a console that shows its own prompt
	// when reading does nothing).
	Prompt()
	// ReadLine returns the next line, without its line ending, and io.EOF
	// when there is none.
	ReadLine() (string, error)
	// Show writes lines of output.
	Show(s string)
	// End finishes the output when the chat stops.
	End()
	// CutsLongQuestions tells whether an over-long question is cut to the
	// limit and asked (a paste on a terminal) or refused (a pipe, as ever).
	CutsLongQuestions() bool
}

// plainConsole is chat on a pipe: "> " before each line, output as it is.
type plainConsole struct {
	in      *bufio.Reader
	out     io.Writer
	pending error // a read error that came with the last line
}

func newPlainConsole(in io.Reader, out io.Writer) *plainConsole {
	return &plainConsole{in: bufio.NewReader(in), out: out}
}

func (c *plainConsole) Prompt()                 { fmt.Fprint(c.out, "> ") }
func (c *plainConsole) Show(s string)           { io.WriteString(c.out, s) }
func (c *plainConsole) End()                    { fmt.Fprintln(c.out) }
func (c *plainConsole) CutsLongQuestions() bool { return false }

func (c *plainConsole) ReadLine() (string, error) {
	if err := c.pending; err != nil {
		c.pending = nil
		return "", err
	}
	line, err := c.in.ReadString('\n')
	switch {
	case line != "" && err != nil && err != io.EOF:
		c.pending = fmt.Errorf("reading questions: %w", err)
	case line == "" && err == io.EOF:
		return "", io.EOF
	case line == "" && err != nil:
		return "", fmt.Errorf("reading questions: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// termConsole is chat on a terminal: the line editor reads, and output is
// wrapped to the terminal's width as it is when shown.
type termConsole struct {
	ctx   context.Context
	ed    *term.Editor
	out   io.Writer
	width func() int
}

func (c *termConsole) Prompt()                 {}
func (c *termConsole) Show(s string)           { io.WriteString(c.out, term.Wrap(s, c.width())) }
func (c *termConsole) End()                    {}
func (c *termConsole) CutsLongQuestions() bool { return true }

// ReadLine ends with the context's error once the chat is told to stop,
// even when the editor, closed for it, hands back what was typed so far.
func (c *termConsole) ReadLine() (string, error) {
	line, err := c.ed.ReadLine()
	if cerr := c.ctx.Err(); cerr != nil {
		return "", cerr
	}
	return line, err
}

// chatTerminal runs the chat on a terminal: it opens the line editor on
// tc and closes it, which ends a read under way, when ctx is done.
func chatTerminal(ctx context.Context, eng *engine, tc term.Config, top int, names commands.Names) error {
	tc.Prompt = "> "
	ed, err := term.NewEditor(tc)
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { ed.Close() })
	defer stop()
	err = chatPrompt(ctx, eng, &termConsole{ctx: ctx, ed: ed, out: tc.Out, width: tc.Width}, top, names)
	if cerr := ed.Close(); err == nil {
		err = cerr
	}
	return err
}

// chatPrompt is the interactive chat: questions and follow-ups, and the
// commands help, new, quit, /country, /company and /cite (as names call
// them).
func chatPrompt(ctx context.Context, eng *engine, con chatConsole, top int, names commands.Names) error {
	s := chatSession{eng: eng, top: top, cut: con.CutsLongQuestions(), lang: "ko", names: names}
	con.Show(present.TerminalFor(s.lang).ChatPrompt + "\n")
	con.Prompt()
	err := s.run(ctx, con)
	con.End()
	return err
}

// chatSession is one conversation at the prompt.
type chatSession struct {
	eng *engine
	top int
	cut bool // cut an over-long question and ask it
	st  shelf.State
	// Commands answer in the language of the conversation so far: Korean,
	// as the prompt is, until a question says otherwise.
	lang string
	// names are the command table's names of the commands the chat offers
	// as Slack does (/country, /company, /cite).
	names commands.Names
}

func (s *chatSession) run(ctx context.Context, con chatConsole) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := con.ReadLine()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		reply, quit, err := s.handle(ctx, line)
		if err != nil || quit {
			return err
		}
		con.Show(reply)
		con.Prompt()
	}
}

// handle answers one line: what to show, and whether the chat ends.
func (s *chatSession) handle(ctx context.Context, line string) (string, bool, error) {
	q := strings.TrimSpace(line)
	cmd, rest, _ := strings.Cut(q, " ")
	switch strings.ToLower(cmd) {
	case "":
		return "", false, nil
	case "quit", "exit", "/quit", "/exit", "종료":
		return "", true, nil
	case "help", "/help", "?", "도움말":
		return present.ChatHelp(s.lang, s.names) + "\n", false, nil
	}
	id, isCommand := present.ChatCommand(cmd, s.names)
	switch {
	case id == commands.Country || id == commands.Company:
		// --all, as the country and company commands take it, which a
		// short summary's last line points to.
		all := false
		if flag, name, _ := strings.Cut(rest, " "); flag == "--all" {
			all, rest = true, name
		}
		return chatSummary(ctx, s.eng, id == commands.Country, rest, all, s.names), false, nil
	case id == commands.Cite:
		c, err := s.eng.Cite(ctx, s.eng.parse(rest), s.top)
		if err != nil && !isClaimError(err) {
			return "", false, err
		}
		return present.CitationText(c, err, map[string]bool{"ko": true}), false, nil
	case !isCommand && strings.HasPrefix(q, "/"):
		return present.ChatUnknownSlash(s.lang, cmd, s.names) + "\n", false, nil
	case strings.EqualFold(q, "new") || s.eng.IsReset(q):
		s.st = shelf.State{}
		return present.DialogFor(s.lang).Started + "\n", false, nil
	}
	return s.ask(ctx, q)
}

// ask answers a question in the light of the conversation. On a terminal
// a question over the limit, a long paste, is cut to it with a notice and
// answered; on a pipe it is refused, as it always was.
func (s *chatSession) ask(ctx context.Context, line string) (string, bool, error) {
	cut, isCut := line, false
	if s.cut {
		cut, isCut = cutQuestion(line, question.MaxRunes)
	}
	q := s.eng.parse(cut)
	notice := ""
	if isCut {
		notice = fmt.Sprintf(present.TerminalFor(q.Lang()).ChatCut, utf8.RuneCountInString(line), utf8.RuneCountInString(cut)) + "\n"
	}
	r, next, err := s.eng.reply(ctx, s.st, q, s.top)
	if err != nil && !isQuestionError(err) {
		return "", false, err
	}
	if err == nil {
		s.st = next
		s.lang = r.Answer.Lang
	}
	return notice + present.ReplyText(r, err, s.eng.covers(r.Answer.Lang), s.eng.naming), false, nil
}

// cutQuestion shortens a question of more than limit runes to at most
// limit, at the last space before the limit when there is one in the
// second half, and tells whether it cut.
func cutQuestion(q string, limit int) (string, bool) {
	if utf8.RuneCountInString(q) <= limit {
		return q, false
	}
	r := []rune(q)
	end := limit
	if !unicode.IsSpace(r[limit]) {
		for i := limit - 1; i > limit/2; i-- {
			if unicode.IsSpace(r[i]) {
				end = i
				break
			}
		}
	}
	return strings.TrimSpace(string(r[:end])), true
}

// chatSummary renders /country or /company as the commands do.
func chatSummary(ctx context.Context, eng *engine, country bool, name string, all bool, names commands.Names) string {
	kind := entity.Company
	if country {
		kind = entity.Country
	}
	sums, err := eng.Summaries(ctx, kind, eng.name(name))
	if err != nil && !summary.IsNameError(err) {
		return err.Error() + "\n"
	}
	return present.SummariesText(sums, eng.naming, all, names)
}
