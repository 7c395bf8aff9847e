package store

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"
)

// Bus carries small messages between helpbot processes over Redis pub/sub.
type Bus struct {
	rdb redis.UniversalClient
	log *slog.Logger
}

// NewBus returns a bus on rdb.
func NewBus(rdb redis.UniversalClient, log *slog.Logger) *Bus { return &Bus{rdb: rdb, log: log} }

// Publish sends payload to every process subscribed to channel.
func (b *Bus) Publish(ctx context.Context, channel string, payload []byte) error {
	if err := b.rdb.Publish(ctx, channel, payload).Err(); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return nil
}

// Subscribe calls fn for every message on channel until ctx ends,
// resubscribing after a lost connection. ready is closed once the first
// subscription is confirmed.
func (b *Bus) Subscribe(ctx context.Context, channel string, fn func([]byte)) (ready <-chan struct{}) {
	r := make(chan struct{})
	go func() {
		first := true
		for ctx.Err() == nil {
			ps := b.rdb.Subscribe(ctx, channel)
			if _, err := ps.Receive(ctx); err != nil {
				ps.Close()
				if ctx.Err() == nil {
					b.log.Warn("subscribe failed, retrying", "channel", channel, "err", err)
				}
				select {
				case <-ctx.Done():
				case <-time.After(time.Second):
				}
				continue
			}
			if first {
				close(r)
				first = false
			}
			ch := ps.Channel(redis.WithChannelHealthCheckInterval(10 * time.Second))
		loop:
			for {
				select {
				case <-ctx.Done():
					break loop
				case m, ok := <-ch:
					if !ok {
						break loop
					}
					fn([]byte(m.Payload))
				}
			}
			ps.Close()
		}
	}()
	return r
}
