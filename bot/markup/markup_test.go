package markup_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/bot/markup"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"own mention removed", "<@UBOT> AI 반도체 정책은?", "AI 반도체 정책은?"},
		{"mention with label removed", "<@UBOT|reportbot> hello", "hello"},
		{"other user removed", "<@U123|kim> 에게 물어봐", "에게 물어봐"},
		{"other user without label", "ask <@U123>", "ask"},
		{"link with label", "see <http://x.example/a|the paper> please", "see the paper please"},
		{"bare link", "<https://x.example/a>", "https://x.example/a"},
		{"mailto", "<mailto:a@b.example|a@b.example>", "a@b.example"},
		{"channel", "in <#C42|general>", "in #general"},
		{"broadcast", "<!here> what?", "what?"},
		{"subteam", "<!subteam^S1|@devs> hi", "hi"},
		{"date keeps its fallback", "<!date^1392734382^{date}|Feb 18, 2014> 발표", "Feb 18, 2014 발표"},
		{"entities", "R&amp;D &lt;AI&gt; &amp;lt;", "R&D <AI> &lt;"},
		{"whitespace collapsed", "  a \n\t b  ", "a b"},
		{"only markup", "<@UBOT> <!channel>", ""},
		{"emoji", "HBM3E 언제 나왔어? :thinking_face: :+1::skin-tone-2:", "HBM3E 언제 나왔어?"},
		{"time is not emoji", "10:30 회의", "10:30 회의"},
		{"bold", "*TSMC* 패키징", "TSMC 패키징"},
		{"italic and strike", "_HBM3E_ 양산 ~2023년~", "HBM3E 양산 2023년"},
		{"range kept", "70~80% 확대", "70~80% 확대"},
		{"code and quote", "> `HBM4` 양산", "HBM4 양산"},
		{"control characters", "a\x00b\x07c", "a b c"},
		{"garbage stays text", "<<>>< >", "<>"},
	}
	c := markup.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"<@U1> hi", "<#C1|x>", "*a* _b_ ~c~", ":x: y", "&amp;&lt;", "> q"} {
		f.Add(s)
	}
	c := markup.New()
	f.Fuzz(func(t *testing.T, s string) {
		once := c.Clean(s)
		if twice := c.Clean(once); len(twice) > len(once) {
			t.Errorf("Clean grew cleaned text: %q → %q", once, twice)
		}
	})
}
