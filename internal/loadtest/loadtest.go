// Package loadtest drives a running helpbot (or a bare echo server, for
// comparison) with many widget WebSocket connections on loopback and
// reports reply latency, errors, throughput and the server's memory.
// Every run is bounded in connections, messages and time.
package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Options bound a run.
type Options struct {
	URL      string        // ws://127.0.0.1:8080/ws
	Conns    int           // connections held at once
	Messages int           // messages each connection sends
	Rate     float64       // messages per second over all connections (0: as fast as replies come)
	Idle     time.Duration // how long to hold the connections idle before sending, for the memory reading
	Timeout  time.Duration // the whole run's cap
	Text     string        // what each message says
	Metrics  string        // the server's /metrics URL ("" to skip memory readings)
}

// Report is what a run measured.
type Report struct {
	Conns, Connected, DialErrors int
	Sent, Replies, Errors        int64
	Timeouts                     int64
	Elapsed                      time.Duration
	Throughput                   float64 // replies per second
	P50, P90, P99, Max           time.Duration
	MemBefore, MemIdle           int64 // server resident memory, bytes
	MemPerConn                   int64 // (MemIdle - MemBefore) / Connected
}

// allowedHosts are the only hosts a load may be sent to.
func loopback(u *url.URL) bool {
	h := u.Hostname()
	return h == "localhost" || h == "::1" || strings.HasPrefix(h, "127.")
}

// Run performs one bounded load run.
func Run(ctx context.Context, o Options) (Report, error) {
	u, err := url.Parse(o.URL)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") {
		return Report{}, fmt.Errorf("loadtest: %q is not a ws:// URL", o.URL)
	}
	if !loopback(u) {
		return Report{}, fmt.Errorf("loadtest: %s is not a loopback address; load is only sent to this machine", u.Host)
	}
	if o.Conns <= 0 || o.Conns > 20000 || o.Messages < 0 || o.Messages > 100000 {
		return Report{}, fmt.Errorf("loadtest: conns must be 1..20000 and messages 0..100000")
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Minute
	}
	if o.Text == "" {
		o.Text = "Hello, I work in Thailand and want to know my rights about overtime pay"
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	r := Report{Conns: o.Conns}
	if o.Metrics != "" {
		r.MemBefore = residentMemory(o.Metrics)
	}

	// Dial, 100 at a time.
	conns := make([]*websocket.Conn, o.Conns)
	var dialErr atomic.Int64
	sem := make(chan struct{}, 100)
	var wg sync.WaitGroup
	dialer := websocket.Dialer{HandshakeTimeout: 10 * time.Second, ReadBufferSize: 1024, WriteBufferSize: 1024}
	for i := range conns {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, _, err := dialer.DialContext(ctx, o.URL, nil)
			if err != nil {
				dialErr.Add(1)
				return
			}
			conns[i] = c
		}()
	}
	wg.Wait()
	defer func() {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
	}()
	r.DialErrors = int(dialErr.Load())
	r.Connected = o.Conns - r.DialErrors
	if o.Idle > 0 {
		select {
		case <-time.After(o.Idle):
		case <-ctx.Done():
		}
	}
	if o.Metrics != "" && r.Connected > 0 {
		r.MemIdle = residentMemory(o.Metrics)
		r.MemPerConn = (r.MemIdle - r.MemBefore) / int64(r.Connected)
	}
	if o.Messages == 0 {
		return r, nil
	}

	// Send: each connection sends its messages one after the other, paced so
	// that all connections together keep to the rate.
	var sent, replies, errs, timeouts atomic.Int64
	lat := make([][]time.Duration, len(conns))
	var perConnGap time.Duration
	if o.Rate > 0 {
		perConnGap = time.Duration(float64(r.Connected) / o.Rate * float64(time.Second))
	}
	start := time.Now()
	for i, c := range conns {
		if c == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Spread the first sends over one gap so the load is smooth.
			if perConnGap > 0 {
				time.Sleep(time.Duration(int64(perConnGap) * int64(i) / int64(len(conns))))
			}
			next := time.Now()
			for m := range o.Messages {
				if ctx.Err() != nil {
					return
				}
				id := "l" + strconv.Itoa(i) + "-" + strconv.Itoa(m)
				t0 := time.Now()
				b, _ := json.Marshal(map[string]string{"type": "message", "id": id, "text": o.Text})
				c.SetWriteDeadline(t0.Add(10 * time.Second))
				if err := c.WriteMessage(websocket.TextMessage, b); err != nil {
					errs.Add(1)
					return
				}
				sent.Add(1)
				if ok, err := awaitReply(c, id, 10*time.Second); err != nil {
					if ne, isNet := err.(interface{ Timeout() bool }); isNet && ne.Timeout() {
						timeouts.Add(1)
					} else {
						errs.Add(1)
					}
					return
				} else if !ok {
					errs.Add(1)
					continue
				}
				lat[i] = append(lat[i], time.Since(t0))
				replies.Add(1)
				if perConnGap > 0 {
					next = next.Add(perConnGap)
					if d := time.Until(next); d > 0 {
						time.Sleep(d)
					}
				}
			}
		}()
	}
	wg.Wait()
	r.Elapsed = time.Since(start)
	r.Sent, r.Replies, r.Errors, r.Timeouts = sent.Load(), replies.Load(), errs.Load(), timeouts.Load()
	r.Throughput = float64(r.Replies) / r.Elapsed.Seconds()
	all := slices.Concat(lat...)
	slices.Sort(all)
	if n := len(all); n > 0 {
		r.P50, r.P90, r.P99, r.Max = all[n*50/100], all[n*90/100], all[min(n-1, n*99/100)], all[n-1]
	}
	return r, nil
}

// awaitReply reads frames until the answer to id: helpbot's reply (whose
// in_reply_to is id) or an echo of the message itself. An error frame for
// id counts as answered but not ok. Frames are matched on their bytes, not
// decoded, so that the client's own work does not depend on how large the
// server's frames are.
func awaitReply(c *websocket.Conn, id string, timeout time.Duration) (bool, error) {
	c.SetReadDeadline(time.Now().Add(timeout))
	quoted := []byte(`"` + id + `"`)
	for {
		_, b, err := c.ReadMessage()
		if err != nil {
			return false, err
		}
		switch {
		case !bytes.Contains(b, quoted):
		case bytes.Contains(b, []byte(`"in_reply_to":`+string(quoted))) && bytes.Contains(b, []byte(`"type":"reply"`)),
			bytes.Contains(b, []byte(`"id":`+string(quoted))) && bytes.Contains(b, []byte(`"type":"message"`)):
			return true, nil
		case bytes.Contains(b, []byte(`"type":"error"`)) && bytes.Contains(b, []byte(`"id":`+string(quoted))):
			return false, nil
		}
	}
}

// residentMemory reads process_resident_memory_bytes from a /metrics page.
func residentMemory(metricsURL string) int64 {
	resp, err := http.Get(metricsURL)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			n, _ := strconv.ParseFloat(v, 64)
			return int64(n)
		}
	}
	return 0
}

// Print writes the report for a person.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "connections   %d held (%d failed to connect)\n", r.Connected, r.DialErrors)
	if r.MemIdle > 0 {
		fmt.Fprintf(w, "server memory %.1f MiB before, %.1f MiB with the connections idle: %.1f KiB per connection\n",
			float64(r.MemBefore)/(1<<20), float64(r.MemIdle)/(1<<20), float64(r.MemPerConn)/1024)
	}
	if r.Sent > 0 {
		fmt.Fprintf(w, "messages      %d sent, %d answered, %d errors, %d timeouts in %v\n", r.Sent, r.Replies, r.Errors, r.Timeouts, r.Elapsed.Round(time.Millisecond))
		fmt.Fprintf(w, "throughput    %.0f replies/s\n", r.Throughput)
		fmt.Fprintf(w, "latency       p50 %v  p90 %v  p99 %v  max %v\n", r.P50.Round(time.Microsecond), r.P90.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Max.Round(time.Microsecond))
	}
}

// EchoHandler is a bare gorilla/websocket echo server: the yardstick the
// widget's latency is compared with.
func EchoHandler() http.Handler {
	up := websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		for {
			t, b, err := c.ReadMessage()
			if err != nil {
				return
			}
			if c.WriteMessage(t, b) != nil {
				return
			}
		}
	})
}
