package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot"
	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/config"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// runServe runs the Slack bot until ctx is cancelled (SIGTERM), then drains
// (see bot.Service.Ready). It returns an error wrapping
// bot.ErrShutdownTimeout when answers in flight had to be cut off.
func runServe(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	return serveWith(ctx, args, getenv, stderr, serveHooks{})
}

// serveHooks are what tests replace in serveWith; zero values are what
// production uses.
type serveHooks struct {
	after func(time.Duration) <-chan time.Time // the drain grace's timer
}

func serveWith(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer, hooks serveHooks) error {
	cfg, err := config.Load(args, getenv, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("serve: %w", err)
	}
	logger := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))

	src := source{index: cfg.Index}
	if len(cfg.Reports) > 0 {
		src.report, src.more = cfg.Reports[0], cfg.Reports[1:]
	}
	start := time.Now()
	var built []prebuilt.Outcome
	reports, err := openReports(src, func(out prebuilt.Outcome) {
		if out.Built {
			built = append(built, out)
		}
	})
	if err != nil {
		var u usageError
		if errors.As(err, &u) {
			return err
		}
		return fmt.Errorf("serve: loading the reports: %w", err)
	}
	sh, err := shelf.New(reports...)
	if err != nil {
		closeReports(reports)
		return fmt.Errorf("serve: loading the reports: %w", err)
	}
	defer sh.Close()
	switch took := time.Since(start).Milliseconds(); {
	case len(built) > 0:
		for _, out := range built {
			logger.Warn("wrote the prebuilt index before starting", "index", cfg.Index, "reason", out.Reason.Error(), "startup_ms", took)
		}
	case cfg.Index != "":
		logger.Info("opened the prebuilt index", "index", cfg.Index, "startup_ms", took)
	default:
		logger.Info("built the index", "reports", len(reports), "startup_ms", took)
	}
	scopes, err := channelScopes(sh, cfg.ChannelReports)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if percent, ok := setCollector(heapFloor, getenv); ok {
		logger.Info("collector set for the loaded reports", "gogc", percent, "heap_floor_mb", heapFloor>>20)
	}

	// One registry for the bot's and the store's metrics, both on /metrics.
	registry := prometheus.NewRegistry()
	shared, err := store.Open(ctx, cfg.Store, store.Options{
		RateLimit: cfg.RateLimit.Count,
		RatePer:   cfg.RateLimit.Per,
		Logger:    logger,
		Registry:  registry,
	})
	if err != nil {
		return fmt.Errorf("serve: opening the store: %w", err)
	}
	// Deferred before the bot starts, so it runs after the bot has drained.
	defer func() {
		if err := shared.Close(); err != nil {
			logger.Warn("closing the store", "error", err)
		}
	}()

	slackOpts := []slack.Option{slack.OptionHTTPClient(&http.Client{Timeout: 15 * time.Second})}
	if cfg.AppToken != "" {
		slackOpts = append(slackOpts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	if cfg.APIURL != "" {
		slackOpts = append(slackOpts, slack.OptionAPIURL(cfg.APIURL))
	}
	var names []present.ReportName
	for _, r := range reports {
		names = append(names, present.NameReport(r.Document().Meta))
	}
	b, err := bot.New(bot.Options{
		Searcher:                sh, // the bot cleans markup itself
		Dialog:                  sh,
		FollowupsWithoutMention: cfg.FollowupsWithoutMention,
		DMContext:               cfg.DMContext,
		Slack:                   slack.New(cfg.BotToken, slackOpts...),
		Logger:                  logger,
		Registry:                registry,
		Store:                   shared,
		Commands:                cfg.Commands,

		Country:         bot.NewCountryCommand(sh),
		Company:         bot.NewCompanyCommand(sh),
		Cite:            bot.NewCiteCommand(sh),
		ReportTitle:     present.TitleFrom(reports[0].Document().Meta),
		Examples:        reports[0].Document().Examples(),
		Reports:         names,
		Scopes:          scopes,
		AllowedChannels: cfg.AllowedChannels,
		RateLimit:       cfg.RateLimit.Count,
		RatePer:         cfg.RateLimit.Per,
		ShutdownTimeout: cfg.ShutdownTimeout,
		DrainGrace:      cfg.DrainGrace,
		After:           hooks.after,
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	logger.Info("starting", "mode", cfg.Mode, "reports", sh.Series(), "report_files", reportFiles(cfg.Reports),
		"scoped_channels", len(scopes), "rate_limit", cfg.RateLimit.String(), "allowed_channels", len(cfg.AllowedChannels),
		"store", store.Redact(cfg.Store), "drain_grace", cfg.DrainGrace, "shutdown_timeout", cfg.ShutdownTimeout)
	switch cfg.Mode {
	case config.ModeHTTP:
		ln, err := net.Listen("tcp", cfg.Addr)
		if err != nil {
			return fmt.Errorf("serve: listening on %s: %w", cfg.Addr, err)
		}
		err = b.Serve(ctx, ln, cfg.SigningSecret)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		return nil
	default:
		if cfg.Addr != "" {
			ln, err := net.Listen("tcp", cfg.Addr)
			if err != nil {
				return fmt.Errorf("serve: listening on %s: %w", cfg.Addr, err)
			}
			// Not stopped by ctx: /readyz must show the drain, so the
			// server stops only once RunSocket has returned.
			opsCtx, stopOps := context.WithCancel(context.WithoutCancel(ctx))
			opsDone := make(chan error, 1)
			go func() { opsDone <- b.ServeOps(opsCtx, ln) }()
			defer func() {
				stopOps()
				if err := <-opsDone; err != nil {
					logger.Error("health and metrics server", "error", err)
				}
			}()
		}
		if err := b.RunSocket(ctx); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		return nil
	}
}

// reportFiles names the report files served, for the log.
func reportFiles(files []string) []string {
	if len(files) == 0 {
		return []string{"(embedded)"}
	}
	return files
}

// channelScopes builds, for each channel the configuration scopes, the
// engines of its reports alone. A series number no loaded report has is a
// configuration error that names the channel, the series and the reports
// loaded.
func channelScopes(sh *shelf.Shelf, channels map[string][]string) (map[string]bot.Scope, error) {
	scopes := map[string]bot.Scope{}
	for _, channel := range slices.Sorted(maps.Keys(channels)) {
		sub, err := sh.Only(channels[channel]...)
		if err != nil {
			return nil, fmt.Errorf("channel_reports: channel %s names %w; %w", channel, err, config.ErrMalformed)
		}
		scopes[channel] = bot.Scope{
			Reports:  sub.Series(),
			Searcher: sub,
			Dialog:   sub,
			Country:  bot.NewCountryCommand(sub),
			Company:  bot.NewCompanyCommand(sub),
			Cite:     bot.NewCiteCommand(sub),
		}
	}
	return scopes, nil
}
