// Package storetest runs a real redis-server for tests: the store's own
// tests and the bot's replica tests share it, which test files of two
// packages cannot. It imports testing and is meant for _test.go files only.
package storetest
