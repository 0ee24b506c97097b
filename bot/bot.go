package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// Searcher is the answer engine as the bot uses it.
type Searcher interface {
	Ask(ctx context.Context, q question.Asked, n int) (answer.Answer, error)
}

// Dialog answers a message of a conversation over the reports and keeps
// each report's dialog state: index/shelf's Shelf.
type Dialog interface {
	// Reply answers msg in the light of st, and returns st with the turn,
	// stamped, recorded in every report's dialog.
	Reply(ctx context.Context, st shelf.State, msg question.Asked, n int, stamp shelf.Stamp) (dialog.Reply, shelf.State, error)
	// Settle fits a stored state to the reports (a single-report bot's
	// state, turns of another edition) and says what it did.
	Settle(st shelf.State) (shelf.State, shelf.Settled)
	IsReset(msg string) bool
}

// Command is a slash command that another feature supplies (/country,
// /company, /cite). Until one is plugged in, its command answers "not
// available yet".
type Command interface {
	Run(ctx context.Context, req CommandRequest) (present.Message, error)
}

// CommandRequest is a slash command invocation.
type CommandRequest struct {
	// Asked is the command's text (a name, a claim) as question.Parse read
	// it where it entered, Slack's markup removed: its Text is what the
	// feature looks up, its Lang the language the reply uses.
	Asked     question.Asked
	UserID    string
	ChannelID string
}

// Errors callers branch on.
var (
	ErrConfig          = errors.New("bot is not configured correctly")
	ErrShutdownTimeout = errors.New("in-flight answers did not finish before the shutdown deadline")
	ErrDropped         = errors.New("requests acknowledged during shutdown were not answered")
)

// Options are what New needs. Searcher and Slack are required.
type Options struct {
	Searcher Searcher
	// Slack is the Web API client. In Socket Mode it must also carry the
	// app-level token (slack.OptionAppLevelToken).
	Slack *slack.Client
	// HTTPClient posts to response_url; a plain client if nil (each
	// attempt gets CallTimeout as its deadline, so it needs no Timeout).
	HTTPClient *http.Client
	Logger     *slog.Logger
	Registry   *prometheus.Registry // metrics go here; a fresh one if nil
	// Commands are the names of the command table's slash commands, which
	// the bot registers; a command not named goes by its default.
	Commands commands.Names

	// Optional features; nil means "not available yet". NewCountryCommand,
	// NewCompanyCommand and NewCiteCommand adapt the engine.
	Country, Company, Cite Command

	// ReportTitle heads every answer, e.g. "AI 초격차 전략 수립 연구
	// (과학기술정책연구원, 2024)" (see ReportTitle); a built-in title if empty.
	// It is the title of a bot that serves one report.
	ReportTitle string
	// Examples are the questions and claims the help shows, in the report's
	// own words (corpus.Document.Examples); the help shows none if empty.
	Examples corpus.Examples
	// Reports names the reports the engines answer from, in the order they
	// were loaded (see NameReport). With more than one, every reply names
	// the report it quotes by its short title and year, says when several
	// reports answer, and /country and /company give what each says.
	Reports []present.ReportName
	// Scopes scopes channels to some of the reports, by channel id: such a
	// channel answers from its Scope's engines alone. Every other channel,
	// and every DM, answers from the Options' own engines (Searcher,
	// Dialog, Country, Company, Cite).
	Scopes map[string]Scope

	AllowedChannels []string // empty: every channel; DMs are always allowed
	RateLimit       int      // questions per user per RatePer; 0: unlimited
	RatePer         time.Duration

	// Store holds what replicas share: handled deliveries and signatures,
	// and rate limits (store.Open). Nil, or nil fields, mean memory of this
	// process only, the limiter then made from RateLimit and RatePer. A
	// given Limiter carries its own rate; RateLimit does not change it.
	Store *store.Bundle

	// Dialog answers follow-ups in the light of a thread's or DM's earlier
	// turns (index/dialog); nil answers every message on its own.
	Dialog Dialog
	// FollowupsWithoutMention takes replies in a thread the bot answered as
	// follow-ups without a mention. It needs the message.channels and
	// message.groups events (channels:history, groups:history).
	FollowupsWithoutMention bool
	// DMContext is how long a top-level direct message continues the DM's
	// conversation; 0 means every such DM starts afresh.
	DMContext time.Duration

	MaxConcurrent   int           // searches and renders at once (CPU-bound work); default 8
	MaxSlackCalls   int           // Slack requests in flight at once; default 64
	AnswerTimeout   time.Duration // per answer, including Slack calls; default 30 s
	CallTimeout     time.Duration // per attempt of one Slack call; default 10 s
	ShutdownTimeout time.Duration // how long Drain waits; default 20 s
	// DrainGrace is how long Serve goes on serving once its context is
	// cancelled, with /readyz at 503, before it stops accepting (and the
	// shutdown timeout starts); 0 stops at once. RunSocket does not wait.
	DrainGrace    time.Duration
	RetryAttempts int           // tries per Slack call (see call); default 3
	RetryBackoff  time.Duration // first wait after a 5xx or connection error, doubling; default 250 ms
	MaxRetryWait  time.Duration // longest single wait, Retry-After included; default 30 s
	MaxRetryTotal time.Duration // most waiting between the attempts of one call; default 30 s
	MaxBodyBytes  int64         // largest HTTP request accepted; default 256 KiB

	// SocketOptions are passed to socketmode.New (tests shorten the ping
	// interval; production leaves it empty).
	SocketOptions []socketmode.Option
	// Now is the clock for the memory stores' rate limits and
	// de-duplication; time.Now if nil.
	Now func() time.Time
	// Sleep waits between the attempts of a Slack call, returning early with
	// ctx's error; a timer if nil. Tests pass one that returns at once.
	Sleep func(ctx context.Context, d time.Duration) error
	// After is the timer of the drain grace; time.After if nil. Tests pass
	// one that fires when they say.
	After func(d time.Duration) <-chan time.Time
}

// identity is who the bot is in the workspace, learnt from auth.test.
type identity struct {
	userID, botID string
}

// Service answers Slack traffic (the bot proper). Create it with New; it is
// safe for concurrent use.
type Service struct {
	api      *slack.Client
	client   *http.Client
	log      *slog.Logger
	metrics  *metrics
	commands commands.Names // every slash command of the table, by its name in the workspace
	title    string         // report title for headers; see titleOr
	examples corpus.Examples
	// engines answer every channel that no scope names; scoped, by
	// channel id, those that one does.
	engines *engines
	scoped  map[string]*engines
	reports []present.ReportName
	allowed map[string]bool
	limiter store.Limiter // nil: no rate limit
	dedupe  store.Deduper // event ids, messages and signatures, by key prefix
	convs   store.Conversations
	// followups and dmContext: see Options.
	followups bool
	dmContext time.Duration
	clean     *markup.Cleaner
	now       func() time.Time
	sleep     func(context.Context, time.Duration) error
	after     func(time.Duration) <-chan time.Time
	self      atomic.Pointer[identity]

	// Readiness (see Ready): socket is set in Socket Mode, connected while
	// its connection is open, stopping once the drain has begun.
	socket, connected, stopping atomic.Bool

	answerTimeout   time.Duration
	callTimeout     time.Duration
	shutdownTimeout time.Duration
	drainGrace      time.Duration
	retryAttempts   int
	retryBackoff    time.Duration
	maxRetryWait    time.Duration
	maxRetryTotal   time.Duration
	maxBody         int64
	socketOptions   []socketmode.Option

	sem      chan struct{} // worker slots for searching and rendering
	calls    chan struct{} // slots for Slack requests in flight
	mu       sync.Mutex    // guards draining and the Add side of inflight
	draining bool
	inflight sync.WaitGroup
	active   atomic.Int64 // answers in flight, for the drain's log lines
	dropped  atomic.Int64 // work refused because the drain had begun
	workCtx  context.Context
	stopWork context.CancelFunc
}

// New checks opts and builds a Service.
func New(opts Options) (*Service, error) {
	if opts.Searcher == nil {
		return nil, fmt.Errorf("options: Searcher is nil: %w", ErrConfig)
	}
	if opts.Slack == nil {
		return nil, fmt.Errorf("options: Slack client is nil: %w", ErrConfig)
	}
	b := &Service{
		api:             opts.Slack,
		client:          opts.HTTPClient,
		log:             opts.Logger,
		commands:        commands.New().Names(opts.Commands),
		title:           strings.TrimSpace(opts.ReportTitle),
		examples:        opts.Examples,
		now:             opts.Now,
		clean:           markup.New(),
		sleep:           opts.Sleep,
		after:           opts.After,
		drainGrace:      max(opts.DrainGrace, 0),
		answerTimeout:   orDuration(opts.AnswerTimeout, 30*time.Second),
		callTimeout:     orDuration(opts.CallTimeout, 10*time.Second),
		shutdownTimeout: orDuration(opts.ShutdownTimeout, 20*time.Second),
		retryAttempts:   max(opts.RetryAttempts, 1),
		retryBackoff:    orDuration(opts.RetryBackoff, 250*time.Millisecond),
		maxRetryWait:    orDuration(opts.MaxRetryWait, 30*time.Second),
		maxRetryTotal:   orDuration(opts.MaxRetryTotal, 30*time.Second),
		maxBody:         opts.MaxBodyBytes,
		socketOptions:   opts.SocketOptions,
	}
	if opts.RetryAttempts == 0 {
		b.retryAttempts = 3
	}
	workers := opts.MaxConcurrent
	if workers <= 0 {
		workers = 8
	}
	slackCalls := opts.MaxSlackCalls
	if slackCalls <= 0 {
		slackCalls = 64
	}
	if b.client == nil {
		// Every response_url is on the same Slack host; keeping one idle
		// connection per concurrent call avoids a TCP and TLS handshake per reply.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = slackCalls
		b.client = &http.Client{Transport: tr}
	}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.now == nil {
		b.now = time.Now
	}
	if b.sleep == nil {
		b.sleep = sleepTimer
	}
	if b.after == nil {
		b.after = time.After
	}
	if b.maxBody <= 0 {
		b.maxBody = 256 << 10
	}
	reg := opts.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("options: Registry: %w", err)
	}
	b.metrics = m

	b.engines = newEngines(opts.Searcher, opts.Dialog, opts.Country, opts.Company, opts.Cite, nil)
	b.reports = slices.Clone(opts.Reports)
	b.scoped = map[string]*engines{}
	for channel, sc := range opts.Scopes {
		channel = strings.TrimSpace(channel)
		switch {
		case sc.Searcher == nil:
			return nil, fmt.Errorf("options: Scopes[%q]: Searcher is nil: %w", channel, ErrConfig)
		case len(sc.Reports) == 0:
			return nil, fmt.Errorf("options: Scopes[%q]: no reports: %w", channel, ErrConfig)
		}
		for _, series := range sc.Reports {
			if !slices.ContainsFunc(b.reports, func(r present.ReportName) bool { return r.Series == series }) {
				return nil, fmt.Errorf("options: Scopes[%q]: report %q is not in Reports: %w", channel, series, ErrConfig)
			}
		}
		b.scoped[channel] = newEngines(sc.Searcher, sc.Dialog, sc.Country, sc.Company, sc.Cite, slices.Clone(sc.Reports))
	}
	if len(opts.AllowedChannels) > 0 {
		b.allowed = make(map[string]bool, len(opts.AllowedChannels))
		for _, c := range opts.AllowedChannels {
			b.allowed[strings.TrimSpace(c)] = true
		}
	}
	var given store.Bundle
	if opts.Store != nil {
		given = *opts.Store
	}
	b.dedupe, b.limiter, b.convs = given.Dedupe, given.Limiter, given.Conversations
	if b.dedupe == nil || b.limiter == nil || b.convs == nil {
		mem := store.NewMemory(store.Options{RateLimit: opts.RateLimit, RatePer: opts.RatePer, Now: b.now})
		if b.dedupe == nil {
			b.dedupe = mem.Dedupe
		}
		if b.limiter == nil {
			b.limiter = mem.Limiter
		}
		if b.convs == nil {
			b.convs = mem.Conversations
		}
	}
	b.followups, b.dmContext = opts.FollowupsWithoutMention, opts.DMContext
	b.sem = make(chan struct{}, workers)
	b.calls = make(chan struct{}, slackCalls)
	b.workCtx, b.stopWork = context.WithCancel(context.Background())
	return b, nil
}

func orDuration(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// Identify asks Slack (auth.test) who the bot is, so that its own messages
// and mentions can be recognised. RunSocket and Serve call it; call it
// yourself only when driving the handlers some other way.
func (b *Service) Identify(ctx context.Context) error {
	var resp *slack.AuthTestResponse
	err := b.call(ctx, "auth.test", func(ctx context.Context) error {
		var err error
		resp, err = b.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("checking the bot token with Slack: %w", err)
	}
	b.self.Store(&identity{userID: resp.UserID, botID: resp.BotID})
	b.log.Info("connected to Slack", "team", resp.Team, "bot_user", resp.UserID, "bot_id", resp.BotID)
	return nil
}

func (b *Service) identity() identity {
	if id := b.self.Load(); id != nil {
		return *id
	}
	return identity{}
}

// spawn runs fn in the background with a bounded context, unless the bot is
// shutting down. The transports acknowledge first and then spawn, which is
// what keeps every acknowledgement well inside Slack's 3 seconds.
//
// fn takes no worker slot of its own: only its search and rendering do (see
// inWorker), so an answer waiting on a slow or hung Slack endpoint holds
// nothing that other answers need.
func (b *Service) spawn(kind string, fn func(ctx context.Context)) bool {
	b.mu.Lock()
	if b.draining {
		b.mu.Unlock()
		b.dropped.Add(1)
		b.log.Warn("dropping work that arrived during shutdown", "kind", kind)
		return false
	}
	b.inflight.Add(1)
	b.active.Add(1)
	b.mu.Unlock()
	go func() {
		defer b.inflight.Done()
		defer b.active.Add(-1)
		defer func() {
			// A bug in one answer must not take the other conversations down.
			if r := recover(); r != nil {
				b.log.Error("answer panicked", "kind", kind, "panic", fmt.Sprint(r))
				b.metrics.outcomes.WithLabelValues("error").Inc()
			}
		}()
		ctx, cancel := context.WithTimeout(b.workCtx, b.answerTimeout)
		defer cancel()
		fn(ctx)
	}()
	return true
}

// inWorker runs fn, the CPU-bound part of an answer, in one of the
// MaxConcurrent worker slots, so that a burst cannot run more searches at
// once than the machine has room for.
func (b *Service) inWorker(ctx context.Context, fn func()) error {
	select {
	case b.sem <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("waiting for a worker: %w", ctx.Err())
	}
	defer func() { <-b.sem }()
	fn()
	return nil
}

// Drain stops taking new work and waits for answers in flight, up to the
// shutdown timeout; then it cancels what is left and returns
// ErrShutdownTimeout. Work refused because the drain had begun makes it
// return ErrDropped. Serve and RunSocket drain by themselves.
func (b *Service) Drain() error {
	return b.drainUntil(time.Now().Add(b.shutdownTimeout))
}

// Wait blocks until no work is in flight. Tests use it to know that every
// reply that will ever be sent has been sent.
func (b *Service) Wait() {
	b.inflight.Wait()
}
