package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot"
	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/config"
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

	if files := filepath.SplitList(cfg.Report); len(files) > 1 {
		return usageError{fmt.Sprintf("serve reads one report; %d are named (the commands of the terminal serve several)", len(files))}
	}
	start := time.Now()
	engine, built, err := loadEngine(source{report: cfg.Report, index: cfg.Index})
	if err != nil {
		return fmt.Errorf("serve: loading the report: %w", err)
	}
	switch took := time.Since(start).Milliseconds(); {
	case built.Built:
		logger.Warn("wrote the prebuilt index before starting", "index", cfg.Index, "reason", built.Reason.Error(), "startup_ms", took)
	case cfg.Index != "":
		logger.Info("opened the prebuilt index", "index", cfg.Index, "startup_ms", took)
	default:
		logger.Info("built the index", "startup_ms", took)
	}
	if percent, ok := setHeapFloor(heapFloor, getenv); ok {
		logger.Info("collector set for a small heap", "gogc", percent, "heap_floor_mb", heapFloor>>20)
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
	b, err := bot.New(bot.Options{
		Searcher:                engine.answers, // the bot cleans markup itself
		Dialog:                  engine.dialog,
		FollowupsWithoutMention: cfg.FollowupsWithoutMention,
		DMContext:               cfg.DMContext,
		Slack:                   slack.New(cfg.BotToken, slackOpts...),
		Logger:                  logger,
		Registry:                registry,
		Store:                   shared,
		Commands: bot.Commands{
			Report:  cfg.Commands.Report,
			Country: cfg.Commands.Country,
			Company: cfg.Commands.Company,
			Cite:    cfg.Commands.Cite,
		},
		Country:         bot.NewCountryCommand(engine.sums),
		Company:         bot.NewCompanyCommand(engine.sums),
		Cite:            bot.NewCiteCommand(engine.cites),
		ReportTitle:     bot.ReportTitle(engine.Document().Meta),
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

	logger.Info("starting", "mode", cfg.Mode, "report", reportName(cfg.Report),
		"rate_limit", cfg.RateLimit.String(), "allowed_channels", len(cfg.AllowedChannels),
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

func reportName(path string) string {
	if path == "" {
		return "(embedded)"
	}
	return path
}
