package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// logSink collects everything the program logs, and reports the address
// it listens on.
type logSink struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	addrC chan string
}

func newLogSink() *logSink { return &logSink{addrC: make(chan string, 1)} }

func (l *logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	for _, line := range bytes.Split(p, []byte("\n")) {
		var m struct{ Msg, Addr string }
		if json.Unmarshal(line, &m) == nil && m.Msg == "listening" {
			select {
			case l.addrC <- m.Addr:
			default:
			}
		}
	}
	return len(p), nil
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// instance is one helpbot started in-process by a test.
type instance struct {
	URL  string // http://127.0.0.1:port
	Logs *logSink
	stop context.CancelFunc
	done chan struct{} // closed when run has returned
	err  error         // what run returned
}

// WS is the WebSocket URL of the instance.
func (i *instance) WS() string { return "ws" + strings.TrimPrefix(i.URL, "http") + "/ws" }

// Stop shuts the instance down and waits for run to return.
func (i *instance) Stop(t testing.TB) {
	t.Helper()
	i.stop()
	select {
	case <-i.done:
		if i.err != nil {
			t.Errorf("run returned %v", i.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("helpbot did not stop within 30s")
	}
}

// startHelpbot runs the whole program in-process on 127.0.0.1:0 with the
// repository's directory and locales and the given extra environment, and
// waits until /healthz answers.
func startHelpbot(t testing.TB, env map[string]string) *instance {
	t.Helper()
	vars := map[string]string{
		"HELPBOT_ADDR":      "127.0.0.1:0",
		"HELPBOT_DIRECTORY": "../../directory",
		"HELPBOT_LOCALES":   "../../locales",
		"HELPBOT_LOG_LEVEL": "debug",
		"HELPBOT_DATA":      t.TempDir(),
	}
	for k, v := range env {
		vars[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	in := &instance{Logs: newLogSink(), stop: cancel, done: make(chan struct{})}
	go func() {
		in.err = run(ctx, []string{"helpbot", "serve"}, func(k string) string { return vars[k] },
			strings.NewReader(""), in.Logs, in.Logs)
		close(in.done)
	}()
	select {
	case addr := <-in.Logs.addrC:
		in.URL = "http://" + addr
	case <-in.done:
		cancel()
		t.Fatalf("helpbot exited at start: %v\n%s", in.err, in.Logs)
	case <-time.After(20 * time.Second):
		cancel()
		t.Fatalf("helpbot did not start within 20s\n%s", in.Logs)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-in.done:
		case <-time.After(30 * time.Second):
		}
	})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(in.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return in
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("/healthz did not answer")
	return nil
}

// client is a test WebSocket client speaking the widget protocol.
type client struct {
	t  testing.TB
	ws *websocket.Conn
}

func dial(t testing.TB, url string, header http.Header) *client {
	t.Helper()
	ws, resp, err := websocket.DefaultDialer.Dial(url, header)
	if err != nil {
		t.Fatalf("dial %s: %v (%v)", url, err, resp)
	}
	c := &client{t: t, ws: ws}
	t.Cleanup(func() { ws.Close() })
	return c
}

func (c *client) send(v any) {
	c.t.Helper()
	if err := c.ws.WriteJSON(v); err != nil {
		c.t.Fatalf("send: %v", err)
	}
}

// next reads the next frame, failing after the timeout.
func (c *client) next(timeout time.Duration) map[string]any {
	c.t.Helper()
	c.ws.SetReadDeadline(time.Now().Add(timeout))
	var f map[string]any
	if err := c.ws.ReadJSON(&f); err != nil {
		c.t.Fatalf("read frame: %v", err)
	}
	return f
}

// until reads frames until one of the given type arrives, returning it and
// the frames before it.
func (c *client) until(typ string, timeout time.Duration) (map[string]any, []map[string]any) {
	c.t.Helper()
	var before []map[string]any
	deadline := time.Now().Add(timeout)
	for {
		f := c.next(time.Until(deadline))
		if f["type"] == typ {
			return f, before
		}
		before = append(before, f)
	}
}

// exchange sends a message and reads until both its ack and its reply have
// come (the ack comes first for a connection's first message, after the
// reply for later ones), returning the reply and every frame read.
func (c *client) exchange(id, text string, timeout time.Duration) (reply map[string]any, frames []map[string]any) {
	c.t.Helper()
	c.send(map[string]any{"type": "message", "id": id, "text": text})
	deadline := time.Now().Add(timeout)
	acked := false
	for !acked || reply == nil {
		f := c.next(time.Until(deadline))
		frames = append(frames, f)
		switch {
		case f["type"] == "ack" && f["id"] == id:
			acked = true
		case f["type"] == "reply" && f["in_reply_to"] == id:
			reply = f
		}
	}
	return reply, frames
}
