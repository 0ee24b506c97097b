// Package commands is the one table of reportbot's commands: the
// terminal's subcommands and the Slack app's slash commands, each marked
// with where it is offered. The CLI dispatches and prints its usage from
// it, the configuration derives the slash commands' settings from it, the
// bot registers its slash commands from it, and the Slack app manifests at
// the top of the repository are generated from it (Manifest; go test
// ./config/commands -update rewrites them).
package commands
