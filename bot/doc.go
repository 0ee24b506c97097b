// Package bot puts the report's answer engine into Slack: it turns mentions,
// direct messages, slash commands and button clicks (from Socket Mode or from
// signed HTTP requests) into questions, asks the engines, and sends the
// replies bot/present renders, retrying Slack's Web API as its rules allow.
// It is transport and state only: it decides which reply to send, and
// bot/present makes it. Its slash commands are those of the command table
// (package commands), under the names the configuration gives them.
//
// A thread the bot answered, and a direct-message conversation, keep their
// recent turns in the store's Conversations (keyed by channel and thread, or
// by the DM) so that follow-ups are read against them through a Dialog; each
// message's turn is recorded once, keyed by its ts, however often Slack
// delivers it.
package bot
