package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/stepi-tools/reportbot/bot/catalog"
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
func (b *Service) guard(msg Message, lang string) Message {
	if err := checkLimits(msg); err != nil {
		b.log.Error("reply broke a Slack limit; sending an apology instead", "error", err)
		return notice(catalog.For(lang).Failed)
	}
	return msg
}

// respond posts msg to a slash command's or button's response_url.
func (b *Service) respond(ctx context.Context, responseURL string, msg Message, responseType string) error {
	if !strings.HasPrefix(responseURL, "https://") && !strings.HasPrefix(responseURL, "http://") {
		return fmt.Errorf("response_url %q: %w", responseURL, errResponseURL)
	}
	// replace_original is always false: a button click adds a reply and
	// leaves the answer it came from in place.
	body, err := marshalPlain(struct {
		Text            string        `json:"text"`
		Blocks          []slack.Block `json:"blocks"`
		ResponseType    string        `json:"response_type"`
		ReplaceOriginal bool          `json:"replace_original"`
	}{msg.Text, msg.Blocks, responseType, false})
	if err != nil {
		return fmt.Errorf("encoding reply: %w", err)
	}
	return b.call(ctx, "response_url", func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(body))
		if err != nil {
			return fmt.Errorf("building request: %w", err)
		}
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
		resp, err := b.client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		detail, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		if resp.StatusCode == http.StatusTooManyRequests {
			secs, err := strconv.Atoi(resp.Header.Get("Retry-After"))
			if err != nil || secs < 0 {
				secs = 1 // no usable hint: back off a little rather than hammer
			}
			return &slack.RateLimitedError{RetryAfter: time.Duration(secs) * time.Second}
		}
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(detail))
		}
		return nil
	})
}

// post sends msg to a conversation, in a thread when threadTS is set.
func (b *Service) post(ctx context.Context, channel, threadTS string, msg Message) error {
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
func (b *Service) working(ctx context.Context, channel, ts string) func() {
	ref := slack.NewRefToMessage(channel, ts)
	err := b.call(ctx, "reactions.add", func(ctx context.Context) error {
		return b.api.AddReactionContext(ctx, workingReaction, ref)
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
			return b.api.RemoveReactionContext(ctx, workingReaction, ref)
		})
		if err != nil {
			b.log.Warn("could not remove the working indicator", "channel", channel, "ts", ts, "error", err)
		}
	}
}
