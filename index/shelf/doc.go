// Package shelf answers from several reports at once: each report's
// engines (answers, citations, summaries, dialog) over its own index, and
// the rules that put a question, a claim, a name or a conversation to all
// of them and say which report answers.
//
// Both the terminal commands and the Slack bot use it, so that a question
// asked of several reports gets the same answer wherever it is asked. It
// changes no engine: every report is answered by its own engines exactly as
// when it is served alone, and a shelf of one report answers as that
// report's engines do.
//
// A conversation over a shelf is a State: each report's dialog state, kept
// by the report's series number, so that every report's dialog keeps its
// own turns and a follow-up goes on in the report that answered it. A State
// is JSON a caller stores under a key of its own (a Slack thread, a DM, a
// CLI conversation id). It is versioned: the single-report state that
// index/dialog wrote before (version 1) still decodes, and Settle gives its
// turns to the report they fit.
package shelf
