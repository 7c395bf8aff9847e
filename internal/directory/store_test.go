package directory

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"helpbot/internal/triage"
)

const storeFile = `country: SG
time_zone: Asia/Singapore
languages: [en]
emergency:
  - {service: police, number: "999", source: "https://example.org", verified_on: "2026-11-01"}
services:
  - id: sg-line
    kind: hotline
    name: {en: NAME}
    contacts: [{kind: phone, value: "+6564350000", display: "6435 0000"}]
    hours: {always: true}
    source: https://example.org
    verified_on: "2026-11-01"
    verified: true
    note: test
`

// logBuffer collects log lines for assertions.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// writeLikeEditor replaces a file the way many editors save: write a
// temporary file, then rename it over the original.
func writeLikeEditor(t *testing.T, path, content string) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), ".~"+filepath.Base(path)+".tmp")
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func serviceName(s *Store) string {
	h := s.Find(triage.Query{Country: "SG", Language: "en", Now: checkDay})
	if len(h.Services) == 0 {
		return ""
	}
	return h.Services[0].Name
}

func TestStoreHotReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sg.yaml")
	if err := os.WriteFile(path, []byte(strings.Replace(storeFile, "NAME", "First", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var logs logBuffer
	s, err := NewStore(dir, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if got := serviceName(s); got != "First" {
		t.Fatalf("served %q", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Watch(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch: %v", err)
		}
	}()
	time.Sleep(50 * time.Millisecond) // let the watcher start

	// Readers keep being served throughout.
	stop := make(chan struct{})
	var readers sync.WaitGroup
	readers.Add(1)
	go func() {
		defer readers.Done()
		for {
			select {
			case <-stop:
				return
			default:
				if n := serviceName(s); n == "" {
					t.Error("a reader got no service during reload")
					return
				}
			}
		}
	}()

	// A good edit is served.
	writeLikeEditor(t, path, strings.Replace(storeFile, "NAME", "Second", 1))
	waitFor(t, "the good edit to be served", func() bool { return serviceName(s) == "Second" })
	if p := s.Problems(); p != nil {
		t.Errorf("problems after a good edit: %v", p)
	}

	// A broken edit is refused: the last good directory stays, with problems.
	writeLikeEditor(t, path, strings.Replace(storeFile, "NAME", "Third", 1)+"  - id: [broken\n")
	waitFor(t, "the bad edit to be refused", func() bool { return len(s.Problems()) > 0 })
	if got := serviceName(s); got != "Second" {
		t.Errorf("after a bad edit served %q, want the last good %q", got, "Second")
	}
	p := s.Problems()[0]
	if p.File != "sg.yaml" || p.Line == 0 || p.Severity != Error {
		t.Errorf("problem = %+v", p)
	}
	if !strings.Contains(logs.String(), "sg.yaml:") {
		t.Errorf("refused change not logged as file:line: %s", logs.String())
	}

	// An edit with a bad number is refused too.
	writeLikeEditor(t, path, strings.Replace(strings.Replace(storeFile, "NAME", "Fourth", 1), "+6564350000", "+6512", 1))
	waitFor(t, "the bad number to be reported", func() bool {
		ps := s.Problems()
		return len(ps) > 0 && strings.Contains(ps[0].Message, "not a valid SG number")
	})
	if got := serviceName(s); got != "Second" {
		t.Errorf("served %q after a bad number", got)
	}

	// Fixing the file clears the problems.
	writeLikeEditor(t, path, strings.Replace(storeFile, "NAME", "Fifth", 1))
	waitFor(t, "the fix to be served", func() bool { return serviceName(s) == "Fifth" && s.Problems() == nil })
	close(stop)
	readers.Wait()
}

func TestNewStoreRefusesErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "sg.yaml"), []byte("country: SG\n nope: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := NewStore(dir, nil); err == nil || !strings.Contains(err.Error(), "sg.yaml:") {
		t.Fatalf("NewStore = %v, want an error naming sg.yaml:line", err)
	}
	if _, err := NewStore(t.TempDir(), nil); err == nil {
		t.Fatal("NewStore on an empty directory succeeded")
	}
}

func TestStoreShipped(t *testing.T) {
	s, err := NewStore("../../directory", nil)
	if err != nil {
		t.Fatal(err)
	}
	var _ triage.Directory = s
	if h := s.Find(triage.Query{Country: "th", Language: "th", Now: checkDay}); !h.Known || len(h.Services) == 0 {
		t.Errorf("Find TH: %+v", h)
	}
}
