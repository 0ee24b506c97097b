package commands

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite the Slack app manifests at the top of the repository from the table")

// root is the repository's top, where the manifests are committed.
const root = "../.."

// TestManifestFiles fails when a committed manifest is not what the table
// generates: someone edited it by hand, or changed the table without
// rewriting it. -update rewrites both.
func TestManifestFiles(t *testing.T) {
	tab := New()
	for _, tt := range []struct {
		file      string
		followups bool
	}{
		{ManifestFile, false},
		{ManifestFollowupsFile, true},
	} {
		t.Run(tt.file, func(t *testing.T) {
			want, err := tab.Manifest(tt.followups)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(root, tt.file)
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is not what the command table generates; run go test ./config/commands -update and review the diff\n--- committed\n%s\n--- generated\n%s", tt.file, got, want)
			}
		})
	}
}

// manifest is the part of a Slack app manifest the table decides, as
// Slack reads it.
type manifest struct {
	Display struct {
		Long string `yaml:"long_description"`
	} `yaml:"display_information"`
	Features struct {
		Slash []struct {
			Command      string `yaml:"command"`
			Description  string `yaml:"description"`
			UsageHint    string `yaml:"usage_hint"`
			ShouldEscape bool   `yaml:"should_escape"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			Bot []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
	} `yaml:"settings"`
}

// TestManifestReadsBackAsTheTable parses what Manifest writes, as Slack
// would, and checks that it declares exactly the table's Slack commands,
// whatever their text needs quoted, and that the follow-ups manifest adds
// only the channel events and their scopes.
func TestManifestReadsBackAsTheTable(t *testing.T) {
	tab := New()
	read := func(followups bool) manifest {
		t.Helper()
		data, err := tab.Manifest(followups)
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("manifest (followups %v) is not YAML: %v\n%s", followups, err, data)
		}
		return m
	}
	base, followups := read(false), read(true)
	slack := tab.In(Slack)
	if got, want := len(base.Features.Slash), len(slack); got != want {
		t.Fatalf("manifest declares %d slash commands, want %d", got, want)
	}
	for i, c := range slack {
		got := base.Features.Slash[i]
		if got.Command != c.Slash || got.Description != c.About || got.UsageHint != c.Hint || got.ShouldEscape {
			t.Errorf("slash command %d = %+v, want %s %q %q, should_escape false", i, got, c.Slash, c.About, c.Hint)
		}
	}
	if !bytes.Contains([]byte(base.Display.Long), []byte("use /report.")) {
		t.Errorf("long description does not name the /report command: %q", base.Display.Long)
	}
	added := func(got, want []string) []string {
		var out []string
		for _, s := range got {
			if !slices.Contains(want, s) {
				out = append(out, s)
			}
		}
		return out
	}
	if got, want := added(followups.OAuth.Scopes.Bot, base.OAuth.Scopes.Bot), []string{"channels:history", "groups:history"}; !slices.Equal(got, want) {
		t.Errorf("follow-ups manifest adds scopes %q, want %q", got, want)
	}
	if got, want := added(followups.Settings.Events.Bot, base.Settings.Events.Bot), []string{"message.channels", "message.groups"}; !slices.Equal(got, want) {
		t.Errorf("follow-ups manifest adds events %q, want %q", got, want)
	}
	if len(added(base.OAuth.Scopes.Bot, followups.OAuth.Scopes.Bot)) > 0 || len(added(base.Settings.Events.Bot, followups.Settings.Events.Bot)) > 0 {
		t.Error("follow-ups manifest drops a scope or event of the plain one")
	}
}

// TestYAMLScalar checks that text YAML would misread is quoted, and that
// plain text stays plain, as the committed manifests have it.
func TestYAMLScalar(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain with Hangul and a comma", "Quote the passage, with a reference (인용 찾기)", "Quote the passage, with a reference (인용 찾기)"},
		{"a flow sequence", "[claim] e.g. TSMC", `"[claim] e.g. TSMC"`},
		{"a colon and space", "note: this", `"note: this"`},
		{"a comment", "ask # here", `"ask # here"`},
		{"a boolean", "true", `"true"`},
		{"a number", "42", `"42"`},
		{"leading space", " padded", `" padded"`},
		{"a quote inside", `say "hi": now`, `"say \"hi\": now"`},
		{"empty", "", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := yamlScalar(tt.in)
			if got != tt.want {
				t.Errorf("yamlScalar(%q) = %s, want %s", tt.in, got, tt.want)
			}
			var back map[string]string
			if err := yaml.Unmarshal([]byte("k: "+got), &back); err != nil || back["k"] != tt.in {
				t.Errorf("yamlScalar(%q) = %s reads back as %q (%v)", tt.in, got, back["k"], err)
			}
		})
	}
}
