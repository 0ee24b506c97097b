// Package dialog answers a message in the light of the same conversation's
// earlier turns: a follow-up such as "싱가포르는?", "그건 언제 나왔어?",
// "출처는?" or "more" is read against the previous question, how it was
// understood and the evidence its answer gave.
//
// The answer engine stays stateless: this room rewrites a follow-up into a
// question that stands on its own (the previous turn's content words, with a
// new entity swapped in or the message's own words added) and asks the engine
// that. Whether a message is a follow-up is read from the engine's own
// analysis (its concepts and their entity and constraint flags), the entity
// table (is a bare name a covered country, a company, one named only in
// passing, or one the report does not discuss) and a small table of dialog
// frame words (pronouns, "그럼", "more", "source") — never from a list
// of example questions. A follow-up is asked both as rewritten and as
// typed, and the two rankings fused (fuse.go); what it newly asks that the
// lines its answer shows do not hold is named as missing (held.go).
//
// State is the conversation's recent turns, bounded and serialisable to JSON
// so that a caller can keep it in any key/value store under a key of its own
// choosing (a Slack thread, a DM, a CLI conversation id).
package dialog
