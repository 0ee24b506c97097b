package present

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// ErrTooBig reports a reply that breaks one of Slack's limits.
var ErrTooBig = errors.New("reply breaks a Slack limit")

// ErrBadButton marks a button value the bot did not produce.
var ErrBadButton = errors.New("unrecognised button value")

// CheckLimits says whether Slack would accept msg: block count, every text
// object's length, button values, and the whole message's JSON size.
func CheckLimits(msg Message) error {
	if len(msg.Blocks) > maxBlocks {
		return fmt.Errorf("%d blocks, limit %d: %w", len(msg.Blocks), maxBlocks, ErrTooBig)
	}
	text := func(where string, t *slack.TextBlockObject, limit int) error {
		if t == nil {
			return nil
		}
		if n := utf8.RuneCountInString(t.Text); n > limit {
			return fmt.Errorf("%s text has %d characters, limit %d: %w", where, n, limit, ErrTooBig)
		}
		if t.Text == "" {
			return fmt.Errorf("%s text is empty: %w", where, ErrTooBig)
		}
		return nil
	}
	for i, b := range msg.Blocks {
		where := fmt.Sprintf("block %d (%s)", i, b.BlockType())
		switch b := b.(type) {
		case *slack.HeaderBlock:
			if err := text(where, b.Text, maxHeaderRunes); err != nil {
				return err
			}
		case *slack.SectionBlock:
			if err := text(where, b.Text, maxTextRunes); err != nil {
				return err
			}
			for _, f := range b.Fields {
				if err := text(where+" field", f, 2000); err != nil {
					return err
				}
			}
		case *slack.ContextBlock:
			if len(b.ContextElements.Elements) > 10 {
				return fmt.Errorf("%s has %d elements: %w", where, len(b.ContextElements.Elements), ErrTooBig)
			}
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					if err := text(where, t, maxTextRunes); err != nil {
						return err
					}
				}
			}
		case *slack.ActionBlock:
			if len(b.Elements.ElementSet) > 25 {
				return fmt.Errorf("%s has %d elements: %w", where, len(b.Elements.ElementSet), ErrTooBig)
			}
			for _, e := range b.Elements.ElementSet {
				btn, ok := e.(*slack.ButtonBlockElement)
				if !ok {
					continue
				}
				if err := text(where+" button", btn.Text, maxButtonRunes); err != nil {
					return err
				}
				if n := utf8.RuneCountInString(btn.Value); n > maxValueRunes {
					return fmt.Errorf("%s button value has %d characters, limit %d: %w", where, n, maxValueRunes, ErrTooBig)
				}
			}
		}
	}
	if n := utf8.RuneCountInString(msg.Text); n > 40000 {
		return fmt.Errorf("notification text has %d characters: %w", n, ErrTooBig)
	}
	b, err := json.Marshal(msg)
	if err != nil {
		return fmt.Errorf("encoding reply: %w", err)
	}
	if len(b) > maxMessageBytes {
		return fmt.Errorf("reply is %d bytes, limit %d: %w", len(b), maxMessageBytes, ErrTooBig)
	}
	return nil
}
