package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/index/answer"
)

// shownText collects every "text" string in Block Kit JSON: what a person sees.
func shownText(raw json.RawMessage) string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "<unparseable: " + err.Error() + ">"
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "text" {
					out = append(out, s)
				} else {
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return strings.Join(out, "\n")
}

func TestSignedRequestsOnly(t *testing.T) {
	h := newHarness(t, nil)
	now := time.Now().Unix()
	challenge := []byte(`{"type":"url_verification","challenge":"c-123","token":"x"}`)
	cmdBody := []byte(url.Values{"command": {"/report"}, "text": {"AI"}, "user_id": {"U1"}, "channel_id": {"C1"},
		"response_url": {h.slack.responseURL("sig")}}.Encode())
	events, commands, interactions := h.srv.URL+"/slack/events", h.srv.URL+"/slack/commands", h.srv.URL+"/slack/interactions"
	const form = "application/x-www-form-urlencoded"

	tests := []struct {
		name       string
		req        func() *http.Request
		wantStatus int
		wantBody   string
	}{
		{"valid url_verification", func() *http.Request {
			return signedRequest(t, h.secret, events, "application/json", challenge, now)
		}, 200, "c-123"},
		{"forged with another secret", func() *http.Request {
			return signedRequest(t, "0000aaaa0000aaaa0000aaaa0000aaaa", commands, form, cmdBody, now)
		}, 401, ""},
		{"body changed after signing", func() *http.Request {
			r := signedRequest(t, h.secret, commands, form, cmdBody, now)
			r.Body = http.NoBody
			r.ContentLength = 0
			return r
		}, 401, ""},
		{"unsigned", func() *http.Request {
			r := signedRequest(t, h.secret, commands, form, cmdBody, now)
			r.Header.Del("X-Slack-Signature")
			r.Header.Del("X-Slack-Request-Timestamp")
			return r
		}, 401, ""},
		{"signature not v0", func() *http.Request {
			r := signedRequest(t, h.secret, commands, form, cmdBody, now)
			r.Header.Set("X-Slack-Signature", "v1=abcdef")
			return r
		}, 401, ""},
		{"timestamp not a number", func() *http.Request {
			r := signedRequest(t, h.secret, commands, form, cmdBody, now)
			r.Header.Set("X-Slack-Request-Timestamp", "soon")
			return r
		}, 401, ""},
		{"stale by six minutes", func() *http.Request {
			return signedRequest(t, h.secret, commands, form, cmdBody, now-360)
		}, 401, ""},
		{"from the future", func() *http.Request {
			return signedRequest(t, h.secret, commands, form, cmdBody, now+360)
		}, 401, ""},
		{"oversized", func() *http.Request {
			big := []byte("command=%2Freport&text=" + strings.Repeat("a", 300<<10))
			return signedRequest(t, h.secret, commands, form, big, now)
		}, 400, ""},
		{"malformed event JSON", func() *http.Request {
			return signedRequest(t, h.secret, events, "application/json", []byte(`{"type":`), now)
		}, 400, ""},
		{"malformed command form", func() *http.Request {
			return signedRequest(t, h.secret, commands, form, []byte("command=%zz&text=%"), now)
		}, 400, ""},
		{"command form without a command", func() *http.Request {
			return signedRequest(t, h.secret, commands, form, []byte("text=hello"), now)
		}, 400, ""},
		{"interaction without payload", func() *http.Request {
			return signedRequest(t, h.secret, interactions, form, []byte("foo=bar"), now)
		}, 400, ""},
		{"interaction payload not JSON", func() *http.Request {
			return signedRequest(t, h.secret, interactions, form, []byte("payload=%7Bnope"), now)
		}, 400, ""},
		{"wrong method", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, events, nil)
			return r
		}, 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := do(t, h.srv.Client(), tt.req())
			if status != tt.wantStatus {
				t.Errorf("status = %d, want %d (body %q)", status, tt.wantStatus, body)
			}
			if tt.wantBody != "" && body != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
		})
	}
	h.bot.Wait()
	if got := h.searcher.asked(); len(got) != 0 {
		t.Errorf("rejected requests caused searches: %q", got)
	}
	if got := h.slack.snapshotResponses("sig"); len(got) != 0 {
		t.Errorf("rejected requests caused %d replies", len(got))
	}
}

func TestReplayedSignatureRejected(t *testing.T) {
	h := newHarness(t, nil)
	body := []byte(url.Values{"command": {"/report"}, "text": {"AI 반도체"}, "user_id": {"U1"}, "channel_id": {"C1"},
		"response_url": {h.slack.responseURL("replay")}}.Encode())
	ts := time.Now().Unix()
	first := signedRequest(t, h.secret, h.srv.URL+"/slack/commands", "application/x-www-form-urlencoded", body, ts)
	again := signedRequest(t, h.secret, h.srv.URL+"/slack/commands", "application/x-www-form-urlencoded", body, ts)
	if status, _ := do(t, h.srv.Client(), first); status != 200 {
		t.Fatalf("first delivery: status %d, want 200", status)
	}
	if status, _ := do(t, h.srv.Client(), again); status != 401 {
		t.Errorf("replay: status %d, want 401", status)
	}
	h.bot.Wait()
	if got := len(h.slack.snapshotResponses("replay")); got != 1 {
		t.Errorf("answered %d times, want once", got)
	}
}

func TestConversations(t *testing.T) {
	tests := []struct {
		name       string
		event      string
		wantThread string
		wantAsk    string
		wantChan   string
	}{
		{"mention in channel answers in a thread", mentionEvent("Ev1", "C1", "U1", "111.1", "<@UBOT> AI 반도체 정책은?"), "111.1", "AI 반도체 정책은?", "C1"},
		{"mention inside a thread stays there", func() string {
			var m map[string]any
			_ = json.Unmarshal([]byte(mentionEvent("Ev2", "C1", "U1", "222.2", "<@UBOT> and China?")), &m)
			m["event"].(map[string]any)["thread_ts"] = "200.0"
			b, _ := json.Marshal(m)
			return string(b)
		}(), "200.0", "and China?", "C1"},
		{"direct message answered directly", dmEvent("Ev3", "D1", "U1", "333.3", "What about &lt;talent&gt; &amp; <https://x.example|links>?", nil), "", "What about <talent> & links?", "D1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			if status, _ := h.postEvent(t, tt.event, nil); status != 200 {
				t.Fatalf("status %d", status)
			}
			h.bot.Wait()
			posts := h.slack.snapshotPosts()
			if len(posts) != 1 {
				t.Fatalf("got %d posts, want 1", len(posts))
			}
			if posts[0].Channel != tt.wantChan || posts[0].ThreadTS != tt.wantThread {
				t.Errorf("posted to %s thread %q, want %s thread %q", posts[0].Channel, posts[0].ThreadTS, tt.wantChan, tt.wantThread)
			}
			if got := h.searcher.asked(); len(got) != 1 || got[0] != tt.wantAsk {
				t.Errorf("asked %q, want [%q]", got, tt.wantAsk)
			}
			r := h.slack.snapshotReactions()
			if len(r) != 2 || r[0].Op != "reactions.add" || r[1].Op != "reactions.remove" || r[0].Name != workingReaction || r[1].TS != r[0].TS {
				t.Errorf("reactions = %+v, want the hourglass added then removed", r)
			}
		})
	}
}

func TestRepliesInTheQuestionsLanguage(t *testing.T) {
	h := newHarness(t, nil)
	h.searcher.answers["AI 반도체 정책은?"] = func() answer.Answer { a := sampleAnswer("ko"); a.Question = "AI 반도체 정책은?"; return a }()
	h.postEvent(t, mentionEvent("EvKo", "C1", "U1", "1.1", "<@UBOT> AI 반도체 정책은?"), nil)
	h.postEvent(t, mentionEvent("EvEn", "C1", "U1", "1.2", "<@UBOT> What about chips?"), nil)
	h.bot.Wait()
	posts := h.slack.snapshotPosts()
	if len(posts) != 2 {
		t.Fatalf("got %d posts, want 2", len(posts))
	}
	byThread := map[string]string{}
	for _, p := range posts {
		byThread[p.ThreadTS] = shownText(p.Blocks)
	}
	if !strings.Contains(byThread["1.1"], "질문") || !strings.Contains(byThread["1.1"], "출처") {
		t.Errorf("Korean question got non-Korean labels:\n%s", byThread["1.1"])
	}
	if !strings.Contains(byThread["1.2"], "Question") || !strings.Contains(byThread["1.2"], "Sources") {
		t.Errorf("English question got non-English labels:\n%s", byThread["1.2"])
	}
}

func TestEachMessageAnsweredOnce(t *testing.T) {
	tests := []struct {
		name   string
		events []string
		retry  bool
	}{
		{"retried event", []string{mentionEvent("EvR", "C1", "U1", "10.1", "<@UBOT> q"), mentionEvent("EvR", "C1", "U1", "10.1", "<@UBOT> q"), mentionEvent("EvR", "C1", "U1", "10.1", "<@UBOT> q")}, true},
		{"message and app_mention for one ts", []string{
			dmEvent("EvA", "D1", "U1", "20.1", "<@UBOT> q", nil),
			mentionEvent("EvB", "D1", "U1", "20.1", "<@UBOT> q"),
		}, false},
		{"app_mention then message for one ts", []string{
			mentionEvent("EvC", "D1", "U1", "30.1", "<@UBOT> q"),
			dmEvent("EvD", "D1", "U1", "30.1", "<@UBOT> q", nil),
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			for i, ev := range tt.events {
				var hdr map[string]string
				if tt.retry && i > 0 {
					hdr = map[string]string{"X-Slack-Retry-Num": fmt.Sprint(i), "X-Slack-Retry-Reason": "http_timeout"}
				}
				// Slack signs each redelivery afresh, so each has its own timestamp.
				if status, _ := h.postEventAt(t, ev, hdr, time.Now().Unix()-int64(i)); status != 200 {
					t.Fatalf("delivery %d: status %d, want 200", i, status)
				}
			}
			h.bot.Wait()
			if got := len(h.slack.snapshotPosts()); got != 1 {
				t.Errorf("posted %d replies, want 1", got)
			}
			if got := len(h.searcher.asked()); got != 1 {
				t.Errorf("searched %d times, want 1", got)
			}
		})
	}
}

func TestIgnoresBotsAndNonQuestions(t *testing.T) {
	tests := []struct {
		name  string
		event string
	}{
		{"own user id", dmEvent("E1", "D1", "UBOT", "1.1", "hello", nil)},
		{"any bot_id", dmEvent("E2", "D1", "U2", "1.2", "hello", map[string]any{"bot_id": "BOTHER"})},
		{"bot_message subtype", dmEvent("E3", "D1", "", "1.3", "hello", map[string]any{"subtype": "bot_message"})},
		{"edited message", dmEvent("E4", "D1", "U1", "1.4", "hello", map[string]any{"subtype": "message_changed"})},
		{"channel message without mention", func() string {
			return strings.Replace(dmEvent("E5", "C1", "U1", "1.5", "hello", nil), `"channel_type":"im"`, `"channel_type":"channel"`, 1)
		}()},
		{"mention from a bot", strings.Replace(mentionEvent("E6", "C1", "U2", "1.6", "<@UBOT> hi"), `"type":"app_mention"`, `"type":"app_mention","bot_id":"B2"`, 1)},
		{"unknown event type", `{"type":"event_callback","event_id":"E7","event":{"type":"reaction_added","user":"U1"}}`},
		{"inner event not an object", `{"type":"event_callback","event_id":"E8","event":"oops"}`},
		{"app_rate_limited", `{"type":"app_rate_limited","minute_rate_limited":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			if status, body := h.postEvent(t, tt.event, nil); status != 200 {
				t.Fatalf("status %d (%s), want 200: Slack must not retry it", status, body)
			}
			h.bot.Wait()
			if got := h.slack.snapshotPosts(); len(got) != 0 {
				t.Errorf("replied %d times, want none", len(got))
			}
			if got := h.searcher.asked(); len(got) != 0 {
				t.Errorf("searched %q, want nothing", got)
			}
		})
	}
}

func TestMentionInjectionIsDefanged(t *testing.T) {
	h := newHarness(t, nil)
	evil := "<!channel> <!here> <!everyone> <@U999> <!subteam^S1|@devs> @here @channel @everyone & <https://x.example|click>"
	h.searcher.fallback.Results[0].Excerpt = evil
	h.searcher.fallback.Results[0].SectionTitle = evil
	h.searcher.fallback.Results[0].Sources = []string{evil}
	h.postEvent(t, mentionEvent("Ev", "C1", "U1", "5.5", "<@UBOT> "+evil), nil)
	h.postCommand(t, "/report", evil, "U1", "C1", "inj")
	h.bot.Wait()
	var shown []string
	for _, p := range h.slack.snapshotPosts() {
		shown = append(shown, p.Text, shownText(p.Blocks))
	}
	for _, r := range h.slack.snapshotResponses("inj") {
		shown = append(shown, r.Text, shownText(r.Blocks))
	}
	if len(shown) != 4 {
		t.Fatalf("got %d texts, want a post and a response", len(shown)/2)
	}
	for _, s := range shown {
		low := strings.ToLower(s)
		for _, bad := range []string{"<!", "<@", "@here", "@channel", "@everyone", "<http"} {
			if strings.Contains(low, bad) {
				t.Errorf("reply contains %q:\n%s", bad, s)
			}
		}
	}
}

func TestSlashCommands(t *testing.T) {
	feature := commandFunc(func(ctx context.Context, req CommandRequest) (present.Message, error) {
		return present.Notice("company report for " + req.Asked.Text()), nil
	})
	tests := []struct {
		name      string
		command   string
		text      string
		want      []string // all must appear in what the user sees
		wantAsked int
		wantType  string
	}{
		{"question", "/report", "AI 반도체 정책은?", []string{"질문", "채널에 공유", "결과 더 보기"}, 1, "ephemeral"},
		{"empty text gives usage", "/report", "", []string{"예시", "Examples", "/report AI"}, 0, "ephemeral"},
		{"help gives usage", "/report", "help", []string{"예시", "Examples"}, 0, "ephemeral"},
		{"korean help", "/report", "도움말", []string{"예시", "Examples"}, 0, "ephemeral"},
		{"only whitespace and markup", "/report", "  <@UBOT>  ", []string{"Examples"}, 0, "ephemeral"},
		{"country not available yet", "/country", "미국", []string{"아직 제공되지 않는", "not available yet"}, 0, "ephemeral"},
		{"cite not available yet", "/cite", "2.1", []string{"아직 제공되지 않는", "not available yet"}, 0, "ephemeral"},
		{"plugged-in feature", "/company", "NVIDIA", []string{"company report for NVIDIA"}, 0, "ephemeral"},
		{"unknown command", "/weather", "today", []string{"I don't know that command", "알 수 없는 명령"}, 0, "ephemeral"},
		{"too long", "/report", strings.Repeat("가", 1001), []string{"너무 깁니다"}, 1, "ephemeral"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(o *Options) { o.Company = feature })
			if status, body := h.postCommand(t, tt.command, tt.text, "U1", "C1", "r"); status != 200 || body != "" {
				t.Fatalf("ack = %d %q, want an empty 200", status, body)
			}
			h.bot.Wait()
			got := h.slack.snapshotResponses("r")
			if len(got) != 1 {
				t.Fatalf("got %d responses, want 1", len(got))
			}
			shown := shownText(got[0].Blocks)
			for _, w := range tt.want {
				if !strings.Contains(shown, w) {
					t.Errorf("reply lacks %q:\n%s", w, shown)
				}
			}
			if got[0].ResponseType != tt.wantType || got[0].ReplaceOriginal {
				t.Errorf("response_type %q replace_original %v, want %q false", got[0].ResponseType, got[0].ReplaceOriginal, tt.wantType)
			}
			if n := len(h.searcher.asked()); n != tt.wantAsked {
				t.Errorf("searched %d times, want %d", n, tt.wantAsked)
			}
		})
	}
}

type commandFunc func(ctx context.Context, req CommandRequest) (present.Message, error)

func (f commandFunc) Run(ctx context.Context, req CommandRequest) (present.Message, error) {
	return f(ctx, req)
}

func TestSearchErrorsGetFriendlyReplies(t *testing.T) {
	h := newHarness(t, nil)
	h.searcher.err = errors.New("index file corrupt at offset 42")
	h.postCommand(t, "/report", "What about chips?", "U1", "C1", "e")
	h.bot.Wait()
	got := h.slack.snapshotResponses("e")
	if len(got) != 1 || !strings.Contains(shownText(got[0].Blocks), "Something went wrong") {
		t.Fatalf("responses = %+v, want one friendly apology", got)
	}
	if strings.Contains(shownText(got[0].Blocks), "offset 42") {
		t.Error("the user saw internal error detail")
	}
	if !strings.Contains(h.logs.String(), "offset 42") {
		t.Error("the log lacks the error detail")
	}
}

func TestButtons(t *testing.T) {
	q := "AI 반도체 정책은?"
	val := func(page int) string {
		return present.EncodeValue(present.ButtonValue{Question: q, Page: page, Lang: "ko"}, 1000)
	}
	tests := []struct {
		name     string
		action   string
		value    string
		wantType string
		want     []string
		notWant  []string
		asked    int
	}{
		{"share posts to the channel", present.ActionShare, val(0), "in_channel", []string{"채널에 공유된 답변", "*3.1.1 AI 반도체 분야 초격차 확보 정책 현황 분석* (25–26쪽)\n*1.*"}, []string{"채널에 공유\n"}, 1},
		{"more results shows 4 to 6", present.ActionMore, val(1), "ephemeral", []string{"*3.1.4 중국의 AI 반도체 자립 전략* (31–32쪽)\n*4.*", "*3.1.6 AI 반도체 분야 주요 정책 시사점* (35–36쪽)\n*6.*", "추가 결과"}, []string{"*1.*", "3.1.1", "결과 더 보기"}, 1},
		{"thumbs up", present.ActionUp, val(0), "ephemeral", []string{"의견 감사합니다"}, nil, 0},
		{"thumbs down", present.ActionDown, val(0), "ephemeral", []string{"의견 감사합니다"}, nil, 0},
		{"forged value", present.ActionShare, "not json", "ephemeral", []string{"This button can no longer be used"}, nil, 0},
		{"unknown action", "reportbot_dance", val(0), "ephemeral", []string{"더 이상 사용할 수 없습니다"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			if status, _ := h.postClick(t, tt.action, tt.value, "U1", "C1", "b"); status != 200 {
				t.Fatalf("status %d", status)
			}
			h.bot.Wait()
			got := h.slack.snapshotResponses("b")
			if len(got) != 1 {
				t.Fatalf("got %d responses, want 1", len(got))
			}
			if got[0].ResponseType != tt.wantType {
				t.Errorf("response_type %q, want %q", got[0].ResponseType, tt.wantType)
			}
			shown := shownText(got[0].Blocks)
			for _, w := range tt.want {
				if !strings.Contains(shown, w) {
					t.Errorf("reply lacks %q:\n%s", w, shown)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(shown, w) {
					t.Errorf("reply has %q:\n%s", w, shown)
				}
			}
			if n := len(h.searcher.asked()); n != tt.asked {
				t.Errorf("searched %d times, want %d", n, tt.asked)
			}
		})
	}
}

func TestClicksAreLoggedAndCounted(t *testing.T) {
	h := newHarness(t, nil)
	v := present.EncodeValue(present.ButtonValue{Question: "chips", Lang: "en"}, 200)
	h.postClick(t, present.ActionUp, v, "U7", "C1", "f1")
	h.postClick(t, present.ActionDown, v, "U7", "C1", "f2")
	h.postClick(t, present.ActionDown, v, "U8", "C1", "f3")
	h.bot.Wait()
	logs := h.logs.String()
	if !strings.Contains(logs, `"msg":"button clicked"`) || !strings.Contains(logs, `"action":"feedback_down"`) || !strings.Contains(logs, `"user":"U7"`) {
		t.Errorf("structured click log missing:\n%s", logs)
	}
	status, body := do(t, h.srv.Client(), mustGet(t, h.srv.URL+"/metrics"))
	if status != 200 {
		t.Fatalf("/metrics status %d", status)
	}
	for _, want := range []string{
		`reportbot_feedback_total{vote="down"} 2`,
		`reportbot_feedback_total{vote="up"} 1`,
		`reportbot_button_clicks_total{action="feedback_down"} 2`,
		`reportbot_requests_total{kind="interaction"} 3`,
		`reportbot_answer_seconds_count`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func mustGet(t testing.TB, u string) *http.Request {
	r, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHealthz(t *testing.T) {
	h := newHarness(t, nil)
	if status, body := do(t, h.srv.Client(), mustGet(t, h.srv.URL+"/healthz")); status != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", status, body)
	}
}

func TestAllowList(t *testing.T) {
	tests := []struct {
		name       string
		send       func(h *harness)
		wantAsked  int
		wantInText string
	}{
		{"mention outside", func(h *harness) { h.postEvent(t, mentionEvent("E1", "COTHER", "U1", "1.1", "<@UBOT> q"), nil) }, 0, "isn't enabled in this channel"},
		{"mention inside", func(h *harness) { h.postEvent(t, mentionEvent("E2", "CALLOWED", "U1", "1.2", "<@UBOT> q"), nil) }, 1, "Question"},
		{"direct message", func(h *harness) { h.postEvent(t, dmEvent("E3", "D1", "U1", "1.3", "q", nil), nil) }, 1, "Question"},
		{"command outside", func(h *harness) { h.postCommand(t, "/report", "질문", "U1", "COTHER", "x") }, 0, "사용할 수 없습니다"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(o *Options) { o.AllowedChannels = []string{"CALLOWED"} })
			tt.send(h)
			h.bot.Wait()
			var shown string
			for _, p := range h.slack.snapshotPosts() {
				shown += shownText(p.Blocks)
			}
			for _, r := range h.slack.snapshotResponses("x") {
				shown += shownText(r.Blocks)
			}
			if !strings.Contains(shown, tt.wantInText) {
				t.Errorf("reply lacks %q:\n%s", tt.wantInText, shown)
			}
			if n := len(h.searcher.asked()); n != tt.wantAsked {
				t.Errorf("searched %d times, want %d", n, tt.wantAsked)
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.RateLimit, o.RatePer = 2, time.Hour })
	for i := range 3 {
		h.postCommand(t, "/report", "chips?", "U1", "C1", fmt.Sprint("u1-", i))
	}
	h.postCommand(t, "/report", "chips?", "U2", "C1", "u2")
	h.bot.Wait()
	limited := 0
	for _, id := range []string{"u1-0", "u1-1", "u1-2"} {
		for _, r := range h.slack.snapshotResponses(id) {
			if strings.Contains(shownText(r.Blocks), "a little too fast") {
				limited++
			}
		}
	}
	if limited != 1 {
		t.Errorf("%d of U1's three questions were refused, want 1", limited)
	}
	if r := h.slack.snapshotResponses("u2"); len(r) != 1 || strings.Contains(shownText(r[0].Blocks), "too fast") {
		t.Errorf("U2 was limited by U1's questions")
	}
	if n := len(h.searcher.asked()); n != 3 {
		t.Errorf("searched %d times, want 3", n)
	}
}

func TestSlackRateLimitsAreRetried(t *testing.T) {
	h := newHarness(t, nil)
	h.slack.mu.Lock()
	h.slack.throttle["chat.postMessage"] = 2
	h.slack.throttle["response_url"] = 1
	h.slack.mu.Unlock()
	h.postEvent(t, mentionEvent("E1", "C1", "U1", "1.1", "<@UBOT> q"), nil)
	h.postCommand(t, "/report", "q", "U1", "C1", "rl")
	h.bot.Wait()
	if n := len(h.slack.snapshotPosts()); n != 1 {
		t.Errorf("%d posts after two 429s, want 1", n)
	}
	if n := len(h.slack.snapshotResponses("rl")); n != 1 {
		t.Errorf("%d responses after one 429, want 1", n)
	}
	h.slack.mu.Lock()
	calls := h.slack.calls["chat.postMessage"]
	h.slack.mu.Unlock()
	if calls != 3 {
		t.Errorf("chat.postMessage called %d times, want 3", calls)
	}

	// Past the attempt limit the bot gives up rather than loop.
	h2 := newHarness(t, nil)
	h2.slack.mu.Lock()
	h2.slack.throttle["chat.postMessage"] = 100
	h2.slack.mu.Unlock()
	h2.postEvent(t, mentionEvent("E2", "C1", "U1", "1.2", "<@UBOT> q"), nil)
	h2.bot.Wait()
	h2.slack.mu.Lock()
	calls = h2.slack.calls["chat.postMessage"]
	h2.slack.mu.Unlock()
	if calls != 3 {
		t.Errorf("chat.postMessage called %d times under a lasting limit, want 3", calls)
	}
}

func TestGracefulShutdown(t *testing.T) {
	tests := []struct {
		name      string
		release   bool
		wantErr   error
		wantReply int
	}{
		{"in-flight answer finishes", true, nil, 1},
		{"stuck answer is cut off", false, ErrShutdownTimeout, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFakeSlack(t)
			gate := make(chan struct{})
			searcher := &fakeSearcher{fallback: sampleAnswer("en"), gate: gate}
			b, err := New(Options{Searcher: searcher, Slack: fs.client(), ShutdownTimeout: 200 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			if tt.release {
				b.shutdownTimeout = 10 * time.Second
			}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- b.Serve(ctx, ln, testSecret) }()

			h := &harness{bot: b, slack: fs, searcher: searcher, secret: testSecret}
			form := url.Values{"command": {"/report"}, "text": {"q"}, "user_id": {"U1"}, "channel_id": {"C1"}, "response_url": {fs.responseURL("s")}}
			// Serve may still be starting; retry the connection until it listens.
			req := signedRequest(t, h.secret, "http://"+ln.Addr().String()+"/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), time.Now().Unix())
			if status, _ := do(t, http.DefaultClient, req); status != 200 {
				t.Fatalf("status %d", status)
			}
			cancel()
			if tt.release {
				close(gate)
			}
			select {
			case err := <-done:
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("Serve = %v, want %v", err, tt.wantErr)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Serve did not return")
			}
			if n := len(fs.snapshotResponses("s")); n != tt.wantReply {
				t.Errorf("%d replies after shutdown, want %d", n, tt.wantReply)
			}
		})
	}
}

func TestServeOps(t *testing.T) {
	h := newHarness(t, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.bot.ServeOps(ctx, ln) }()
	base := "http://" + ln.Addr().String()
	tests := []struct {
		name, method, path string
		want               int
	}{
		{"health", http.MethodGet, "/healthz", 200},
		{"ready", http.MethodGet, "/readyz", 200},
		{"metrics", http.MethodGet, "/metrics", 200},
		{"no Slack endpoints", http.MethodPost, "/slack/commands", 404},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, base+tt.path, nil)
		if status, _ := do(t, http.DefaultClient, req); status != tt.want {
			t.Errorf("%s: %s %s = %d, want %d", tt.name, tt.method, tt.path, status, tt.want)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("ServeOps = %v, want nil", err)
	}
}

// wireLimits checks a message as Slack would receive it: the JSON as sent.
func wireLimits(t *testing.T, where string, blocks json.RawMessage, text string) {
	t.Helper()
	var bs []map[string]any
	if err := json.Unmarshal(blocks, &bs); err != nil {
		t.Fatalf("%s: blocks are not JSON: %v", where, err)
	}
	if len(bs) == 0 || len(bs) > 50 {
		t.Errorf("%s: %d blocks, want 1..50", where, len(bs))
	}
	limit := func(what string, s any, max int) {
		str, _ := s.(string)
		if n := len([]rune(str)); n == 0 || n > max {
			t.Errorf("%s: %s has %d characters, want 1..%d", where, what, n, max)
		}
	}
	obj := func(v any) map[string]any { m, _ := v.(map[string]any); return m }
	for i, b := range bs {
		switch b["type"] {
		case "header":
			limit(fmt.Sprintf("block %d header", i), obj(b["text"])["text"], 150)
		case "section":
			limit(fmt.Sprintf("block %d section", i), obj(b["text"])["text"], 3000)
		case "context":
			for _, e := range b["elements"].([]any) {
				limit(fmt.Sprintf("block %d context", i), obj(e)["text"], 3000)
			}
		case "actions":
			for _, e := range b["elements"].([]any) {
				limit(fmt.Sprintf("block %d button text", i), obj(obj(e)["text"])["text"], 75)
				limit(fmt.Sprintf("block %d button value", i), obj(e)["value"], 2000)
			}
		}
	}
	if size := len(blocks) + len(text); size > 12*1024 {
		t.Errorf("%s: message is %d bytes, want ≤ 12 KiB", where, size)
	}
}

func TestLongKoreanAnswersFitOnTheWire(t *testing.T) {
	h := newHarness(t, nil)
	long := strings.Repeat("인공지능 반도체 초격차 확보를 위해 정부는 연구개발 투자와 인재 양성을 동시에 추진해야 한다. ", 120)
	a := answer.Answer{Lang: "ko", Answered: true}
	for i := range 6 {
		a.Results = append(a.Results, answer.Result{Section: fmt.Sprintf("2.2.%d.마", i), SectionTitle: long, Pages: "25–33",
			Excerpt: long, Sources: []string{long, long, long, long, long, long}})
	}
	h.searcher.fallback = a
	question := strings.Repeat("초격차", 330) // just under the engine's 1000-rune limit
	h.postEvent(t, mentionEvent("E1", "C1", "U1", "1.1", "<@UBOT> "+question), nil)
	h.postCommand(t, "/report", question, "U1", "C1", "long")
	h.bot.Wait()
	posts := h.slack.snapshotPosts()
	if len(posts) != 1 {
		t.Fatalf("%d posts, want 1", len(posts))
	}
	wireLimits(t, "chat.postMessage", posts[0].Blocks, posts[0].Text)
	resp := h.slack.snapshotResponses("long")
	if len(resp) != 1 {
		t.Fatalf("%d responses, want 1", len(resp))
	}
	wireLimits(t, "response_url", resp[0].Blocks, resp[0].Text)
	if !strings.Contains(shownText(resp[0].Blocks), "…") {
		t.Error("long text was not visibly shortened")
	}
	// The buttons still carry the whole question, so More and Share redo
	// the same search.
	var bs []map[string]any
	_ = json.Unmarshal(resp[0].Blocks, &bs)
	found := false
	for _, b := range bs {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			el := e.(map[string]any)
			if el["action_id"] == present.ActionMore {
				v, err := present.DecodeValue(el["value"].(string))
				found = err == nil && v.Question == question
			}
		}
	}
	if !found {
		t.Error("More results button lost the question")
	}
}

func TestSlowSearchStillGetsAReply(t *testing.T) {
	// The deadline covers the hourglass's own call to Slack too: it must be
	// long enough for that call on a loaded machine, or the test sees no
	// hourglass at all (it failed so at 50 ms with the whole suite running).
	h := newHarness(t, func(o *Options) { o.AnswerTimeout = time.Second })
	h.searcher.gate = make(chan struct{}) // never opened: the search outlives its deadline
	h.postEvent(t, mentionEvent("E1", "C1", "U1", "1.1", "<@UBOT> chips?"), nil)
	h.bot.Wait()
	posts := h.slack.snapshotPosts()
	if len(posts) != 1 || !strings.Contains(shownText(posts[0].Blocks), "Something went wrong") {
		t.Fatalf("posts = %+v, want one apology", posts)
	}
	r := h.slack.snapshotReactions()
	if len(r) != 2 || r[1].Op != "reactions.remove" {
		t.Errorf("reactions = %+v, want the hourglass removed", r)
	}
}
