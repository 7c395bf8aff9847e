package main

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"helpbot/internal/loadtest"
	"helpbot/internal/redistest"
)

// BenchmarkWidgetLoad runs the load test in-process against a helpbot on
// a real redis-server: 200 connections, 1,000 messages/s. One op is one run.
func BenchmarkWidgetLoad(b *testing.B) {
	r := redistest.Start(b)
	h := startHelpbot(b, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_LOG_LEVEL": "info",
		"HELPBOT_MAX_CONNS_PER_IP": "0", "HELPBOT_MESSAGES_PER_MINUTE": "0", "HELPBOT_IP_MESSAGES_PER_SECOND": "0"})
	for range b.N {
		rep, err := loadtest.Run(context.Background(), loadtest.Options{URL: h.WS(), Conns: 200, Messages: 20, Rate: 1000, Timeout: time.Minute})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(rep.P50.Microseconds()), "p50-µs")
		b.ReportMetric(float64(rep.P99.Microseconds()), "p99-µs")
	}
}

// BenchmarkEchoLoad is the yardstick for BenchmarkWidgetLoad: the same load
// against a bare gorilla/websocket echo server.
func BenchmarkEchoLoad(b *testing.B) {
	srv := httptest.NewServer(loadtest.EchoHandler())
	defer srv.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"
	for range b.N {
		rep, err := loadtest.Run(context.Background(), loadtest.Options{URL: url, Conns: 200, Messages: 20, Rate: 1000, Timeout: time.Minute})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(rep.P50.Microseconds()), "p50-µs")
		b.ReportMetric(float64(rep.P99.Microseconds()), "p99-µs")
	}
}
