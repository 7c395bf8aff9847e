// Package delivery sends replies out on whichever channel a conversation
// uses, from any helpbot process: a registry of senders by channel, and the
// widget sender that reaches the process holding the person's WebSocket
// through Redis pub/sub.
package delivery

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"helpbot/internal/triage"
)

// Registry routes a reply to the sender of its channel.
type Registry struct {
	mu      sync.RWMutex
	senders map[triage.Channel]triage.Sender
}

var _ triage.Sender = (*Registry)(nil)

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{senders: map[triage.Channel]triage.Sender{}} }

// Register makes s the sender for channel ch.
func (r *Registry) Register(ch triage.Channel, s triage.Sender) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.senders[ch] = s
}

// ErrNoSender is returned for a reply on a channel nobody registered.
var ErrNoSender = fmt.Errorf("no sender for channel")

// Send implements triage.Sender.
func (r *Registry) Send(ctx context.Context, rep triage.Reply) error {
	r.mu.RLock()
	s := r.senders[rep.Channel]
	r.mu.RUnlock()
	if s == nil {
		return fmt.Errorf("send on %q: %w", rep.Channel, ErrNoSender)
	}
	return s.Send(ctx, rep)
}

// Publisher publishes to every helpbot process.
type Publisher interface {
	Publish(ctx context.Context, channel string, payload []byte) error
}

// Subscriber calls fn for every message published on channel.
type Subscriber interface {
	Subscribe(ctx context.Context, channel string, fn func([]byte)) (ready <-chan struct{})
}

// WidgetChannel is the pub/sub channel that carries widget deliveries.
const WidgetChannel = "helpbot:deliver:widget"

type widgetDelivery struct {
	Conversation string       `json:"conversation"`
	Entry        triage.Entry `json:"entry"`
}

// WidgetSender records a reply in the conversation's transcript (so a
// person who is offline gets it on resume) and announces it to every
// process, one of which may hold the person's WebSocket.
type WidgetSender struct {
	Conversations triage.Conversations
	Bus           Publisher
	Now           func() time.Time
}

var _ triage.Sender = (*WidgetSender)(nil)

// Send implements triage.Sender.
func (w *WidgetSender) Send(ctx context.Context, r triage.Reply) error {
	now := time.Now
	if w.Now != nil {
		now = w.Now
	}
	from := r.From
	if from == "" {
		from = triage.FromCaseworker
	}
	e, _, err := w.Conversations.Append(ctx, r.Conversation, triage.Entry{From: from, Text: r.Text, Reply: &r, At: now()})
	if err != nil {
		return fmt.Errorf("send widget reply: %w", err)
	}
	b, err := json.Marshal(widgetDelivery{Conversation: r.Conversation, Entry: e})
	if err != nil {
		return fmt.Errorf("send widget reply: %w", err)
	}
	// The entry is stored: if the announcement is lost, the person still
	// gets it when their widget resumes.
	if err := w.Bus.Publish(ctx, WidgetChannel, b); err != nil {
		return fmt.Errorf("send widget reply: stored, not announced: %w", err)
	}
	return nil
}

// FeedWidget delivers widget replies announced by any process to this
// process's connections until ctx ends.
func FeedWidget(ctx context.Context, bus Subscriber, deliver func(conversation string, e triage.Entry), log *slog.Logger) (ready <-chan struct{}) {
	return bus.Subscribe(ctx, WidgetChannel, func(b []byte) {
		var d widgetDelivery
		if err := json.Unmarshal(b, &d); err != nil {
			log.Warn("bad widget delivery", "err", err)
			return
		}
		deliver(d.Conversation, d.Entry)
	})
}
