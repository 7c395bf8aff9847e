package widget_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"helpbot/internal/channels/widget"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// settleServer serves the widget with the real engine (wrapped by wrap)
// on a real Redis, and opens one client connection to it.
func settleServer(t *testing.T, wrap func(*triage.Engine) widget.Engine, o widget.Options) (*widget.Server, *store.Conversations, *websocket.Conn) {
	text, err := locale.Load(os.DirFS("../../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := directory.Load(os.DirFS("../../../directory"))
	convs := store.NewConversations(redistest.Start(t).Client(), time.Hour)
	o.Text = text
	srv := widget.New(wrap(&triage.Engine{Directory: dir, Conversations: convs, Text: text}), convs, o)
	mux := http.NewServeMux()
	srv.Routes(mux)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(hs.URL, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	return srv, convs, c
}

// TestAnsweredMessagesAreStoredInOrderAndBeforeShutdown: a connection's
// messages are answered at once and stored by the settler, in order, each
// acked only once stored. With a settle window of an hour, a message that
// escalates is stored at once all the same, and Shutdown stores a message
// still gathered in the window, sends its ack, and only then closes the
// connection.
func TestAnsweredMessagesAreStoredInOrderAndBeforeShutdown(t *testing.T) {
	srv, convs, c := settleServer(t, func(e *triage.Engine) widget.Engine { return e }, widget.Options{SettleWindow: time.Hour})
	var frames []map[string]any
	read := func() map[string]any {
		var f map[string]any
		if err := c.ReadJSON(&f); err != nil {
			var seen []string
			for _, f := range frames {
				seen = append(seen, fmt.Sprint(f["type"], " ", f["id"], f["in_reply_to"]))
			}
			t.Fatalf("after %q: %v", seen, err)
		}
		frames = append(frames, f)
		return f
	}
	send := func(id, text string) {
		b, _ := json.Marshal(map[string]string{"type": "message", "id": id, "text": text})
		if err := c.WriteMessage(websocket.TextMessage, b); err != nil {
			t.Fatal(err)
		}
	}
	// Three messages at once: each waits until the one before it is
	// stored, so the frames alternate reply, ack.
	send("m1", "Help me please, my boss in Thailand locked me in the room and beats me every day")
	send("m2", "My employer keeps my passport")
	send("m3", "Thank you")
	if f := read(); f["type"] != "welcome" {
		t.Fatalf("first frame %v", f)
	}
	var token string
	for _, id := range []string{"m1", "m2"} {
		if f := read(); f["type"] != "reply" || f["in_reply_to"] != id || (f["priority"] != "high" && f["priority"] != "critical") {
			t.Fatalf("frame %v, want the reply to %s, escalated", f, id)
		}
		if f := read(); f["type"] != "ack" || f["id"] != id || f["stored"] != true || f["reply_seq"] == "" {
			t.Fatalf("frame %v, want %s acked as stored", f, id)
		}
	}
	if f := read(); f["type"] != "reply" || f["in_reply_to"] != "m3" || f["priority"] != "normal" {
		t.Fatalf("frame %v, want the reply to m3, not escalated", f)
	}
	token, _ = frames[0]["token"].(string)
	// m3 waits in the settle window: shut down now.
	shut := make(chan error, 1)
	go func() { shut <- srv.Shutdown(context.Background()) }()
	if f := read(); f["type"] != "ack" || f["id"] != "m3" || f["stored"] != true {
		t.Fatalf("frame %v, want m3 acked as stored before the connection closes", f)
	}
	var f map[string]any
	if err := c.ReadJSON(&f); !websocket.IsCloseError(err, websocket.CloseGoingAway) {
		t.Errorf("after the last ack: %v %v, want a going-away close", f, err)
	}
	if err := <-shut; err != nil {
		t.Fatal(err)
	}
	all, err := convs.Since(context.Background(), widget.ConversationID(token), "")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range all {
		if e.From == triage.FromPerson {
			order = append(order, e.ClientID)
		} else {
			order = append(order, "answer")
		}
	}
	if got, want := strings.Join(order, " "), "m1 answer m2 answer m3 answer"; got != want {
		t.Errorf("transcript %q, want %q", got, want)
	}
}

// panicOnce is the real engine, but its first SettleAll panics, as a bug
// in storing would.
type panicOnce struct {
	*triage.Engine
	done bool
}

func (p *panicOnce) SettleAll(ctx context.Context, items []triage.Settlement, into []triage.Result) []triage.Result {
	if !p.done {
		p.done = true
		panic("a bug while storing")
	}
	return p.Engine.SettleAll(ctx, items, into)
}

// TestSettlePanicLosesNothing: when storing answered messages panics, the
// server keeps serving, the client is told its message was not stored,
// and the message sent again is stored (not answered twice).
func TestSettlePanicLosesNothing(t *testing.T) {
	var logs strings.Builder
	_, _, c := settleServer(t, func(e *triage.Engine) widget.Engine { return &panicOnce{Engine: e} },
		widget.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	next := func(typ string) map[string]any {
		for {
			var f map[string]any
			if err := c.ReadJSON(&f); err != nil {
				t.Fatalf("waiting for %s: %v; log: %s", typ, err, logs.String())
			}
			if f["type"] == typ {
				return f
			}
		}
	}
	send := func(id, text string) {
		b, _ := json.Marshal(map[string]string{"type": "message", "id": id, "text": text})
		if err := c.WriteMessage(websocket.TextMessage, b); err != nil {
			t.Fatal(err)
		}
	}
	const m1 = "Hello, I work in Malaysia and my salary is late"
	send("m1", m1)
	if f := next("reply"); f["in_reply_to"] != "m1" {
		t.Fatalf("reply %v", f)
	}
	if f := next("ack"); f["id"] != "m1" || f["stored"] != false {
		t.Fatalf("ack %v, want m1 not stored", f)
	}
	// The client sends it again, as the protocol asks: it is stored, not
	// answered again.
	send("m1", m1)
	if f := next("ack"); f["id"] != "m1" || f["stored"] != true {
		t.Fatalf("ack %v, want m1 stored", f)
	}
	// The next message is answered from the state read afresh (its ack
	// comes first then: see docs/protocol.md).
	send("m2", "Thank you")
	if f := next("ack"); f["id"] != "m2" || f["stored"] != true {
		t.Fatalf("ack %v, want m2 stored", f)
	}
	if f := next("reply"); f["in_reply_to"] != "m2" {
		t.Fatalf("reply %v", f)
	}
	if !strings.Contains(logs.String(), "storing answered messages failed") || strings.Contains(logs.String(), "salary") {
		t.Errorf("log: %s", logs.String())
	}
}
