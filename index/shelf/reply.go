package shelf

import (
	"cmp"
	"context"
	"slices"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
)

// Stamp is what a transport knows of a message, recorded with its turn in
// every report's dialog: its id (a Slack ts), so that a redelivery is
// recorded once, and when it was answered (Unix seconds), so that a
// conversation can lapse. The zero Stamp records neither.
type Stamp struct {
	ID string
	At int64
}

// Reply answers a message of a conversation over the shelf's reports, and
// returns the state with its turn recorded. Each report's dialog reads the
// message against its own turns and records its own turn, so a follow-up
// goes on in the report that answered it. The best reply leads: a sure
// answer before a hedge before a decline; among equals, a follow-up in the
// report that led the previous turn, then the higher first score.
// When the message stands on its own (no follow-up) and the leading reply
// ranks passages, the other reports' passages ranked for it are merged
// with the leader's by score, its top result first, as Ask merges them.
// A message that names reports (see naming) is read by every report's
// dialog, so that each keeps its turns, but only the named reports' replies
// can lead and be shown ("배터리 보고서는?" goes on in the battery report).
// The state is settled first (see Settle).
func (s *Shelf) Reply(ctx context.Context, st State, msg question.Asked, n int, stamp Stamp) (dialog.Reply, State, error) {
	st, _ = s.Settle(st)
	next := st
	prevLead, _ := st.Led()
	named, msg := s.named(msg)
	replies := make([]dialog.Reply, len(s.reports))
	lead, leadGrade, leadSticks, leadScore := -1, -1, false, 0.0
	for i, r := range s.reports {
		prev := st.Report(r.Series())
		rep, err := r.dialog.Reply(ctx, prev, msg, n)
		if err != nil {
			return rep, st, err // a bad question is bad for every report
		}
		rep.Turn.ID, rep.Turn.At = stamp.ID, stamp.At
		ds := dialog.State{Turns: slices.Clone(prev.Turns)}
		ds.Add(rep.Turn, r.dialog.Params().MaxTurns)
		next = next.with(r.Series(), ds)
		replies[i] = rep
		if len(named) > 0 && !slices.Contains(named, i) {
			continue
		}
		g, sticks, sc := dialog.Grade(rep.Answer), rep.FollowUp && r.Series() == prevLead, topScore(rep.Answer)
		if g > leadGrade || g == leadGrade && (sticks && !leadSticks || sticks == leadSticks && sc > leadScore) {
			lead, leadGrade, leadSticks, leadScore = i, g, sticks, sc
		}
	}
	next = next.withLead(Lead{ID: stamp.ID, Report: s.reports[lead].Series()}, s.reports[lead].dialog.Params().MaxTurns)
	best := replies[lead]
	shown := replies
	if len(named) > 0 {
		shown = make([]dialog.Reply, len(replies)) // a zero reply is merged with none
		for _, i := range named {
			shown[i] = replies[i]
		}
	}
	best.Answer.Results = merged(shown, lead, n)
	return best, next, nil
}

// merged is the leading reply's results, with those of the other replies
// merged in by score when every one of them is a standalone answer that
// ranks passages.
func merged(replies []dialog.Reply, lead, n int) []answer.Result {
	best := replies[lead]
	own := best.Answer.Results
	if len(replies) == 1 || !standalone(best) || len(own) == 0 {
		return own
	}
	rest := slices.Clone(own[1:])
	for i, r := range replies {
		if i != lead && standalone(r) {
			rest = append(rest, r.Answer.Results...)
		}
	}
	slices.SortStableFunc(rest, func(a, b answer.Result) int { return cmp.Compare(b.Score, a.Score) })
	out := append([]answer.Result{own[0]}, rest...)
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// standalone tells whether a reply answers its message on its own with
// passages ranked for it: not a follow-up, not a decline, not an answer from
// the report's structure or a comparison's sides.
func standalone(r dialog.Reply) bool {
	return !r.FollowUp && r.Answer.Answered && r.Answer.Form == ""
}
