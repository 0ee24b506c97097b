package bot

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/bot/store/storetest"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// The reports of the library tests: the embedded one and the two
// fictional reports of corpus/testdata/reports, as replies name them.
const (
	seriesAI, seriesQuantum, seriesBattery = "수시연구 2024-08", "정책연구 2031-03", "정책연구 2032-07"
	nameAI                                 = "AI 초격차 전략 수립 연구 (2024)"
	nameQuantum                            = "가상 양자기술 협력 전략 연구 (2031)"
	nameBattery                            = "가상 ESS 배터리 공급망 정책 연구 (2032)"
	several                                = "여러 보고서가 답합니다"
	understoodLine                         = "이해한 질문"
	// scopedChannel may search the quantum report alone.
	scopedChannel = "CQUANT"
)

// library is the three reports loaded as `reportbot serve --report …`
// loads them, and how they are wired into a bot.
type library struct {
	all     *shelf.Shelf
	names   []present.ReportName
	scopes  map[string]Scope
	reports map[string]*shelf.Report
}

// loadLibrary loads the embedded report, good.txt and third.txt, and
// scopes scopedChannel to the quantum report (channel_reports in the
// config).
func loadLibrary(t *testing.T) *library {
	t.Helper()
	lib := &library{reports: map[string]*shelf.Report{}}
	var reports []*shelf.Report
	for _, f := range []string{"", "good.txt", "third.txt"} {
		path := f
		if f != "" {
			path = filepath.Join("..", "corpus", "testdata", "reports", f)
		}
		x, err := search.Load(path, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := shelf.NewReport(x)
		reports = append(reports, r)
		lib.reports[r.Series()] = r
		lib.names = append(lib.names, present.NameReport(x.Document().Meta))
	}
	all, err := shelf.New(reports...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { all.Close() })
	lib.all = all
	quantum, err := all.Only("2031-03")
	if err != nil {
		t.Fatal(err)
	}
	lib.scopes = map[string]Scope{scopedChannel: {
		Reports: quantum.Series(), Searcher: quantum, Dialog: quantum,
		Country: NewCountryCommand(quantum), Company: NewCompanyCommand(quantum), Cite: NewCiteCommand(quantum),
	}}
	return lib
}

// wire is a harness tweak that serves the library as serve does.
func (lib *library) wire(extra func(*Options)) func(*Options) {
	return func(o *Options) {
		o.Searcher, o.Dialog = lib.all, lib.all
		o.Country, o.Company, o.Cite = NewCountryCommand(lib.all), NewCompanyCommand(lib.all), NewCiteCommand(lib.all)
		o.Reports, o.Scopes = lib.names, lib.scopes
		o.RateLimit = 0
		if extra != nil {
			extra(o)
		}
	}
}

// ask sends a question as a slash command or a mention and returns the
// replies as shown, once every answer is delivered.
func ask(t *testing.T, h *harness, how, channel, question, id string) []string {
	t.Helper()
	switch how {
	case "command":
		if status, body := h.postCommand(t, "/report", question, "U1", channel, id); status != 200 {
			t.Fatalf("command: status %d (%s)", status, body)
		}
		h.bot.Wait()
		var out []string
		for _, r := range h.slack.snapshotResponses(id) {
			out = append(out, shownText(r.Blocks))
		}
		return out
	case "mention":
		if status, body := h.postEvent(t, threadEvent("Ev"+id, channel, "U1", id, "", "<@UBOT> "+question, true), nil); status != 200 {
			t.Fatalf("mention: status %d (%s)", status, body)
		}
		h.bot.Wait()
		return postsIn(h, channel, id)
	}
	t.Fatalf("unknown way of asking %q", how)
	return nil
}

// TestSeveralReportsNameTheirReport asks the bot serving three reports
// through signed slash commands and mentions: every reply names the report
// it quotes by short title and year, says when several answer, and a
// decline names the reports it searched.
func TestSeveralReportsNameTheirReport(t *testing.T) {
	lib := loadLibrary(t)
	tests := []struct {
		name, how, question string
		want, notWant       []string
	}{
		{"a figure of the quantum report, which others answer too", "command", "독일은 얼마를 지원해?",
			[]string{nameQuantum, several, "30억 유로"}, nil},
		{"a question the battery report alone answers", "command", "ESS 배터리 공급망에서 리튬 조달은?",
			[]string{nameBattery}, []string{several, nameAI}},
		{"a mention about the embedded report", "mention", "일본 반도체 보조금 얼마야?",
			[]string{nameAI, "4조엔"}, nil},
		{"a question that names its report", "command", "2031-03 보고서에서 IBM은 뭘 공개했어?",
			[]string{nameQuantum}, []string{several, nameAI}},
		{"a question no report answers", "command", "주차 등록은 어떻게 해?",
			[]string{"찾아본 보고서: " + nameAI + ", " + nameQuantum + ", " + nameBattery}, nil},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, lib.wire(nil))
			got := ask(t, h, tt.how, "C1", tt.question, "1"+strings.Repeat("0", i)+".1")
			if len(got) != 1 {
				t.Fatalf("got %d replies, want 1", len(got))
			}
			for _, w := range tt.want {
				if !strings.Contains(got[0], w) {
					t.Errorf("reply lacks %q:\n%s", w, got[0])
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got[0], w) {
					t.Errorf("reply holds %q:\n%s", w, got[0])
				}
			}
		})
	}
}

// TestSeveralReportsThreadFollowUps holds two threads in one channel at
// once: each follow-up goes on in the report that answered its thread, and
// the store keeps every report's dialog of each thread.
func TestSeveralReportsThreadFollowUps(t *testing.T) {
	lib := loadLibrary(t)
	mem := store.NewMemory(store.Options{})
	h := newHarness(t, lib.wire(func(o *Options) { o.Store = &store.Bundle{Conversations: mem.Conversations} }))
	steps := []struct {
		ts, thread, text string
		want             []string
		followUp         bool
	}{
		{"100.1", "", "<@UBOT> 독일 양자기술 실행계획 지원 규모는?", []string{nameQuantum, "30억 유로"}, false},
		{"200.1", "", "<@UBOT> 일본 반도체 보조금 얼마야?", []string{nameAI, "4조엔"}, false},
		{"100.2", "100.1", "<@UBOT> 출처는?", []string{nameQuantum, "독일"}, true},
		{"200.2", "200.1", "<@UBOT> 대만은?", []string{nameAI, "대만"}, true},
	}
	for _, s := range steps {
		h.postEvent(t, threadEvent("Ev"+s.ts, "C1", "U1", s.ts, s.thread, s.text, true), nil)
		h.bot.Wait()
		root := s.thread
		if root == "" {
			root = s.ts
		}
		replies := postsIn(h, "C1", root)
		if len(replies) == 0 {
			t.Fatalf("%s: no reply in thread %s", s.ts, root)
		}
		got := replies[len(replies)-1]
		for _, w := range s.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s (%s): reply lacks %q:\n%s", s.ts, s.text, w, got)
			}
		}
		if has := strings.Contains(got, understoodLine); has != s.followUp {
			t.Errorf("%s: understood line %v, want %v:\n%s", s.ts, has, s.followUp, got)
		}
	}
	wantLead := map[string]string{"100.1": seriesQuantum, "200.1": seriesAI}
	for root, lead := range wantLead {
		raw, ok, err := mem.Conversations.Get(context.Background(), keyConversation+"C1/"+root)
		if err != nil || !ok {
			t.Fatalf("thread %s: no stored conversation (ok %v, err %v)", root, ok, err)
		}
		st, err := shelf.Unmarshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := st.Led(); got != lead {
			t.Errorf("thread %s: stored lead %q, want %q", root, got, lead)
		}
		for _, series := range []string{seriesAI, seriesQuantum, seriesBattery} {
			if got := len(st.Report(series).Turns); got != 2 {
				t.Errorf("thread %s: %s keeps %d turns, want 2", root, series, got)
			}
		}
	}
}

// TestScopedChannel scopes a channel to the quantum report: questions,
// summaries and citations there search it alone, while another channel
// searches every report.
func TestScopedChannel(t *testing.T) {
	lib := loadLibrary(t)
	tests := []struct {
		name, channel, command, text string
		wantReplies                  int
		want, notWant                []string
	}{
		{"a question about the embedded report, in an open channel", "C1", "/report", "일본 반도체 보조금 얼마야?", 1,
			[]string{nameAI}, nil},
		{"the same question in the scoped channel", scopedChannel, "/report", "일본 반도체 보조금 얼마야?", 1,
			nil, []string{nameAI, nameBattery, "4조엔"}},
		{"a question about the quantum report in the scoped channel", scopedChannel, "/report", "독일 양자기술 실행계획 지원 규모는?", 1,
			[]string{nameQuantum, "30억 유로"}, []string{several, nameAI}},
		{"help in the scoped channel names its report", scopedChannel, "/report", "help", 1,
			[]string{nameQuantum}, []string{nameAI}},
		{"a country, in an open channel: one reply per report", "C1", "/country", "미국", 3,
			[]string{nameAI, nameQuantum, nameBattery}, nil},
		{"a country in the scoped channel", scopedChannel, "/country", "미국", 1,
			[]string{nameQuantum}, []string{nameAI, nameBattery}},
		{"a claim of the quantum report, in an open channel", "C1", "/cite", "독일은 양자기술 실행계획에 따라 30억 유로를 지원한다", 1,
			[]string{nameQuantum, "가상 양자기술 협력 전략 연구"}, []string{nameAI}},
		{"a claim of the battery report in the scoped channel", scopedChannel, "/cite", "ESS 배터리 국내 생산에 10년간 지원", 1,
			nil, []string{nameBattery, "가상 ESS 배터리 공급망 정책 연구"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, lib.wire(nil))
			id := "scope-" + string(rune('a'+i))
			if status, body := h.postCommand(t, tt.command, tt.text, "U1", tt.channel, id); status != 200 {
				t.Fatalf("status %d (%s)", status, body)
			}
			h.bot.Wait()
			replies := h.slack.snapshotResponses(id)
			if len(replies) != tt.wantReplies {
				t.Fatalf("got %d replies, want %d", len(replies), tt.wantReplies)
			}
			var shown []string
			for _, r := range replies {
				shown = append(shown, shownText(r.Blocks))
			}
			all := strings.Join(shown, "\n----\n")
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("replies lack %q:\n%s", w, all)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(all, w) {
					t.Errorf("replies hold %q:\n%s", w, all)
				}
			}
		})
	}
	t.Run("a mention in the scoped channel", func(t *testing.T) {
		h := newHarness(t, lib.wire(nil))
		got := ask(t, h, "mention", scopedChannel, "IBM은 뭘 공개했어?", "700.1")
		if len(got) != 1 || !strings.Contains(got[0], nameQuantum) || strings.Contains(got[0], nameAI) {
			t.Errorf("got %q, want one reply from the quantum report alone", got)
		}
	})
	t.Run("Show all under one report's summary shows that report's", func(t *testing.T) {
		h := newHarness(t, lib.wire(nil))
		if status, _ := h.postCommand(t, "/country", "미국", "U1", "C1", "all-1"); status != 200 {
			t.Fatalf("status %d", status)
		}
		h.bot.Wait()
		var value string
		for _, r := range h.slack.snapshotResponses("all-1") {
			if v, ok := buttonValueIn(t, r.Blocks, present.ActionAll); ok && strings.Contains(shownText(r.Blocks), nameAI) {
				value = v
			}
		}
		if value == "" {
			t.Fatal("the embedded report's US summary has no Show all button")
		}
		var v present.ButtonValue
		if err := json.Unmarshal([]byte(value), &v); err != nil || v.Report != seriesAI {
			t.Fatalf("Show all carries %q (%v), want the report %s", value, err, seriesAI)
		}
		if status, _ := h.postClick(t, present.ActionAll, value, "U1", "C1", "all-2"); status != 200 {
			t.Fatalf("click status %d", status)
		}
		h.bot.Wait()
		replies := h.slack.snapshotResponses("all-2")
		if len(replies) == 0 {
			t.Fatal("Show all made no reply")
		}
		for i, r := range replies {
			if got := shownText(r.Blocks); !strings.Contains(got, nameAI) || strings.Contains(got, nameQuantum) {
				t.Errorf("Show all message %d does not name the embedded report alone:\n%s", i+1, got)
			}
		}
	})
}

// singleReportState is a thread's conversation as the bot serving one
// report stored it before several could be served: index/dialog's State,
// one turn, as its Marshal wrote it.
func singleReportState(t *testing.T, r *shelf.Report, ts, q string) []byte {
	t.Helper()
	rep, err := r.Dialog().Reply(context.Background(), dialog.State{}, question.Plain(q), present.ResultsPerPage*2)
	if err != nil {
		t.Fatal(err)
	}
	rep.Turn.ID, rep.Turn.At = ts, 1_700_000_000
	var st dialog.State
	st.Add(rep.Turn, r.Dialog().Params().MaxTurns)
	raw, err := st.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestStoredStateOfTheSingleReportBot puts a conversation as the
// single-report bot stored it where the bot finds it, and follows it up:
// it goes on in its report, in the memory store and in Redis alike, with
// one bot or several reports; where its report is not searched, or the
// bytes are of no version the bot reads, the thread starts over, saying so
// in the log, and is answered.
func TestStoredStateOfTheSingleReportBot(t *testing.T) {
	lib := loadLibrary(t)
	one, err := shelf.New(lib.reports[seriesAI])
	if err != nil {
		t.Fatal(err)
	}
	legacy := singleReportState(t, lib.reports[seriesAI], "800.1", "미국은 반도체법으로 얼마를 지원해?")
	onlyEmbedded := func(o *Options) {
		o.Searcher, o.Dialog, o.Reports, o.Scopes = one, one, nil, nil
	}
	tests := []struct {
		name     string
		store    string // "memory" or "redis"
		wire     func(*Options)
		channel  string
		stored   []byte
		followUp bool
		wantLog  string
		want     string
	}{
		{"one report, memory store", "memory", onlyEmbedded, "C1", legacy, true,
			"conversation stored by the single-report bot; it goes on in its report", "대만"},
		{"several reports, memory store", "memory", nil, "C1", legacy, true,
			"conversation stored by the single-report bot; it goes on in its report", nameAI},
		{"several reports, Redis", "redis", nil, "C1", legacy, true,
			"conversation stored by the single-report bot; it goes on in its report", nameAI},
		{"a channel that does not search its report", "memory", nil, scopedChannel, legacy, false,
			"conversation stored by the single-report bot fits none of the reports loaded; starting over", ""},
		{"a state of a later version", "memory", nil, "C1", []byte(`{"v":9,"reports":{}}`), false,
			"stored conversation does not decode; starting over", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var convs store.Conversations
			switch tt.store {
			case "redis":
				b, err := store.Open(context.Background(), storetest.Start(t, "").URL(), store.Options{})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { b.Close() })
				convs = b.Conversations
			default:
				convs = store.NewMemory(store.Options{}).Conversations
			}
			if err := convs.Put(context.Background(), keyConversation+tt.channel+"/800.1", tt.stored); err != nil {
				t.Fatal(err)
			}
			h := newHarness(t, lib.wire(func(o *Options) {
				o.Store = &store.Bundle{Conversations: convs}
				if tt.wire != nil {
					tt.wire(o)
				}
			}))
			h.postEvent(t, threadEvent("Ev800.2", tt.channel, "U1", "800.2", "800.1", "<@UBOT> 대만은?", true), nil)
			h.bot.Wait()
			got := postsIn(h, tt.channel, "800.1")
			if len(got) != 1 {
				t.Fatalf("got %d replies, want 1", len(got))
			}
			if has := strings.Contains(got[0], understoodLine); has != tt.followUp {
				t.Errorf("answered as a follow-up: %v, want %v:\n%s", has, tt.followUp, got[0])
			}
			if !strings.Contains(got[0], tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, got[0])
			}
			if logs := h.logs.String(); !strings.Contains(logs, tt.wantLog) {
				t.Errorf("the log lacks %q:\n%s", tt.wantLog, logs)
			}
			raw, ok, err := convs.Get(context.Background(), keyConversation+tt.channel+"/800.1")
			if err != nil || !ok {
				t.Fatalf("no conversation stored after the reply (ok %v, err %v)", ok, err)
			}
			st, err := shelf.Unmarshal(raw)
			if err != nil || st.Legacy() {
				t.Errorf("stored anew as %s (err %v), want this version's state", raw, err)
			}
		})
	}
}
