// Package store holds the state that several replicas of the bot must agree
// on: which Slack deliveries and request signatures were already handled, how
// many questions each user has asked lately, and conversation state. It keeps
// that state in local memory for a single replica, or in Redis so that every
// replica sees the same, falling back to local memory while Redis is down.
package store
