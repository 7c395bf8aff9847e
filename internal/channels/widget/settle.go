package widget

import (
	"context"
	"sync"
	"time"

	"helpbot/internal/triage"
)

// settler stores the messages that connections have already answered
// (conn.answerFirst) in batches: the first message to arrive wakes it, it
// waits Options.SettleWindow for others, and then stores them all in one
// round trip to the store and writes each connection's ack. Under load
// that is one wakeup of the store, and of this process for its answer, per
// batch instead of per message; the person's reply never waits for it.
// An ack is still sent only once the store holds the message.
type settler struct {
	engine Engine
	window time.Duration
	mu     sync.Mutex
	queue  []settleJob
	wake   chan struct{} // holds a token while the queue is non-empty and not yet taken
	quit   chan struct{}
}

// settleJob is one answered message waiting to be stored.
type settleJob struct {
	c        *conn
	item     triage.Settlement
	clientID string
}

func newSettler(e Engine, window time.Duration) *settler {
	st := &settler{engine: e, window: window, wake: make(chan struct{}, 1), quit: make(chan struct{})}
	go st.loop()
	return st
}

// add queues a message; the connection is told through settledWith.
func (st *settler) add(j settleJob) {
	st.mu.Lock()
	st.queue = append(st.queue, j)
	first := len(st.queue) == 1
	st.mu.Unlock()
	if first {
		select {
		case st.wake <- struct{}{}:
		default:
		}
	}
}

func (st *settler) loop() {
	var batch []settleJob
	var items []triage.Settlement
	for {
		select {
		case <-st.quit:
			return
		case <-st.wake:
		}
		if st.window > 0 {
			time.Sleep(st.window)
		}
		st.mu.Lock()
		batch, st.queue = st.queue, batch[:0]
		st.mu.Unlock()
		if len(batch) == 0 {
			continue
		}
		items = items[:0]
		for _, j := range batch {
			items = append(items, j.item)
		}
		// In-flight messages finish even on shutdown.
		results := st.engine.SettleAll(context.Background(), items)
		for i, j := range batch {
			j.c.settledWith(j.clientID, results[i])
			batch[i] = settleJob{}
		}
	}
}

// stop ends the settler once no connection can add to it.
func (st *settler) stop() { close(st.quit) }
