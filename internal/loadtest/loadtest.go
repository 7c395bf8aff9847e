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
	// Latencies are every reply's latency, shortest first.
	Latencies []time.Duration `json:"-"`
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
	quotedText, _ := json.Marshal(o.Text)
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
			// The client allocates nothing per message: its own garbage
			// collections would otherwise add to the latency it measures,
			// and more so for a server whose frames are larger.
			cl := client{c: c, lat: make([]time.Duration, 0, o.Messages), buf: make([]byte, 0, 8<<10)}
			next := time.Now()
			for m := range o.Messages {
				if ctx.Err() != nil {
					break
				}
				var id []byte // quoted, inside cl.frame
				cl.frame, id = appendFrame(cl.frame[:0], i, m, quotedText)
				t0 := time.Now()
				c.SetWriteDeadline(t0.Add(10 * time.Second))
				if err := c.WriteMessage(websocket.TextMessage, cl.frame); err != nil {
					errs.Add(1)
					break
				}
				sent.Add(1)
				if ok, err := cl.awaitReply(id, 10*time.Second); err != nil {
					if ne, isNet := err.(interface{ Timeout() bool }); isNet && ne.Timeout() {
						timeouts.Add(1)
					} else {
						errs.Add(1)
					}
					break
				} else if !ok {
					errs.Add(1)
					continue
				}
				cl.lat = append(cl.lat, time.Since(t0))
				replies.Add(1)
				if perConnGap > 0 {
					next = next.Add(perConnGap)
					if d := time.Until(next); d > 0 {
						time.Sleep(d)
					}
				}
			}
			lat[i] = cl.lat
		}()
	}
	wg.Wait()
	r.Elapsed = time.Since(start)
	r.Sent, r.Replies, r.Errors, r.Timeouts = sent.Load(), replies.Load(), errs.Load(), timeouts.Load()
	r.Throughput = float64(r.Replies) / r.Elapsed.Seconds()
	all := slices.Concat(lat...)
	slices.Sort(all)
	r.Latencies = all
	if n := len(all); n > 0 {
		r.P50, r.P90, r.P99, r.Max = all[n*50/100], all[n*90/100], all[min(n-1, n*99/100)], all[n-1]
	}
	return r, nil
}

// client is one connection's side of the load, with buffers it reuses.
type client struct {
	c     *websocket.Conn
	lat   []time.Duration
	frame []byte // the message being sent
	buf   []byte // the frame being read
}

// appendFrame appends message m of connection i, whose id is "l<i>-<m>",
// and gives back the frame and that id with its quotes, inside it.
func appendFrame(b []byte, i, m int, quotedText []byte) (frame, quotedID []byte) {
	b = append(b, `{"type":"message","id":`...)
	start := len(b)
	b = append(b, `"l`...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(m), 10)
	b = append(b, '"')
	end := len(b)
	b = append(b, `,"text":`...)
	b = append(b, quotedText...)
	b = append(b, '}')
	return b, b[start:end]
}

// awaitReply reads frames until the answer to id (quoted, as it is in the
// frame sent): helpbot's reply (whose in_reply_to is id) or an echo of the
// message itself. An error frame for id counts as answered but not ok.
// Frames are matched on their bytes, not decoded, and read into one buffer,
// so that the client's own work does not depend on how large the server's
// frames are.
func (cl *client) awaitReply(quotedID []byte, timeout time.Duration) (bool, error) {
	cl.c.SetReadDeadline(time.Now().Add(timeout))
	for {
		b, err := cl.read()
		if err != nil {
			return false, err
		}
		i := bytes.Index(b, quotedID)
		if i < 0 {
			continue
		}
		key := b[:i]
		switch {
		case bytes.HasSuffix(key, []byte(`"in_reply_to":`)) && bytes.Contains(b, []byte(`"type":"reply"`)),
			bytes.HasSuffix(key, []byte(`"id":`)) && bytes.Contains(b, []byte(`"type":"message"`)):
			return true, nil
		case bytes.HasSuffix(key, []byte(`"id":`)) && bytes.Contains(b, []byte(`"type":"error"`)):
			return false, nil
		}
	}
}

// read reads one frame into cl.buf, which grows to the largest frame seen.
func (cl *client) read() ([]byte, error) {
	_, r, err := cl.c.NextReader()
	if err != nil {
		return nil, err
	}
	b := cl.buf[:0]
	for {
		if len(b) == cap(b) {
			b = slices.Grow(b, len(b))
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			cl.buf = b
			return b, nil
		}
		if err != nil {
			return nil, err
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
