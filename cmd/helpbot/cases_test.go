package main

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"helpbot/internal/delivery"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// TestUrgentWidgetMessageBecomesACaseAndTheCaseworkerReplyArrives: an
// urgent message opens one case; a caseworker reply sent from another
// process (here the test, on the same Redis) reaches the person's open
// WebSocket on the helpbot process that holds it, and stays in the
// transcript.
func TestUrgentWidgetMessageBecomesACaseAndTheCaseworkerReplyArrives(t *testing.T) {
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
	rdb := r.Client()
	q, err := queue.New(rdb, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}

	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "u1", "text": "Please help, the boat captain beats us and we cannot leave the boat. We are near Ambon."})
	reply, _ := c.until("reply", 5*time.Second)
	if reply["priority"] != "critical" {
		t.Fatalf("reply = %v, want critical", reply)
	}
	// The same message again (a retry) makes no second case.
	c.send(map[string]any{"type": "message", "id": "u1", "text": "Please help, the boat captain beats us and we cannot leave the boat. We are near Ambon."})
	for {
		if ack, _ := c.until("ack", 5*time.Second); ack["duplicate"] == true {
			break
		}
	}

	cases, err := q.List(context.Background(), queue.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 1 {
		t.Fatalf("%d cases, want 1: %+v", len(cases), cases)
	}
	cs := cases[0]
	if cs.Channel != triage.ChannelWidget || cs.Priority != triage.Critical || cs.Language != "en" {
		t.Errorf("case = %+v", cs)
	}

	// A caseworker on another process answers.
	conv := store.NewConversations(rdb, 0)
	sender := &delivery.WidgetSender{Conversations: conv, Bus: store.NewBus(rdb, slog.Default())}
	if err := sender.Send(context.Background(), triage.Reply{
		Channel: triage.ChannelWidget, Conversation: cs.Conversation, From: triage.FromCaseworker,
		Language: "en", Text: "I am Ana, a caseworker. Are you safe to write now?",
	}); err != nil {
		t.Fatal(err)
	}
	f, _ := c.until("caseworker", 5*time.Second)
	if f["text"] != "I am Ana, a caseworker. Are you safe to write now?" || f["seq"] == "" {
		t.Errorf("caseworker frame = %v", f)
	}
}

// TestTwoProcessesDeliverToTheRightSocket: two helpbot processes share one
// Redis; the person's socket is on A; a reply published from B's side is
// delivered by A.
func TestTwoProcessesDeliverToTheRightSocket(t *testing.T) {
	r := redistest.Start(t)
	a := startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
	b := startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
	c := dial(t, a.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "m", "text": "My employer in Singapore took my passport and I cannot leave"})
	welcome := c.next(5 * time.Second)
	c.until("reply", 5*time.Second)
	c.until("ack", 5*time.Second) // stored: the reply came first
	token := welcome["token"].(string)

	// The same conversation continues on B after A's socket drops.
	c.ws.Close()
	c2 := dial(t, b.WS(), nil)
	c2.send(map[string]any{"type": "resume", "token": token})
	_, replayed := c2.until("resumed", 5*time.Second)
	if len(replayed) != 3 { // welcome, message, reply
		t.Errorf("resume on the other process replayed %d frames: %v", len(replayed), replayed)
	}
}
