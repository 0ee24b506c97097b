package summary_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/summary"
	"github.com/stepi-tools/reportbot/index/tuning"
)

var update = flag.Bool("update", false, "rewrite testdata/summaries/*.golden")

// summaryEngine builds the engine on the shipped report once per test binary.
var summaryEngine = sync.OnceValues(func() (*summary.Engine, error) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		return nil, err
	}
	return summary.New(x), nil
})

// mustDoc parses the embedded report, which the summaries are built from.
func mustDoc(t testing.TB) *corpus.Document {
	t.Helper()
	doc, err := corpus.Load("")
	if err != nil {
		t.Fatalf("load report: %v", err)
	}
	return doc
}

// testEntities are the embedded report's entities, which the summaries are
// checked against.
var testEntities = func() *entity.Set {
	doc, err := corpus.Load("")
	if err != nil {
		panic(err)
	}
	return doc.Entities
}()

func mustSummaryEngine(t testing.TB) *summary.Engine {
	t.Helper()
	e, err := summaryEngine()
	if err != nil {
		t.Fatalf("build engine: %v", err)
	}
	return e
}

var reSummarySlug = regexp.MustCompile(`[^a-z0-9]+`)

func summarySlug(s string) string {
	return strings.Trim(reSummarySlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// renderSummary is the stable text the golden files hold: every group and
// item with what a reviewer needs to check it against the report.
func renderSummary(s summary.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s (%s) — query %q, answered %v, %d items\n", s.Name, s.English, s.Query, s.Answered, s.Total())
	var key []string
	for _, it := range s.Key {
		key = append(key, fmt.Sprintf("#%d", it.PassageID))
	}
	fmt.Fprintf(&b, "key items: %s\n", strings.Join(key, " "))
	for _, g := range s.Groups {
		fmt.Fprintf(&b, "\n## %s | %s | %d items, %d omitted\n", present.GroupTitle(g, "ko"), present.GroupTitle(g, "en"), len(g.Items), g.Omitted)
		for _, it := range g.Items {
			fmt.Fprintf(&b, "- #%d %s %q pp. %s — %s, mentions %d", it.PassageID, it.Section, it.SectionTitle, it.Pages, it.Match, it.Mentions)
			if it.Label != "" {
				fmt.Fprintf(&b, ", label (%s)", it.Label)
			}
			if it.LabelMismatch {
				b.WriteString(" MISMATCH")
			}
			b.WriteString("\n")
			fmt.Fprintf(&b, "  > %s\n", it.Excerpt)
			for _, src := range it.Sources {
				fmt.Fprintf(&b, "  source: %s\n", src)
			}
		}
	}
	return b.String()
}

func summaryGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "summaries", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./index/summary -update to create it)", err)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < max(len(wl), len(gl)); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Fatalf("%s differs at line %d:\nwant %s\ngot  %s\nIf intended, run go test ./index/summary -update and review the diff.", path, i+1, w, g)
			}
		}
	}
}

func TestCountrySummaryGolden(t *testing.T) {
	e := mustSummaryEngine(t)
	for _, c := range testEntities.Countries() {
		t.Run(c.English, func(t *testing.T) {
			s, err := e.Country(context.Background(), question.Plain(c.Name))
			if err != nil {
				t.Fatalf("Country(%s): %v", c.Name, err)
			}
			summaryGolden(t, "country-"+summarySlug(c.English)+".golden", renderSummary(s))
		})
	}
}

func TestCompanySummaryGolden(t *testing.T) {
	e := mustSummaryEngine(t)
	for _, c := range testEntities.Companies() {
		t.Run(c.English, func(t *testing.T) {
			s, err := e.Company(context.Background(), question.Plain(c.Name))
			if err != nil {
				t.Fatalf("Company(%s): %v", c.Name, err)
			}
			summaryGolden(t, "company-"+summarySlug(c.English)+".golden", renderSummary(s))
		})
	}
}

// countryDevRow is a line of testdata/countries-dev.jsonl, a copy of
// ../shared/eval/countries-dev.jsonl.
type countryDevRow struct {
	Query     string   `json:"query"`
	Canonical *string  `json:"canonical"`
	Must      []string `json:"must"`
	MustNot   []string `json:"must_not"`
	Answered  bool     `json:"answered"`
}

var reSummaryWS = regexp.MustCompile(`\s+`)

func summaryNorm(s string) string {
	return strings.ToLower(strings.TrimSpace(reSummaryWS.ReplaceAllString(s, " ")))
}

// scoreCountryRow applies ../shared/eval/score-country's rule to a summary.
func scoreCountryRow(r countryDevRow, s summary.Summary) []string {
	var why []string
	items := s.Items()
	answered := s.Answered && len(items) > 0
	if answered != r.Answered {
		why = append(why, fmt.Sprintf("answered=%v, want %v", answered, r.Answered))
	}
	if r.Canonical != nil && s.Name != *r.Canonical {
		why = append(why, fmt.Sprintf("country=%q, want %q", s.Name, *r.Canonical))
	}
	var blob strings.Builder
	for _, it := range items {
		blob.WriteString(summaryNorm(it.Text) + " " + summaryNorm(it.Excerpt) + " ")
	}
	for _, m := range r.Must {
		if !strings.Contains(blob.String(), summaryNorm(m)) {
			why = append(why, "missing: "+m)
		}
	}
	for _, m := range r.MustNot {
		if strings.Contains(blob.String(), summaryNorm(m)) {
			why = append(why, "must not include: "+m)
		}
	}
	return why
}

func readCountryDevRows(t *testing.T) []countryDevRow {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "countries-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []countryDevRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r countryDevRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("countries-dev.jsonl: %v", err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestCountryDevSet is the scorer's check, run on the summaries themselves:
// every dev row, and the same must phrases for other spellings of each name.
func TestCountryDevSet(t *testing.T) {
	e := mustSummaryEngine(t)
	rows := readCountryDevRows(t)
	must := map[string][]string{}
	for _, r := range rows {
		if r.Canonical != nil {
			must[*r.Canonical] = r.Must
		}
	}
	extra := map[string]string{
		"USA": "미국", "U.S.": "미국", "America": "미국", "미국은": "미국", "美": "미국", "the United States": "미국",
		"PRC": "중국", "中": "중국", "중국의": "중국",
		"日本": "일본", "日": "일본", "Japan's": "일본",
		"臺灣": "대만", "타이완": "대만",
		"European Union": "EU", "Europe": "EU", "유럽연합": "EU",
		"South Korea": "한국", "우리나라": "한국", "대한민국": "한국",
		"Britain": "영국", "Great Britain": "영국", "United Kingdom": "영국", "England": "영국",
		"Deutschland": "독일", "Germny": "독일",
		"프랑스는":     "프랑스",
		"Singapor": "싱가포르", "싱가폴": "싱가포르",
		"Canda": "캐나다",
	}
	for q, c := range extra {
		c := c
		rows = append(rows, countryDevRow{Query: q, Canonical: &c, Must: must[c], Answered: true})
	}
	for _, q := range []string{"인도", "India", "러시아", "", "<@U123>", "zzzz"} {
		rows = append(rows, countryDevRow{Query: q, Answered: false})
	}
	passed := 0
	for _, r := range rows {
		s, err := e.Country(context.Background(), question.Plain(r.Query))
		if err != nil && !summary.IsNameError(err) {
			t.Errorf("Country(%q): %v", r.Query, err)
			continue
		}
		if why := scoreCountryRow(r, s); len(why) > 0 {
			t.Errorf("%q -> %q: %s", r.Query, s.Name, strings.Join(why, "; "))
			continue
		}
		passed++
	}
	t.Logf("country_pass=%.3f (%d/%d)", float64(passed)/float64(len(rows)), passed, len(rows))
}

// The report prints "(중국)" over a block of 3.2 whose text is about the EU;
// the parser marks such blocks with Label ≠ Country. The EU summary must hold
// them, flagged, and the China summary must not.
func TestLabelMismatch(t *testing.T) {
	e := mustSummaryEngine(t)
	doc := mustDoc(t)
	var wrong []int
	for _, p := range doc.Passages {
		if p.Label == "중국" && p.Country == "EU" && p.Duplicate < 0 {
			wrong = append(wrong, p.ID)
		}
	}
	if len(wrong) == 0 {
		t.Fatal("no block labelled (중국) about the EU in the parsed report")
	}
	eu, err := e.Country(context.Background(), question.Plain("EU"))
	if err != nil {
		t.Fatal(err)
	}
	cn, err := e.Country(context.Background(), question.Plain("중국"))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(s summary.Summary) map[int]summary.SummaryItem {
		m := map[int]summary.SummaryItem{}
		for _, it := range s.Items() {
			m[it.PassageID] = it
		}
		return m
	}
	euItems, cnItems := byID(eu), byID(cn)
	for _, id := range wrong {
		it, ok := euItems[id]
		if !ok {
			t.Errorf("EU summary lacks passage #%d (labelled 중국, about the EU)", id)
		} else if !it.LabelMismatch || it.Match != summary.MatchBlock || it.Label != "중국" {
			t.Errorf("EU summary item #%d = %+v, want a block flagged as mislabelled (중국)", id, it)
		}
		if _, ok := cnItems[id]; ok {
			t.Errorf("China summary holds passage #%d, which is about the EU", id)
		}
	}
}

// A block must not lose its country to a single stray mention: the parser
// moves 3.1's Japan block to the EU because it names the EU once among
// partners; the summary checks the text and keeps it with Japan.
func TestLabelKeptAgainstStrayMention(t *testing.T) {
	e := mustSummaryEngine(t)
	doc := mustDoc(t)
	jp, err := e.Country(context.Background(), question.Plain("일본"))
	if err != nil {
		t.Fatal(err)
	}
	eu, err := e.Country(context.Background(), question.Plain("EU"))
	if err != nil {
		t.Fatal(err)
	}
	in := func(s summary.Summary, id int) (summary.SummaryItem, bool) {
		for _, it := range s.Items() {
			if it.PassageID == id {
				return it, true
			}
		}
		return summary.SummaryItem{}, false
	}
	n := 0
	for _, p := range doc.Passages {
		if p.Label != "일본" || p.Duplicate >= 0 {
			continue
		}
		n++
		if it, ok := in(jp, p.ID); !ok || it.Match != summary.MatchBlock || it.LabelMismatch {
			t.Errorf("Japan summary: passage #%d (labelled 일본) = %+v, %v; want a block", p.ID, it, ok)
		}
		if it, ok := in(eu, p.ID); ok && it.Match == summary.MatchBlock {
			t.Errorf("EU summary claims Japan's block #%d as its own", p.ID)
		}
	}
	if n == 0 {
		t.Fatal("no passage labelled 일본")
	}
}

// Text that names a country without a label counts as a mention (4.2 names
// 캐나다 and 미국 in passing).
func TestUnlabelledMentions(t *testing.T) {
	e := mustSummaryEngine(t)
	for _, name := range []string{"캐나다", "미국"} {
		s, err := e.Country(context.Background(), question.Plain(name))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range s.Items() {
			if strings.HasPrefix(it.Section, "4.") && it.Match == summary.MatchMention && strings.Contains(it.Text, name) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s summary has no mention from chapter 4", name)
		}
	}
}

func TestSummaryInvariants(t *testing.T) {
	e := mustSummaryEngine(t)
	doc := mustDoc(t)
	type run struct {
		name string
		fn   func(context.Context, question.Asked) (summary.Summary, error)
	}
	var runs []run
	for _, c := range testEntities.Countries() {
		runs = append(runs, run{c.Name, e.Country})
	}
	for _, c := range testEntities.Companies() {
		runs = append(runs, run{c.Name, e.Company})
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			s, err := r.fn(context.Background(), question.Plain(r.name))
			if err != nil {
				t.Fatal(err)
			}
			if !s.Answered || s.Name != r.name || len(s.Groups) == 0 {
				t.Fatalf("summary of %s: answered %v, name %q, %d groups", r.name, s.Answered, s.Name, len(s.Groups))
			}
			if s.Groups[0].Items[0].Match == summary.MatchMention {
				t.Errorf("first group %q opens with a mention, not the entity's own block", present.GroupTitle(s.Groups[0], "ko"))
			}
			seen := map[int]bool{}
			for gi, g := range s.Groups {
				if len(g.Items) == 0 {
					t.Errorf("group %q is empty", g.ID)
					continue
				}
				if len(g.Items) > 2*summary.MaxGroupItems {
					t.Errorf("group %q has %d items", g.ID, len(g.Items))
				}
				if gi < len(s.Key) && s.Key[gi].PassageID != g.Items[0].PassageID {
					t.Errorf("key item %d is #%d, want the group's first #%d", gi, s.Key[gi].PassageID, g.Items[0].PassageID)
				}
				for _, it := range g.Items {
					if seen[it.PassageID] {
						t.Errorf("passage #%d appears twice", it.PassageID)
					}
					seen[it.PassageID] = true
					p := doc.Passages[it.PassageID]
					if p.Duplicate >= 0 {
						t.Errorf("passage #%d repeats #%d", p.ID, p.Duplicate)
					}
					if it.Text != p.Text || it.Section != p.Section {
						t.Errorf("item #%d does not match its passage", it.PassageID)
					}
					if n := utf8.RuneCountInString(it.Excerpt); n == 0 || n > tuning.Defaults().MaxExcerptRunes+2 {
						t.Errorf("item #%d excerpt has %d runes", it.PassageID, n)
					}
					if it.Section != "summary-en" && it.Section != "summary-ko" && it.Pages == "" {
						t.Errorf("item #%d (%s) has no pages", it.PassageID, it.Section)
					}
				}
			}
			if len(s.Key) > summary.MaxKeyItems || len(s.Key) != min(len(s.Groups), summary.MaxKeyItems) {
				t.Errorf("%d key items for %d groups", len(s.Key), len(s.Groups))
			}
		})
	}
}

func TestPassingCountryPointsAtText(t *testing.T) {
	e := mustSummaryEngine(t)
	s, err := e.Country(context.Background(), question.Plain("Russia"))
	if !errors.Is(err, entity.ErrUnknownName) {
		t.Fatalf("err = %v", err)
	}
	if len(s.Passing) == 0 {
		t.Fatal("no passing mentions of 러시아")
	}
	for _, it := range s.Passing {
		if !strings.Contains(it.Text, "러시아") {
			t.Errorf("passing item #%d does not name 러시아", it.PassageID)
		}
	}
	// 이란 is also a Korean ending ("…이란"): only the word counts.
	s, _ = e.Country(context.Background(), question.Plain("이란"))
	for _, it := range s.Passing {
		if !regexp.MustCompile(`(^|[^가-힣])이란([^가-힣]|$)`).MatchString(it.Text) {
			t.Errorf("passing item #%d for 이란 is an ending, not the country: %.60q", it.PassageID, it.Text)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	e := mustSummaryEngine(t)
	s, _ := e.Country(context.Background(), question.Plain("Germanyyy"))
	if len(s.DidYouMean) == 0 || s.DidYouMean[0].Name != "독일" {
		t.Errorf("DidYouMean for Germanyyy = %+v, want 독일 first", s.DidYouMean)
	}
	s, _ = e.Country(context.Background(), question.Plain("Germny"))
	if !s.Answered || !s.Typo || s.Name != "독일" {
		t.Errorf("Germny: answered %v typo %v name %q", s.Answered, s.Typo, s.Name)
	}
}

func TestSummaryCanceled(t *testing.T) {
	e := mustSummaryEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Country(ctx, question.Plain("미국")); !errors.Is(err, context.Canceled) {
		t.Errorf("CountrySummary on a canceled context: %v", err)
	}
	if _, err := e.Company(ctx, question.Plain("IBM")); !errors.Is(err, context.Canceled) {
		t.Errorf("CompanySummary on a canceled context: %v", err)
	}
}

// emojiCleaner removes Slack's :emoji: codes, as the bot's markup cleaner
// does, so that the test needs nothing of Slack.
type emojiCleaner struct{}

func (emojiCleaner) Clean(s string) string {
	return regexp.MustCompile(`:[a-z0-9_+-]+:`).ReplaceAllString(s, "")
}

// TestNameIsTheTextMeant: a name is looked up as the text meant, with the
// markup of where it was typed removed, and echoed as typed.
func TestNameIsTheTextMeant(t *testing.T) {
	e := mustSummaryEngine(t)
	tests := []struct {
		name, raw string
		fn        func(context.Context, question.Asked) (summary.Summary, error)
		want      string
	}{
		{"country", ":flag-jp: 일본", e.Country, "일본"},
		{"company", ":chip: 엔비디아", e.Company, "엔비디아"},
		{"a typo's guess", ":flag-de: Germny", e.Country, "독일"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked, _ := question.Parse(tt.raw, emojiCleaner{})
			s, err := tt.fn(context.Background(), asked)
			if err != nil || !s.Answered || s.Name != tt.want {
				t.Errorf("%q: answered %v name %q (%v), want %q", tt.raw, s.Answered, s.Name, err, tt.want)
			}
			if s.Query != tt.raw {
				t.Errorf("%q: Query = %q, want the name as typed", tt.raw, s.Query)
			}
		})
	}
	asked, _ := question.Parse(":flag-ru: Russia", emojiCleaner{})
	if s, _ := e.Country(context.Background(), asked); len(s.Passing) == 0 {
		t.Errorf("Russia typed with an emoji: no passing mentions, want those of 러시아")
	}
}
