package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/config/commands"
)

// TestSlashCommandsFromTable posts every slash command of the command
// table, under its default name and under a name the configuration gave
// it, and checks that the engine behind it got the text: the bot's slash
// commands are the table's, not a list of its own. Under a new name, the
// old one is unknown.
func TestSlashCommandsFromTable(t *testing.T) {
	// What each command is asked, and which fake should hear it.
	inputs := map[commands.ID]struct {
		text  string
		heard func(h *harness, sum *fakeSummarizer, cit *fakeCiter) []string
	}{
		commands.Ask:     {"미국 반도체법 지원 규모는?", func(h *harness, _ *fakeSummarizer, _ *fakeCiter) []string { return h.searcher.asked() }},
		commands.Country: {"일본", func(_ *harness, sum *fakeSummarizer, _ *fakeCiter) []string { return sum.names() }},
		commands.Company: {"SK hynix", func(_ *harness, sum *fakeSummarizer, _ *fakeCiter) []string { return sum.names() }},
		commands.Cite:    {claimTSMC, func(_ *harness, _ *fakeSummarizer, cit *fakeCiter) []string { return cit.asked() }},
	}
	slash := commands.New().In(commands.Slack)
	renamed := commands.Names{}
	for _, c := range slash {
		renamed[c.ID] = "/x-" + c.Key()
	}
	for _, c := range slash {
		in, ok := inputs[c.ID]
		if !ok {
			t.Errorf("slash command %s is in the table but this test has no input for it", c.Slash)
			continue
		}
		for _, names := range []commands.Names{nil, renamed} {
			name := c.Slash
			if names != nil {
				name = names[c.ID]
			}
			t.Run(strings.TrimPrefix(name, "/"), func(t *testing.T) {
				h, sum, cit := featureHarness(t, func(o *Options) { o.Commands = names })
				h.postCommand(t, strings.ToUpper(name), in.text, "U1", "C1", "r")
				if names != nil {
					h.postCommand(t, c.Slash, in.text, "U1", "C1", "old")
				}
				h.bot.Wait()
				got := h.slack.snapshotResponses("r")
				if len(got) != 1 {
					t.Fatalf("got %d responses, want 1", len(got))
				}
				if shown := shownText(got[0].Blocks); strings.Contains(shown, "알 수 없는 명령") || strings.Contains(shown, "don't know that command") {
					t.Errorf("%s was taken for an unknown command:\n%s", name, shown)
				}
				if heard := in.heard(h, sum, cit); !slices.ContainsFunc(heard, func(s string) bool { return strings.HasSuffix(s, in.text) }) {
					t.Errorf("%s: the engine heard %q, want %q", name, heard, in.text)
				}
				if names == nil {
					return
				}
				old := h.slack.snapshotResponses("old")
				if len(old) != 1 || !strings.Contains(shownText(old[0].Blocks), "알 수 없는 명령") {
					t.Errorf("%s after renaming it to %s: got %+v, want the unknown-command notice", c.Slash, name, old)
				}
			})
		}
	}
}

// TestEveryFeatureWired checks that each slash command of the table other
// than the question's has a feature slot in a scope's engines, so that a
// row added to the table cannot fall through to answering its text as a
// question.
func TestEveryFeatureWired(t *testing.T) {
	eng := newEngines(nil, nil, nil, nil, nil, nil)
	for _, c := range commands.New().In(commands.Slack) {
		if _, ok := eng.features[c.ID]; !ok && c.ID != commands.Ask {
			t.Errorf("slash command %s has no feature in the bot", c.Slash)
		}
	}
}
