package commands

import (
	"fmt"
	"regexp"
	"testing"
)

// TestTableRows checks what every consumer relies on: one row per id, a
// slash command only where Slack offers it, each with the manifest's text
// and a name config would accept, and no two rows under one name.
func TestTableRows(t *testing.T) {
	slashRE := regexp.MustCompile(`^/[a-z0-9_\-]{1,31}$`)
	ids, slashes := map[ID]bool{}, map[string]bool{}
	for _, c := range New().All() {
		switch {
		case c.ID == "":
			t.Errorf("a row has no id: %+v", c)
		case ids[c.ID]:
			t.Errorf("%q has two rows", c.ID)
		case c.Where == 0:
			t.Errorf("%q is offered nowhere", c.ID)
		}
		ids[c.ID] = true
		if !c.In(Terminal) && (c.Args != "" || c.Note != "") {
			t.Errorf("%q has terminal usage but is not a terminal command", c.ID)
		}
		if !c.In(Slack) {
			if c.Slash != "" || c.About != "" || c.Hint != "" || c.Setting != "" {
				t.Errorf("%q has a slash command but Slack does not offer it", c.ID)
			}
			continue
		}
		if !slashRE.MatchString(c.Slash) || c.About == "" || c.Hint == "" || c.Setting == "" {
			t.Errorf("%q: slash command %q lacks a valid name, a description, a usage hint or a setting's help", c.ID, c.Slash)
		}
		if slashes[c.Slash] {
			t.Errorf("%q: slash command %q is taken", c.ID, c.Slash)
		}
		slashes[c.Slash] = true
	}
}

func TestCommandDerivedNames(t *testing.T) {
	c, ok := New().Command(Ask)
	if !ok {
		t.Fatal("no row for ask")
	}
	tests := []struct{ name, got, want string }{
		{"synopsis", c.Synopsis(), "ask [--json] [--batch] [--top N] [--explain] QUESTION"},
		{"key", c.Key(), "report"},
		{"config key", c.ConfigKey(), "commands.report"},
		{"environment", c.Env(), "REPORTBOT_COMMAND_REPORT"},
		{"flag", c.Flag(), "command-report"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if s, _ := New().Command(Sections); s.Synopsis() != "sections" {
		t.Errorf("synopsis without args = %q, want %q", s.Synopsis(), "sections")
	}
}

func TestSubcommand(t *testing.T) {
	tab := New()
	tests := []struct {
		name string
		want bool
	}{
		{"ask", true},
		{"index", true},
		{"serve", true},
		{"report", false}, // Slack's name for ask
		{"/report", false},
		{"Ask", false},
		{"help", false},
		{"", false},
	}
	for _, tt := range tests {
		if _, got := tab.Subcommand(tt.name); got != tt.want {
			t.Errorf("Subcommand(%q) found = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	tab := New()
	got := tab.Names(Names{Ask: "  /ASK ", Cite: "", Serve: "/serve"})
	want := Names{Ask: "/ask", Country: "/country", Company: "/company", Cite: "/cite"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Names = %v, want %v", got, want)
	}
	for _, tt := range []struct {
		name string
		id   ID
		ok   bool
	}{
		{"/ask", Ask, true},
		{" /Country ", Country, true},
		{"/report", "", false}, // renamed away
		{"/serve", "", false},  // not a Slack command
	} {
		id, ok := got.Lookup(tt.name)
		if id != tt.id || ok != tt.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.name, id, ok, tt.id, tt.ok)
		}
	}
}

func ExampleTable_In() {
	for _, c := range New().In(Slack) {
		fmt.Printf("%-8s %s (%s, %s, %s)\n", c.Slash, c.Synopsis(), c.ConfigKey(), c.Env(), "--"+c.Flag())
	}
	// Output:
	// /report  ask [--json] [--batch] [--top N] [--explain] QUESTION (commands.report, REPORTBOT_COMMAND_REPORT, --command-report)
	// /country country [--json] [--batch] [--all] NAME (commands.country, REPORTBOT_COMMAND_COUNTRY, --command-country)
	// /company company [--json] [--batch] [--all] NAME (commands.company, REPORTBOT_COMMAND_COMPANY, --command-company)
	// /cite    cite [--format ko|apa|bibtex|all] [--json] [--batch] [--top N] CLAIM (commands.cite, REPORTBOT_COMMAND_CITE, --command-cite)
}

// BenchmarkLookup is what every slash command costs the bot to find its
// row: a look-up among the configured names.
func BenchmarkLookup(b *testing.B) {
	names := New().Names(Names{Cite: "/출처"})
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := names.Lookup(" /출처 "); !ok {
			b.Fatal("not found")
		}
	}
}

// BenchmarkNew is what building the table costs each consumer at start-up.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = New().Names(nil)
	}
}
