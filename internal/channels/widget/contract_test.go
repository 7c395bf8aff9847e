package widget_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"helpbot/internal/channels/channeltest"
	"helpbot/internal/channels/widget"
	"helpbot/internal/delivery"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// TestChannelContract runs the contract every channel keeps, against the
// widget served on a real HTTP server with a real Redis.
func TestChannelContract(t *testing.T) {
	channeltest.Run(t, newHarness)
}

// recorder is the real engine, watched: it keeps every message it is given.
type recorder struct {
	*triage.Engine
	mu   sync.Mutex
	msgs []triage.Message
}

func (r *recorder) note(m triage.Message) {
	r.mu.Lock()
	r.msgs = append(r.msgs, m)
	r.mu.Unlock()
}

func (r *recorder) Handle(ctx context.Context, m triage.Message) (triage.Result, error) {
	r.note(m)
	return r.Engine.Handle(ctx, m)
}

// Assess is where a connection's later messages start (they are answered
// before they are stored), so it is noted there, before the answer goes out.
func (r *recorder) Assess(m triage.Message, s triage.State) triage.Assessment {
	r.note(m)
	return r.Engine.Assess(m, s)
}

func (r *recorder) last() triage.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.msgs[len(r.msgs)-1]
}

type harness struct {
	engine *recorder
	sender triage.Sender
	url    string
	logs   *channeltest.LogBuffer

	mu      sync.Mutex
	clients map[string]*websocket.Conn
	answers map[string][]string
	convs   map[string]string
	n       int
}

func newHarness(t *testing.T) channeltest.Harness {
	r := redistest.Start(t)
	rdb := r.Client()
	text, err := locale.Load(os.DirFS("../../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := directory.Load(os.DirFS("../../../directory"))
	logs := &channeltest.LogBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	convs := store.NewConversations(rdb, time.Hour)
	h := &harness{
		engine:  &recorder{Engine: &triage.Engine{Directory: dir, Conversations: convs, Text: text, Logger: log}},
		logs:    logs,
		clients: map[string]*websocket.Conn{}, answers: map[string][]string{}, convs: map[string]string{},
	}
	srv := widget.New(h.engine, convs, widget.Options{Text: text, Logger: log})
	bus := store.NewBus(rdb, log)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	<-delivery.FeedWidget(ctx, bus, srv.Deliver, log)
	h.sender = &delivery.WidgetSender{Conversations: convs, Bus: bus}
	mux := http.NewServeMux()
	srv.Routes(mux)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	h.url = "ws" + strings.TrimPrefix(hs.URL, "http") + "/ws"
	return h
}

func (h *harness) Channel() triage.Channel { return triage.ChannelWidget }

// client opens who's socket on first use, with a reader that keeps the
// texts of the replies and caseworker messages who receives.
func (h *harness) client(t *testing.T, who string) *websocket.Conn {
	h.mu.Lock()
	defer h.mu.Unlock()
	if c := h.clients[who]; c != nil {
		return c
	}
	c, _, err := websocket.DefaultDialer.Dial(h.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	h.clients[who] = c
	go func() {
		for {
			var f map[string]any
			if c.ReadJSON(&f) != nil {
				return
			}
			if f["type"] == "reply" || f["type"] == "caseworker" {
				text, _ := f["text"].(string)
				for _, n := range asList(f["emergency"]) {
					text += "\n" + n["number"].(string)
				}
				h.mu.Lock()
				h.answers[who] = append(h.answers[who], text)
				h.mu.Unlock()
			}
		}
	}()
	return c
}

func asList(v any) []map[string]any {
	var out []map[string]any
	list, _ := v.([]any)
	for _, x := range list {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func (h *harness) Say(t *testing.T, who, text string) {
	t.Helper()
	c := h.client(t, who)
	h.mu.Lock()
	h.n++
	id := "m" + strconv.Itoa(h.n)
	before := len(h.answers[who])
	h.mu.Unlock()
	if err := c.WriteJSON(map[string]any{"type": "message", "id": id, "text": text}); err != nil {
		t.Fatal(err)
	}
	h.Answers(t, who, before+1)
	h.mu.Lock()
	h.convs[who] = h.engine.last().Conversation
	h.mu.Unlock()
}

func (h *harness) Answers(t *testing.T, who string, n int) []string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		h.mu.Lock()
		got := append([]string(nil), h.answers[who]...)
		h.mu.Unlock()
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages to %s, want %d", len(got), who, n)
		}
	}
}

func (h *harness) Conversation(t *testing.T, who string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.convs[who]
}
func (h *harness) Sender() triage.Sender { return h.sender }
func (h *harness) Logs() string          { return h.logs.String() }
