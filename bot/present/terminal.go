package present

import (
	"fmt"
	"strings"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus"
)

// Terminal is the command line's own wording, in one language, where it
// says a thing otherwise than Slack does or Slack does not say it; what
// both show alike is in Labels.
// Strings with verbs are fmt formats; their arguments are noted.
type Terminal struct {
	QuestionEmpty   string
	QuestionTooLong string // max; the JSON's (the outputs say Labels.TooLong)
	Covers          string // the report's title, its chapters
	Direct          string // the one-line answer (Labels.Direct on Slack)
	Source          string
	Note            string // a footnote that explains (corpus.IsNote)
	ChatPrompt      string

	ClaimEmpty string
	// NoSupport and Mismatch are the JSON's words (cite --json's message
	// and a mismatch's note), which the evaluator's files keep; what both
	// outputs show is in Labels.
	NoSupport        string
	OriginalSource   string
	SummaryAll       string // how the terminal shows a summary's every item
	Mismatch         string // report's figure, claim's figure; the JSON's
	ChatHelp         string // the commands with their arguments (see ChatHelp)
	ChatUnknownSlash string // command typed, the commands (see ChatUnknownSlash)
	ChatCut          string // length typed, length kept
	// ChatName and ChatClaim are the arguments of the chat's commands as
	// its help shows them: "/country [--all] 이름", "/cite CLAIM".
	ChatName, ChatClaim string
	// ChatOr joins the last two of a list of commands: "/company or /cite".
	ChatOr string
}

// TerminalFor returns the command line's strings: Korean for "ko", else
// English.
func TerminalFor(lang string) Terminal {
	if lang == "ko" {
		return Terminal{
			QuestionEmpty:   "질문이 비어 있습니다.",
			QuestionTooLong: "질문이 너무 깁니다 (최대 %d자).",
			Direct:          "→ %s",
			Covers:          "%s의 장: %s",
			Source:          "출처",
			Note:            "주",
			ChatPrompt:      "질문을 입력하세요 (끝내려면 Ctrl-D). Ask in Korean or English; Ctrl-D quits.",

			ClaimEmpty:       "주장이 비어 있습니다.",
			NoSupport:        "뒷받침하는 문장을 보고서에서 찾지 못했습니다 (no supporting passage found).",
			OriginalSource:   "원출처",
			SummaryAll:       "--all로 모두 볼 수 있습니다.",
			Mismatch:         "보고서의 수치는 %s이며, 주장의 %s와(과) 다릅니다: 이 문장은 주장을 뒷받침하지 않습니다.",
			ChatHelp:         "질문을 입력하면 보고서에서 답을 찾습니다. 이어서 묻는 질문(\"그럼 일본은?\", \"출처는?\", \"더 보여줘\")은 앞의 대화를 이어 받습니다.\n  %s — 요약과 인용\n  new — 새 대화 시작,  help — 이 도움말,  quit — 끝내기",
			ChatUnknownSlash: "알 수 없는 명령입니다: %s (%s 중 하나를 쓰세요)",
			ChatName:         "[--all] 이름",
			ChatClaim:        "문장",
			ChatOr:           ", ",
			ChatCut:          "질문이 너무 길어(%d자) 앞의 %d자만 묻습니다.",
		}
	}
	return Terminal{
		QuestionEmpty:   "The question is empty.",
		QuestionTooLong: "The question is too long (at most %d characters).",
		Direct:          "→ %s",
		Covers:          "The chapters of %s: %s",
		Source:          "Source",
		Note:            "Note",
		ChatPrompt:      "질문을 입력하세요 (끝내려면 Ctrl-D). Ask in Korean or English; Ctrl-D quits.",

		ClaimEmpty:       "The claim is empty.",
		NoSupport:        "No supporting passage found in the report.",
		OriginalSource:   "Original source",
		SummaryAll:       "--all shows them all.",
		Mismatch:         "The report says %s, not %s: this passage does not support the claim's figure.",
		ChatHelp:         "Type a question and I answer from the report. Follow-ups (\"what about Japan?\", \"source?\", \"more\") continue the conversation.\n  %s — summaries and citations\n  new — start over,  help — this help,  quit — leave",
		ChatUnknownSlash: "Unknown command: %s (use %s)",
		ChatName:         "[--all] NAME",
		ChatClaim:        "CLAIM",
		ChatOr:           " or ",
		ChatCut:          "The question is too long (%d characters); asking its first %d.",
	}
}

// chatCommands are the command table's commands that the terminal's chat
// offers as Slack does, in the table's order: /country, /company and /cite,
// under the names a commands.Names gives them.
func chatCommands() []commands.ID {
	return []commands.ID{commands.Country, commands.Company, commands.Cite}
}

// ChatHelp is the chat's help, naming its commands as names (the command
// table's) do, each with its argument.
func ChatHelp(lang string, names commands.Names) string {
	t := TerminalFor(lang)
	var cmds []string
	for _, id := range chatCommands() {
		arg := t.ChatName
		if id == commands.Cite {
			arg = t.ChatClaim
		}
		cmds = append(cmds, names[id]+" "+arg)
	}
	return fmt.Sprintf(t.ChatHelp, strings.Join(cmds, ", "))
}

// ChatUnknownSlash is the chat's reply to a slash command it does not
// offer, listing those it does by their names in names.
func ChatUnknownSlash(lang, typed string, names commands.Names) string {
	t := TerminalFor(lang)
	var cmds []string
	for _, id := range chatCommands() {
		cmds = append(cmds, names[id])
	}
	last := len(cmds) - 1
	list := strings.Join(cmds[:last], ", ") + t.ChatOr + cmds[last]
	return fmt.Sprintf(t.ChatUnknownSlash, typed, list)
}

// ChatCommand is the command of chatCommands that typed names, as names
// call them.
func ChatCommand(typed string, names commands.Names) (commands.ID, bool) {
	id, ok := names.Lookup(typed)
	if !ok {
		return "", false
	}
	for _, c := range chatCommands() {
		if c == id {
			return id, true
		}
	}
	return "", false
}

// writeSources writes a passage's footnotes for the terminal, each under the
// label of what it is: a source to cite, or a note that explains
// (corpus.IsNote).
func writeSources(b *strings.Builder, t Terminal, sources []string) {
	for _, s := range sources {
		label := t.Source
		if corpus.IsNote(s) {
			label = t.Note
		}
		b.WriteString("   " + label + ": " + s + "\n")
	}
}
