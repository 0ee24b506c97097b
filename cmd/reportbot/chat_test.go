package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/cmd/reportbot/term"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/index/question"
)

func TestChatJSON(t *testing.T) {
	in := strings.Join([]string{
		`{"conv": "a", "turn": 1, "q": "미국은 반도체법으로 얼마를 지원해?"}`,
		`{"conv": "b", "turn": 1, "q": "PaLM-E는 파라미터가 얼마나 돼?"}`,
		`{"conv": "a", "turn": 2, "q": "대만은?"}`,
		`not json at all`,
		`{"conv": "b", "turn": 2, "q": "그 모델은 어느 회사 거야?"}`,
		`{"conv": "c", "q": "대만은?"}`,
		`{"conv": 7, "q": ""}`,
		`{"conv": "d"}`,
		`{"conv": "a", "turn": 1, "q": "일본은?"}`,
	}, "\n") + "\n"
	r := runCLI(t, in, nil, "chat", "--json")
	if r.err != nil {
		t.Fatalf("chat --json: %v\n%s", r.err, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if got, want := len(lines), 9; got != want {
		t.Fatalf("got %d answer lines, want %d (one per input):\n%s", got, want, r.stdout)
	}
	tests := []struct {
		name       string
		line       int
		answered   bool
		understood string // "" means no follow-up reading
		err        bool
	}{
		{"first turn answered on its own", 0, true, "", false},
		{"another conversation's first turn", 1, true, "", false},
		{"ellipsis uses its own conversation", 2, true, "대만 · 반도체법", false},
		{"a bad line gets an error line", 3, false, "", true},
		{"anaphora uses its own conversation", 4, true, "PaLM-E · 모델 회사", false},
		{"a new conversation starts with no context", 5, true, "", false},
		{"an empty question", 6, false, "", true},
		{"a line without q", 7, false, "", true},
		{"turn 1 of a used id starts a new conversation", 8, true, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Answered   bool              `json:"answered"`
				Results    []json.RawMessage `json:"results"`
				Understood string            `json:"understood"`
				Error      string            `json:"error"`
			}
			if err := json.Unmarshal([]byte(lines[tc.line]), &got); err != nil {
				t.Fatalf("line %d is not JSON: %v: %s", tc.line+1, err, lines[tc.line])
			}
			if got.Results == nil {
				t.Errorf("got no results list, want a list (maybe empty)")
			}
			for _, raw := range got.Results {
				var res struct {
					Report string `json:"report"`
				}
				if err := json.Unmarshal(raw, &res); err != nil || res.Report != "수시연구 2024-08" {
					t.Errorf("got result report %q (%v), want the series number 수시연구 2024-08", res.Report, err)
				}
			}
			if got.Answered != tc.answered {
				t.Errorf("got answered %v, want %v: %s", got.Answered, tc.answered, lines[tc.line])
			}
			if tc.understood == "" && got.Understood != "" || !strings.Contains(got.Understood, tc.understood) {
				t.Errorf("got understood %q, want %q", got.Understood, tc.understood)
			}
			if (got.Error != "") != tc.err {
				t.Errorf("got error %q, want error %v", got.Error, tc.err)
			}
		})
	}
}

// TestChatJSONPeek: a line with "peek" is answered with that many results
// and leaves its conversation as it was, so the turn after it is read as it
// would be without it (the same message again would otherwise be read as a
// question asked again, on its own).
func TestChatJSONPeek(t *testing.T) {
	in := strings.Join([]string{
		`{"conv": "a", "turn": 1, "q": "미국은 반도체법으로 얼마를 지원해?"}`,
		`{"conv": "a", "turn": 2, "q": "대만은?", "peek": 10}`,
		`{"conv": "a", "turn": 2, "q": "대만은?"}`,
		`{"conv": "b", "turn": 1, "q": "미국은 반도체법으로 얼마를 지원해?"}`,
		`{"conv": "b", "turn": 2, "q": "대만은?"}`,
		`{"conv": "b", "turn": 3, "q": "일본은?", "peek": 11}`,
	}, "\n") + "\n"
	r := runCLI(t, in, nil, "chat", "--json")
	if r.err != nil {
		t.Fatalf("chat --json: %v\n%s", r.err, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if got, want := len(lines), 6; got != want {
		t.Fatalf("got %d answer lines, want %d (one per input):\n%s", got, want, r.stdout)
	}
	type line struct {
		Results    []json.RawMessage `json:"results"`
		Understood string            `json:"understood"`
		Asked      string            `json:"asked"`
		Error      string            `json:"error"`
	}
	var got [6]line
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &got[i]); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, l)
		}
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"a peek shows more results than a turn", len(got[1].Results) > 3, true},
		{"a peek reads the follow-up as the turn does", got[1].Understood, got[2].Understood},
		{"the turn after a peek is read as without it", got[2].Understood + " | " + got[2].Asked, got[4].Understood + " | " + got[4].Asked},
		{"the turn after a peek shows what it would without it", string(got[2].Results[0]), string(got[4].Results[0])},
		{"a peek out of range is an error line", got[5].Error != "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

func TestChatCommands(t *testing.T) {
	in := "help\n/nope\n미국은 반도체법으로 얼마를 지원해?\n대만은?\n새 질문\n대만은?\n/country 일본\n/company 엔비디아\n/cite 2018년 수립한 국가 AI 전략을 2020년 개정\nquit\nISBN 알려줘\n"
	r := runCLI(t, in, nil, "chat")
	if r.err != nil {
		t.Fatalf("chat: %v", r.err)
	}
	tests := []struct {
		name, want string
		count      int
	}{
		{"help", "/country [--all] 이름", 1},
		{"a follow-up shows its reading once", "이해한 질문: 대만 · 반도체법", 1},
		{"new starts over", "새 대화를 시작합니다", 1},
		{"/country", "일본", 1},
		{"/company", "엔비디아", 1},
		{"/cite", "인용", 1},
		{"an unknown slash command", "알 수 없는 명령", 1},
		{"quit stops reading", "978-89-6112-977-0", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Count(r.stdout, tc.want); (tc.count == 0) != (got == 0) {
				t.Errorf("got %q %d times, want %d:\n%s", tc.want, got, tc.count, r.stdout)
			}
		})
	}
}

// TestChatCommandsFromTheTable: the chat's own commands, its help and its
// reply to an unknown command name them as the command table does, so a
// command renamed there is offered under its new name alone.
func TestChatCommandsFromTheTable(t *testing.T) {
	eng, _, err := loadEngine(source{})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	names := commands.New().Names(commands.Names{commands.Country: "/nara", commands.Cite: "/quote"})
	in := "help\n/nara 일본\n/country 일본\n/quote 2018년 수립한 국가 AI 전략을 2020년 개정\n/nara --all 일본\n"
	var out strings.Builder
	if err := chatPrompt(context.Background(), eng, newPlainConsole(strings.NewReader(in), &out), 3, names); err != nil {
		t.Fatalf("chat: %v", err)
	}
	got := out.String()
	tests := []struct {
		name, want string
		count      int
	}{
		{"help names the renamed commands", "/nara [--all] 이름, /company [--all] 이름, /quote 문장 — 요약과 인용", 1},
		{"the renamed command runs", "일본 (Japan) — 보고서가 말하는 내용", 2},
		{"the old name is unknown, and the reply lists the new ones", "알 수 없는 명령입니다: /country (/nara, /company, /quote 중 하나를 쓰세요)", 1},
		{"a short summary points to --all", "--all로 모두 볼 수 있습니다.", 1},
		{"--all shows every item", "전체 10개 항목\n", 1},
		{"the renamed cite runs", "1. 3.2 AI 소프트웨어 분야 초격차 확보 정책 현황 분석 (34–42쪽)", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := strings.Count(got, tc.want); n != tc.count {
				t.Errorf("got %q %d times, want %d:\n%s", tc.want, n, tc.count, got)
			}
		})
	}
}

// TestChatPipedGolden pins what chat prints when stdin and stdout are not a
// terminal: the plain prompt, no line editing, no escape codes, no wrapping,
// and an over-long question refused as it always was. The inputs stay with
// commands and refusals so that a change to how questions are answered does
// not move these files.
func TestChatPipedGolden(t *testing.T) {
	long := strings.Repeat("반도체 보조금 규모 ", 120)
	tests := []struct {
		name, file, in string
		args           []string
	}{
		{"commands, a blank line, a refused long question and quit", "chat-piped.golden",
			"help\n\n/nope\n" + long + "\nnew\n종료\nISBN 알려줘\n", []string{"chat"}},
		{"the last line without a newline", "chat-piped-eof.golden",
			"/nope\n   \nhelp", []string{"chat"}},
		{"json lines", "chat-json-piped.golden",
			"not json\n{\"conv\": \"a\", \"q\": \"" + long + "\"}\n{\"conv\": \"b\"}\n", []string{"chat", "--json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.in, nil, tc.args...)
			if r.err != nil {
				t.Fatalf("%q: %v\n%s", tc.args, r.err, r.stderr)
			}
			if strings.Contains(r.stdout, "\x1b") {
				t.Errorf("got an escape code in piped output:\n%q", r.stdout)
			}
			golden(t, tc.file, r.stdout)
		})
	}
}

// TestChatWrapGolden pins how the terminal chat lays a reply out: Korean
// and English quotes wrapped by display width, "   > " repeated on a
// quote's continuation lines, a numbered result and a bullet indented to
// their text, source lines keeping their indent, and URLs whole, one longer
// than the width on its own line.
func TestChatWrapGolden(t *testing.T) {
	reply, err := os.ReadFile(filepath.Join("testdata", "chat-wrap-reply.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		width int
		file  string
	}{
		{"40 columns", 40, "chat-wrap-40.golden"},
		{"80 columns", 80, "chat-wrap-80.golden"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			con := &termConsole{out: &out, width: func() int { return tc.width }}
			con.Show(string(reply))
			got := out.String()
			for _, line := range strings.Split(got, "\n") {
				if w := term.Width(line); w > tc.width && !strings.Contains(line, "://") {
					t.Errorf("got a line of %d columns, want at most %d: %q", w, tc.width, line)
				}
			}
			golden(t, tc.file, got)
		})
	}
}

// TestChatTerminal runs the chat on an in-memory terminal 40 columns wide:
// the Up arrow asks the last question again, a pasted question over the
// limit is cut with a notice and still answered, and replies are wrapped.
func TestChatTerminal(t *testing.T) {
	eng, _, err := loadEngine(source{})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	paste := "미국 반도체법 지원 규모는? " + strings.Repeat("미국은 반도체과학법으로 자국 내 반도체 제조역량 강화를 위해 투자를 지원한다. ", 40)
	if n := utf8.RuneCountInString(paste); n <= question.MaxRunes {
		t.Fatalf("the paste has %d runes, want more than %d", n, question.MaxRunes)
	}
	keys := "ISBN 알려줘\r" + "\x1b[A\r" + paste + "\r" + "quit\r" + "never asked\r"
	var screen lockedBuffer // written by the editor's goroutines and the chat
	const width = 40
	tc := term.Config{In: strings.NewReader(keys), Out: &screen, Width: func() int { return width }}
	if err := chatTerminal(context.Background(), eng, tc, 3, commands.New().Names(nil)); err != nil {
		t.Fatalf("chat: %v", err)
	}
	out := screen.String()
	_, afterPaste, _ := strings.Cut(out, "질문이 너무 길어(")
	tests := []struct {
		name string
		ok   bool
	}{
		{"the editor draws the line (escape codes)", strings.Contains(out, "\x1b[")},
		{"the question and its recall from history are both answered", strings.Count(out, "978-89-6112-977-0") >= 2},
		{"a long paste gets a notice", afterPaste != ""},
		{"the notice says how much is asked", strings.Contains(afterPaste, fmt.Sprintf("자) 앞의 %d자만", utf8.RuneCountInString(mustCut(t, paste))))},
		{"the cut question is answered", strings.Contains(afterPaste, "\n1. ") && strings.Contains(afterPaste, "   > ")},
		{"the cut question is not refused", !strings.Contains(out, "질문이 너무 깁니다")},
		{"quit ends the chat", !strings.Contains(out, "never asked")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("got false, want true; the screen:\n%s", out)
			}
		})
	}
	t.Run("replies are wrapped to the width", func(t *testing.T) {
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "\x1b") || strings.Contains(line, "://") {
				continue
			}
			if w := term.Width(line); w > width {
				t.Errorf("got a line of %d columns, want at most %d: %q", w, width, line)
			}
		}
	})
}

func mustCut(t *testing.T, q string) string {
	t.Helper()
	cut, ok := cutQuestion(q, question.MaxRunes)
	if !ok {
		t.Fatalf("cutQuestion did not cut %d runes", utf8.RuneCountInString(q))
	}
	return cut
}

func TestCutQuestion(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		limit  int
		want   string
		wantOK bool
	}{
		{"under the limit", "대만은?", 10, "대만은?", false},
		{"at the limit", "0123456789", 10, "0123456789", false},
		{"cut at the last space", "가나다 라마바 사아자", 9, "가나다 라마바", true},
		{"a space right at the limit", "가나다 라마바 사아자", 7, "가나다 라마바", true},
		{"no space in the second half: cut at the limit", "가 나다라마바사아자차카", 8, "가 나다라마바사", true},
		{"trailing spaces go", "ab    cdefgh", 6, "ab", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cutQuestion(tc.q, tc.limit)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("cutQuestion(%q, %d) = %q, %v, want %q, %v", tc.q, tc.limit, got, ok, tc.want, tc.wantOK)
			}
			if n := utf8.RuneCountInString(got); n > tc.limit {
				t.Errorf("got %d runes, want at most %d", n, tc.limit)
			}
		})
	}
}
