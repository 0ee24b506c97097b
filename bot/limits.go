package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// errTooBig reports a reply that breaks one of Slack's limits.
var errTooBig = errors.New("reply breaks a Slack limit")

// errBadButton marks a button value the bot did not produce.
var errBadButton = errors.New("unrecognised button value")

// checkLimits says whether Slack would accept msg: block count, every text
// object's length, button values, and the whole message's JSON size.
func checkLimits(msg Message) error {
	if len(msg.Blocks) > maxBlocks {
		return fmt.Errorf("%d blocks, limit %d: %w", len(msg.Blocks), maxBlocks, errTooBig)
	}
	text := func(where string, t *slack.TextBlockObject, limit int) error {
		if t == nil {
			return nil
		}
		if n := utf8.RuneCountInString(t.Text); n > limit {
			return fmt.Errorf("%s text has %d characters, limit %d: %w", where, n, limit, errTooBig)
		}
		if t.Text == "" {
			return fmt.Errorf("%s text is empty: %w", where, errTooBig)
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
				return fmt.Errorf("%s has %d elements: %w", where, len(b.ContextElements.Elements), errTooBig)
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
				return fmt.Errorf("%s has %d elements: %w", where, len(b.Elements.ElementSet), errTooBig)
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
					return fmt.Errorf("%s button value has %d characters, limit %d: %w", where, n, maxValueRunes, errTooBig)
				}
			}
		}
	}
	if n := utf8.RuneCountInString(msg.Text); n > 40000 {
		return fmt.Errorf("notification text has %d characters: %w", n, errTooBig)
	}
	b, err := json.Marshal(msg)
	if err != nil {
		return fmt.Errorf("encoding reply: %w", err)
	}
	if len(b) > maxMessageBytes {
		return fmt.Errorf("reply is %d bytes, limit %d: %w", len(b), maxMessageBytes, errTooBig)
	}
	return nil
}
