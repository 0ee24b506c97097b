// Package markup turns text as Slack sends it into the plain text a person
// meant, once, at the edge: mentions and broadcasts go (they address people,
// they are not part of a question), links and channels keep their visible
// label, entities are decoded, emoji codes, styling and quoting are removed,
// and white space is folded. The bot and the CLI both use it, so a question
// reads the same wherever it is typed.
package markup
