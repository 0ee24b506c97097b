package shelf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// The reports the tests load: the embedded one and the two fictional
// reports of corpus/testdata/reports.
const (
	embedded = "수시연구 2024-08"
	quantum  = "정책연구 2031-03" // good.txt
	battery  = "정책연구 2032-07" // third.txt
)

// loadReports loads reports by file ("" is the embedded report), each
// closed when the test ends.
func loadReports(t *testing.T, files ...string) map[string]*Report {
	t.Helper()
	out := map[string]*Report{}
	for _, f := range files {
		path := f
		if f != "" {
			path = filepath.Join("..", "..", "corpus", "testdata", "reports", f)
		}
		x, err := search.Load(path, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := NewReport(x)
		t.Cleanup(func() { r.Close() })
		out[r.Series()] = r
	}
	return out
}

// shelfOf puts the loaded reports on a shelf in the order of series.
func shelfOf(t *testing.T, reports map[string]*Report, series ...string) *Shelf {
	t.Helper()
	var rs []*Report
	for _, s := range series {
		rs = append(rs, reports[s])
	}
	sh, err := New(rs...)
	if err != nil {
		t.Fatal(err)
	}
	return sh
}

// v1 is a conversation as the single-report bot stored it: index/dialog's
// State of one turn about the embedded report, as its Marshal wrote it.
func v1(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "state-v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUnmarshalVersions(t *testing.T) {
	roundTrip, err := State{}.with(quantum, dialog.State{Turns: []dialog.Turn{{ID: "1.1", Question: "q"}}}).
		withLead(Lead{ID: "1.1", Report: quantum}, 5).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		in         []byte
		wantErr    error
		wantLegacy bool
		wantEmpty  bool
		wantHas    string // a message id the state holds
	}{
		{"nothing stored", nil, nil, false, true, ""},
		{"the single-report bot's state", v1(t), nil, true, false, "100.1"},
		{"the single-report bot's state after a reset", []byte(`{"turns":null}`), nil, false, true, ""},
		{"this version's state", roundTrip, nil, false, false, "1.1"},
		{"a state of a later version", []byte(`{"v":3,"reports":{}}`), ErrBadState, false, true, ""},
		{"reports without a version", []byte(`{"reports":{"x":{"turns":[]}}}`), ErrBadState, false, true, ""},
		{"not JSON", []byte(`{"turns":`), ErrBadState, false, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := Unmarshal(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Unmarshal error = %v, want %v", err, tt.wantErr)
			}
			if got := st.Legacy(); got != tt.wantLegacy {
				t.Errorf("Legacy() = %v, want %v", got, tt.wantLegacy)
			}
			if got := st.Empty(); got != tt.wantEmpty {
				t.Errorf("Empty() = %v, want %v", got, tt.wantEmpty)
			}
			if tt.wantHas != "" && !st.Has(tt.wantHas) {
				t.Errorf("Has(%q) = false, want true", tt.wantHas)
			}
		})
	}
	t.Run("a round trip keeps turns and leads", func(t *testing.T) {
		st, err := Unmarshal(roundTrip)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := st.Led(); got != quantum {
			t.Errorf("Led() = %q, want %q", got, quantum)
		}
		if got := len(st.Report(quantum).Turns); got != 1 {
			t.Errorf("got %d turns of %s, want 1", got, quantum)
		}
	})
}

// TestSettle fits stored states to shelves: the single-report bot's state
// goes to the report whose passages it fits, whatever its place on the
// shelf, or is dropped when none has them; turns that no longer fit the
// report of their series are dropped.
func TestSettle(t *testing.T) {
	reports := loadReports(t, "", "good.txt", "third.txt")
	legacy, err := Unmarshal(v1(t))
	if err != nil {
		t.Fatal(err)
	}
	stale := State{}.with(quantum, dialog.State{Turns: []dialog.Turn{{ID: "9.1", Evidence: []dialog.Evidence{{PassageID: 100000, Section: "2.1"}}}}})
	tests := []struct {
		name        string
		shelf       []string
		st          State
		wantInto    string
		wantDropped []string
		wantTurns   map[string]int
	}{
		{"legacy, embedded report first", []string{embedded, quantum}, legacy, embedded, nil, map[string]int{embedded: 1, quantum: 0}},
		{"legacy, embedded report last", []string{quantum, battery, embedded}, legacy, embedded, nil, map[string]int{embedded: 1, quantum: 0}},
		{"legacy, its report not loaded", []string{quantum, battery}, legacy, "", nil, map[string]int{quantum: 0, battery: 0}},
		{"another edition under the same series", []string{embedded, quantum}, stale, "", []string{quantum}, map[string]int{quantum: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := shelfOf(t, reports, tt.shelf...)
			got, did := sh.Settle(tt.st)
			if did.Into != tt.wantInto {
				t.Errorf("Into = %q, want %q", did.Into, tt.wantInto)
			}
			if !slices.Equal(did.Dropped, tt.wantDropped) {
				t.Errorf("Dropped = %q, want %q", did.Dropped, tt.wantDropped)
			}
			if got.Legacy() {
				t.Errorf("the settled state still holds legacy turns")
			}
			for series, want := range tt.wantTurns {
				if n := len(got.Report(series).Turns); n != want {
					t.Errorf("%s: got %d turns, want %d", series, n, want)
				}
			}
		})
	}
}

// TestReplyStaysWithItsReport has conversations over three reports: a
// first question is answered by the report that holds it, and a follow-up
// goes on in that report, which the state records as the turn's lead.
func TestReplyStaysWithItsReport(t *testing.T) {
	reports := loadReports(t, "", "good.txt", "third.txt")
	sh := shelfOf(t, reports, embedded, quantum, battery)
	tests := []struct {
		name     string
		turns    []string
		want     string // the report of the last reply's first result
		followUp bool
	}{
		{"a question about the quantum report", []string{"독일 양자기술 실행계획 지원 규모는?"}, quantum, false},
		{"its sources", []string{"독일 양자기술 실행계획 지원 규모는?", "출처는?"}, quantum, true},
		{"a question about the embedded report", []string{"일본 반도체 보조금 얼마야?"}, embedded, false},
		{"an ellipsis after it", []string{"일본 반도체 보조금 얼마야?", "대만은?"}, embedded, true},
		{"more of the battery report", []string{"ESS 배터리 공급망에서 리튬 조달은?", "더 보여줘"}, battery, true},
		{"a question that names its report", []string{"in the quantum report how much does germany spend?"}, quantum, false},
		{"a follow-up that names another report", []string{"일본 반도체 보조금 얼마야?", "배터리 보고서는?"}, battery, true},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var st State
			var r dialog.Reply
			for i, q := range tt.turns {
				var err error
				r, st, err = sh.Reply(ctx, st, question.Plain(q), 6, Stamp{ID: strings.Repeat("1", i+1), At: int64(i)})
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(r.Answer.Results) == 0 {
				t.Fatalf("got no results: %+v", r.Answer)
			}
			if got := r.Answer.Results[0].Report; got != tt.want {
				t.Errorf("first result from %q, want %q", got, tt.want)
			}
			if r.FollowUp != tt.followUp {
				t.Errorf("follow-up = %v, want %v", r.FollowUp, tt.followUp)
			}
			if got, _ := st.Led(); got != tt.want {
				t.Errorf("the state's lead = %q, want %q", got, tt.want)
			}
			for _, series := range []string{embedded, quantum, battery} {
				if got := len(st.Report(series).Turns); got != len(tt.turns) {
					t.Errorf("%s's dialog holds %d turns, want %d: each report keeps its own", series, got, len(tt.turns))
				}
			}
		})
	}
	t.Run("a redelivered message is recorded once", func(t *testing.T) {
		_, st, err := sh.Reply(ctx, State{}, question.Plain("일본 반도체 보조금 얼마야?"), 6, Stamp{ID: "5.1"})
		if err != nil {
			t.Fatal(err)
		}
		_, again, err := sh.Reply(ctx, st.Before("5.1"), question.Plain("일본 반도체 보조금 얼마야?"), 6, Stamp{ID: "5.1"})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(again.Report(embedded).Turns); got != 1 {
			t.Errorf("got %d turns after the redelivery, want 1", got)
		}
	})
}

func TestShelfNamesReports(t *testing.T) {
	reports := loadReports(t, "", "good.txt")
	sh := shelfOf(t, reports, embedded, quantum)
	tests := []struct {
		name    string
		names   []string
		want    []string
		wantErr error
	}{
		{"the number alone", []string{"2031-03"}, []string{quantum}, nil},
		{"the whole series number", []string{quantum}, []string{quantum}, nil},
		{"in the shelf's order", []string{quantum, "2024-08"}, []string{embedded, quantum}, nil},
		{"a series no report has", []string{"2099-01"}, nil, ErrUnknownReport},
		{"none", nil, nil, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sh.Only(tt.names...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Only(%q) error = %v, want %v", tt.names, err, tt.wantErr)
			}
			if err != nil {
				if errors.Is(err, ErrUnknownReport) && !strings.Contains(err.Error(), embedded) {
					t.Errorf("error %q does not list the reports loaded", err)
				}
				return
			}
			if !slices.Equal(got.Series(), tt.want) {
				t.Errorf("Only(%q) = %q, want %q", tt.names, got.Series(), tt.want)
			}
			if err := got.Close(); err != nil {
				t.Errorf("closing a scope: %v", err)
			}
		})
	}
	if _, err := New(reports[quantum], reports[quantum]); !errors.Is(err, ErrDuplicateReport) {
		t.Errorf("New with one report twice: error %v, want %v", err, ErrDuplicateReport)
	}
	// A scope closed nothing: its reports still answer.
	if _, err := sh.Ask(context.Background(), question.Plain("독일 양자기술 실행계획 지원 규모는?"), 3); err != nil {
		t.Errorf("the shelf after a scope was closed: %v", err)
	}
	t.Run("what each report says about a name", func(t *testing.T) {
		sums, err := sh.Summaries(context.Background(), entity.Country, question.Plain("미국"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range sums {
			got = append(got, s.Report)
		}
		if want := []string{embedded, quantum}; !slices.Equal(got, want) {
			t.Errorf("summaries from %q, want %q", got, want)
		}
	})
}

// TestWarm makes the reports' first-use tables on one goroutine while
// questions, claims and names that need them are put on others: the
// answers are those of a shelf never warmed, and Close waits for a Warm
// still running and stops it. Run it with -race.
func TestWarm(t *testing.T) {
	cold := threeReports(t)
	var reports []*Report // closed by the warm shelf's Close, below
	for _, f := range []string{"", "good.txt", "third.txt"} {
		if f != "" {
			f = filepath.Join("..", "..", "corpus", "testdata", "reports", f)
		}
		x, err := search.Load(f, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, NewReport(x))
	}
	warm, err := New(reports...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	done := make(chan struct{})
	go func() { warm.Warm(ctx); close(done) }()
	type reply struct {
		Answer    any
		Citation  any
		Summaries any
	}
	ask := func(s *Shelf, q, name string) reply {
		a, err := s.Ask(ctx, question.Plain(q), 3)
		if err != nil {
			t.Fatal(err)
		}
		c, err := s.Cite(ctx, question.Plain(q), 3)
		if err != nil {
			t.Fatal(err)
		}
		sums, _ := s.Summaries(ctx, entity.Country, question.Plain(name))
		return reply{a, c, sums}
	}
	for _, tt := range []struct{ q, name string }{
		{"How much does the US CHIPS Act provide?", "United States"},
		{"What does the battery report say about Germany's subsidies?", "Germany"},
		{"양자 보고서에서 일본은 얼마를 투자해?", "일본"},
	} {
		if got, want := ask(warm, tt.q, tt.name), ask(cold, tt.q, tt.name); !reflect.DeepEqual(got, want) {
			t.Errorf("%q on the shelf warming differs from the cold shelf's:\ngot  %+v\nwant %+v", tt.q, got, want)
		}
	}
	<-done
	again := make(chan struct{})
	go func() { warm.Warm(ctx); close(again) }()
	if err := warm.Close(); err != nil {
		t.Fatal(err)
	}
	<-again        // returns once closed, whether it had started or not
	warm.Warm(ctx) // after Close: returns at once, touching no report
}
