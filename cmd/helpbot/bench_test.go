package main

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"helpbot/internal/queue"
	"helpbot/internal/redistest"
)

// BenchmarkMessageToCaseEvent measures, on loopback with a real
// redis-server, the time from a person's urgent widget message to the
// "created" case event on a console's subscription.
func BenchmarkMessageToCaseEvent(b *testing.B) {
	r := redistest.Start(b)
	h := startHelpbot(b, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_LOG_LEVEL": "info",
		"HELPBOT_MAX_CONNS_PER_IP": "0", "HELPBOT_MESSAGES_PER_MINUTE": "0", "HELPBOT_IP_MESSAGES_PER_SECOND": "0"})
	q, _ := queue.New(r.Client(), queue.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events, err := q.Subscribe(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	b.ResetTimer()
	for range b.N {
		ws, _, err := websocket.DefaultDialer.Dial(h.WS(), nil)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		ws.WriteJSON(map[string]any{"type": "message", "id": "x", "text": urgentText})
		for ev := range events {
			if ev.Type == queue.EventCreated {
				break
			}
		}
		lat = append(lat, time.Since(t0))
		ws.Close()
	}
	b.StopTimer()
	slices.Sort(lat)
	n := len(lat)
	b.ReportMetric(float64(lat[n/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[min(n-1, n*99/100)].Microseconds())/1000, "p99-ms")
}
