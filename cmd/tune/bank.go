package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The fitted part of the bank is what index/quality/eval/build-sets.py
// calls fitted: the diagnosis sets (KIND-fit*.jsonl, fitted from the day
// they are written), own-fit, questions-extra and the fresh sets 1..fitmax.
// Everything else in the bank (the holdouts, own-holdout*, the fresh sets
// after fitmax) is never fitted and never read by the fit, not even to be
// measured: a look at it is a little fitting.

// bankFitted is the bank's fitted part under testdata (the folder of
// own-fit.jsonl, with the bank in its bank folder), in build-sets.py's
// order, so that the folds fall as they fall on its fitall and fitconv.
func bankFitted(testdata string, fitmax int) (golds, error) {
	bank := filepath.Join(testdata, "bank")
	qs, err := diagnosisSets(bank, "questions")
	if err != nil {
		return golds{}, err
	}
	cs, err := diagnosisSets(bank, "conversations")
	if err != nil {
		return golds{}, err
	}
	qs = append(qs, filepath.Join(testdata, "own-fit.jsonl"), filepath.Join(testdata, "questions-extra.jsonl"))
	for i := 1; i <= fitmax; i++ {
		qs = append(qs, filepath.Join(bank, fmt.Sprintf("questions-fresh%d.jsonl", i)))
		cs = append(cs, filepath.Join(bank, fmt.Sprintf("conversations-fresh%d.jsonl", i)))
	}
	g := golds{questions: qs, conversations: cs}
	for _, f := range slices.Concat(qs, cs) {
		if _, err := os.Stat(f); err != nil {
			return golds{}, fmt.Errorf("the bank's fitted part: %w", err)
		}
	}
	return g, nil
}

// diagnosisSets are the bank's KIND-fit*.jsonl, ordered as build-sets.py
// orders them: by name length, then name (fit, fit2, …, fit9, fit10, …).
func diagnosisSets(bank, kind string) ([]string, error) {
	fs, err := filepath.Glob(filepath.Join(bank, kind+"-fit*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("the bank's %s diagnosis sets: %w", kind, err)
	}
	if len(fs) == 0 {
		return nil, fmt.Errorf("the bank's %s diagnosis sets: none in %s", kind, bank)
	}
	slices.SortFunc(fs, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return fs, nil
}

// neverFitted says whether a gold file is named as a never-fitted one: a
// holdout (the bank's or our own), a fresh set after fitmax, or the
// never-fitted sets build-sets.py joins (nf…, ns-nf…). A fresh set whose
// number cannot be read is taken as never fitted: the fit errs towards
// reading less.
func neverFitted(path string, fitmax int) bool {
	base := filepath.Base(path)
	if strings.Contains(base, "holdout") || strings.HasPrefix(base, "nf") || strings.HasPrefix(base, "ns-nf") {
		return true
	}
	for _, kind := range []string{"questions-fresh", "conversations-fresh"} {
		if n, ok := strings.CutPrefix(base, kind); ok {
			i, err := strconv.Atoi(strings.TrimSuffix(n, ".jsonl"))
			return err != nil || i > fitmax
		}
	}
	return false
}

// onlyFitted refuses g if any of its files is never fitted, before any is
// opened.
func onlyFitted(g golds, fitmax int) error {
	for _, f := range slices.Concat(g.questions, g.conversations) {
		if neverFitted(f, fitmax) {
			return fmt.Errorf("%s is never fitted (fresh sets after %d, holdouts, nf… sets): the fit never reads it", f, fitmax)
		}
	}
	return nil
}
