package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/stepi-tools/reportbot/bot/catalog"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/summary"
)

// runChat is "reportbot chat": questions at a prompt, follow-ups answered in
// the light of the conversation; with --json, the evaluator's JSON lines.
func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := newFlagSet("chat", stderr)
	top := fs.Int("top", 3, "number of passages per answer (1–10)")
	asJSON := fs.Bool("json", false, `read JSON lines {"conv": ID, "q": TEXT} and print one JSON answer line each`)
	report := reportFlag(fs, getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *top < 1 || *top > 10 {
		return usageError{fmt.Sprintf("--top must be between 1 and 10, got %d", *top)}
	}
	if fs.NArg() > 0 {
		return usageError{"chat takes no arguments; type questions at the prompt"}
	}
	eng, err := loadEngine(*report)
	if err != nil {
		return err
	}
	defer eng.Close()
	if *asJSON {
		return chatJSON(ctx, eng, stdin, stdout, *top)
	}
	return chatPrompt(ctx, eng, stdin, stdout, *top)
}

// chatLine is one input line of chat --json; other fields ("turn") are
// ignored.
type chatLine struct {
	Conv *json.RawMessage `json:"conv"`
	Q    *string          `json:"q"`
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
	convs := map[string]dialog.State{}
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
			return writeJSON(stdout, chatAnswer{answerLine: answerLine{Results: []resultJSON{}, Error: msg}})
		}
		conv := ""
		if in.Conv != nil {
			conv = convKey(*in.Conv)
		}
		st := convs[conv]
		r, err := eng.Reply(ctx, st, *in.Q, top)
		if err != nil && !isQuestionError(err) {
			return err
		}
		if err == nil {
			st.Add(r.Turn, eng.dialog.Params().MaxTurns)
			convs[conv] = st
		}
		out := chatAnswer{answerLine: answerJSON(r.Answer, err), Conv: conv}
		if r.FollowUp {
			out.Understood, out.Asked = understood(r), r.Turn.Asked
		}
		return writeJSON(stdout, out)
	})
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
	return catalog.UnderstoodLine(r.Reading.Lang, string(r.Reading.Kind), r.Reading.Topic, r.Reading.Ask)
}

// chatPrompt is the interactive chat: questions and follow-ups, and the
// commands help, new, quit, /country, /company and /cite.
func chatPrompt(ctx context.Context, eng *engine, stdin io.Reader, stdout io.Writer, top int) error {
	var st dialog.State
	// Commands answer in the language of the conversation so far: Korean,
	// as the prompt is, until a question says otherwise.
	lang := "ko"
	fmt.Fprintln(stdout, catalog.TerminalFor(lang).ChatPrompt)
	fmt.Fprint(stdout, "> ")
	errQuit := fmt.Errorf("quit")
	err := eachLine(ctx, stdin, func(line string) error {
		q := strings.TrimSpace(line)
		t := catalog.TerminalFor(lang)
		switch cmd, rest, _ := strings.Cut(q, " "); strings.ToLower(cmd) {
		case "":
		case "quit", "exit", "/quit", "/exit", "종료":
			return errQuit
		case "help", "/help", "?", "도움말":
			fmt.Fprintln(stdout, t.ChatHelp)
		case "/country", "/company":
			fmt.Fprint(stdout, chatSummary(ctx, eng, strings.ToLower(cmd) == "/country", rest))
		case "/cite":
			c, err := eng.Cite(ctx, rest, top)
			if err != nil && !isClaimError(err) {
				return err
			}
			fmt.Fprint(stdout, formatCitation(c, err, map[string]bool{"ko": true}))
		default:
			switch {
			case strings.HasPrefix(q, "/"):
				fmt.Fprintf(stdout, t.ChatUnknownSlash+"\n", cmd)
			case strings.EqualFold(q, "new") || eng.dialog.IsReset(q):
				st = dialog.State{}
				fmt.Fprintln(stdout, catalog.DialogFor(lang).Started)
			default:
				r, err := eng.Reply(ctx, st, q, top)
				if err != nil && !isQuestionError(err) {
					return err
				}
				if err == nil {
					st.Add(r.Turn, eng.dialog.Params().MaxTurns)
					lang = r.Answer.Lang
				}
				fmt.Fprint(stdout, formatReply(r, err))
			}
		}
		fmt.Fprint(stdout, "> ")
		return nil
	})
	fmt.Fprintln(stdout)
	if err == errQuit {
		return nil
	}
	return err
}

// chatSummary renders /country or /company as the commands do.
func chatSummary(ctx context.Context, eng *engine, country bool, name string) string {
	var err error
	s, err := eng.Company(ctx, name)
	if country {
		s, err = eng.Country(ctx, name)
	}
	if err != nil && !summary.IsNameError(err) {
		return err.Error() + "\n"
	}
	return formatSummary(s, false)
}

// formatReply renders a dialog reply: the reading line for a follow-up,
// then the answer as ask prints it.
func formatReply(r dialog.Reply, err error) string {
	var b strings.Builder
	d := catalog.DialogFor(r.Reading.Lang)
	if r.FollowUp && err == nil {
		b.WriteString(understood(r) + "\n")
		switch {
		case r.NoSources:
			b.WriteString(d.NoSources + "\n")
		case r.NoMore:
			b.WriteString(d.NoMore + "\n")
			return b.String()
		case !r.Answer.Answered:
			b.WriteString(fmt.Sprintf(d.NotCovered, catalog.ReadingText(r.Reading.Topic, r.Reading.Ask)) + "\n")
		}
	}
	b.WriteString(formatAnswer(r.Answer, err))
	return b.String()
}
