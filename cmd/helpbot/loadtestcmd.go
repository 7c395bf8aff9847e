package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"helpbot/internal/loadtest"
)

// loadtestCmd runs `helpbot loadtest [flags]` against a running helpbot on
// this machine, or `helpbot loadtest echo` to serve the bare echo server it
// is compared with.
func loadtestCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "echo" {
		fs := flag.NewFlagSet("loadtest echo", flag.ContinueOnError)
		fs.SetOutput(stderr)
		addr := fs.String("addr", "127.0.0.1:8090", "address of the echo server")
		if err := fs.Parse(args[1:]); err != nil {
			return &exitError{2}
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("echo server: %w", err)
		}
		fmt.Fprintf(stdout, "echo server on ws://%s/ws\n", ln.Addr())
		srv := &http.Server{Handler: loadtest.EchoHandler()}
		go func() { <-ctx.Done(); srv.Close() }()
		if err := srv.Serve(ln); err != http.ErrServerClosed {
			return err
		}
		return nil
	}
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o loadtest.Options
	fs.StringVar(&o.URL, "url", "ws://127.0.0.1:8080/ws", "the widget WebSocket of a helpbot on this machine")
	fs.IntVar(&o.Conns, "conns", 100, "connections to hold at once")
	fs.IntVar(&o.Messages, "messages", 10, "messages each connection sends")
	fs.Float64Var(&o.Rate, "rate", 1000, "messages per second over all connections (0: as fast as possible)")
	fs.DurationVar(&o.Idle, "idle", 2*time.Second, "how long to hold the connections idle before sending")
	fs.DurationVar(&o.Timeout, "timeout", 3*time.Minute, "cap on the whole run")
	fs.StringVar(&o.Metrics, "metrics", "", "the server's /metrics URL, for memory readings (default: derived from -url; \"-\" to skip)")
	fs.StringVar(&o.Text, "text", "", "message text")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	latencies := fs.String("latencies", "", "a file to add every reply's latency to, in microseconds, one a line (to pool several runs)")
	if err := fs.Parse(args); err != nil {
		return &exitError{2}
	}
	switch o.Metrics {
	case "-":
		o.Metrics = ""
	case "":
		o.Metrics = metricsURL(o.URL)
	}
	r, err := loadtest.Run(ctx, o)
	if err != nil {
		return err
	}
	if *latencies != "" {
		if err := appendLatencies(*latencies, r.Latencies); err != nil {
			return err
		}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(r)
	}
	r.Print(stdout)
	return nil
}

// metricsURL is the /metrics page of the server behind a ws:// or wss://
// URL, or "" when it cannot be told.
func metricsURL(ws string) string {
	u, err := url.Parse(ws)
	if err != nil || u.Host == "" {
		return ""
	}
	switch u.Scheme {
	case "ws":
		u.Scheme = "http"
	case "wss":
		u.Scheme = "https"
	default:
		return ""
	}
	u.Path, u.RawQuery = "/metrics", ""
	return u.String()
}

// appendLatencies adds each latency to the file at path, in microseconds,
// one a line.
func appendLatencies(path string, ls []time.Duration) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("-latencies: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, l := range ls {
		w.WriteString(strconv.FormatInt(l.Microseconds(), 10))
		w.WriteByte('\n')
	}
	if err := cmp.Or(w.Flush(), f.Close()); err != nil {
		return fmt.Errorf("-latencies: %w", err)
	}
	return nil
}
