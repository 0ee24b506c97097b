package commands

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestREADMEListsTheTable holds README's two lists of commands to the
// table: the Commands section lists each terminal command, in the table's
// order, with the synopsis the usage prints and its slash command, and
// names no command the terminal does not have; the table of settings gives
// each slash command's flag, variable, key, default and meaning as the
// configuration derives them.
func TestREADMEListsTheTable(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	tab := New()

	type row struct{ command, slack string }
	var rows []row
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "| `reportbot ") {
			continue
		}
		cells := strings.Split(strings.ReplaceAll(line, `\|`, "\x00"), " | ")
		if len(cells) < 3 {
			t.Errorf("README row %q has no Slack column", line)
			continue
		}
		cmd := strings.Trim(strings.TrimPrefix(cells[0], "| "), "`")
		rows = append(rows, row{strings.ReplaceAll(cmd, "\x00", "|"), cells[1]})
	}
	last := -1
	for _, c := range tab.In(Terminal) {
		want := "reportbot " + c.Synopsis()
		i := slices.IndexFunc(rows, func(r row) bool { return r.command == want })
		if i < 0 {
			t.Errorf("README's Commands lists no `%s`", want)
			continue
		}
		if i < last {
			t.Errorf("README's Commands lists `%s` out of the table's order", want)
		}
		last = i
		wantSlack := "—"
		if c.In(Slack) {
			wantSlack = "`" + c.Slash + "`"
		}
		if !strings.HasPrefix(rows[i].slack, wantSlack) {
			t.Errorf("README's Commands gives `%s` in Slack as %q, want %q", want, rows[i].slack, wantSlack)
		}
	}
	for _, r := range rows {
		name, _, _ := strings.Cut(strings.TrimPrefix(r.command, "reportbot "), " ")
		if _, ok := tab.Subcommand(name); !ok {
			t.Errorf("README's Commands lists `%s`, which the terminal does not have", r.command)
		}
	}

	for _, c := range tab.In(Slack) {
		want := fmt.Sprintf("| `%s` name | `--%s` | `%s` | `%s` | `%s` | %s |", c.Slash, c.Flag(), c.Env(), c.ConfigKey(), c.Slash, c.Setting)
		if !strings.Contains(text, "\n"+want+"\n") {
			t.Errorf("README's settings lack the row\n%s", want)
		}
	}
}
