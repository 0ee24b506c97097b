package bot

// The Service's work is split by concern into views of it, so that no one
// type carries every method: each view embeds the Service and adds one
// concern's steps.
type (
	httpMode     struct{ *Service } // signed HTTP requests
	socketMode   struct{ *Service } // Socket Mode envelopes
	slackCall    struct{ *Service } // one attempt of a Slack call and its retries
	conversation struct{ *Service } // follow-ups in threads and DMs
	clicks       struct{ *Service } // button clicks
	slash        struct{ *Service } // slash commands
	replies      struct{ *Service } // posting replies and the working indicator
	shared       struct{ *Service } // dedupe and rate limits in the store
	answers      struct{ *Service } // answering a message
)

// svc is the Service a view belongs to (the Service itself for the
// Service), so that any view can reach another.
func (b *Service) svc() *Service { return b }
