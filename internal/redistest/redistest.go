// Package redistest starts throwaway redis-server processes for tests, each
// on a free loopback port with nothing kept on disk unless asked.
package redistest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is one redis-server process owned by a test.
type Server struct {
	tb     testing.TB
	Port   int
	dir    string
	aof    bool
	cmd    *exec.Cmd
	exited chan struct{}
}

// Options adjust the server. The zero value keeps nothing on disk.
type Options struct {
	AppendOnly bool // appendonly yes, appendfsync always, in a temporary dir
}

// Start starts a redis-server on a free port and stops it when the test ends.
// The test fails when redis-server is not installed: scripts/test installs it.
func Start(tb testing.TB) *Server { return StartWith(tb, Options{}) }

// StartWith is Start with options.
func StartWith(tb testing.TB, o Options) *Server {
	tb.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		tb.Fatalf("redis-server not found on PATH (run scripts/test, which installs it): %v", err)
	}
	s := &Server{tb: tb, dir: tb.TempDir(), aof: o.AppendOnly}
	s.Port = freePort(tb)
	s.start()
	tb.Cleanup(s.Kill)
	return s
}

// URL is the redis:// URL of the server.
func (s *Server) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.Port) }

// Addr is host:port.
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.Port) }

// Client returns a go-redis client closed when the test ends.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr()})
	s.tb.Cleanup(func() { c.Close() })
	return c
}

func (s *Server) start() {
	s.tb.Helper()
	args := []string{
		"--port", strconv.Itoa(s.Port), "--bind", "127.0.0.1",
		"--save", "", "--dir", s.dir, "--daemonize", "no",
		"--logfile", filepath.Join(s.dir, "redis.log"),
	}
	if s.aof {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	} else {
		args = append(args, "--appendonly", "no")
	}
	s.cmd = exec.Command("redis-server", args...)
	if err := s.cmd.Start(); err != nil {
		s.tb.Fatalf("start redis-server: %v", err)
	}
	s.exited = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { cmd.Wait(); close(done) }(s.cmd, s.exited)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c := redis.NewClient(&redis.Options{Addr: s.Addr(), MaxRetries: -1})
		err := c.Ping(context.Background()).Err()
		c.Close()
		if err == nil {
			return
		}
		select {
		case <-s.exited:
			s.tb.Fatalf("redis-server exited at start: %s", s.logTail())
		case <-time.After(20 * time.Millisecond):
		}
	}
	s.tb.Fatalf("redis-server did not answer within 10s: %s", s.logTail())
}

// Kill stops the server at once (SIGKILL). It is safe to call twice.
func (s *Server) Kill() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	select {
	case <-s.exited:
		return
	default:
	}
	s.cmd.Process.Kill()
	<-s.exited
}

// Restart starts the server again on the same port and directory, so with
// AppendOnly the data written before Kill comes back.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Kill()
	s.start()
}

func (s *Server) logTail() string {
	f, err := os.Open(filepath.Join(s.dir, "redis.log"))
	if err != nil {
		return "(no log)"
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if len(lines) > 10 {
			lines = lines[1:]
		}
	}
	return fmt.Sprint(lines)
}

func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("find a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
