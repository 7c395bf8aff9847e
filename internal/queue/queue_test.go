package queue_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"helpbot/internal/queue"
	"helpbot/internal/queue/queuetest"
	"helpbot/internal/redistest"
	"helpbot/internal/triage"
)

func TestRedis(t *testing.T) {
	queuetest.Run(t, func(t *testing.T) queuetest.Store {
		s := redistest.Start(t)
		return queuetest.Store{
			NewClient: func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: s.Addr()}) },
			Wait:      time.Sleep,
		}
	})
}

func TestMiniredis(t *testing.T) {
	queuetest.Run(t, func(t *testing.T) queuetest.Store {
		m := miniredis.RunT(t)
		return queuetest.Store{
			NewClient: func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: m.Addr()}) },
			Wait:      m.FastForward,
		}
	})
}

func TestNewRejectsPrefixWithoutHashTag(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	defer c.Close()
	if _, err := queue.New(c, queue.Options{Prefix: "helpbot:q:"}); err == nil {
		t.Error("New accepted a prefix without a hash tag")
	}
}

// TestHelperProcess is the "other helpbot process" of TestKilledHolder: it
// claims a case and blocks until it is killed.
func TestHelperProcess(t *testing.T) {
	addr := os.Getenv("HELPBOT_QUEUE_HELPER_REDIS")
	if addr == "" {
		t.Skip("helper process only")
	}
	c := redis.NewClient(&redis.Options{Addr: addr})
	q, err := queue.New(c, queue.Options{Lease: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	l, err := q.Claim(context.Background(), os.Getenv("HELPBOT_QUEUE_HELPER_CASE"), "helper")
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("claimed", l.Case)
	select {} // renews nothing: its lease runs out once it is killed
}

func TestKilledHolder(t *testing.T) {
	ctx := context.Background()
	s := redistest.Start(t)
	q, err := queue.New(s.Client(), queue.Options{Lease: time.Second, ReapInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	first := queuetest.MustEscalate(t, q, queuetest.Esc("a", "m", triage.High, "en", now))
	second := queuetest.MustEscalate(t, q, queuetest.Esc("b", "m", triage.High, "en", now.Add(time.Second)))

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "HELPBOT_QUEUE_HELPER_REDIS="+s.Addr(), "HELPBOT_QUEUE_HELPER_CASE="+first)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if !strings.HasPrefix(line, "claimed "+first) {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper said %q", line)
	}
	if c, _ := q.Get(ctx, first); c.Status != queue.StatusClaimed || c.Holder != "helper" {
		t.Fatalf("case after the helper's claim: %+v", c)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()

	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error)
	go func() { done <- q.Run(rctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := q.Get(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		if c.Status == queue.StatusQueued {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("case not back 5s after its holder was killed: %+v", c)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if l, err := q.ClaimNext(ctx, "ana", nil); err != nil || l.Case != first {
		t.Errorf("ClaimNext = %s, %v; want the lapsed case %s back at its old place before %s", l.Case, err, first, second)
	}
	cancel()
	<-done
}

// TestRedisDown: redis-server is killed, a person escalates, redis-server
// comes back: the case appears exactly once, even when the spool is
// replayed twice and by two processes.
func TestRedisDown(t *testing.T) {
	ctx := context.Background()
	s := redistest.StartWith(t, redistest.Options{AppendOnly: true})
	spool := filepath.Join(t.TempDir(), "spool.jsonl")
	opts := queue.Options{SpoolPath: spool, ReapInterval: 50 * time.Millisecond}
	q1, err := queue.New(s.Client(), opts)
	if err != nil {
		t.Fatal(err)
	}
	q2, err := queue.New(s.Client(), opts)
	if err != nil {
		t.Fatal(err)
	}
	before := queuetest.MustEscalate(t, q1, queuetest.Esc("c0", "m0", triage.High, "en", time.Now()))
	sctx, scancel := context.WithCancel(ctx)
	defer scancel()
	events, err := q2.Subscribe(sctx) // survives the outage
	if err != nil {
		t.Fatal(err)
	}

	s.Kill()
	start := time.Now()
	id, err := q1.Escalate(ctx, queuetest.Esc("c1", "m1", triage.Critical, "my", time.Now()))
	if err != nil {
		t.Fatalf("Escalate with redis down: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Escalate with redis down took %v", d)
	}
	// The other process saw the same message and spooled it too.
	if _, err := q2.Escalate(ctx, queuetest.Esc("c1", "m1", triage.Critical, "my", time.Now())); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(spool)
	s.Restart()
	if c, err := q1.Get(ctx, before); err != nil || c.Status != queue.StatusQueued {
		t.Fatalf("case from before the outage: %+v, %v", c, err)
	}

	// Wait for the subscription to be back (pub/sub is at most once).
	probe := s.Client()
	for i := 0; ; i++ {
		probe.Publish(ctx, "helpbot:{q}:events", `{"type":"probe","case":"probe"}`)
		select {
		case e := <-events:
			if e.Type != "probe" {
				t.Fatalf("event %+v before replay", e)
			}
		case <-time.After(100 * time.Millisecond):
			if i > 50 {
				t.Fatal("subscription not back 5s after restart")
			}
			continue
		}
		break
	}
	for len(events) > 0 {
		<-events
	}

	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, q := range []*queue.Queue{q1, q2} {
		wg.Go(func() { q.Run(rctx) })
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := q1.Get(ctx, id); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("spooled case not in redis 5s after restart")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The subscription from before the outage sees the replayed case.
	timeout := time.After(5 * time.Second)
wait:
	for {
		select {
		case e := <-events:
			if e.Case == id && e.Type == queue.EventCreated {
				break wait
			}
		case <-timeout:
			t.Fatal("no event for the replayed case on a subscription from before the outage")
		}
	}
	// Replay the same spool once more.
	if err := os.WriteFile(spool, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := q2.ReplaySpool(ctx); err != nil {
		t.Fatal(err)
	}
	cancel()
	wg.Wait()
	cases, err := q1.List(ctx, queue.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var convs []string
	for _, c := range cases {
		convs = append(convs, c.Conversation)
	}
	slices.Sort(convs)
	if !slices.Equal(convs, []string{"c0", "c1"}) {
		t.Errorf("cases for %v, want one each for c0 and c1", convs)
	}
	if c, err := q1.Get(ctx, id); err != nil || c.ID != id || c.Language != "my" {
		t.Errorf("spooled case %+v, %v; want id %s", c, err, id)
	}
}

func TestEscalateWithoutSpoolFails(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer c.Close()
	q, _ := queue.New(c, queue.Options{})
	_, err := q.Escalate(context.Background(), queuetest.Esc("c", "m", triage.High, "en", time.Now()))
	if !errors.Is(err, triage.ErrUnavailable) {
		t.Errorf("Escalate with no store and no spool: %v, want ErrUnavailable", err)
	}
}

func benchQueue(b *testing.B) (*queue.Queue, *redistest.Server) {
	s := redistest.Start(b)
	c := redis.NewClient(&redis.Options{Addr: s.Addr(), PoolSize: 64})
	b.Cleanup(func() { c.Close() })
	q, err := queue.New(c, queue.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return q, s
}

func percentiles(b *testing.B, d []time.Duration, name string) {
	if len(d) == 0 {
		return
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(p float64) float64 {
		return float64(d[min(len(d)-1, int(p*float64(len(d))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), name+"-p50-ms")
	b.ReportMetric(at(0.99), name+"-p99-ms")
}

// BenchmarkCycle: escalate + claim next + resolve, by 20 caseworkers at once
// on a loopback redis-server. cycles/s is the figure; event-p99 is from
// Escalate to the "created" event on another client's subscription, under
// that load.
func BenchmarkCycle(b *testing.B) {
	b.Run("alone", func(b *testing.B) { benchCycle(b, false) })
	b.Run("subscribed", func(b *testing.B) { benchCycle(b, true) })
}

func benchCycle(b *testing.B, subscribed bool) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	q, s := benchQueue(b)
	ev := make(<-chan queue.Event)
	if subscribed {
		sub, err := queue.New(s.Client(), queue.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if ev, err = sub.Subscribe(ctx); err != nil {
			b.Fatal(err)
		}
	}
	var smu sync.Mutex
	started := map[string]time.Time{}
	var evLat []time.Duration
	subDone := make(chan struct{})
	go func() {
		defer close(subDone)
		for {
			var e queue.Event
			select {
			case e = <-ev:
			case <-ctx.Done():
				return
			}
			if e.Type != queue.EventCreated {
				continue
			}
			smu.Lock()
			if t, ok := started[e.Case]; ok {
				evLat = append(evLat, time.Since(t))
				delete(started, e.Case)
			}
			smu.Unlock()
		}
	}()
	const workers = 20
	var next atomic.Int64
	var mu sync.Mutex
	var claims []time.Duration
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			me := fmt.Sprint("w", w)
			var mine []time.Duration
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					break
				}
				t0 := time.Now()
				id, err := q.Escalate(ctx, queuetest.Esc(fmt.Sprint("c", i), "m", triage.High, "en", t0))
				if err != nil {
					b.Error(err)
					return
				}
				if subscribed && i%10 == 0 { // sample: the subscriber may see the event before we record the id
					smu.Lock()
					started[id] = t0
					smu.Unlock()
				}
				t := time.Now()
				l, err := q.ClaimNext(ctx, me, []string{"en"})
				mine = append(mine, time.Since(t))
				if err != nil {
					b.Error(err)
					return
				}
				if err := q.Resolve(ctx, l.Case, me, "done"); err != nil {
					b.Error(err)
					return
				}
			}
			mu.Lock()
			claims = append(claims, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "cycles/s")
	percentiles(b, claims, "claim")
	time.Sleep(200 * time.Millisecond)
	cancel()
	<-subDone
	percentiles(b, evLat, "event")
}

// BenchmarkEscalateToEvent: from Escalate on one client to the event on a
// subscription of another.
func BenchmarkEscalateToEvent(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	q, s := benchQueue(b)
	sub, err := queue.New(s.Client(), queue.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ev, err := sub.Subscribe(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := range b.N {
		t := time.Now()
		id, err := q.Escalate(ctx, queuetest.Esc(fmt.Sprint("c", i), "m", triage.Critical, "th", t))
		if err != nil {
			b.Fatal(err)
		}
		for e := range ev {
			if e.Case == id && e.Type == queue.EventCreated {
				break
			}
		}
		lat = append(lat, time.Since(t))
	}
	percentiles(b, lat, "event")
}

// BenchmarkClaimNextBacklog: ClaimNext by caseworkers with one or two
// languages out of 10,000 queued cases in 12 languages.
func BenchmarkClaimNextBacklog(b *testing.B) {
	ctx := context.Background()
	q, _ := benchQueue(b)
	const backlog = 10000
	fill := func(from, n int) {
		var wg sync.WaitGroup
		for w := range 20 {
			wg.Go(func() {
				for i := from + w; i < from+n; i += 20 {
					p := triage.High
					if i%4 == 0 {
						p = triage.Critical
					}
					if _, err := q.Escalate(ctx, queuetest.Esc(fmt.Sprint("c", i), "m", p, triage.Languages[i%len(triage.Languages)], time.Now())); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
	}
	fill(0, backlog+b.N)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		langs := []string{triage.Languages[i%len(triage.Languages)], "en"}
		t := time.Now()
		if _, err := q.ClaimNext(ctx, fmt.Sprint("w", i%20), langs); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t))
	}
	percentiles(b, lat, "claim")
}
