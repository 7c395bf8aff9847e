package telegram_test

import (
	"encoding/json"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"helpbot/internal/channels/channeltest"
	"helpbot/internal/channels/telegram"
	"helpbot/internal/triage"
)

// TestChannelContract runs the contract every channel keeps.
func TestChannelContract(t *testing.T) {
	channeltest.Run(t, func(t *testing.T) channeltest.Harness {
		e := newEnv(t)
		ch := e.channel()
		e.run(ch)
		return &harness{e: e, ch: ch, convs: map[string]string{}}
	})
}

type harness struct {
	e      *env
	ch     *telegram.Channel
	update atomic.Int64
	convs  map[string]string // who → the conversation the engine was given
}

func (h *harness) Channel() triage.Channel { return triage.ChannelTelegram }

func (h *harness) Say(t *testing.T, who, text string) {
	t.Helper()
	id, _ := strconv.ParseInt(who, 10, 64)
	n := 70000 + h.update.Add(1)
	b, _ := json.Marshal(map[string]any{"update_id": n, "message": map[string]any{
		"message_id": n, "date": 1700000000, "text": text,
		"from": map[string]any{"id": id, "is_bot": false, "first_name": "P", "language_code": "en"},
		"chat": map[string]any{"id": id, "type": "private"},
	}})
	before := len(h.e.engine.Messages())
	mustPost(t, h.ch, string(b))
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if msgs := h.e.engine.Messages(); len(msgs) > before {
			h.convs[who] = msgs[len(msgs)-1].Conversation
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the engine was not given the message")
		}
	}
}

func (h *harness) Answers(t *testing.T, who string, n int) []string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		var texts []string
		for _, c := range h.e.api.sent("sendMessage") {
			if c.Fields["chat_id"] == who {
				texts = append(texts, c.Fields["text"])
			}
		}
		if len(texts) >= n {
			return texts
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages sent to %s, want %d", len(texts), who, n)
		}
	}
}

func (h *harness) Conversation(t *testing.T, who string) string { return h.convs[who] }

func (h *harness) Sender() triage.Sender { return h.ch.Sender() }
func (h *harness) Logs() string          { return h.e.logs.String() }
