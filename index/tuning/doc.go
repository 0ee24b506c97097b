// Package tuning holds Params: every number that weighs a question's words,
// ranks passages, decides whether to answer and sizes what is shown, in one
// struct so that they are fitted (cmd/tune) and tested as a whole. Both
// question and search read it, so it is a room beneath them both.
package tuning
