package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/channels/widget"
	"helpbot/internal/console"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/triage"
)

// server holds what the HTTP handlers need.
type server struct {
	rdb       *redis.Client
	dir       *directory.Store
	text      *locale.Catalog
	chat      *widget.Server
	feedReady <-chan struct{}
	channels  []backgroundChannel
	console   *console.Console
}

// routes lists every route helpbot serves.
func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	s.chat.Routes(mux) // /, /chat, /widget.js, /static/, /ws
	mux.Handle("GET /help", directory.Pages(s.dir, s.text, triage.Languages))
	mux.Handle("GET /help/", directory.Pages(s.dir, s.text, triage.Languages))
	s.console.Routes(mux) // /console, /console/assets/, /api/
	for _, ch := range s.channels {
		ch.Routes(mux) // /webhooks/...
	}
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	mux.HandleFunc("GET /readyz", s.handleReadyz)
	mux.HandleFunc("GET /metrics", s.handleMetrics)
	return securityHeaders(mux)
}

// securityHeaders sets the headers every response carries. Pages that need
// their own Content-Security-Policy set it themselves.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; frame-ancestors 'self'")
		next.ServeHTTP(w, r)
	})
}

func (s *server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// handleReadyz answers 200 when Redis answers, a directory is loaded and
// this process hears the deliveries for its widget users; it lists the
// errors of a refused directory edit either way.
func (s *server) handleReadyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	body := map[string]any{"redis": "ok", "directory": "ok", "deliveries": "ok"}
	code := http.StatusOK
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		body["redis"] = "unreachable"
		code = http.StatusServiceUnavailable
	}
	select {
	case <-s.feedReady:
	default:
		// Caseworker replies for this process's widget users would be missed.
		body["deliveries"] = "not yet subscribed"
		code = http.StatusServiceUnavailable
	}
	if p := s.dir.Problems(); len(p) > 0 {
		// Only the errors: they are why the edit was refused.
		body["directory"] = "serving the last good version; the latest edit was refused"
		var list []string
		for _, x := range p {
			if x.Severity == directory.Error {
				list = append(list, x.String())
			}
		}
		body["directory_problems"] = list
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

func (s *server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	fmt.Fprintf(w, "# HELP helpbot_widget_connections Open widget WebSocket connections.\n# TYPE helpbot_widget_connections gauge\nhelpbot_widget_connections %d\n", s.chat.Connections())
	fmt.Fprintf(w, "# HELP helpbot_directory_problems Problems (errors and warnings) of the latest refused directory edit.\n# TYPE helpbot_directory_problems gauge\nhelpbot_directory_problems %d\n", len(s.dir.Problems()))
	fmt.Fprintf(w, "# HELP go_memstats_heap_inuse_bytes Heap bytes in use.\n# TYPE go_memstats_heap_inuse_bytes gauge\ngo_memstats_heap_inuse_bytes %d\n", m.HeapInuse)
	if rss := residentBytes(); rss > 0 {
		fmt.Fprintf(w, "# HELP process_resident_memory_bytes Resident memory size in bytes.\n# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes %d\n", rss)
	}
	fmt.Fprintf(w, "# HELP go_goroutines Goroutines.\n# TYPE go_goroutines gauge\ngo_goroutines %d\n", runtime.NumGoroutine())
}

// residentBytes is the process's resident memory, from /proc (0 elsewhere).
func residentBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}
