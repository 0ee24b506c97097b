// Package present is what the CLI and the Slack bot show: every bilingual
// string, and the rendering of answers, summaries, citations and follow-ups
// as Slack Block Kit (mrkdwn, within Slack's limits, never pinging anyone)
// and as terminal text.
//
// Each thing shown has one file holding both renderers (answer.go: Answer
// and AnswerText; cite.go; summaries.go; reading.go), over the parts both
// outputs share (sections.go, the catalogue in labels.go), so that where
// the two differ by medium the difference is seen in one place. The bot
// and cmd/reportbot only fetch from the engines and send or print.
package present
