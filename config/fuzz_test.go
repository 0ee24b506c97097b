package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzConfigFile feeds YAML text through the file reader and the checks
// after it. Whatever the text, Load must not panic, and an error must be one
// of the sentinels callers branch on, without the tokens from the
// environment in it.
func FuzzConfigFile(f *testing.F) {
	f.Add("mode: http\naddr: \":8080\"\nsigning_secret: " + secret + "\n")
	f.Add("rate_limit: off\nallowed_channels: [C123, D456]\ncommands:\n  report: /ask\n")
	f.Add("reports: [a.txt, b.txt]\nchannel_reports:\n  C0AAA: [2024-08, \"정책연구 2031-03\"]\n")
	f.Add("shutdown_timeout: 5s\nlog_level: debug\n")
	f.Add("drain_grace: 0\nshutdown_timeout: 1m\n")
	f.Add("mode: [unclosed\n")
	f.Add("mdoe: http\n")
	f.Add("commands:\n  reprot: /ask\n  cite: \"\"\n  country: [a]\n")
	f.Add("---\n---\n")
	dir := f.TempDir()
	tokens := env(map[string]string{EnvBotToken: botToken, EnvAppToken: appToken})
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(dir, "reportbot.yaml")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := Load([]string{"--config", path}, tokens, nil)
		if err == nil {
			return
		}
		if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrMissing) {
			t.Errorf("Load = %v, want an error wrapping ErrMalformed or ErrMissing", err)
		}
		for _, s := range []string{botToken, appToken} {
			if strings.Contains(err.Error(), s) && !strings.Contains(text, s) {
				t.Errorf("error leaks a token from the environment: %q", err)
			}
		}
	})
}
