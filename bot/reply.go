package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/stepi-tools/reportbot/bot/present"
)

// errResponseURL marks a response_url that Slack did not give us in a usable form.
var errResponseURL = errors.New("unusable response_url")

// Response types for response_url posts.
const (
	ephemeral = "ephemeral"
	inChannel = "in_channel"
)

// guard replaces a reply that would break Slack's limits. Rendering already
// keeps within them; this catches a feature plugged in later that does not.
func (b replies) guard(msg present.Message, lang string) present.Message {
	if err := present.CheckLimits(msg); err != nil {
		b.log.Error("reply broke a Slack limit; sending an apology instead", "error", err)
		return present.Notice(present.For(lang).Failed)
	}
	return msg
}

// respond posts msg to a slash command's or button's response_url.
//
// slack.PostWebhookCustomHTTPContext reports a 429 with Retry-After as
// *slack.RateLimitedError and any other status but 200 as
// slack.StatusCodeError, which is what call's retry rules read.
// WebhookMessage sends replace_original and delete_original even when
// false; false is also Slack's default for response_url, and it is what we
// want: a button click adds a reply and leaves the answer it came from in
// place.
func (b replies) respond(ctx context.Context, responseURL string, msg present.Message, responseType string) error {
	if !strings.HasPrefix(responseURL, "https://") && !strings.HasPrefix(responseURL, "http://") {
		return fmt.Errorf("response_url %q: %w", responseURL, errResponseURL)
	}
	wh := &slack.WebhookMessage{
		Text:            msg.Text,
		ResponseType:    responseType,
		ReplaceOriginal: false,
	}
	if len(msg.Blocks) > 0 {
		wh.Blocks = &slack.Blocks{BlockSet: msg.Blocks}
	}
	return b.call(ctx, "response_url", func(ctx context.Context) error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, b.client, wh)
	})
}

// post sends msg to a conversation, in a thread when threadTS is set.
func (b replies) post(ctx context.Context, channel, threadTS string, msg present.Message) error {
	opts := []slack.MsgOption{
		slack.MsgOptionText(msg.Text, false),
		slack.MsgOptionBlocks(msg.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	return b.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
}

const workingReaction = "hourglass_flowing_sand"

// working puts the hourglass on the question and returns what takes it off.
// Either call failing only costs the indicator, so errors are logged, not returned.
func (b replies) working(ctx context.Context, channel, ts string) func() {
	ref := slack.NewRefToMessage(channel, ts)
	err := b.call(ctx, "reactions.add", func(ctx context.Context) error {
		// A retry after an attempt that did reach Slack finds the reaction
		// there already, which is the state we wanted.
		return ignoreSlackError(b.api.AddReactionContext(ctx, workingReaction, ref), "already_reacted")
	})
	if err != nil {
		b.log.Warn("could not add the working indicator", "channel", channel, "ts", ts, "error", err)
		return func() {}
	}
	return func() {
		// Remove even when the answer ran out of time: a stuck hourglass
		// would suggest the bot is still working.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		err := b.call(ctx, "reactions.remove", func(ctx context.Context) error {
			return ignoreSlackError(b.api.RemoveReactionContext(ctx, workingReaction, ref), "no_reaction")
		})
		if err != nil {
			b.log.Warn("could not remove the working indicator", "channel", channel, "ts", ts, "error", err)
		}
	}
}

// ignoreSlackError drops Slack's ok:false error code, leaving other errors.
func ignoreSlackError(err error, code string) error {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && se.Err == code {
		return nil
	}
	return err
}
