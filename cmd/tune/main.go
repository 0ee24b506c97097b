// Command tune fits the engine's ranking and decline parameters by k-fold
// cross-validation over gold question sets and prints the held-out-fold
// figures beside the fitted values. It changes nothing: the values it finds
// are copied into tuning.Defaults by hand, with the figures, in a commit.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "tune:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tune", flag.ContinueOnError)
	fs.SetOutput(stderr)
	folds := fs.Int("folds", 5, "number of cross-validation folds")
	rounds := fs.Int("rounds", 2, "coordinate-descent passes over the parameters")
	seed := fs.Int64("seed", 1, "seed of the fold assignment")
	measure := fs.Bool("measure", false, "only measure each gold file with the defaults (and -set), fitting nothing")
	fitted := fs.Bool("fitted", false, "fit on the bank's fitted part, as index/quality/eval/build-sets.py joins it, besides any files named")
	fitmax := fs.Int("fitmax", 16, "the last fresh set of the fitted part (build-sets.py's FITMAX); the fresh sets after it are never read")
	testdata := fs.String("testdata", "index/answer/testdata", "the folder of own-fit.jsonl and the bank, for -fitted")
	var sets, convs []string
	fs.Func("conv", "a conversation gold file to fit the follow-ups on (repeatable); its conversations are split into folds as the questions are", func(s string) error {
		convs = append(convs, s)
		return nil
	})
	only := fs.String("knobs", "", "fit only these parameters, comma-separated (default: every knob)")
	fs.Func("set", "override a default for this run, as Name=value (repeatable), e.g. -set LongUnknown=1", func(s string) error {
		sets = append(sets, s)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	g := golds{questions: fs.Args(), conversations: convs}
	if *fitted {
		bank, err := bankFitted(*testdata, *fitmax)
		if err != nil {
			return err
		}
		g.questions, g.conversations = append(g.questions, bank.questions...), append(g.conversations, bank.conversations...)
	}
	if len(g.questions) == 0 && len(g.conversations) == 0 {
		return fmt.Errorf("give the gold files to fit on, e.g. tune -fitted, tune index/answer/testdata/questions-dev.jsonl …, or -conv FILE")
	}
	if err := onlyFitted(g, *fitmax); err != nil {
		return err
	}
	ks, err := chosen(*only)
	if err != nil {
		return err
	}
	t, err := newTuner(g)
	if err != nil {
		return err
	}
	t.knobs = ks
	defer t.close()
	p := t.x.Params()
	for _, s := range sets {
		if err := setParam(&p, s); err != nil {
			return err
		}
	}
	if *measure {
		return t.measureEach(ctx, stdout, p, g)
	}
	t.x = t.x.With(p)
	return t.crossValidate(ctx, stdout, *folds, *rounds, *seed)
}
