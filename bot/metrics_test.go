package bot

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// wantSeries is every labelled reportbot_* counter of the bot with each of
// its label values, as README's metrics table lists them: each must be on
// /metrics, at zero, before any traffic.
func wantSeries() map[string]struct {
	label  string
	values []string
} {
	type series = struct {
		label  string
		values []string
	}
	return map[string]series{
		"reportbot_requests_total":         {"kind", []string{"mention", "dm", "reply", "command", "interaction", "url_verification", "other"}},
		"reportbot_replies_total":          {"outcome", []string{"answered", "declined", "usage", "rate_limited", "not_allowed", "not_available", "too_long", "feedback", "error"}},
		"reportbot_slack_api_errors_total": {"method", []string{"auth.test", "chat.postMessage", "reactions.add", "reactions.remove", "response_url", "apps.connections.open"}},
		"reportbot_button_clicks_total":    {"action", []string{"share", "more", "all", "bibtex", "feedback_up", "feedback_down"}},
		"reportbot_feedback_total":         {"vote", []string{"up", "down"}},
		"reportbot_http_rejected_total":    {"reason", []string{"unsigned", "bad_signature", "forged", "stale", "replay", "too_large", "malformed", "unreadable"}},
		"reportbot_duplicate_events_total": {"by", []string{"event_id", "message"}},
	}
}

// scrapeLines fetches /metrics from base and returns its lines as a set.
func scrapeLines(t *testing.T, c *http.Client, base string) map[string]bool {
	t.Helper()
	status, body := do(t, c, mustGet(t, base+"/metrics"))
	if status != 200 {
		t.Fatalf("/metrics status %d", status)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(body, "\n") {
		lines[l] = true
	}
	return lines
}

// hasSeries reports whether some line of the scrape starts with prefix.
func hasSeries(lines map[string]bool, prefix string) bool {
	for l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

func TestMetricsBeforeTraffic(t *testing.T) {
	h := newHarness(t, nil)
	lines := scrapeLines(t, h.srv.Client(), h.srv.URL)
	tests := []struct {
		name string
		line string // exact line, or with a trailing space a prefix
	}{
		{"Go runtime", "go_goroutines "},
		{"process", "process_resident_memory_bytes "},
		{"process start", "process_start_time_seconds "},
		{"answer latency, Slack's 3 s", `reportbot_answer_seconds_bucket{le="3"} 0`},
		{"answer latency, answer deadline", `reportbot_answer_seconds_bucket{le="30"} 0`},
		{"answer count", "reportbot_answer_seconds_count 0"},
		{"ack latency, Slack's 3 s", `reportbot_ack_seconds_bucket{le="3"} 0`},
	}
	for name, s := range wantSeries() {
		for _, v := range s.values {
			tests = append(tests, struct{ name, line string }{name + " " + v, name + "{" + s.label + "=" + strconv.Quote(v) + "} 0"})
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bool
			if strings.HasSuffix(tt.line, " ") {
				got = hasSeries(lines, tt.line)
			} else {
				got = lines[tt.line]
			}
			if !got {
				t.Errorf("/metrics before any traffic lacks %q", tt.line)
			}
		})
	}
}

// TestMetricsLabelValuesInCode reads the bot's source for every label value
// it passes as a literal, and every outcome and action constant (the
// actions in present, which renders the buttons): each must
// be among the values created at zero, or its series would appear only with
// its first event.
func TestMetricsLabelValuesInCode(t *testing.T) {
	known := map[string][]string{
		"requests":    requestKinds(),
		"outcomes":    replyOutcomes(),
		"slackErrors": slackMethods(),
		"clicks":      clickActions(),
		"feedback":    feedbackVotes(),
		"rejected":    rejectReasons(),
		"duplicates":  duplicateKinds(),
	}
	// The buttons' action ids are present's, which renders the buttons.
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	rendered, err := filepath.Glob("present/*.go")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, rendered...)
	type use struct{ field, value, where string }
	var uses []use
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		str := func(e ast.Expr) (string, bool) {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return "", false
			}
			s, err := strconv.Unquote(lit.Value)
			return s, err == nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				switch {
				case sel.Sel.Name == "WithLabelValues" && len(n.Args) == 1:
					// b.metrics.<field>.WithLabelValues("value")
					if field, ok := sel.X.(*ast.SelectorExpr); ok {
						if v, ok := str(n.Args[0]); ok {
							uses = append(uses, use{field.Sel.Name, v, fset.Position(n.Pos()).String()})
						}
					}
				case sel.Sel.Name == "call" && len(n.Args) == 3:
					if v, ok := str(n.Args[1]); ok {
						uses = append(uses, use{"slackErrors", v, fset.Position(n.Pos()).String()})
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "kind" {
					if v, ok := str(n.Value); ok {
						uses = append(uses, use{"requests", v, fset.Position(n.Pos()).String()})
					}
				}
			case *ast.AssignStmt:
				// m.kind = "reply"; vote := "up"
				if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
					return true
				}
				v, ok := str(n.Rhs[0])
				if !ok {
					return true
				}
				switch lhs := n.Lhs[0].(type) {
				case *ast.SelectorExpr:
					if lhs.Sel.Name == "kind" {
						uses = append(uses, use{"requests", v, fset.Position(n.Pos()).String()})
					}
				case *ast.Ident:
					if lhs.Name == "vote" {
						uses = append(uses, use{"feedback", v, fset.Position(n.Pos()).String()})
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i >= len(n.Values) {
						break
					}
					v, ok := str(n.Values[i])
					switch {
					case !ok:
					case strings.HasPrefix(id.Name, "outcome"):
						uses = append(uses, use{"outcomes", v, id.Name})
					case strings.HasPrefix(id.Name, "Action"):
						uses = append(uses, use{"clicks", strings.TrimPrefix(v, "reportbot_"), id.Name})
					}
				}
			}
			return true
		})
		// The reasons verified gives reject, its second argument.
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "reject" && len(call.Args) == 3 {
				if v, ok := str(call.Args[1]); ok {
					uses = append(uses, use{"rejected", v, fset.Position(call.Pos()).String()})
				}
			}
			return true
		})
	}
	seen := map[string]bool{}
	for _, u := range uses {
		seen[u.field] = true
		values, ok := known[u.field]
		if !ok {
			t.Errorf("%s: label value %q of metrics field %s, which has no list of known values", u.where, u.value, u.field)
			continue
		}
		if !slices.Contains(values, u.value) {
			t.Errorf("%s: %s label value %q is not created at zero (add it to the list in metrics.go and to README)", u.where, u.field, u.value)
		}
	}
	// The reader must have found something of each kind, or it reads nothing.
	for field := range known {
		if !seen[field] {
			t.Errorf("found no label value for %s in the source: the reader is out of date", field)
		}
	}
	// And the lists match README's table (wantSeries), value for value.
	byName := map[string]string{
		"reportbot_requests_total": "requests", "reportbot_replies_total": "outcomes",
		"reportbot_slack_api_errors_total": "slackErrors", "reportbot_button_clicks_total": "clicks",
		"reportbot_feedback_total": "feedback", "reportbot_http_rejected_total": "rejected",
		"reportbot_duplicate_events_total": "duplicates",
	}
	for name, s := range wantSeries() {
		got := slices.Sorted(slices.Values(known[byName[name]]))
		want := slices.Sorted(slices.Values(s.values))
		if !slices.Equal(got, want) {
			t.Errorf("%s: created at zero %q, documented %q", name, got, want)
		}
	}
}
