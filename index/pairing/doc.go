// Package pairing finds, for a Korean line of the report, the sentence of
// the report's own English summary that says the same thing, so that an
// English asker can read the report's English beside the Korean quote a
// writer cites.
//
// Words do not survive translation, but some things do: figures (4조엔 is
// ¥4 trillion, '30년 is 2030), names and codes (엔비디아 is NVIDIA, HBM is
// HBM) and the terms the glossary pairs (메모리 반도체 is memory
// semiconductor). A line and a summary sentence are compared by the items of
// these three kinds they share, each weighed by how rare it is among the
// summary's sentences, so that "AI", which nearly every sentence holds, says
// little and "TSMC", which one holds, says much. A pair needs a rare name,
// code or figure unless the overlap is large, and the best sentence must be
// clearly ahead of the next: a wrong English sentence shown beside a quote
// misleads more than none, so the pairer says nothing when it is unsure.
//
// Everything is read once, in New; a Pairer is read-only and safe for
// concurrent use. Every number that controls a decision is in Params.
package pairing
