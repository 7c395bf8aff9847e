package console

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// hub fans the queue's live events out to the event streams of this
// process: one subscription to Redis, however many browsers.
type hub struct {
	mu      sync.Mutex
	clients map[*stream]struct{}
	closed  bool
}

// stream is one browser's event stream.
type stream struct {
	ch   chan []byte
	done chan struct{}
	once sync.Once
}

func (s *stream) close() { s.once.Do(func() { close(s.done) }) }

func newHub() *hub { return &hub{clients: map[*stream]struct{}{}} }

func (h *hub) add() (*stream, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	s := &stream{ch: make(chan []byte, 64), done: make(chan struct{})}
	h.clients[s] = struct{}{}
	return s, true
}

func (h *hub) remove(s *stream) {
	h.mu.Lock()
	delete(h.clients, s)
	h.mu.Unlock()
	s.close()
}

// broadcast sends one event to every stream. A browser that does not keep
// up is disconnected; it reconnects and reloads the queue.
func (h *hub) broadcast(b []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.clients {
		select {
		case s.ch <- b:
		default:
			delete(h.clients, s)
			s.close()
		}
	}
}

func (h *hub) closeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for s := range h.clients {
		delete(h.clients, s)
		s.close()
	}
}

// Streams is the number of open event streams.
func (c *Console) Streams() int {
	c.hub.mu.Lock()
	defer c.hub.mu.Unlock()
	return len(c.hub.clients)
}

// Run feeds the queue's live events to this process's event streams until
// ctx ends, resubscribing after a lost connection; then it closes every
// stream (so a server shutdown is not held up by them) and returns nil.
func (c *Console) Run(ctx context.Context) error {
	defer c.hub.closeAll()
	backoff := time.Second
	first := true
	for ctx.Err() == nil {
		events, err := c.d.Queue.Subscribe(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			c.log.Warn("console: subscribe to case events, retrying", "err", err, "in", backoff)
			select {
			case <-ctx.Done():
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 15*time.Second)
			continue
		}
		backoff = time.Second
		if !first {
			// Events may have been missed while away: browsers reload.
			c.hub.broadcast([]byte(`{"type":"reload"}`))
		}
		first = false
		for ev := range events {
			b, err := json.Marshal(ev)
			if err != nil {
				continue
			}
			c.hub.broadcast(b)
		}
		// The subscription ended without ctx: wait a beat, then resubscribe.
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
	return nil
}

// handleEvents is the Server-Sent Events stream of case changes. Each
// event is a queue.Event as JSON (no message text); {"type":"reload"}
// asks the page to reload the queue.
func (c *Console) handleEvents(w http.ResponseWriter, r *http.Request, u *user) {
	s, ok := c.hub.add()
	if !ok {
		c.fail(w, r, errorf(http.StatusServiceUnavailable, "shutting down"))
		return
	}
	defer c.hub.remove(s)
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	write := func(format string, args ...any) bool {
		// The server's WriteTimeout would end the stream: move it on.
		rc.SetWriteDeadline(time.Now().Add(c.o.Keepalive + 10*time.Second))
		if _, err := fmt.Fprintf(w, format, args...); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write("retry: 3000\nevent: ready\ndata: {}\n\n") {
		return
	}
	tick := time.NewTicker(c.o.Keepalive)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case b := <-s.ch:
			if !write("data: %s\n\n", b) {
				return
			}
		case <-tick.C:
			if _, err := c.user(r); errors.Is(err, ErrNoSession) || errors.Is(err, ErrNoAccount) {
				write("event: logout\ndata: {}\n\n")
				return
			}
			if !write(": keepalive\n\n") {
				return
			}
		}
	}
}
