package commands

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"
)

// Manifest files: the app as most workspaces want it, and the same with
// what followups_without_mention needs. Both sit at the top of the
// repository, where README tells people to paste them from.
const (
	ManifestFile          = "manifest.yaml"
	ManifestFollowupsFile = "manifest-followups.yaml"
)

// Manifest is the Slack app manifest with the table's slash commands under
// their default names. With followups it also asks for the channel
// message events and their history scopes, which followups_without_mention
// needs; otherwise the bot sees only mentions and direct messages.
func (t Table) Manifest(followups bool) ([]byte, error) {
	ask, ok := t.Command(Ask)
	if !ok || !ask.In(Slack) {
		return nil, fmt.Errorf("manifest: the table has no slash command for %q", Ask)
	}
	type slash struct{ Command, About, Hint string }
	var cmds []slash
	for _, c := range t.In(Slack) {
		cmds = append(cmds, slash{c.Slash, yamlScalar(c.About), strconv.Quote(c.Hint)})
	}
	tmpl, err := template.New("manifest").Parse(manifestTemplate)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	var b bytes.Buffer
	err = tmpl.Execute(&b, struct {
		Followups bool
		Ask       string
		Commands  []slash
	}{followups, ask.Slash, cmds})
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return b.Bytes(), nil
}

// yamlScalar writes s plain where YAML reads it back as the same string,
// and double-quoted otherwise (Go's escapes are YAML's).
func yamlScalar(s string) string {
	var back map[string]any
	if strings.TrimSpace(s) == s && yaml.Unmarshal([]byte("k: "+s), &back) == nil && back["k"] == s {
		return s
	}
	return strconv.Quote(s)
}

// manifestTemplate is the app around the commands: who it is, what it may
// read and write, and which events reach it.
const manifestTemplate = `
{{- if .Followups -}}
# Slack app manifest for reportbot with follow-ups without a mention: the same
# app as manifest.yaml plus the channel message events and their history
# scopes, so that replies in a thread the bot answered reach it. Use it only
# with followups_without_mention: true (--followups-without-mention,
# REPORTBOT_FOLLOWUPS_WITHOUT_MENTION); the bot then reads every message of
# the channels it is in, and answers only replies in its own threads.
#
# Create the app with
{{- else -}}
# Slack app manifest for reportbot. Create the app with
{{- end}}
# "Create New App → From an app manifest" at https://api.slack.com/apps and
# paste this file. It sets the app up for Socket Mode; for HTTP mode see
# the Slack section of README.md (add the request URLs and turn socket_mode_enabled off).
#
# Generated from the command table (config/commands/table.go): change the table,
# then rewrite this file with go test ./config/commands -update.
_metadata:
  major_version: 1
  minor_version: 1
display_information:
  name: Report Bot
  description: Answers questions about «AI 초격차 전략 수립 연구» (STEPI, 2024) with cited passages.
  background_color: "#1f3b5a"
  long_description: >-
    Report Bot answers questions about the STEPI research report «AI 초격차 전략 수립 연구»
    (Research for developing AI super-gap strategy, 2024) in Korean or English. Mention it in a
    channel, send it a direct message, or use {{.Ask}}. Every answer quotes the passages it relies
    on, with section numbers, page ranges and the sources those passages cite.
features:
  app_home:
    home_tab_enabled: false
    messages_tab_enabled: true
    messages_tab_read_only_enabled: false
  bot_user:
    display_name: reportbot
    always_online: true
  slash_commands:
{{- range .Commands}}
    - command: {{.Command}}
      description: {{.About}}
      usage_hint: {{.Hint}}
      should_escape: false
{{- end}}
oauth_config:
  scopes:
    bot:
      - app_mentions:read
{{- if .Followups}}
      # Follow-ups without a mention: read channel and private-channel
      # messages, to see replies in the threads the bot answered.
      - channels:history
      - groups:history
{{- end}}
      - chat:write
      - commands
      - im:history
      - im:read
      - im:write
      - reactions:write
settings:
  event_subscriptions:
    bot_events:
      - app_mention
      - message.im
{{- if .Followups}}
      # Follow-ups without a mention: messages in public and private
      # channels the bot is in (it answers only replies in its threads).
      - message.channels
      - message.groups
{{- end}}
  interactivity:
    is_enabled: true
  org_deploy_enabled: false
  socket_mode_enabled: true
  token_rotation_enabled: false
`
