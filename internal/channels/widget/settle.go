package widget

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"helpbot/internal/triage"
)

// settler stores the messages that connections have already answered
// (conn.answerFirst) in batches: the first message to arrive wakes it, it
// waits Options.SettleWindow for others (or less, when a message that
// escalates arrives: its case is not kept waiting), and then stores them
// all in one round trip to the store and writes each connection's ack.
// Under load that is one wakeup of the store, and of this process for its
// answer, per batch instead of per message; the person's reply never waits
// for it. An ack is still sent only once the store holds the message.
type settler struct {
	engine Engine
	logger *slog.Logger
	window time.Duration
	mu     sync.Mutex
	queue  []settleJob
	wake   chan struct{} // holds a token while the queue is non-empty and not yet taken
	now    chan struct{} // holds a token when a queued message escalates
	quit   chan struct{}
	// hurried is set on shutdown: nothing waits for the window any more.
	hurried atomic.Bool
}

// settleJob is one answered message waiting to be stored.
type settleJob struct {
	c        *conn
	item     triage.Settlement
	clientID string
}

func newSettler(e Engine, window time.Duration, logger *slog.Logger) *settler {
	st := &settler{engine: e, logger: logger, window: window, wake: make(chan struct{}, 1), now: make(chan struct{}, 1), quit: make(chan struct{})}
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
		signal(st.wake)
	}
	if triage.Priority(j.item.Assessment.Priority).Escalates() {
		signal(st.now)
	}
}

// signal leaves a token in ch unless one is there.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

func (st *settler) loop() {
	var batch []settleJob
	var items []triage.Settlement
	var results []triage.Result
	window := time.NewTimer(time.Hour)
	window.Stop()
	for {
		select {
		case <-st.quit:
			return
		case <-st.wake:
		}
		if st.window > 0 && !st.hurried.Load() {
			window.Reset(st.window)
			select {
			case <-window.C:
			case <-st.now:
				window.Stop()
			}
		}
		// An escalating message taken now needs no early wakeup later (one
		// added after this keeps its token).
		select {
		case <-st.now:
		default:
		}
		st.mu.Lock()
		batch, st.queue = st.queue, batch[:0]
		st.mu.Unlock()
		if len(batch) == 0 {
			continue
		}
		items, results = st.settle(batch, items, results)
		clear(batch)
	}
}

// settle stores one batch and tells each connection. A panic (a bug) ends
// the batch, not the process: every connection still waiting is told its
// message was not stored, so that its client sends it again, and reads its
// state afresh with the next message.
func (st *settler) settle(batch []settleJob, items []triage.Settlement, results []triage.Result) ([]triage.Settlement, []triage.Result) {
	told := 0
	defer func() {
		if p := recover(); p != nil {
			st.logger.Error("storing answered messages failed; their clients will send them again", "panic", fmt.Sprint(p), "messages", len(batch)-told)
			for _, j := range batch[told:] {
				j.c.settleFailed(j.clientID)
			}
		}
		clear(results)
		clear(items)
	}()
	items = items[:0]
	for _, j := range batch {
		items = append(items, j.item)
	}
	// In-flight messages finish even on shutdown.
	results = st.engine.SettleAll(context.Background(), items, results[:0])
	for i, j := range batch {
		j.c.settledWith(j.clientID, &results[i])
		told++
	}
	return items, results
}

// hurry stores what is queued at once, and everything after it, for a
// shutdown that waits for the last acks.
func (st *settler) hurry() {
	st.hurried.Store(true)
	signal(st.now)
}

// stop ends the settler once no connection can add to it.
func (st *settler) stop() { close(st.quit) }
