package main

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const testdata = "../../index/answer/testdata"

func TestNeverFitted(t *testing.T) {
	tests := []struct {
		name string
		path string
		want bool
	}{
		{"the bank's question holdout", testdata + "/bank/questions-holdout.jsonl", true},
		{"the bank's conversation holdout", testdata + "/bank/conversations-holdout.jsonl", true},
		{"our own second holdout", testdata + "/own-holdout2.jsonl", true},
		{"a fresh question set after fitmax", testdata + "/bank/questions-fresh17.jsonl", true},
		{"a fresh conversation set after fitmax", testdata + "/bank/conversations-fresh76.jsonl", true},
		{"a fresh set with no number", "questions-freshX.jsonl", true},
		{"build-sets.py's never-fitted questions", "/tmp/nfall.jsonl", true},
		{"build-sets.py's de-spaced never-fitted conversations", "/tmp/ns-nfconv.jsonl", true},
		{"the last fitted fresh set", testdata + "/bank/questions-fresh16.jsonl", false},
		{"a diagnosis set", testdata + "/bank/conversations-fit13.jsonl", false},
		{"build-sets.py's fitted questions", "/tmp/fitall.jsonl", false},
		{"build-sets.py's de-spaced fitted conversations", "/tmp/ns-fitconv.jsonl", false},
		{"the shared dev set", testdata + "/questions-dev.jsonl", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := neverFitted(tt.path, 16); got != tt.want {
				t.Errorf("neverFitted(%q, 16) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}

func TestBankFittedIsBuildSetsFittedPart(t *testing.T) {
	g, err := bankFitted(testdata, 16)
	if err != nil {
		t.Fatal(err)
	}
	names := func(fs []string) []string {
		var out []string
		for _, f := range fs {
			out = append(out, filepath.Base(f))
		}
		return out
	}
	qs, cs := names(g.questions), names(g.conversations)
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"the first diagnosis questions", qs, "questions-fit.jsonl"},
		{"this stop's diagnosis questions", qs, "questions-fit13.jsonl"},
		{"own-fit", qs, "own-fit.jsonl"},
		{"questions-extra", qs, "questions-extra.jsonl"},
		{"the last fitted fresh questions", qs, "questions-fresh16.jsonl"},
		{"this stop's diagnosis conversations", cs, "conversations-fit13.jsonl"},
		{"the last fitted fresh conversations", cs, "conversations-fresh16.jsonl"},
	}
	for _, tt := range tests {
		if !slices.Contains(tt.in, tt.want) {
			t.Errorf("%s: %s missing from %v", tt.name, tt.want, tt.in)
		}
	}
	for _, f := range slices.Concat(g.questions, g.conversations) {
		if neverFitted(f, 16) {
			t.Errorf("the fitted part holds never-fitted %s", f)
		}
	}
	if i, j := slices.Index(qs, "questions-fit9.jsonl"), slices.Index(qs, "questions-fit10.jsonl"); i < 0 || j < i {
		t.Errorf("diagnosis sets out of build-sets.py's order (fit9 at %d, fit10 at %d)", i, j)
	}
	// A stop may write diagnosis sets of one kind only (stop 51:
	// conversations-fit14 alone), so each kind is counted on its own.
	diagnosis := func(kind string) int {
		fs, err := filepath.Glob(filepath.Join(testdata, "bank", kind+"-fit*.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return len(fs)
	}
	if got, want := len(qs), diagnosis("questions")+2+16; got != want {
		t.Errorf("%d question files, want %d (the diagnosis sets, own-fit, questions-extra and fresh 1-16)", got, want)
	}
	if got, want := len(cs), diagnosis("conversations")+16; got != want {
		t.Errorf("%d conversation files, want %d (the diagnosis sets and fresh 1-16)", got, want)
	}
}

func TestRunRefusesNeverFittedFiles(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"questions", []string{"-measure", testdata + "/own-holdout.jsonl"}},
		{"conversations", []string{"-measure", "-conv", testdata + "/bank/conversations-fresh40.jsonl"}},
		{"beside the fitted part", []string{"-fitted", "-testdata", testdata, testdata + "/bank/questions-fresh30.jsonl"}},
		{"a fresh set past a lowered fitmax", []string{"-fitted", "-fitmax", "8", "-testdata", testdata, testdata + "/bank/questions-fresh9.jsonl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			err := run(context.Background(), tt.args, &out, &errs)
			if err == nil || !strings.Contains(err.Error(), "never fitted") {
				t.Errorf("err = %v, want one saying the file is never fitted", err)
			}
			if out.Len() > 0 {
				t.Errorf("printed figures for a never-fitted file:\n%s", out.String())
			}
		})
	}
}
