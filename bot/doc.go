// Package bot puts the report's answer engine into Slack: it turns mentions,
// direct messages, slash commands and button clicks (from Socket Mode or from
// signed HTTP requests) into questions, and the engine's answers into Block Kit
// replies that respect Slack's limits and can never ping anyone.
//
// A thread the bot answered, and a direct-message conversation, keep their
// recent turns in the store's Conversations (keyed by channel and thread, or
// by the DM) so that follow-ups are read against them through a Dialog; each
// message's turn is recorded once, keyed by its ts, however often Slack
// delivers it.
package bot
