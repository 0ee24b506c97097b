// Package present is what the CLI and the Slack bot show: every bilingual
// string, and the rendering of answers, summaries, citations and follow-ups
// as Slack Block Kit (mrkdwn, within Slack's limits, never pinging anyone)
// and as terminal text.
//
// Each thing shown has one file holding both renderers (answer.go: Answer
// and AnswerText; cite.go; summaries.go; reading.go), over the parts both
// outputs share (sections.go, the catalogue in labels.go), so that where
// the two differ by medium the difference is seen in one place. What both
// say is said by one function in the words of Labels (a decline's
// sections, a hedge, a summary's items and counts, a name, a citation's
// notes), which each output only lays out and escapes its own way; the
// TestBothOutputsShow… tests hold those parts equal. The JSON keeps the
// few words of its own that the evaluator's files hold (Terminal's
// NoSupport, Mismatch, QuestionTooLong; SummaryRefusal). The bot and
// cmd/reportbot only fetch from the engines and send or print.
package present
