package config

import (
	"errors"
	"flag"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/config/commands"
)

const (
	botToken = "xoxb-1234567890-abcdefghij"
	appToken = "xapp-1-A123-456-abcdef0123"
	secret   = "8f742231b10e8888abcd99aabbcc85a5"
	storePW  = "redis-pw-123"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "reportbot.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// withTokens is an environment with both tokens set and extra on top.
func withTokens(extra map[string]string) map[string]string {
	m := map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}
	maps.Copy(m, extra)
	return m
}

func TestLoad(t *testing.T) {
	file := writeFile(t, `
mode: http
addr: ":9000"
signing_secret: "`+secret+`"
report: /srv/report.txt
index: /srv/index
rate_limit: 10/1m
log_level: debug
commands:
  report: /ask
allowed_channels: [C0AAA, G0BBB]
shutdown_timeout: 45s
store: redis://redis:6379/1
`)
	tests := []struct {
		name  string
		args  []string
		env   map[string]string
		check func(t *testing.T, c Settings)
	}{
		{"defaults with tokens", nil, withTokens(nil), func(t *testing.T, c Settings) {
			want := Default()
			want.BotToken, want.AppToken = botToken, appToken
			if !reflect.DeepEqual(c, want) {
				t.Errorf("got %+v\nwant %+v", c, want)
			}
		}},
		{"file values", []string{"--config", file}, withTokens(nil), func(t *testing.T, c Settings) {
			if c.Mode != ModeHTTP || c.Addr != ":9000" || !slices.Equal(c.Reports, []string{"/srv/report.txt"}) || c.SigningSecret != secret {
				t.Errorf("file not applied: %+v", c)
			}
			if c.RateLimit != (RateLimit{10, time.Minute}) || c.LogLevel != slog.LevelDebug || c.ShutdownTimeout != 45*time.Second {
				t.Errorf("file limits not applied: %+v", c)
			}
			if c.Commands[commands.Ask] != "/ask" || c.Commands[commands.Cite] != "/cite" {
				t.Errorf("commands = %+v", c.Commands)
			}
			if !reflect.DeepEqual(c.AllowedChannels, []string{"C0AAA", "G0BBB"}) {
				t.Errorf("allowed = %v", c.AllowedChannels)
			}
			if c.Store != "redis://redis:6379/1" {
				t.Errorf("store = %q, want the file's", c.Store)
			}
			if c.Index != "/srv/index" {
				t.Errorf("index = %q, want the file's", c.Index)
			}
		}},
		{"index from environment", nil, withTokens(map[string]string{EnvIndex: "/env/index"}), func(t *testing.T, c Settings) {
			if c.Index != "/env/index" {
				t.Errorf("index = %q, want REPORTBOT_INDEX's", c.Index)
			}
		}},
		{"index flag beats environment and file", []string{"--config", file, "--index", "/flag/index"}, withTokens(map[string]string{EnvIndex: "/env/index"}), func(t *testing.T, c Settings) {
			if c.Index != "/flag/index" {
				t.Errorf("index = %q, want --index's", c.Index)
			}
		}},
		{"env overrides file, flag overrides env", []string{"--config", file, "--addr", ":9200", "--log-level", "warn"},
			withTokens(map[string]string{EnvAddr: ":9100", EnvLogLevel: "error", EnvRateLimit: "3/1h", EnvReport: "/env.txt"}),
			func(t *testing.T, c Settings) {
				if c.Addr != ":9200" || c.LogLevel != slog.LevelWarn {
					t.Errorf("flags should win: addr %q level %v", c.Addr, c.LogLevel)
				}
				if c.RateLimit != (RateLimit{3, time.Hour}) || !slices.Equal(c.Reports, []string{"/env.txt"}) {
					t.Errorf("env should beat the file: %+v", c)
				}
				if c.Mode != ModeHTTP {
					t.Errorf("file mode lost: %q", c.Mode)
				}
			}},
		{"config file named by environment", nil, withTokens(map[string]string{EnvConfig: file}), func(t *testing.T, c Settings) {
			if c.Addr != ":9000" {
				t.Errorf("REPORTBOT_CONFIG ignored: %+v", c)
			}
		}},
		{"command names normalised", []string{"--command-report", "ASK", "--command-cite", "/출처"}, withTokens(nil), func(t *testing.T, c Settings) {
			if c.Commands[commands.Ask] != "/ask" || c.Commands[commands.Cite] != "/출처" {
				t.Errorf("commands = %+v", c.Commands)
			}
		}},
		{"api url gets a trailing slash", []string{"--slack-api-url", "http://127.0.0.1:9/api"}, withTokens(nil), func(t *testing.T, c Settings) {
			if c.APIURL != "http://127.0.0.1:9/api/" {
				t.Errorf("APIURL = %q", c.APIURL)
			}
		}},
		{"api url from environment", nil, withTokens(map[string]string{EnvAPIURL: "https://proxy.example/api/"}), func(t *testing.T, c Settings) {
			if c.APIURL != "https://proxy.example/api/" {
				t.Errorf("APIURL = %q", c.APIURL)
			}
		}},
		{"http mode listens on :8080 unless told otherwise", []string{"--mode", "http"}, withTokens(map[string]string{EnvSigningSecret: secret}), func(t *testing.T, c Settings) {
			if c.Addr != DefaultHTTPAddr {
				t.Errorf("Addr = %q, want %q", c.Addr, DefaultHTTPAddr)
			}
		}},
		{"socket mode opens no port by default", nil, withTokens(nil), func(t *testing.T, c Settings) {
			if c.Addr != "" {
				t.Errorf("Addr = %q, want none", c.Addr)
			}
		}},
		{"rate limit off", []string{"--rate-limit", "off"}, withTokens(nil), func(t *testing.T, c Settings) {
			if c.RateLimit.Count != 0 {
				t.Errorf("rate limit = %v, want off", c.RateLimit)
			}
		}},
		{"store defaults to memory", nil, withTokens(nil), func(t *testing.T, c Settings) {
			if c.Store != StoreMemory {
				t.Errorf("store = %q, want %q", c.Store, StoreMemory)
			}
		}},
		{"store from environment, with a password", nil, withTokens(map[string]string{EnvStore: "rediss://:" + storePW + "@cache.example:6380/0"}), func(t *testing.T, c Settings) {
			if c.Store != "rediss://:"+storePW+"@cache.example:6380/0" {
				t.Errorf("store = %q", c.Store)
			}
		}},
		{"store flag beats environment", []string{"--store", "memory"}, withTokens(map[string]string{EnvStore: "redis://redis:6379/0"}), func(t *testing.T, c Settings) {
			if c.Store != StoreMemory {
				t.Errorf("store = %q, want the flag's %q", c.Store, StoreMemory)
			}
		}},
		{"store name is case-insensitive", []string{"--store", " Memory "}, withTokens(nil), func(t *testing.T, c Settings) {
			if c.Store != StoreMemory {
				t.Errorf("store = %q, want %q", c.Store, StoreMemory)
			}
		}},
		{"follow-ups off and DM context 10m by default", nil, withTokens(nil), func(t *testing.T, c Settings) {
			if c.FollowupsWithoutMention || c.DMContext != 10*time.Minute {
				t.Errorf("got followups %v, dm_context %v; want false, 10m", c.FollowupsWithoutMention, c.DMContext)
			}
		}},
		{"follow-ups and DM context from the environment", nil, withTokens(map[string]string{EnvFollowups: "true", EnvDMContext: "30m"}), func(t *testing.T, c Settings) {
			if !c.FollowupsWithoutMention || c.DMContext != 30*time.Minute {
				t.Errorf("got followups %v, dm_context %v; want true, 30m", c.FollowupsWithoutMention, c.DMContext)
			}
		}},
		{"flags beat the environment; 0 turns DM context off", []string{"--followups-without-mention", "false", "--dm-context", "0"}, withTokens(map[string]string{EnvFollowups: "true"}), func(t *testing.T, c Settings) {
			if c.FollowupsWithoutMention || c.DMContext != 0 {
				t.Errorf("got followups %v, dm_context %v; want false, 0", c.FollowupsWithoutMention, c.DMContext)
			}
		}},
		{"follow-ups from the config file", nil, withTokens(map[string]string{EnvConfig: writeFile(t, "followups_without_mention: true\ndm_context: 5m\n")}), func(t *testing.T, c Settings) {
			if !c.FollowupsWithoutMention || c.DMContext != 5*time.Minute {
				t.Errorf("got followups %v, dm_context %v; want true, 5m", c.FollowupsWithoutMention, c.DMContext)
			}
		}},
		{"drain grace 5s by default", nil, withTokens(nil), func(t *testing.T, c Settings) {
			if c.DrainGrace != 5*time.Second {
				t.Errorf("drain grace = %v, want 5s", c.DrainGrace)
			}
		}},
		{"drain grace from the environment", nil, withTokens(map[string]string{EnvDrainGrace: "15s"}), func(t *testing.T, c Settings) {
			if c.DrainGrace != 15*time.Second {
				t.Errorf("drain grace = %v, want 15s", c.DrainGrace)
			}
		}},
		{"drain grace flag beats the environment; 0 turns it off", []string{"--drain-grace", "0"}, withTokens(map[string]string{EnvDrainGrace: "15s"}), func(t *testing.T, c Settings) {
			if c.DrainGrace != 0 {
				t.Errorf("drain grace = %v, want 0", c.DrainGrace)
			}
		}},
		{"drain grace from the config file", nil, withTokens(map[string]string{EnvConfig: writeFile(t, "drain_grace: 2s\nshutdown_timeout: 10s\n")}), func(t *testing.T, c Settings) {
			if c.DrainGrace != 2*time.Second || c.ShutdownTimeout != 10*time.Second {
				t.Errorf("drain grace %v, shutdown timeout %v; want 2s, 10s", c.DrainGrace, c.ShutdownTimeout)
			}
		}},
		{"allow-list with spaces and blanks", []string{"--allowed-channels", " C0AAA , ,D0CCC "}, withTokens(nil), func(t *testing.T, c Settings) {
			if !reflect.DeepEqual(c.AllowedChannels, []string{"C0AAA", "D0CCC"}) {
				t.Errorf("allowed = %v", c.AllowedChannels)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.args, env(tt.env), nil)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			tt.check(t, c)
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		file     string
		wantErr  error
		wantText []string
	}{
		{"no tokens", nil, nil, "", ErrMissing, []string{EnvBotToken, EnvAppToken}},
		{"malformed bot token", nil, map[string]string{EnvBotToken: "xoxp-12345678901", EnvAppToken: appToken}, "", ErrMalformed, []string{EnvBotToken, "xoxb-"}},
		{"token with whitespace inside", nil, map[string]string{EnvBotToken: "xoxb-123 4567890", EnvAppToken: appToken}, "", ErrMalformed, []string{EnvBotToken}},
		{"malformed app token", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: "xoxb-1234567890-abc"}, "", ErrMalformed, []string{EnvAppToken}},
		{"http needs a secret", []string{"--mode", "http"}, map[string]string{EnvBotToken: botToken}, "", ErrMissing, []string{EnvSigningSecret}},
		{"malformed secret", []string{"--mode", "http"}, map[string]string{EnvBotToken: botToken, EnvSigningSecret: "zzzz"}, "", ErrMalformed, []string{EnvSigningSecret}},
		{"bad mode", []string{"--mode", "rtm"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--mode", "rtm"}},
		{"bad rate", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvRateLimit: "5 per minute"}, "", ErrMalformed, []string{EnvRateLimit}},
		{"bad channel", []string{"--allowed-channels", "#general"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--allowed-channels", "#general"}},
		{"duplicate commands", []string{"--command-cite", "/report"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--command-cite"}},
		{"command with a space", []string{"--command-report", "/re port"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--command-report"}},
		{"bad log level", []string{"--log-level", "loud"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--log-level"}},
		{"bad shutdown timeout", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvShutdownTimeout: "-1s"}, "", ErrMalformed, []string{EnvShutdownTimeout}},
		{"negative drain grace", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvDrainGrace: "-5s"}, "", ErrMalformed, []string{EnvDrainGrace}},
		{"drain grace without a unit", []string{"--drain-grace", "5"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--drain-grace"}},
		{"bad drain grace in file names the file", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "drain_grace: soon\n", ErrMalformed, []string{"config file", "(drain_grace)"}},
		{"bad api url", []string{"--slack-api-url", "ftp://x"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--slack-api-url"}},
		{"unknown key in file", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "mdoe: http\n", ErrMalformed, []string{"mdoe"}},
		{"file not YAML", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "mode: [unclosed\n", ErrMalformed, []string{"config file"}},
		{"bad value in file names the file", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "mode: pigeon\n", ErrMalformed, []string{"config file", "(mode)"}},
		{"bad follow-ups flag", []string{"--followups-without-mention", "sometimes"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--followups-without-mention"}},
		{"bad DM context", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvDMContext: "-5m"}, "", ErrMalformed, []string{EnvDMContext}},
		{"store not a URL", []string{"--store", "redis"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"--store", "redis://"}},
		{"store with another scheme", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvStore: "http://:" + storePW + "@cache:6379"}, "", ErrMalformed, []string{EnvStore}},
		{"store URL without a host", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvStore: "redis://:" + storePW + "@/0"}, "", ErrMalformed, []string{EnvStore}},
		{"store URL that does not parse", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, EnvStore: "redis://:" + storePW + "@cache:port/0"}, "", ErrMalformed, []string{EnvStore}},
		{"bad store in file names the file", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "store: memcached://:" + storePW + "@cache\n", ErrMalformed, []string{"config file", "(store)"}},
		{"stray argument", []string{"extra"}, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}, "", ErrMalformed, []string{"extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.file != "" {
				args = append([]string{"--config", writeFile(t, tt.file)}, args...)
			}
			_, err := Load(args, env(tt.env), nil)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Load error = %v, want %v", err, tt.wantErr)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			for _, s := range []string{botToken, secret, storePW} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("error leaks a secret: %q", err)
				}
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load([]string{"--config", filepath.Join(t.TempDir(), "nope.yaml")}, env(nil), nil)
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("Load = %v, want an error naming the file", err)
	}
}

func TestLoadHelp(t *testing.T) {
	var out strings.Builder
	_, err := Load([]string{"-h"}, env(nil), &out)
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("Load(-h) = %v, want flag.ErrHelp", err)
	}
	for _, w := range []string{"-mode", "-addr", "-report", "-index", "REPORTBOT_INDEX", "-rate-limit", "REPORTBOT_REPORT", "-store", "REPORTBOT_STORE"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("usage lacks %q", w)
		}
	}
}

func TestParseRateLimit(t *testing.T) {
	tests := []struct {
		in      string
		want    RateLimit
		wantErr bool
	}{
		{"6/1m", RateLimit{6, time.Minute}, false},
		{" 20 / 1h ", RateLimit{20, time.Hour}, false},
		{"off", RateLimit{}, false},
		{"0", RateLimit{}, false},
		{"0/1m", RateLimit{}, false},
		{"6", RateLimit{}, true},
		{"x/1m", RateLimit{}, true},
		{"6/soon", RateLimit{}, true},
		{"6/-1m", RateLimit{}, true},
		{"99999999/1m", RateLimit{}, true},
	}
	for _, tt := range tests {
		got, err := ParseRateLimit(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseRateLimit(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestLoadReportsAndScopes reads the reports served and the channels scoped
// to some of them from each layer: --report given once per report,
// REPORTBOT_REPORT listing files as PATH does, the file's report or
// reports, and channel_reports from the file, the environment or a flag.
func TestLoadReportsAndScopes(t *testing.T) {
	sep := string(filepath.ListSeparator)
	scoped := writeFile(t, `
reports: [/srv/a.txt, /srv/b.txt]
channel_reports:
  C0AAA: ["수시연구 2024-08"]
  G0BBB: [2031-03, "정책연구 2032-07"]
`)
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		wantFiles  []string
		wantScopes map[string][]string
	}{
		{"none: the embedded report", nil, withTokens(nil), nil, nil},
		{"--report once for each", []string{"--report", "/a.txt", "--report", "/b.txt"}, withTokens(nil), []string{"/a.txt", "/b.txt"}, nil},
		{"the variable lists files as PATH does", nil, withTokens(map[string]string{EnvReport: "/a.txt" + sep + "/b.txt"}), []string{"/a.txt", "/b.txt"}, nil},
		{"--report replaces the variable's", []string{"--report", "/c.txt"}, withTokens(map[string]string{EnvReport: "/a.txt" + sep + "/b.txt"}), []string{"/c.txt"}, nil},
		{"the file's reports and scopes", []string{"--config", scoped}, withTokens(nil), []string{"/srv/a.txt", "/srv/b.txt"},
			map[string][]string{"C0AAA": {"수시연구 2024-08"}, "G0BBB": {"2031-03", "정책연구 2032-07"}}},
		{"scopes from the environment beat the file's", []string{"--config", scoped}, withTokens(map[string]string{EnvChannelReports: "C0CCC=2024-08"}),
			[]string{"/srv/a.txt", "/srv/b.txt"}, map[string][]string{"C0CCC": {"2024-08"}}},
		{"scopes from a flag", []string{"--channel-reports", "C0AAA=2024-08, 2031-03; D0DDD=2032-07"}, withTokens(nil), nil,
			map[string][]string{"C0AAA": {"2024-08", "2031-03"}, "D0DDD": {"2032-07"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.args, env(tt.env), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(c.Reports, tt.wantFiles) {
				t.Errorf("Reports = %q, want %q", c.Reports, tt.wantFiles)
			}
			if !reflect.DeepEqual(c.ChannelReports, tt.wantScopes) {
				t.Errorf("ChannelReports = %q, want %q", c.ChannelReports, tt.wantScopes)
			}
		})
	}
}

func TestLoadScopeErrors(t *testing.T) {
	tokens := map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}
	tests := []struct {
		name     string
		args     []string
		file     string
		wantText []string
	}{
		{"a channel that is not an id", []string{"--channel-reports", "#general=2024-08"}, "", []string{"--channel-reports", "#general"}},
		{"a channel with no report", nil, "channel_reports:\n  C0AAA: []\n", []string{"(channel_reports)", "C0AAA", "no report"}},
		{"no equals sign", []string{"--channel-reports", "C0AAA"}, "", []string{"--channel-reports", "CHANNEL=SERIES"}},
		{"a channel listed twice", []string{"--channel-reports", "C0AAA=2024-08;C0AAA=2031-03"}, "", []string{"C0AAA", "twice"}},
		{"report and reports in one file", nil, "report: /a.txt\nreports: [/b.txt]\n", []string{"report or reports"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.file != "" {
				args = append([]string{"--config", writeFile(t, tt.file)}, args...)
			}
			_, err := Load(args, env(tokens), nil)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("Load error = %v, want %v", err, ErrMalformed)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestLoadEveryKey loads a config file with every key, as README documents
// the format, so that a change inside Settings cannot drop or rename one.
func TestLoadEveryKey(t *testing.T) {
	got, err := Load([]string{"--config", filepath.Join("testdata", "every-key.yaml")}, env(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Settings{
		Mode:          ModeHTTP,
		Addr:          ":9090",
		BotToken:      botToken,
		SigningSecret: secret,
		APIURL:        "http://127.0.0.1:9/api/",
		Reports:       []string{"a.txt", "b.txt"},
		Commands: commands.Names{
			commands.Ask: "/ask", commands.Country: "/나라", commands.Company: "/company", commands.Cite: "/출처",
		},
		AllowedChannels:         []string{"C0123ABCD", "C0456EFGH"},
		RateLimit:               RateLimit{30, time.Hour},
		LogLevel:                slog.LevelWarn,
		DrainGrace:              2 * time.Second,
		ShutdownTimeout:         10 * time.Second,
		Store:                   StoreMemory,
		FollowupsWithoutMention: true,
		DMContext:               0,
		ChannelReports:          map[string][]string{"C0123ABCD": {"2024-08"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestSlashCommandSettings renames each slash command of the command table
// from each layer, under the names the table derives: the config file's
// commands.KEY, REPORTBOT_COMMAND_KEY and --command-KEY.
func TestSlashCommandSettings(t *testing.T) {
	tokens := map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}
	for _, c := range commands.New().In(commands.Slack) {
		layers := []struct {
			name string
			args []string
			env  map[string]string
		}{
			{"file", []string{"--config", writeFile(t, "commands:\n  "+c.Key()+": /renamed\n")}, tokens},
			{"environment", nil, map[string]string{EnvBotToken: botToken, EnvAppToken: appToken, c.Env(): "/renamed"}},
			{"flag", []string{"--" + c.Flag(), "/renamed"}, tokens},
		}
		for _, l := range layers {
			t.Run(string(c.ID)+" from the "+l.name, func(t *testing.T) {
				s, err := Load(l.args, env(l.env), nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, other := range commands.New().In(commands.Slack) {
					want := other.Slash
					if other.ID == c.ID {
						want = "/renamed"
					}
					if got := s.Commands[other.ID]; got != want {
						t.Errorf("%s = %q, want %q", other.ID, got, want)
					}
				}
			})
		}
	}
	var help strings.Builder
	if _, err := Load([]string{"-h"}, env(nil), &help); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("Load(-h) = %v, want flag.ErrHelp", err)
	}
	for _, c := range commands.New().In(commands.Slack) {
		for _, w := range []string{"-" + c.Flag(), c.Setting, c.Env()} {
			if !strings.Contains(help.String(), w) {
				t.Errorf("serve -h lacks %q", w)
			}
		}
	}
}

// TestUnknownCommandInFile checks that a misspelt command under commands:
// fails loudly, as any other unknown key in the file does.
func TestUnknownCommandInFile(t *testing.T) {
	_, err := Load([]string{"--config", writeFile(t, "commands:\n  reprot: /ask\n")}, env(map[string]string{EnvBotToken: botToken, EnvAppToken: appToken}), nil)
	if !errors.Is(err, ErrMalformed) {
		t.Fatalf("Load = %v, want %v", err, ErrMalformed)
	}
	for _, w := range []string{"reprot", "commands", "report, country, company, cite"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %q", err, w)
		}
	}
}
