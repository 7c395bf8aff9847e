// Package queuetest is the contract suite every store behind the case queue
// runs (a real redis-server, the embedded miniredis), in the spirit of
// testing/slogtest.
package queuetest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/queue"
	"helpbot/internal/triage"
)

// Store is one empty store opened for one test.
type Store struct {
	// NewClient opens a new client on the store; a second client plays a
	// second helpbot process.
	NewClient func() redis.UniversalClient
	// Wait lets d pass for key expiry: a real server sleeps, miniredis
	// fast-forwards.
	Wait func(d time.Duration)
}

// Run runs the contract suite; open starts an empty store for each test.
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st Store)
	}{
		{"Escalate", testEscalate},
		{"OneCasePerConversation", testOneCasePerConversation},
		{"SameMessageTwice", testSameMessageTwice},
		{"ClaimRace", testClaimRace},
		{"ClaimNextEachOnce", testClaimNextEachOnce},
		{"Errors", testErrors},
		{"LeaseLapse", testLeaseLapse},
		{"ReapConcurrent", testReapConcurrent},
		{"PriorityAndAging", testPriorityAndAging},
		{"LanguagePreference", testLanguagePreference},
		{"LanguageWait", testLanguageWait},
		{"Audit", testAudit},
		{"Events", testEvents},
		{"Retention", testRetention},
		{"ListAndCounts", testListAndCounts},
		{"RecordMessage", testRecordMessage},
		{"SpoolReplay", testSpoolReplay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

// Clock is a settable clock for queue.Options.Now.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

// Add moves the clock on.
func (c *Clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

var t0 = time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)

// MustNew returns a queue on a new client of the store.
func MustNew(tb testing.TB, st Store, o queue.Options) *queue.Queue {
	tb.Helper()
	c := st.NewClient()
	tb.Cleanup(func() { c.Close() })
	q, err := queue.New(c, o)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// Esc returns an escalation for tests.
func Esc(conv, msg string, p triage.Priority, lang string, at time.Time) triage.Escalation {
	return triage.Escalation{
		Conversation: conv, Channel: triage.ChannelWidget, Language: lang, Country: "TH",
		Nationality: "MM", Priority: p, Signals: []string{"passport_taken"}, Sector: "fishing",
		MessageID: msg, Summary: "they took my passport\nsecond line", At: at,
	}
}

// MustEscalate escalates or fails the test.
func MustEscalate(tb testing.TB, q *queue.Queue, e triage.Escalation) string {
	tb.Helper()
	id, err := q.Escalate(context.Background(), e)
	if err != nil {
		tb.Fatalf("escalate: %v", err)
	}
	return id
}

func mustGet(t *testing.T, q *queue.Queue, id string) queue.Case {
	t.Helper()
	c, err := q.Get(context.Background(), id)
	if err != nil {
		t.Fatalf("get %s: %v", id, err)
	}
	return c
}

func mustClaimNext(t *testing.T, q *queue.Queue, worker string, langs ...string) string {
	t.Helper()
	l, err := q.ClaimNext(context.Background(), worker, langs)
	if err != nil {
		t.Fatalf("claim next for %s: %v", worker, err)
	}
	return l.Case
}

func testEscalate(t *testing.T, st Store) {
	ctx := context.Background()
	q := MustNew(t, st, queue.Options{})
	at := time.Now().Add(-time.Minute).Truncate(time.Millisecond)
	id := MustEscalate(t, q, Esc("widget:c1", "m1", triage.Critical, "my", at))
	if len(id) < 20 {
		t.Errorf("case id %q looks guessable", id)
	}
	c := mustGet(t, q, id)
	want := queue.Case{ID: id, Conversation: "widget:c1", Channel: triage.ChannelWidget, Language: "my",
		Country: "TH", Nationality: "MM", Priority: triage.Critical, Sector: "fishing",
		Summary: "they took my passport", Status: queue.StatusQueued, Messages: 1}
	got := c
	got.Signals, got.Created, got.LastActivity, got.Score = nil, time.Time{}, time.Time{}, 0
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("case\n got %+v\nwant %+v", got, want)
	}
	if !slices.Equal(c.Signals, []string{"passport_taken"}) {
		t.Errorf("signals %v", c.Signals)
	}
	if !c.Created.Equal(at) {
		t.Errorf("created %v, want %v", c.Created, at)
	}
	if c.LastActivity.IsZero() {
		t.Error("no last activity")
	}
	open, err := q.OpenCase(ctx, "widget:c1")
	if err != nil || open != id {
		t.Errorf("OpenCase = %q, %v; want %q", open, err, id)
	}
	if _, err := q.OpenCase(ctx, "widget:none"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("OpenCase of no case: %v, want ErrNotFound", err)
	}
}

func testOneCasePerConversation(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, Aging: 10 * time.Minute})
	other := MustEscalate(t, q, Esc("c0", "x", triage.High, "en", t0.Add(-5*time.Minute)))
	id := MustEscalate(t, q, Esc("c1", "m1", triage.High, "en", t0))
	e := Esc("c1", "m2", triage.Critical, "en", t0.Add(time.Minute))
	e.Signals = []string{"violence", "passport_taken"}
	if id2 := MustEscalate(t, q, e); id2 != id {
		t.Fatalf("second escalation made case %s, want the open case %s", id2, id)
	}
	c := mustGet(t, q, id)
	if c.Priority != triage.Critical || c.Messages != 2 {
		t.Errorf("priority %s, messages %d; want raised to critical, 2 messages", c.Priority, c.Messages)
	}
	if !slices.Equal(c.Signals, []string{"passport_taken", "violence"}) {
		t.Errorf("signals %v, want merged", c.Signals)
	}
	// Raised to critical, it now comes before the high case that waited 5 minutes.
	if got := mustClaimNext(t, q, "ana"); got != id {
		t.Errorf("first claimed %s, want the raised case %s (other %s)", got, id, other)
	}
	// A lower priority does not lower it.
	if MustEscalate(t, q, Esc("c1", "m3", triage.High, "en", t0.Add(2*time.Minute))) != id {
		t.Error("third escalation made a new case")
	}
	if p := mustGet(t, q, id).Priority; p != triage.Critical {
		t.Errorf("priority %s after a high escalation, want critical", p)
	}
	if err := q.Resolve(ctx, id, "ana", "referred"); err != nil {
		t.Fatal(err)
	}
	id3 := MustEscalate(t, q, Esc("c1", "m4", triage.High, "en", t0.Add(3*time.Minute)))
	if id3 == id {
		t.Error("escalation after resolve joined the resolved case")
	}
}

func testSameMessageTwice(t *testing.T, st Store) {
	ctx := context.Background()
	q1 := MustNew(t, st, queue.Options{})
	q2 := MustNew(t, st, queue.Options{})
	var wg sync.WaitGroup
	ids := make([]string, 20)
	for i := range ids {
		wg.Go(func() {
			q := q1
			if i%2 == 1 {
				q = q2
			}
			id, err := q.Escalate(ctx, Esc("tg:42", "update-7", triage.Critical, "th", time.Now()))
			if err != nil {
				t.Error(err)
			}
			ids[i] = id
		})
	}
	wg.Wait()
	for _, id := range ids {
		if id != ids[0] {
			t.Fatalf("one message made several cases: %v", ids)
		}
	}
	cases, err := q1.List(ctx, queue.Filter{})
	if err != nil || len(cases) != 1 {
		t.Fatalf("List = %d cases, %v; want 1", len(cases), err)
	}
	if cases[0].Messages != 1 {
		t.Errorf("messages %d, want 1", cases[0].Messages)
	}
}

func testClaimRace(t *testing.T, st Store) {
	ctx := context.Background()
	q := MustNew(t, st, queue.Options{})
	id := MustEscalate(t, q, Esc("c1", "m1", triage.Critical, "en", time.Now()))
	var won, held atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			_, err := q.Claim(ctx, id, fmt.Sprintf("w%d", i))
			switch {
			case err == nil:
				won.Add(1)
			case errors.Is(err, queue.ErrHeld):
				held.Add(1)
			default:
				t.Errorf("claim: %v", err)
			}
		})
	}
	wg.Wait()
	if won.Load() != 1 || held.Load() != 49 {
		t.Errorf("won %d, held %d; want 1 and 49", won.Load(), held.Load())
	}
}

func testClaimNextEachOnce(t *testing.T, st Store) {
	ctx := context.Background()
	q := MustNew(t, st, queue.Options{})
	const cases, workers = 1000, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < cases; i += workers {
				p := triage.High
				if i%3 == 0 {
					p = triage.Critical
				}
				if _, err := q.Escalate(ctx, Esc(fmt.Sprintf("c%d", i), "m", p, triage.Languages[i%len(triage.Languages)], time.Now())); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	var mu sync.Mutex
	claimed := map[string]string{}
	for w := range workers {
		wg.Go(func() {
			me := fmt.Sprintf("w%d", w)
			langs := []string{triage.Languages[w%len(triage.Languages)]}
			for range cases + 1 {
				l, err := q.ClaimNext(ctx, me, langs)
				if errors.Is(err, queue.ErrEmpty) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if prev, ok := claimed[l.Case]; ok {
					t.Errorf("case %s claimed by %s and %s", l.Case, prev, me)
				}
				claimed[l.Case] = me
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(claimed) != cases {
		t.Errorf("%d cases claimed, want %d", len(claimed), cases)
	}
}

func testErrors(t *testing.T, st Store) {
	ctx := context.Background()
	q := MustNew(t, st, queue.Options{})
	if _, err := q.ClaimNext(ctx, "ana", nil); !errors.Is(err, queue.ErrEmpty) {
		t.Errorf("ClaimNext on empty queue: %v, want ErrEmpty", err)
	}
	if _, err := q.Claim(ctx, "nope", "ana"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("Claim unknown: %v, want ErrNotFound", err)
	}
	if _, err := q.Get(ctx, "nope"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("Get unknown: %v, want ErrNotFound", err)
	}
	id := MustEscalate(t, q, Esc("c1", "m1", triage.High, "en", time.Now()))
	// Not claimed yet: nobody holds it.
	if err := q.Resolve(ctx, id, "ana", "x"); !errors.Is(err, queue.ErrNotHolder) {
		t.Errorf("Resolve unclaimed: %v, want ErrNotHolder", err)
	}
	if _, err := q.Claim(ctx, id, "ana"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Claim(ctx, id, "ana"); err != nil {
		t.Errorf("claiming a held case again renews: %v", err)
	}
	_, err := q.Claim(ctx, id, "bo")
	var held *queue.HeldError
	if !errors.Is(err, queue.ErrHeld) || !errors.As(err, &held) || held.Holder != "ana" {
		t.Errorf("Claim held: %v, want ErrHeld by ana", err)
	}
	notHolder := map[string]error{}
	_, notHolder["Renew"] = q.Renew(ctx, id, "bo")
	notHolder["Release"] = q.Release(ctx, id, "bo")
	_, notHolder["Transfer"] = q.Transfer(ctx, id, "bo", "cy")
	notHolder["Resolve"] = q.Resolve(ctx, id, "bo", "x")
	notHolder["AddNote"] = q.AddNote(ctx, id, "bo", "x")
	notHolder["RecordMessage"] = q.RecordMessage(ctx, id, triage.FromCaseworker, "bo")
	for op, err := range notHolder {
		if !errors.Is(err, queue.ErrNotHolder) {
			t.Errorf("%s by a non-holder: %v, want ErrNotHolder", op, err)
		}
	}
	if err := q.RecordMessage(ctx, "nope", triage.FromPerson, ""); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("RecordMessage unknown: %v, want ErrNotFound", err)
	}
	if err := q.Resolve(ctx, id, "ana", "referred"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Claim(ctx, id, "bo"); !errors.Is(err, queue.ErrResolved) {
		t.Errorf("Claim resolved: %v, want ErrResolved", err)
	}
	if err := q.Resolve(ctx, id, "ana", "again"); !errors.Is(err, queue.ErrResolved) {
		t.Errorf("Resolve resolved: %v, want ErrResolved", err)
	}
}

func testLeaseLapse(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, Lease: time.Minute})
	a := MustEscalate(t, q, Esc("a", "m", triage.High, "en", t0))
	b := MustEscalate(t, q, Esc("b", "m", triage.High, "en", t0.Add(time.Second)))
	MustEscalate(t, q, Esc("c", "m", triage.High, "en", t0.Add(2*time.Second)))
	if got := mustClaimNext(t, q, "ana"); got != a {
		t.Fatalf("claimed %s, want the oldest %s", got, a)
	}
	// Renewed, the lease holds.
	clk.Add(50 * time.Second)
	if _, err := q.Renew(ctx, a, "ana"); err != nil {
		t.Fatal(err)
	}
	clk.Add(50 * time.Second)
	if n, err := q.Reap(ctx); err != nil || n != 0 {
		t.Fatalf("Reap = %d, %v; want 0 while renewed", n, err)
	}
	// Laptop closed: the lease lapses and the case is back at its old place.
	clk.Add(11 * time.Second)
	if n, err := q.Reap(ctx); err != nil || n != 1 {
		t.Fatalf("Reap = %d, %v; want 1", n, err)
	}
	if c := mustGet(t, q, a); c.Status != queue.StatusQueued || c.Holder != "" {
		t.Errorf("after lapse: status %s holder %q", c.Status, c.Holder)
	}
	if _, err := q.Renew(ctx, a, "ana"); !errors.Is(err, queue.ErrNotHolder) {
		t.Errorf("Renew after lapse: %v, want ErrNotHolder", err)
	}
	if got := mustClaimNext(t, q, "bo"); got != a {
		t.Errorf("after lapse claimed %s, want %s back at its old place (before %s)", got, a, b)
	}
	// A lapsed lease nobody reaped yet does not block a direct claim.
	if got := mustClaimNext(t, q, "cy"); got != b {
		t.Fatalf("claimed %s, want %s", got, b)
	}
	clk.Add(2 * time.Minute)
	if _, err := q.Claim(ctx, b, "dee"); err != nil {
		t.Errorf("claim of a lapsed, unreaped lease: %v", err)
	}
	if c := mustGet(t, q, b); c.Holder != "dee" || !c.FirstClaimed.Equal(t0.Add(111*time.Second)) {
		t.Errorf("holder %q first claimed %v", c.Holder, c.FirstClaimed)
	}
}

// testReapConcurrent: several processes reap at once; each lapsed case is
// returned once.
func testReapConcurrent(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	o := queue.Options{Now: clk.Now, Lease: time.Minute}
	qs := []*queue.Queue{MustNew(t, st, o), MustNew(t, st, o), MustNew(t, st, o)}
	const n = 250
	for i := range n {
		MustEscalate(t, qs[0], Esc(fmt.Sprint("c", i), "m", triage.High, "en", t0.Add(time.Duration(i)*time.Millisecond)))
		mustClaimNext(t, qs[0], fmt.Sprint("w", i))
	}
	clk.Add(2 * time.Minute)
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			k, err := qs[i%3].Reap(ctx)
			if err != nil {
				t.Error(err)
			}
			total.Add(int64(k))
		})
	}
	wg.Wait()
	if total.Load() != n {
		t.Errorf("reaped %d, want %d", total.Load(), n)
	}
	entries, err := qs[0].Audit(ctx, "", 10*n)
	if err != nil {
		t.Fatal(err)
	}
	lapsed := map[string]int{}
	for _, e := range entries {
		if e.Action == "lapsed" {
			lapsed[e.Case]++
		}
	}
	for c, k := range lapsed {
		if k != 1 {
			t.Errorf("case %s lapsed %d times", c, k)
		}
	}
	if len(lapsed) != n {
		t.Errorf("%d cases lapsed, want %d", len(lapsed), n)
	}
	if c, err := qs[1].Counts(ctx); err != nil || c.Queued[triage.High] != n || len(c.Claimed) != 0 {
		t.Errorf("counts %+v, %v", c, err)
	}
}

func testPriorityAndAging(t *testing.T, st Store) {
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, Aging: 10 * time.Minute})
	// Score = escalated at + rank × aging.
	highOld := MustEscalate(t, q, Esc("h-old", "m", triage.High, "en", t0))                           // t0+10m
	critLate := MustEscalate(t, q, Esc("c-late", "m", triage.Critical, "en", t0.Add(11*time.Minute))) // t0+11m
	highNew := MustEscalate(t, q, Esc("h-new", "m", triage.High, "en", t0.Add(5*time.Minute)))        // t0+15m
	crit := MustEscalate(t, q, Esc("c", "m", triage.Critical, "en", t0.Add(time.Minute)))             // t0+1m
	normal := MustEscalate(t, q, Esc("n", "m", triage.Normal, "en", t0.Add(-30*time.Minute)))         // t0-10m
	want := []string{normal, crit, highOld, critLate, highNew}
	var got []string
	cases, err := q.List(context.Background(), queue.Filter{Status: queue.StatusQueued})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got = append(got, c.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("List order\n got %v\nwant %v", got, want)
	}
	for i, w := range want {
		if c := mustClaimNext(t, q, "ana"); c != w {
			t.Errorf("claim %d: %s, want %s", i, c, w)
		}
	}
}

func testLanguagePreference(t *testing.T, st Store) {
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, LanguageWait: -1})
	en1 := MustEscalate(t, q, Esc("en1", "m", triage.Critical, "en", t0))
	th1 := MustEscalate(t, q, Esc("th1", "m", triage.High, "th", t0.Add(time.Second)))
	my1 := MustEscalate(t, q, Esc("my1", "m", triage.High, "my", t0.Add(2*time.Second)))
	en2 := MustEscalate(t, q, Esc("en2", "m", triage.High, "en", t0.Add(3*time.Second)))
	fil := MustEscalate(t, q, Esc("fil", "m", triage.High, "tl", t0.Add(4*time.Second)))
	zh := MustEscalate(t, q, Esc("zh", "m", triage.High, "zh-Hant", t0.Add(5*time.Second)))
	// The case keeps helpbot's tag, so the console finds its language.
	if got := mustGet(t, q, zh).Language; got != "zh-Hant" {
		t.Errorf("a zh-Hant case reads back as %q", got)
	}
	if got := mustClaimNext(t, q, "mei", "zh-hant"); got != zh {
		t.Errorf("Traditional Chinese speaker got %s, want the zh-Hant case %s", got, zh)
	}
	if got := mustClaimNext(t, q, "somchai", "th"); got != th1 {
		t.Errorf("Thai speaker got %s, want the Thai case %s", got, th1)
	}
	if got := mustClaimNext(t, q, "maria", "fil"); got != fil {
		t.Errorf("Filipino speaker got %s, want the tl case %s", got, fil)
	}
	if got := mustClaimNext(t, q, "aung", "MY", "en"); got != en1 {
		t.Errorf("Burmese+English speaker got %s, want the best of both %s", got, en1)
	}
	if got := mustClaimNext(t, q, "sok", "km"); got != my1 {
		t.Errorf("Khmer speaker with no Khmer case got %s, want the first of all %s", got, my1)
	}
	if got := mustClaimNext(t, q, "sok2", "km"); got != en2 {
		t.Errorf("got %s, want %s", got, en2)
	}
}

func testLanguageWait(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, LanguageWait: 15 * time.Minute})
	my := MustEscalate(t, q, Esc("my", "m", triage.High, "my", t0))
	th1 := MustEscalate(t, q, Esc("th1", "m", triage.High, "th", t0.Add(10*time.Minute)))
	th2 := MustEscalate(t, q, Esc("th2", "m", triage.High, "th", t0.Add(20*time.Minute)))
	cases, err := q.List(ctx, queue.Filter{Status: queue.StatusQueued, Languages: []string{"th"}})
	if err != nil || len(cases) != 3 || cases[0].ID != th1 || cases[1].ID != th2 || cases[2].ID != my {
		t.Errorf("List for a Thai speaker: %v, want %s %s %s", cases, th1, th2, my)
	}
	// The Burmese case is 10 minutes ahead: the Thai speaker gets the Thai case.
	if got := mustClaimNext(t, q, "somchai", "th"); got != th1 {
		t.Errorf("got %s, want the Thai case %s", got, th1)
	}
	// Now 20 minutes ahead: it is not left waiting for a Burmese speaker.
	if got := mustClaimNext(t, q, "somchai", "th"); got != my {
		t.Errorf("got %s, want the Burmese case %s, waiting 20 minutes longer", got, my)
	}
}

func testAudit(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now, Lease: time.Minute})
	id := MustEscalate(t, q, Esc("c1", "m1", triage.High, "en", t0))
	MustEscalate(t, q, Esc("c1", "m2", triage.Critical, "en", t0))
	steps := []func() error{
		func() error { _, err := q.Claim(ctx, id, "ana"); return err },
		func() error { return q.AddNote(ctx, id, "ana", "SECRET NOTE TEXT") },
		func() error { _, err := q.Transfer(ctx, id, "ana", "bo"); return err },
		func() error { return q.Release(ctx, id, "bo") },
		func() error { _, err := q.Claim(ctx, id, "cy"); return err },
		func() error { clk.Add(2 * time.Minute); _, err := q.Reap(ctx); return err },
		func() error { _, err := q.Claim(ctx, id, "dee"); return err },
		func() error { return q.RecordMessage(ctx, id, triage.FromCaseworker, "dee") },
		func() error { return q.Resolve(ctx, id, "dee", "referred") },
	}
	for i, s := range steps {
		if err := s(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	entries, err := q.Audit(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if e.Case != id {
			t.Errorf("entry for case %q", e.Case)
		}
		if e.At.IsZero() || e.ID == "" {
			t.Errorf("entry without time or id: %+v", e)
		}
		s := e.Action + ":" + e.Actor
		for k, v := range e.Extra {
			s += " " + k + "=" + v
			if strings.Contains(v, "SECRET") || strings.Contains(v, "passport") {
				t.Errorf("audit holds text: %+v", e)
			}
		}
		got = append(got, s)
	}
	want := []string{
		"created:helpbot priority=high", "raised:helpbot priority=critical", "joined:helpbot",
		"claimed:ana", "note:ana", "transferred:ana to=bo", "released:bo", "claimed:cy",
		"lapsed:helpbot holder=cy", "claimed:dee", "replied:dee", "resolved:dee",
	}
	if !slices.Equal(got, want) {
		t.Errorf("audit\n got %q\nwant %q", got, want)
	}
	// Paging.
	if page, err := q.Audit(ctx, entries[9].ID, 0); err != nil || len(page) != 2 {
		t.Errorf("Audit after entry 9 = %d entries, %v; want 2", len(page), err)
	}
}

func testEvents(t *testing.T, st Store) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	q1 := MustNew(t, st, queue.Options{})
	q2 := MustNew(t, st, queue.Options{}) // another process
	ev, err := q2.Subscribe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := MustEscalate(t, q1, Esc("c1", "m1", triage.High, "th", time.Now()))
	MustEscalate(t, q1, Esc("c1", "m2", triage.High, "th", time.Now()))
	steps := []func() error{
		func() error { _, err := q1.Claim(ctx, id, "ana"); return err },
		func() error { return q1.RecordMessage(ctx, id, triage.FromPerson, "") },
		func() error { return q1.AddNote(ctx, id, "ana", "SECRET") },
		func() error { _, err := q1.Transfer(ctx, id, "ana", "bo"); return err },
		func() error { return q1.Release(ctx, id, "bo") },
		func() error { _, err := q1.Claim(ctx, id, "cy"); return err },
		func() error { return q1.Resolve(ctx, id, "cy", "referred") },
	}
	for i, s := range steps {
		if err := s(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	want := []string{"created:helpbot", "joined:helpbot", "claimed:ana", "message:", "note:ana",
		"transferred:ana", "released:bo", "claimed:cy", "resolved:cy"}
	var got []string
	timeout := time.After(5 * time.Second)
	for len(got) < len(want) {
		select {
		case e := <-ev:
			if e.Case != id || e.At.IsZero() {
				t.Errorf("event %+v", e)
			}
			if e.Type == queue.EventCreated && (e.Priority != triage.High || e.Language != "th") {
				t.Errorf("created event %+v", e)
			}
			if e.Type == queue.EventTransferred && e.To != "bo" {
				t.Errorf("transfer event %+v", e)
			}
			if e.Type == queue.EventMessage && e.From != triage.FromPerson {
				t.Errorf("message event %+v", e)
			}
			got = append(got, string(e.Type)+":"+e.Actor)
		case <-timeout:
			t.Fatalf("events after 5s: %q, want %q", got, want)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("events\n got %q\nwant %q", got, want)
	}
	cancel()
	for range ev { // the channel closes when ctx ends
	}
}

func testRetention(t *testing.T, st Store) {
	ctx := context.Background()
	q := MustNew(t, st, queue.Options{Retention: time.Second})
	id := MustEscalate(t, q, Esc("c1", "m1", triage.High, "en", time.Now()))
	keep := MustEscalate(t, q, Esc("c2", "m1", triage.High, "en", time.Now()))
	if _, err := q.Claim(ctx, id, "ana"); err != nil {
		t.Fatal(err)
	}
	if err := q.AddNote(ctx, id, "ana", "called back"); err != nil {
		t.Fatal(err)
	}
	if err := q.Resolve(ctx, id, "ana", "referred"); err != nil {
		t.Fatal(err)
	}
	if c := mustGet(t, q, id); c.Status != queue.StatusResolved || len(c.Notes) != 1 || c.Outcome != "referred" || c.Resolved.IsZero() {
		t.Errorf("resolved case %+v", c)
	}
	st.Wait(1500 * time.Millisecond)
	if _, err := q.Get(ctx, id); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("resolved case after retention: %v, want ErrNotFound", err)
	}
	if c := mustGet(t, q, keep); c.Status != queue.StatusQueued {
		t.Errorf("open case expired: %+v", c)
	}
	if cases, err := q.List(ctx, queue.Filter{Status: queue.StatusResolved}); err != nil || len(cases) != 0 {
		t.Errorf("List resolved = %d, %v; want 0", len(cases), err)
	}
}

func testListAndCounts(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now})
	var ids []string
	for i, p := range []triage.Priority{triage.Critical, triage.High, triage.High, triage.Critical, triage.High} {
		ids = append(ids, MustEscalate(t, q, Esc(fmt.Sprint("c", i), "m", p, "en", t0.Add(time.Duration(i)*time.Second))))
	}
	if _, err := q.Claim(ctx, ids[1], "ana"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Claim(ctx, ids[0], "bo"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Claim(ctx, ids[4], "ana"); err != nil {
		t.Fatal(err)
	}
	if err := q.Resolve(ctx, ids[4], "ana", "done"); err != nil {
		t.Fatal(err)
	}
	list := func(f queue.Filter) []string {
		t.Helper()
		cases, err := q.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cases {
			out = append(out, c.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    queue.Filter
		want []string
	}{
		{"open", queue.Filter{}, []string{ids[3], ids[2], ids[0], ids[1]}},
		{"queued", queue.Filter{Status: queue.StatusQueued}, []string{ids[3], ids[2]}},
		{"claimed", queue.Filter{Status: queue.StatusClaimed}, []string{ids[0], ids[1]}},
		{"mine", queue.Filter{Holder: "ana"}, []string{ids[1]}},
		{"resolved", queue.Filter{Status: queue.StatusResolved}, []string{ids[4]}},
		{"limit", queue.Filter{Status: queue.StatusQueued, Limit: 1}, []string{ids[3]}},
	} {
		if got := list(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	c, err := q.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(c.Queued) != "map[critical:1 high:1]" || fmt.Sprint(c.Claimed) != "map[critical:1 high:1]" {
		t.Errorf("counts %+v", c)
	}
}

func testRecordMessage(t *testing.T, st Store) {
	ctx := context.Background()
	clk := NewClock(t0)
	q := MustNew(t, st, queue.Options{Now: clk.Now})
	id := MustEscalate(t, q, Esc("c1", "m1", triage.High, "en", t0))
	clk.Add(time.Minute)
	if err := q.RecordMessage(ctx, id, triage.FromPerson, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Claim(ctx, id, "ana"); err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Minute)
	for range 2 {
		if err := q.RecordMessage(ctx, id, triage.FromCaseworker, "ana"); err != nil {
			t.Fatal(err)
		}
		clk.Add(time.Minute)
	}
	if err := q.RecordMessage(ctx, id, triage.FromBot, ""); err != nil {
		t.Fatal(err)
	}
	c := mustGet(t, q, id)
	if c.Messages != 5 || !c.FirstReply.Equal(t0.Add(2*time.Minute)) || !c.LastActivity.Equal(t0.Add(4*time.Minute)) ||
		!c.FirstClaimed.Equal(t0.Add(time.Minute)) {
		t.Errorf("messages %d first reply %v last activity %v first claimed %v", c.Messages, c.FirstReply, c.LastActivity, c.FirstClaimed)
	}
}

// testSpoolReplay: a process that cannot reach the store spools; the spool
// is replayed twice, by two processes, and each case exists once.
func testSpoolReplay(t *testing.T, st Store) {
	ctx := context.Background()
	spool := filepath.Join(t.TempDir(), "spool.jsonl")
	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	t.Cleanup(func() { dead.Close() })
	down, err := queue.New(dead, queue.Options{SpoolPath: spool, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	q1 := MustNew(t, st, queue.Options{SpoolPath: spool})
	q2 := MustNew(t, st, queue.Options{SpoolPath: spool})
	// Already in the store before the outage: the same message must not
	// become a second case.
	before := MustEscalate(t, q1, Esc("c0", "m0", triage.High, "en", time.Now()))

	start := time.Now()
	spooled := MustEscalate(t, down, Esc("c1", "m1", triage.Critical, "th", time.Now()))
	if d := time.Since(start); d > time.Second {
		t.Errorf("Escalate with the store down took %v", d)
	}
	MustEscalate(t, down, Esc("c1", "m2", triage.Critical, "th", time.Now()))      // joins c1
	alias := MustEscalate(t, down, Esc("c0", "m0", triage.High, "en", time.Now())) // already there
	MustEscalate(t, down, Esc("c2", "", triage.High, "en", time.Now()))            // no message id
	raw, err := os.ReadFile(spool)
	if err != nil || strings.Count(string(raw), "\n") != 4 {
		t.Fatalf("spool: %d lines, %v", strings.Count(string(raw), "\n"), err)
	}
	// Replay, then replay a copy of the same spool again, from two processes at once.
	var wg sync.WaitGroup
	for _, q := range []*queue.Queue{q1, q2} {
		wg.Go(func() {
			if _, err := q.ReplaySpool(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := os.WriteFile(spool, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, q := range []*queue.Queue{q2, q1} {
		wg.Go(func() {
			if _, err := q.ReplaySpool(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	cases, err := q1.List(ctx, queue.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for _, c := range cases {
		per[c.Conversation]++
	}
	if fmt.Sprint(per) != "map[c0:1 c1:1 c2:1]" {
		t.Errorf("cases per conversation %v, want one each", per)
	}
	if c := mustGet(t, q1, spooled); c.Conversation != "c1" || c.ID != spooled || c.Priority != triage.Critical {
		t.Errorf("spooled case %+v, want the pre-generated id %s", c, spooled)
	}
	if id, _ := q1.OpenCase(ctx, "c0"); id != before {
		t.Errorf("c0 open case %s, want %s", id, before)
	}
	// The id the spooling process handed out finds the case it joined.
	if c, err := q1.Get(ctx, alias); err != nil || c.ID != before {
		t.Errorf("Get(spooled id) = %s, %v; want %s", c.ID, err, before)
	}
	if err := q1.RecordMessage(ctx, alias, triage.FromPerson, ""); err != nil {
		t.Errorf("RecordMessage(spooled id): %v", err)
	}
	if c := mustGet(t, q1, before); c.Messages != 2 {
		t.Errorf("messages on %s: %d, want 2", before, c.Messages)
	}
	if m, _ := filepath.Glob(spool + "*"); len(m) != 0 {
		t.Errorf("spool files left: %v", m)
	}
}
