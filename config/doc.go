// Package config gathers the settings of `reportbot serve` from a YAML file,
// environment variables and command-line flags, in rising order of precedence,
// and checks them before anything connects to Slack so that a bad token or
// secret stops start-up with a message naming the variable to fix. The
// slash commands' names are settings too, one for each slash command of the
// command table (package commands), under keys derived from it.
package config
