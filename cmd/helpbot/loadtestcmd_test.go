package main

import (
	"context"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"helpbot/internal/loadtest"
)

// TestLoadtestLatenciesPoolRuns: -latencies adds every reply's latency to
// a file, so that several runs can be pooled.
func TestLoadtestLatenciesPoolRuns(t *testing.T) {
	srv := httptest.NewServer(loadtest.EchoHandler())
	defer srv.Close()
	file := filepath.Join(t.TempDir(), "lat")
	for range 2 {
		var out strings.Builder
		args := []string{"helpbot", "loadtest", "-url", "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws",
			"-conns", "2", "-messages", "3", "-idle", "0s", "-metrics", "-", "-latencies", file}
		if err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(""), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "6 sent, 6 answered, 0 errors") {
			t.Errorf("report: %s", out.String())
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(b))
	if len(lines) != 12 {
		t.Fatalf("%d latencies, want 12: %q", len(lines), b)
	}
	for _, l := range lines {
		if n, err := strconv.Atoi(l); err != nil || n < 0 {
			t.Errorf("latency %q", l)
		}
	}
}
