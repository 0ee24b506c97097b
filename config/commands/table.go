package commands

import (
	"slices"
	"strings"
)

// ID names a command: its subcommand in the terminal, and the feature a
// Slack button names, so a button made by one release is read by the next.
type ID string

// The commands, in the order the usage lists them.
const (
	Ask      ID = "ask"
	Chat     ID = "chat"
	Country  ID = "country"
	Company  ID = "company"
	Cite     ID = "cite"
	Reports  ID = "reports"
	Sections ID = "sections"
	Show     ID = "show"
	Serve    ID = "serve"
	Index    ID = "index"
)

// Where says where a command is offered.
type Where uint8

const (
	Terminal Where = 1 << iota // a subcommand of the reportbot binary
	Slack                      // a slash command of the Slack app
)

// Command is one row of the table.
type Command struct {
	ID    ID
	Where Where

	// Args are the flags and arguments the terminal's usage shows after
	// the subcommand's name. Flags every command takes (--report, --index)
	// are left to the usage's closing note.
	Args string
	// Note is what the usage says beside the synopsis when the name does
	// not say enough; each line of it goes under the one before.
	Note string

	// Slash is the slash command's name as the manifest declares it and
	// the bot answers to unless configured otherwise ("/report"). Without
	// its slash it keys the setting that renames it: commands.report in
	// the config file, REPORTBOT_COMMAND_REPORT, --command-report.
	Slash string
	// About and Hint are the manifest's description and usage_hint.
	About, Hint string
	// Setting says what the setting that renames it is for, in the flag's
	// help and README's table of settings.
	Setting string
}

// In reports whether the command is offered in w.
func (c Command) In(w Where) bool { return c.Where&w != 0 }

// Synopsis is the command as the terminal's usage shows it: its name and
// Args ("ask [--json] … QUESTION").
func (c Command) Synopsis() string {
	return strings.TrimSpace(string(c.ID) + " " + c.Args)
}

// Key is the slash command's key among the settings: its default name
// without the slash ("report"); "" for a command Slack does not offer.
func (c Command) Key() string { return strings.TrimPrefix(c.Slash, "/") }

// ConfigKey is the key of the slash command's name in the config file,
// as messages name it ("commands.report").
func (c Command) ConfigKey() string { return "commands." + c.Key() }

// Env is the environment variable that renames the slash command
// ("REPORTBOT_COMMAND_REPORT").
func (c Command) Env() string { return "REPORTBOT_COMMAND_" + strings.ToUpper(c.Key()) }

// Flag is the serve flag that renames the slash command, without its
// dashes ("command-report").
func (c Command) Flag() string { return "command-" + c.Key() }

// Table is every command reportbot offers. Build it with New; its rows
// cannot be changed through it.
type Table struct {
	rows []Command
}

// New builds the table.
func New() Table {
	return Table{rows: []Command{
		{
			ID: Ask, Where: Terminal | Slack,
			Args:    "[--json] [--batch] [--top N] [--explain] QUESTION",
			Slash:   "/report",
			About:   "Ask the AI super-gap strategy report (보고서에 질문하기)",
			Hint:    "[question | help] e.g. AI 반도체 분야 초격차 확보 정책은?",
			Setting: "slash command that answers questions",
		},
		{
			ID: Chat, Where: Terminal,
			Args: "[--json] [--top N]",
			Note: "questions with follow-ups",
		},
		{
			ID: Country, Where: Terminal | Slack,
			Args:    "[--json] [--batch] [--all] NAME",
			Slash:   "/country",
			About:   "What the report says about a country (나라별 보고서 요약)",
			Hint:    "[country] e.g. 일본, Japan, 미국",
			Setting: "slash command that summarises what the report says about a country",
		},
		{
			ID: Company, Where: Terminal | Slack,
			Args:    "[--json] [--batch] [--all] NAME",
			Slash:   "/company",
			About:   "What the report says about a company (기업별 보고서 요약)",
			Hint:    "[company] e.g. 하이닉스, NVIDIA",
			Setting: "slash command that summarises a company's profile and mentions",
		},
		{
			ID: Cite, Where: Terminal | Slack,
			Args:    "[--format ko|apa|bibtex|all] [--json] [--batch] [--top N] CLAIM",
			Slash:   "/cite",
			About:   "Quote the passage that supports a claim, with a reference (인용 찾기)",
			Hint:    "[claim] e.g. TSMC 패키징 생산능력 70~80% 확대",
			Setting: "slash command that quotes the passage supporting a claim, with its sources and a reference",
		},
		{
			ID: Reports, Where: Terminal,
			Args: "[--json]",
			Note: "the reports served: series, title, year, passages",
		},
		{ID: Sections, Where: Terminal},
		{ID: Show, Where: Terminal, Args: "SECTION"},
		{
			ID: Serve, Where: Terminal,
			Args: "[flags]",
			Note: "run the Slack bot (see README.md)",
		},
		{
			ID: Index, Where: Terminal,
			Args: "--out DIR [--report FILE]",
			Note: "write the report's index to DIR, for --index\n(several --report: a folder in DIR each)",
		},
	}}
}

// All is every command, in the table's order.
func (t Table) All() []Command { return slices.Clone(t.rows) }

// In is every command offered in w, in the table's order.
func (t Table) In(w Where) []Command {
	var out []Command
	for _, c := range t.rows {
		if c.In(w) {
			out = append(out, c)
		}
	}
	return out
}

// Command is the row of id.
func (t Table) Command(id ID) (Command, bool) {
	i := slices.IndexFunc(t.rows, func(c Command) bool { return c.ID == id })
	if i < 0 {
		return Command{}, false
	}
	return t.rows[i], true
}

// Subcommand is the terminal command called name.
func (t Table) Subcommand(name string) (Command, bool) {
	c, ok := t.Command(ID(name))
	if !ok || !c.In(Terminal) {
		return Command{}, false
	}
	return c, true
}

// Names are the names the Slack commands go by in a workspace, by
// command: "/report", or what the configuration renamed it to.
type Names map[ID]string

// Names fills in given: every Slack command of the table gets given's
// name for it, trimmed and lower-cased, or its default when given has
// none. Commands given that Slack does not offer are dropped.
func (t Table) Names(given Names) Names {
	out := Names{}
	for _, c := range t.In(Slack) {
		name := strings.ToLower(strings.TrimSpace(given[c.ID]))
		if name == "" {
			name = c.Slash
		}
		out[c.ID] = name
	}
	return out
}

// Lookup is the command a slash command name invokes, matched as Slack
// sends it (any case, spaces around it).
func (n Names) Lookup(name string) (ID, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for id, v := range n {
		if v == name {
			return id, true
		}
	}
	return "", false
}
