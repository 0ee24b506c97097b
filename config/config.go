package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/stepi-tools/reportbot/config/commands"
)

// Errors callers branch on. Every error Load returns for a bad setting wraps
// one of these, and its message names the variable or flag at fault.
var (
	ErrMissing   = errors.New("required setting is missing")
	ErrMalformed = errors.New("setting is malformed")
)

// Connection modes.
const (
	ModeSocket = "socket"
	ModeHTTP   = "http"
)

// DefaultHTTPAddr is where HTTP mode listens unless told otherwise.
const DefaultHTTPAddr = ":8080"

// StoreMemory keeps shared state in the process; a redis:// or rediss:// URL
// shares it between replicas.
const StoreMemory = "memory"

// Environment variable names; README.md lists them with their meaning.
// The slash commands' names have one each too, derived from the command
// table (commands.Command.Env).
const (
	EnvAppToken        = "SLACK_APP_TOKEN"
	EnvBotToken        = "SLACK_BOT_TOKEN"
	EnvSigningSecret   = "SLACK_SIGNING_SECRET"
	EnvAPIURL          = "SLACK_API_URL"
	EnvConfig          = "REPORTBOT_CONFIG"
	EnvMode            = "REPORTBOT_MODE"
	EnvAddr            = "REPORTBOT_ADDR"
	EnvReport          = "REPORTBOT_REPORT"
	EnvIndex           = "REPORTBOT_INDEX"
	EnvAllowedChannels = "REPORTBOT_ALLOWED_CHANNELS"
	EnvRateLimit       = "REPORTBOT_RATE_LIMIT"
	EnvLogLevel        = "REPORTBOT_LOG_LEVEL"
	EnvShutdownTimeout = "REPORTBOT_SHUTDOWN_TIMEOUT"
	EnvDrainGrace      = "REPORTBOT_DRAIN_GRACE"
	EnvStore           = "REPORTBOT_STORE"
	EnvFollowups       = "REPORTBOT_FOLLOWUPS_WITHOUT_MENTION"
	EnvDMContext       = "REPORTBOT_DM_CONTEXT"
	EnvChannelReports  = "REPORTBOT_CHANNEL_REPORTS"
)

// RateLimit allows Count questions per user in every Per; Count 0 turns it off.
type RateLimit struct {
	Count int
	Per   time.Duration
}

// String renders the limit in the form Parse reads.
func (r RateLimit) String() string {
	if r.Count == 0 {
		return "off"
	}
	return fmt.Sprintf("%d/%s", r.Count, r.Per)
}

// Settings holds every setting of `reportbot serve`.
type Settings struct {
	Mode          string
	Addr          string // "" in Socket Mode: no health/metrics listener
	AppToken      string
	BotToken      string
	SigningSecret string
	APIURL        string // Web API base URL ending in "/", or "" for Slack's own
	// Reports are the report files served, in order; none means the
	// embedded report alone.
	Reports         []string
	Index           string         // folder of a prebuilt index of the one report; "" builds it at start-up
	Commands        commands.Names // every slash command of the command table, by its name with the slash
	AllowedChannels []string       // empty: every channel
	RateLimit       RateLimit
	LogLevel        slog.Level
	ShutdownTimeout time.Duration
	// DrainGrace is how long HTTP mode keeps serving after SIGTERM, with
	// /readyz at 503, before it stops accepting; 0 stops at once.
	DrainGrace time.Duration
	// Store is StoreMemory or a Redis URL, which may hold a password: log
	// it only through store.Redact.
	Store string
	// FollowupsWithoutMention takes replies in a thread the bot answered as
	// follow-ups without a mention (needs the message.channels and
	// message.groups events and their history scopes).
	FollowupsWithoutMention bool
	// DMContext is how long a direct message continues the conversation
	// before it; 0 turns DM context off.
	DMContext time.Duration
	// ChannelReports scopes channels to some of the reports: by channel id,
	// the series numbers of the reports it may search, whole ("수시연구
	// 2024-08") or the number alone ("2024-08"). A channel not listed
	// searches every report. Whether each names a report that is loaded is
	// checked once the reports are (serve does).
	ChannelReports map[string][]string
}

// Default returns the settings used when nothing overrides them.
func Default() Settings {
	return Settings{
		Mode:            ModeSocket,
		Commands:        commands.New().Names(nil),
		RateLimit:       RateLimit{Count: 6, Per: time.Minute},
		LogLevel:        slog.LevelInfo,
		ShutdownTimeout: 20 * time.Second,
		DrainGrace:      5 * time.Second,
		Store:           StoreMemory,
		DMContext:       10 * time.Minute,
	}
}

// file mirrors the YAML config file. Pointers tell "absent" from "empty" so
// that a file can clear a default, e.g. `rate_limit: off`.
type file struct {
	Mode            *string           `yaml:"mode"`
	Addr            *string           `yaml:"addr"`
	AppToken        *string           `yaml:"app_token"`
	BotToken        *string           `yaml:"bot_token"`
	SigningSecret   *string           `yaml:"signing_secret"`
	APIURL          *string           `yaml:"api_url"`
	Report          *string           `yaml:"report"`
	Reports         []string          `yaml:"reports"`
	Index           *string           `yaml:"index"`
	Commands        map[string]string `yaml:"commands"` // by the command table's keys: report, country, …
	AllowedChannels []string          `yaml:"allowed_channels"`
	RateLimit       *string           `yaml:"rate_limit"`
	LogLevel        *string           `yaml:"log_level"`
	ShutdownTimeout *string           `yaml:"shutdown_timeout"`
	DrainGrace      *string           `yaml:"drain_grace"`
	Store           *string           `yaml:"store"`
	Followups       *string           `yaml:"followups_without_mention"`
	DMContext       *string           `yaml:"dm_context"`
	// ChannelReports is a map, from channel id to the series numbers of
	// its reports.
	ChannelReports map[string][]string `yaml:"channel_reports"`
}

// raw holds every setting as text, keyed by the name used in messages, so the
// three layers can be merged before anything is parsed.
type raw struct {
	values   map[string]string // setting key -> value
	source   map[string]string // setting key -> where the value came from
	settings []setting
	// slash are the command table's slash commands, whose names are
	// settings too.
	slash []commands.Command
}

func (r *raw) set(key, value, source string) {
	r.values[key] = value
	r.source[key] = source
}

// setting ties a key to the environment variable and flag that set it.
type setting struct {
	key, env, flag, usage string
}

// settings is the table of settings, built once by each Load rather than
// kept in a package variable that a caller could change. The slash
// commands' rows come from the command table, in its order.
func settings(slash []commands.Command) []setting {
	rows := []setting{
		{"mode", EnvMode, "mode", "connection mode: socket or http"},
		{"addr", EnvAddr, "addr", "listen address: Slack requests in http mode (default :8080); /healthz and /metrics only in socket mode (default: none)"},
		{"app_token", EnvAppToken, "", ""},
		{"bot_token", EnvBotToken, "", ""},
		{"signing_secret", EnvSigningSecret, "", ""},
		{"api_url", EnvAPIURL, "slack-api-url", "Slack Web API base URL (tests and proxies)"},
		{"report", EnvReport, "report", "report text file, instead of the embedded one; give it again for each further report (files separated as in PATH in the variable)"},
		{"index", EnvIndex, "index", "folder of a prebuilt index of the report (reportbot index --out DIR), opened instead of building the index; rebuilt there when stale or corrupt"},
		{"allowed_channels", EnvAllowedChannels, "allowed-channels", "comma-separated channel IDs the bot answers in; empty means all"},
		{"rate_limit", EnvRateLimit, "rate-limit", `questions per user, e.g. "6/1m"; "off" disables`},
		{"log_level", EnvLogLevel, "log-level", "debug, info, warn or error"},
		{"shutdown_timeout", EnvShutdownTimeout, "shutdown-timeout", "how long in-flight answers may run once the bot stops accepting requests"},
		{"drain_grace", EnvDrainGrace, "drain-grace", "http mode: how long to keep serving after SIGTERM, with /readyz at 503, before no longer accepting, e.g. 5s; 0 stops at once"},
		{"store", EnvStore, "store", "where state shared between replicas lives: memory, or redis://[:password@]host:port/db (rediss:// for TLS)"},
		{"followups_without_mention", EnvFollowups, "followups-without-mention", "true: replies in a thread the bot answered are follow-ups without a mention (needs message.channels/message.groups events)"},
		{"dm_context", EnvDMContext, "dm-context", "how long a direct message continues the conversation before it, e.g. 10m; 0 turns it off"},
		{"channel_reports", EnvChannelReports, "channel-reports", `channels scoped to some reports, e.g. "C0123ABCD=2024-08,2031-03;C0456EFGH=2032-07": a channel searches only the reports of the series numbers listed for it`},
	}
	for _, c := range slash {
		rows = append(rows, setting{c.ConfigKey(), c.Env(), c.Flag(), c.Setting})
	}
	return rows
}

// Load reads the settings: defaults, then the YAML file named by --config or
// REPORTBOT_CONFIG, then environment variables, then flags. It validates the
// result for the chosen mode. flag.ErrHelp is returned as is for -h.
func Load(args []string, getenv func(string) string, usage io.Writer) (Settings, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	fs := flag.NewFlagSet("reportbot serve", flag.ContinueOnError)
	if usage == nil {
		usage = io.Discard
	}
	fs.SetOutput(usage)
	configPath := fs.String("config", "", "YAML config file (also "+EnvConfig+")")
	flagValues := map[string]*string{}
	var reports listFlag // --report may be given several times
	slash := commands.New().In(commands.Slack)
	r := &raw{values: map[string]string{}, source: map[string]string{}, settings: settings(slash), slash: slash}
	for _, s := range r.settings {
		switch {
		case s.key == "report":
			fs.Var(&reports, s.flag, s.usage+" ("+s.env+")")
		case s.flag != "":
			flagValues[s.key] = fs.String(s.flag, "", s.usage+" ("+s.env+")")
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Settings{}, err
		}
		return Settings{}, fmt.Errorf("reading flags: %w", err)
	}
	if fs.NArg() > 0 {
		return Settings{}, fmt.Errorf("unexpected argument %q: %w", fs.Arg(0), ErrMalformed)
	}

	path := *configPath
	if path == "" {
		path = getenv(EnvConfig)
	}
	if path != "" {
		if err := r.readFile(path); err != nil {
			return Settings{}, err
		}
	}
	for _, s := range r.settings {
		if v := getenv(s.env); v != "" {
			r.set(s.key, v, s.env)
		}
	}
	fs.Visit(func(f *flag.Flag) {
		for _, s := range r.settings {
			switch {
			case s.key == "report" && s.flag == f.Name:
				r.set(s.key, strings.Join(reports, string(filepath.ListSeparator)), "--"+f.Name)
			case s.flag == f.Name:
				r.set(s.key, *flagValues[s.key], "--"+f.Name)
			}
		}
	})
	return r.build()
}

// listFlag is a flag that may be given several times, each value added.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, string(filepath.ListSeparator)) }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func (r *raw) readFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config file: %w", err)
	}
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true) // a misspelt key should fail loudly, not be ignored
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("config file %s: %w: %w", path, ErrMalformed, err)
	}
	src := "config file " + path
	put := func(key string, v *string) {
		if v != nil {
			r.set(key, *v, src+" ("+key+")")
		}
	}
	put("mode", f.Mode)
	put("addr", f.Addr)
	put("app_token", f.AppToken)
	put("bot_token", f.BotToken)
	put("signing_secret", f.SigningSecret)
	put("api_url", f.APIURL)
	put("report", f.Report)
	if f.Reports != nil {
		if f.Report != nil {
			return fmt.Errorf("config file %s: give report or reports, not both: %w", path, ErrMalformed)
		}
		r.set("report", strings.Join(f.Reports, string(filepath.ListSeparator)), src+" (reports)")
	}
	put("index", f.Index)
	put("rate_limit", f.RateLimit)
	put("log_level", f.LogLevel)
	put("shutdown_timeout", f.ShutdownTimeout)
	put("drain_grace", f.DrainGrace)
	put("store", f.Store)
	put("followups_without_mention", f.Followups)
	put("dm_context", f.DMContext)
	// The decoder cannot reject an unknown command as it does an unknown
	// key, since the commands are a map: the table does.
	var keys []string
	for _, c := range r.slash {
		keys = append(keys, c.Key())
	}
	for _, key := range slices.Sorted(maps.Keys(f.Commands)) {
		if !slices.Contains(keys, key) {
			return fmt.Errorf("config file %s: commands: %q is not a slash command (the commands are %s): %w", path, key, strings.Join(keys, ", "), ErrMalformed)
		}
	}
	for _, c := range r.slash {
		if v := f.Commands[c.Key()]; v != "" {
			r.set(c.ConfigKey(), v, src+" ("+c.ConfigKey()+")")
		}
	}
	if f.AllowedChannels != nil {
		r.set("allowed_channels", strings.Join(f.AllowedChannels, ","), src+" (allowed_channels)")
	}
	if f.ChannelReports != nil {
		var scopes []string
		for _, channel := range slices.Sorted(maps.Keys(f.ChannelReports)) {
			scopes = append(scopes, channel+"="+strings.Join(f.ChannelReports[channel], ","))
		}
		r.set("channel_reports", strings.Join(scopes, ";"), src+" (channel_reports)")
	}
	return nil
}

var (
	appTokenRE  = regexp.MustCompile(`^xapp-[0-9A-Za-z-]{10,}$`)
	botTokenRE  = regexp.MustCompile(`^xoxb-[0-9A-Za-z-]{10,}$`)
	secretRE    = regexp.MustCompile(`^[0-9a-fA-F]{16,128}$`)
	commandRE   = regexp.MustCompile(`^/[a-z0-9_\-\p{L}]{1,31}$`)
	channelIDRE = regexp.MustCompile(`^[CGD][A-Z0-9]{2,}$`)
	rateLimitRE = regexp.MustCompile(`^(\d+)\s*/\s*(\S+)$`)
)

const maxRateCount = 10000

func (r *raw) build() (Settings, error) {
	c := Default()
	var errs []error
	bad := func(key, why string) {
		errs = append(errs, fmt.Errorf("%s: %s: %w", r.name(key), why, ErrMalformed))
	}
	str := func(key string, dst *string) {
		if v, ok := r.values[key]; ok {
			*dst = strings.TrimSpace(v)
		}
	}
	str("mode", &c.Mode)
	str("addr", &c.Addr)
	str("app_token", &c.AppToken)
	str("bot_token", &c.BotToken)
	str("signing_secret", &c.SigningSecret)
	str("api_url", &c.APIURL)
	var reports string
	str("report", &reports)
	for _, f := range filepath.SplitList(reports) {
		if f = strings.TrimSpace(f); f != "" {
			c.Reports = append(c.Reports, f)
		}
	}
	str("index", &c.Index)

	c.Mode = strings.ToLower(c.Mode)
	if c.Mode != ModeSocket && c.Mode != ModeHTTP {
		bad("mode", fmt.Sprintf("%q is neither %q nor %q", c.Mode, ModeSocket, ModeHTTP))
	}
	if c.Mode == ModeHTTP && c.Addr == "" {
		// Socket Mode listens only when asked to (for /healthz and
		// /metrics); HTTP mode always needs somewhere to listen.
		c.Addr = DefaultHTTPAddr
	}

	needed := []struct {
		key string
		re  *regexp.Regexp
		why string
		val string
	}{
		{"bot_token", botTokenRE, `must be a bot token: "xoxb-" followed by at least 10 letters, digits or dashes`, c.BotToken},
	}
	if c.Mode == ModeSocket {
		needed = append(needed, struct {
			key string
			re  *regexp.Regexp
			why string
			val string
		}{"app_token", appTokenRE, `must be an app-level token with connections:write: "xapp-" followed by at least 10 letters, digits or dashes`, c.AppToken})
	}
	if c.Mode == ModeHTTP {
		needed = append(needed, struct {
			key string
			re  *regexp.Regexp
			why string
			val string
		}{"signing_secret", secretRE, "must be the hex signing secret from the app's Basic Information page", c.SigningSecret})
	}
	for _, n := range needed {
		switch {
		case n.val == "":
			errs = append(errs, fmt.Errorf("%s is not set (needed in %s mode): %w", r.name(n.key), c.Mode, ErrMissing))
		case !n.re.MatchString(n.val):
			// The value itself is a secret, so only its shape is described.
			bad(n.key, n.why)
		}
	}
	if c.AppToken != "" && c.Mode != ModeSocket && !appTokenRE.MatchString(c.AppToken) {
		bad("app_token", `must start with "xapp-"`)
	}

	if c.APIURL != "" {
		if !strings.HasPrefix(c.APIURL, "http://") && !strings.HasPrefix(c.APIURL, "https://") {
			bad("api_url", "must be an http:// or https:// URL")
		} else if !strings.HasSuffix(c.APIURL, "/") {
			// slack-go joins method names straight onto the base.
			c.APIURL += "/"
		}
	}

	seen := map[string]string{}
	for _, cmd := range r.slash {
		key := cmd.ConfigKey()
		name := cmd.Slash
		if v, ok := r.values[key]; ok {
			name = strings.TrimSpace(v)
		}
		name = strings.ToLower(name)
		if !strings.HasPrefix(name, "/") {
			name = "/" + name
		}
		c.Commands[cmd.ID] = name
		if !commandRE.MatchString(name) {
			bad(key, fmt.Sprintf("%q is not a slash command name (a slash and up to 31 lowercase letters, digits, - or _)", name))
			continue
		}
		if other, dup := seen[name]; dup {
			bad(key, fmt.Sprintf("%q is already used by %s", name, r.name(other)))
		}
		seen[name] = key
	}

	if v, ok := r.values["allowed_channels"]; ok {
		for _, id := range strings.Split(v, ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if !channelIDRE.MatchString(id) {
				bad("allowed_channels", fmt.Sprintf("%q is not a channel ID such as C0123ABCD", id))
				continue
			}
			c.AllowedChannels = append(c.AllowedChannels, id)
		}
	}

	if v, ok := r.values["rate_limit"]; ok {
		rl, err := ParseRateLimit(v)
		if err != nil {
			bad("rate_limit", err.Error())
		} else {
			c.RateLimit = rl
		}
	}

	if v, ok := r.values["log_level"]; ok {
		if err := c.LogLevel.UnmarshalText([]byte(strings.TrimSpace(v))); err != nil {
			bad("log_level", fmt.Sprintf("%q is not debug, info, warn or error", v))
		}
	}

	if v, ok := r.values["shutdown_timeout"]; ok {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err != nil || d <= 0 {
			bad("shutdown_timeout", fmt.Sprintf("%q is not a positive duration such as 20s", v))
		} else {
			c.ShutdownTimeout = d
		}
	}

	if v, ok := r.values["drain_grace"]; ok {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if strings.TrimSpace(v) == "0" {
			d, err = 0, nil
		}
		if err != nil || d < 0 {
			bad("drain_grace", fmt.Sprintf("%q is not a duration such as 5s (0 stops at once)", v))
		} else {
			c.DrainGrace = d
		}
	}

	if v, ok := r.values["store"]; ok {
		c.Store = strings.TrimSpace(v)
		if c.Store == "" || strings.EqualFold(c.Store, StoreMemory) {
			c.Store = StoreMemory
		} else if !redisURL(c.Store) {
			// The URL may hold a password, so only its shape is described.
			bad("store", `must be "memory" or a redis:// or rediss:// URL with a host, e.g. redis://redis:6379/0`)
		}
	}

	if v, ok := r.values["followups_without_mention"]; ok {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			bad("followups_without_mention", fmt.Sprintf("%q is not true or false", v))
		} else {
			c.FollowupsWithoutMention = b
		}
	}

	if v, ok := r.values["dm_context"]; ok {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if strings.TrimSpace(v) == "0" {
			d, err = 0, nil
		}
		if err != nil || d < 0 {
			bad("dm_context", fmt.Sprintf("%q is not a duration such as 10m (0 turns it off)", v))
		} else {
			c.DMContext = d
		}
	}

	if v, ok := r.values["channel_reports"]; ok {
		scopes, err := parseChannelReports(v)
		if err != nil {
			bad("channel_reports", err.Error())
		} else {
			c.ChannelReports = scopes
		}
	}

	if len(errs) > 0 {
		return Settings{}, errors.Join(errs...)
	}
	return c, nil
}

// parseChannelReports reads channel scopes: "C1=2024-08,2031-03;C2=…",
// each channel id with the series numbers of its reports.
func parseChannelReports(v string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, part := range strings.Split(v, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		channel, list, ok := strings.Cut(part, "=")
		channel = strings.TrimSpace(channel)
		switch {
		case !ok:
			return nil, fmt.Errorf("%q is not CHANNEL=SERIES,SERIES…", strings.TrimSpace(part))
		case !channelIDRE.MatchString(channel):
			return nil, fmt.Errorf("%q is not a channel ID such as C0123ABCD", channel)
		case out[channel] != nil:
			return nil, fmt.Errorf("channel %s is listed twice", channel)
		}
		var series []string
		for _, s := range strings.Split(list, ",") {
			if s = strings.TrimSpace(s); s != "" {
				series = append(series, s)
			}
		}
		if len(series) == 0 {
			return nil, fmt.Errorf("channel %s lists no report; list the series numbers of the reports it may search", channel)
		}
		out[channel] = series
	}
	return out, nil
}

// name says where a setting came from, so a message points at what to fix.
func (r *raw) name(key string) string {
	if src, ok := r.source[key]; ok {
		return src
	}
	for _, s := range r.settings {
		if s.key == key {
			return s.env
		}
	}
	return key
}

// redisURL reports whether s looks like a Redis URL; store.Open checks the
// rest (database number, query parameters).
func redisURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "redis" || u.Scheme == "rediss") && u.Host != ""
}

// ParseRateLimit reads "N/duration" (e.g. "6/1m", "20/1h") or "off"/"0".
func ParseRateLimit(s string) (RateLimit, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "off" || s == "0" || s == "none" {
		return RateLimit{}, nil
	}
	m := rateLimitRE.FindStringSubmatch(s)
	if m == nil {
		return RateLimit{}, fmt.Errorf("%q is not of the form N/duration, e.g. 6/1m, or off", s)
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n < 0 || n > maxRateCount {
		return RateLimit{}, fmt.Errorf("%q: the count must be between 0 and %d", s, maxRateCount)
	}
	per, err := time.ParseDuration(m[2])
	if err != nil || per <= 0 {
		return RateLimit{}, fmt.Errorf("%q: %q is not a positive duration", s, m[2])
	}
	if n == 0 {
		return RateLimit{}, nil
	}
	return RateLimit{Count: n, Per: per}, nil
}
