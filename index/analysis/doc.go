// Package analysis turns Korean and English text into index terms: Korean
// particles and endings are stripped and compounds split into the words a
// learnt vocabulary knows, a run of Hangul typed without spaces is cut into
// the report's words and those of Korean at large (segment.go, over the
// general word lists of package lexicon), English is stemmed with
// Snowball, codes and numbers stay whole. It also reads the glossary, names and synonyms data that carry
// questions across languages, and decides which language a question is in.
// It knows nothing of any report's structure and nothing of Slack.
package analysis
