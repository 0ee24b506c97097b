package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/stepi-tools/reportbot/config"
)

// TestComposeFile checks what compose.yaml promises operators: every
// replica is given longer to stop than its drain grace and shutdown timeout
// together, so the engine does not kill it mid-answer, and publishes its
// port on 127.0.0.1 only.
func TestComposeFile(t *testing.T) {
	data, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Services map[string]struct {
			Image           string            `yaml:"image"`
			Environment     map[string]string `yaml:"environment"`
			StopGracePeriod string            `yaml:"stop_grace_period"`
			Ports           []string          `yaml:"ports"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	defaults := config.Default()
	replicas := 0
	for name, s := range f.Services {
		if !strings.Contains(s.Image, "reportbot") {
			continue
		}
		replicas++
		t.Run(name, func(t *testing.T) {
			duration := func(key string, def time.Duration) time.Duration {
				v, ok := s.Environment[key]
				if !ok {
					return def
				}
				d, err := time.ParseDuration(v)
				if err != nil {
					t.Fatalf("%s: %v", key, err)
				}
				return d
			}
			drain := duration(config.EnvDrainGrace, defaults.DrainGrace) + duration(config.EnvShutdownTimeout, defaults.ShutdownTimeout)
			stop, err := time.ParseDuration(s.StopGracePeriod)
			if err != nil {
				t.Fatalf("stop_grace_period %q: %v (without it Docker waits 10 s)", s.StopGracePeriod, err)
			}
			if stop <= drain {
				t.Errorf("stop_grace_period %v, want more than drain grace + shutdown timeout = %v", stop, drain)
			}
			if len(s.Ports) == 0 {
				t.Errorf("no published port")
			}
			for _, p := range s.Ports {
				if !strings.HasPrefix(p, "127.0.0.1:") {
					t.Errorf("port %q is published on every interface, want 127.0.0.1:…", p)
				}
			}
		})
	}
	if replicas != 2 {
		t.Errorf("%d reportbot services, want 2", replicas)
	}
}
