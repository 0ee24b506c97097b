// Package bot puts the report's answer engine into Slack: it turns mentions,
// direct messages, slash commands and button clicks (from Socket Mode or from
// signed HTTP requests) into questions, and the engine's answers into Block Kit
// replies that respect Slack's limits and can never ping anyone.
package bot
