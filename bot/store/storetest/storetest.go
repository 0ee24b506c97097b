package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a redis-server process of a test's own, on loopback.
type Server struct {
	t        testing.TB
	port     int
	password string

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan struct{}
	output *LockedBuffer
}

// LockedBuffer collects output written from other goroutines (a process, a
// logger) while the test reads it.
type LockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *LockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *LockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// Start starts redis-server on a free loopback port, requiring password if
// it is not empty, and stops it when the test ends. Without redis-server on
// PATH the test is skipped, or fails when the CI environment variable is
// set, so that CI never passes by skipping.
func Start(t testing.TB, password string) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("redis-server is not on PATH (CI is set, so this is a failure): install it with apt-get install -y redis-server")
		}
		t.Skip("redis-server is not on PATH; install it (apt-get install -y redis-server) to run the Redis tests")
	}
	// redis-server cannot pick a port itself (--port 0 turns TCP off), so
	// borrow one from the kernel. Another process could take it before
	// redis-server binds; start reports that clearly if it happens.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s := &Server{t: t, port: port, password: password}
	s.Start()
	t.Cleanup(s.Stop)
	return s
}

// Addr is host:port of the server.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// URL is the redis:// URL for database 0, with the password if there is one.
func (s *Server) URL() string {
	if s.password != "" {
		return fmt.Sprintf("redis://:%s@%s/0", s.password, s.Addr())
	}
	return fmt.Sprintf("redis://%s/0", s.Addr())
}

// Client is a plain client for inspecting the server from the test.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr(), Password: s.password, MaxRetries: -1, DisableIdentity: true})
	s.t.Cleanup(func() { c.Close() })
	return c
}

// Start runs redis-server on the server's port (again, after Stop) and waits
// until it answers PING.
func (s *Server) Start() {
	s.t.Helper()
	args := []string{"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"}
	if s.password != "" {
		args = append(args, "--requirepass", s.password)
	}
	cmd := exec.Command("redis-server", args...)
	out := &LockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting redis-server: %v", err)
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	s.mu.Lock()
	s.cmd, s.exited, s.output = cmd, exited, out
	s.mu.Unlock()

	c := redis.NewClient(&redis.Options{Addr: s.Addr(), Password: s.password, MaxRetries: -1,
		DialTimeout: 100 * time.Millisecond, DisableIdentity: true})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			s.Stop()
			s.t.Fatalf("redis-server on port %d did not answer PING within 10 s: %v\n%s", s.port, err, out.String())
		}
		select {
		case <-exited:
			s.t.Fatalf("redis-server on port %d exited at start:\n%s", s.port, out.String())
		case <-tick.C:
		}
	}
}

// Stop kills redis-server (as a crash would) and waits for it to be gone.
func (s *Server) Stop() {
	s.mu.Lock()
	cmd, exited := s.cmd, s.exited
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.t.Errorf("killing redis-server: %v", err)
	}
	<-exited
}
