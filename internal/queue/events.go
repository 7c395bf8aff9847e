package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"helpbot/internal/triage"
)

// EventType names what happened to a case.
type EventType string

// Event types. Every one but EventMessage is also an audit action.
const (
	EventCreated     EventType = "created"
	EventJoined      EventType = "joined" // a later escalation joined the open case
	EventClaimed     EventType = "claimed"
	EventReleased    EventType = "released"
	EventLapsed      EventType = "lapsed" // the lease ran out; the case is queued again
	EventTransferred EventType = "transferred"
	EventResolved    EventType = "resolved"
	EventNote        EventType = "note"
	EventMessage     EventType = "message" // a new message on the case
)

// Event is a live change to a case, sent to every subscribed process. It
// carries no message or note text: fetch the case with Get.
type Event struct {
	Type     EventType       `json:"type"`
	Case     string          `json:"case"`
	Actor    string          `json:"actor,omitempty"` // the caseworker, or "helpbot"
	To       string          `json:"to,omitempty"`    // transferred: the new holder
	From     string          `json:"from,omitempty"`  // message: person, bot or caseworker; lapsed: the former holder
	Priority triage.Priority `json:"priority,omitempty"`
	Language string          `json:"language,omitempty"`
	At       time.Time       `json:"at"`
}

type wireEvent struct {
	Type     EventType `json:"type"`
	Case     string    `json:"case"`
	Actor    string    `json:"actor"`
	To       string    `json:"to"`
	From     string    `json:"from"`
	Priority string    `json:"priority"`
	Language string    `json:"language"`
	At       float64   `json:"at"`
}

// Subscribe returns the live events of every process on this Redis, from
// the moment it returns until ctx ends (then the channel closes). Delivery
// is at most once (Redis pub/sub): a subscriber that reconnects should
// reload the list. A subscriber that does not keep up holds up its own
// channel only.
func (q *Queue) Subscribe(ctx context.Context) (<-chan Event, error) {
	ps := q.rdb.Subscribe(ctx, q.key("events"))
	if _, err := ps.Receive(ctx); err != nil {
		ps.Close()
		return nil, fmt.Errorf("subscribe to case events: %w", err)
	}
	in := ps.Channel()
	out := make(chan Event, 256)
	go func() {
		defer close(out)
		defer ps.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case m, ok := <-in:
				if !ok {
					return
				}
				var w wireEvent
				if err := json.Unmarshal([]byte(m.Payload), &w); err != nil {
					q.log.Warn("undecodable case event", "error", err)
					continue
				}
				ev := Event{Type: w.Type, Case: w.Case, Actor: w.Actor, To: w.To, From: w.From,
					Priority: triage.Priority(w.Priority), Language: tagOf(w.Language), At: time.UnixMilli(int64(w.At)).UTC()}
				select {
				case out <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}
