package answer_test

import "testing"

// TestPublisherNamesTheReport holds that the report's own publisher, named
// as who says something ("according to …", "… 보고서 기준"), names the
// report as "the report" does: no passage need print it beside the figure,
// and the report does not lack it. A name the report never uses is still
// what it lacks.
func TestPublisherNamesTheReport(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the publisher's report, in Korean", "STEPI 보고서 기준 일본 반도체 보조금 규모 얼마?", ""},
		{"per the publisher, in English", "How many fabs does TSMC run in Taiwan, per STEPI?", ""},
		{"a name the report never uses beside it", "According to STEPI, how much did Zorblax invest in 2024?", "Zorblax"},
	})
}
