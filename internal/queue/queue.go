// Package queue is helpbot's case queue in Redis: escalated conversations
// become cases that caseworkers claim under a lease, served by priority and
// waiting time, with every transition in an audit stream, live events over
// pub/sub to every helpbot process, and a local spool that keeps escalations
// through a Redis outage.
//
// All keys live under one hash tag (default prefix "helpbot:{q}:") so the
// Lua scripts that change several keys at once also run on Redis Cluster.
//
// Order: a queued case has a fixed score, its escalation time in
// milliseconds plus Priority.Rank() × Options.Aging. The lowest score is
// served first. A case at a lower priority outranks one at a higher priority
// once it has waited Aging longer, so nothing starves. A case that goes back to
// the queue (release, lapsed lease) keeps its score, so its old place.
package queue

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/triage"
)

var _ triage.CaseQueue = (*Queue)(nil)

// Errors the queue returns, wrapped; check them with errors.Is.
var (
	ErrNotFound  = errors.New("case not found")
	ErrHeld      = errors.New("case held by another caseworker")
	ErrNotHolder = errors.New("caseworker does not hold the case")
	ErrResolved  = errors.New("case already resolved")
	ErrEmpty     = errors.New("no case waiting")
)

// HeldError is the ErrHeld a claim returns, with the caseworker who holds
// the case.
type HeldError struct{ Holder string }

func (e *HeldError) Error() string { return ErrHeld.Error() + " (" + e.Holder + ")" }

// Is makes errors.Is(err, ErrHeld) true.
func (e *HeldError) Is(target error) bool { return target == ErrHeld }

// Status is where a case is in its life.
type Status string

// Case statuses.
const (
	StatusQueued   Status = "queued"
	StatusClaimed  Status = "claimed"
	StatusResolved Status = "resolved"
)

// Case is one conversation that needs a caseworker.
type Case struct {
	ID           string          `json:"id"`
	Conversation string          `json:"conversation"`
	Channel      triage.Channel  `json:"channel"`
	Language     string          `json:"language"`
	Country      string          `json:"country,omitempty"`
	Nationality  string          `json:"nationality,omitempty"`
	Priority     triage.Priority `json:"priority"`
	Signals      []string        `json:"signals,omitempty"`
	Sector       string          `json:"sector,omitempty"`
	Summary      string          `json:"summary"` // the first line of the message that escalated
	Created      time.Time       `json:"created"`
	Status       Status          `json:"status"`
	Holder       string          `json:"holder,omitempty"`     // the caseworker who holds (or resolved) it
	LeaseUntil   time.Time       `json:"lease_until,omitzero"` // zero unless claimed
	Outcome      string          `json:"outcome,omitempty"`
	FirstClaimed time.Time       `json:"first_claimed,omitzero"`
	FirstReply   time.Time       `json:"first_reply,omitzero"` // a caseworker's first message
	LastActivity time.Time       `json:"last_activity,omitzero"`
	Resolved     time.Time       `json:"resolved,omitzero"`
	Messages     int             `json:"messages"`        // messages recorded on the case, the escalating one included
	Score        float64         `json:"score"`           // the queue position: lower is served first
	Notes        []Note          `json:"notes,omitempty"` // filled by Get only
}

// Note is a caseworker's private note on a case.
type Note struct {
	By   string    `json:"by"`
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// Lease is a caseworker's hold on a case until Until; Renew extends it.
type Lease struct {
	Case   string    `json:"case"`
	Holder string    `json:"holder"`
	Until  time.Time `json:"until"`
}

// Options configure a Queue. The zero value is usable, without a spool.
type Options struct {
	// Prefix of every key; it must hold a {hash tag}. Default "helpbot:{q}:".
	Prefix string
	// Lease is how long a claim lasts without Renew. Default 90s.
	Lease time.Duration
	// Aging is how much longer a case must wait to outrank a case one
	// priority higher. Default 30 minutes.
	Aging time.Duration
	// LanguageWait: ClaimNext prefers a case in the caseworker's languages
	// unless a case in another language is ahead of it in the order by more
	// than this, so no language starves. Default 15 minutes; negative: always
	// prefer the caseworker's languages.
	LanguageWait time.Duration
	// Retention is how long a resolved case, its notes, its deduplication
	// keys and the audit stream are kept. Default 90 days.
	Retention time.Duration
	// Timeout bounds Escalate's wait on Redis before it spools. Default 300ms.
	Timeout time.Duration
	// SpoolPath is the local append-only file escalations go to while Redis
	// is unreachable. Empty: no spool, Escalate fails with
	// triage.ErrUnavailable instead.
	SpoolPath string
	// ReapInterval is how often Run returns lapsed leases and replays the
	// spool. Default 1s.
	ReapInterval time.Duration
	// Now is the clock for leases and scores. Nil: the Redis server's clock
	// (TIME), the same for every process.
	Now func() time.Time
	// Logger gets operational messages (never message text). Default: discard.
	Logger *slog.Logger
}

// Queue is the case queue. It is safe for concurrent use; several processes
// may share one Redis.
type Queue struct {
	rdb   redis.UniversalClient
	o     Options
	log   *slog.Logger
	spool *spool
	kick  chan struct{}

	trimMu   sync.Mutex
	lastTrim time.Time
}

// New returns a queue on the client. Call Run to return lapsed leases and
// replay the spool.
func New(rdb redis.UniversalClient, o Options) (*Queue, error) {
	if o.Prefix == "" {
		o.Prefix = "helpbot:{q}:"
	}
	if i := strings.IndexByte(o.Prefix, '{'); i < 0 || !strings.Contains(o.Prefix[i:], "}") {
		return nil, fmt.Errorf("queue: prefix %q has no {hash tag}", o.Prefix)
	}
	if o.Lease <= 0 {
		o.Lease = 90 * time.Second
	}
	if o.Aging <= 0 {
		o.Aging = 30 * time.Minute
	}
	if o.LanguageWait == 0 {
		o.LanguageWait = 15 * time.Minute
	}
	if o.Retention <= 0 {
		o.Retention = 90 * 24 * time.Hour
	}
	if o.Timeout <= 0 {
		o.Timeout = 300 * time.Millisecond
	}
	if o.ReapInterval <= 0 {
		o.ReapInterval = time.Second
	}
	q := &Queue{rdb: rdb, o: o, log: o.Logger, kick: make(chan struct{}, 1)}
	if q.log == nil {
		q.log = slog.New(slog.DiscardHandler)
	}
	if o.SpoolPath != "" {
		if err := os.MkdirAll(filepath.Dir(o.SpoolPath), 0o700); err != nil {
			return nil, fmt.Errorf("queue: spool directory: %w", err)
		}
		q.spool = &spool{path: o.SpoolPath}
	}
	return q, nil
}

func (q *Queue) key(s string) string { return q.o.Prefix + s }

// nowArg is the time argument of the scripts: "" for the server's clock.
func (q *Queue) nowArg() string {
	if q.o.Now == nil {
		return ""
	}
	return strconv.FormatInt(q.o.Now().UnixMilli(), 10)
}

func (q *Queue) now() time.Time {
	if q.o.Now == nil {
		return time.Now()
	}
	return q.o.Now()
}

// run runs a script and returns its answer after "ok", or the domain error
// its code names.
func (q *Queue) run(ctx context.Context, s *redis.Script, args ...any) ([]any, error) {
	args = append([]any{q.o.Prefix, q.nowArg()}, args...)
	v, err := s.Run(ctx, q.rdb, []string{q.key("queue")}, args...).Slice()
	if err != nil {
		return nil, err
	}
	if len(v) == 0 {
		return nil, errors.New("empty script answer")
	}
	code, _ := v[0].(string)
	switch code {
	case "ok":
		return v[1:], nil
	case "notfound":
		return nil, ErrNotFound
	case "held":
		h := &HeldError{}
		if len(v) > 1 {
			h.Holder, _ = v[1].(string)
		}
		return nil, h
	case "notholder":
		return nil, ErrNotHolder
	case "resolved":
		return nil, ErrResolved
	case "empty":
		return nil, ErrEmpty
	}
	return nil, fmt.Errorf("unexpected script answer %v", v)
}

func newID() string {
	var b [16]byte
	rand.Read(b[:])
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// normLang is the form a language tag takes in keys and comparisons.
func normLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if tag == "tl" {
		return "fil"
	}
	return tag
}

// tagOf gives a stored language back as the tag helpbot answers in
// ("zh-hant" is "zh-Hant"), so that what reads a case finds its language
// among triage.Languages; any other tag comes back as stored.
func tagOf(stored string) string {
	for _, l := range triage.Languages {
		if strings.EqualFold(l, stored) {
			return l
		}
	}
	return stored
}

// Escalate opens a case for the conversation, or joins its open case
// (raising its priority when this one is higher), and returns the case id.
// The same escalation twice (same MessageID in the conversation) makes one
// case. Each escalation counts as a message on the case: call RecordMessage
// only for the messages that do not escalate.
//
// When Redis does not answer within Options.Timeout, the escalation is
// written to the spool and fsynced, and Escalate returns nil and a
// pre-generated id; Run replays the spool. If the escalation then joins an
// open case, the pre-generated id stays an alias of it (Get, RecordMessage).
func (q *Queue) Escalate(ctx context.Context, e triage.Escalation) (string, error) {
	if e.Conversation == "" {
		return "", errors.New("escalate: no conversation")
	}
	if e.At.IsZero() {
		e.At = q.now()
	}
	id := newID()
	rctx, cancel := context.WithTimeout(ctx, q.o.Timeout)
	cid, _, err := q.escalate(rctx, id, e)
	cancel()
	if err == nil {
		return cid, nil
	}
	if q.spool == nil {
		return "", fmt.Errorf("escalate: %w: %w", triage.ErrUnavailable, err)
	}
	if serr := q.spool.append(spoolRecord{ID: id, Escalation: toSpool(e)}); serr != nil {
		return "", fmt.Errorf("escalate: redis: %w; spool: %w", err, serr)
	}
	q.log.Warn("case queue unreachable, escalation spooled", "case_id", id, "error", err)
	select {
	case q.kick <- struct{}{}:
	default:
	}
	return id, nil
}

// escalate runs the escalate script with a pre-generated id; how is
// "created", "joined" or "duplicate".
func (q *Queue) escalate(ctx context.Context, id string, e triage.Escalation) (caseID, how string, err error) {
	sig := e.Signals
	if sig == nil {
		sig = []string{}
	}
	sj, _ := json.Marshal(sig)
	prio := e.Priority
	if prio != triage.Critical && prio != triage.High {
		prio = triage.Normal
	}
	summary, _, _ := strings.Cut(e.Summary, "\n")
	if r := []rune(summary); len(r) > 200 {
		summary = string(r[:200])
	}
	v, err := q.run(ctx, escalateScript, id, e.Conversation, e.MessageID, string(e.Channel),
		normLang(e.Language), e.Country, e.Nationality, string(prio), prio.Rank(), string(sj),
		e.Sector, summary, e.At.UnixMilli(), q.o.Aging.Milliseconds(), q.o.Retention.Milliseconds())
	if err != nil {
		return "", "", fmt.Errorf("escalate: %w", err)
	}
	caseID, _ = v[0].(string)
	how, _ = v[1].(string)
	return caseID, how, nil
}

func leaseFrom(id, worker string, v []any) Lease {
	l := Lease{Case: id, Holder: worker}
	if len(v) > 0 {
		s, _ := v[0].(string)
		ms, _ := strconv.ParseInt(s, 10, 64)
		l.Until = time.UnixMilli(ms)
	}
	return l
}

// Claim gives the case to worker under a lease. Claiming a case the worker
// already holds renews it. Errors: ErrHeld (someone else holds it),
// ErrNotFound, ErrResolved.
func (q *Queue) Claim(ctx context.Context, id, worker string) (Lease, error) {
	if worker == "" {
		return Lease{}, errors.New("claim: no caseworker")
	}
	v, err := q.run(ctx, claimScript, id, worker, q.o.Lease.Milliseconds())
	if err != nil {
		return Lease{}, fmt.Errorf("claim case %s: %w", id, err)
	}
	return leaseFrom(id, worker, v), nil
}

// ClaimNext claims the best queued case for a caseworker: the first in
// order among the cases in one of their languages, or the first of all
// when none is in their languages. So that no language starves, the first
// of all wins anyway once it is ahead by more than Options.LanguageWait.
// ErrEmpty when nothing waits.
func (q *Queue) ClaimNext(ctx context.Context, worker string, languages []string) (Lease, error) {
	if worker == "" {
		return Lease{}, errors.New("claim next: no caseworker")
	}
	wait := q.o.LanguageWait.Milliseconds()
	if q.o.LanguageWait < 0 {
		wait = -1
	}
	args := []any{worker, q.o.Lease.Milliseconds(), wait}
	seen := map[string]bool{}
	for _, l := range languages {
		if l = normLang(l); l != "" && !seen[l] {
			seen[l] = true
			args = append(args, l)
		}
	}
	v, err := q.run(ctx, claimNextScript, args...)
	if err != nil {
		return Lease{}, fmt.Errorf("claim next: %w", err)
	}
	id, _ := v[len(v)-1].(string)
	return leaseFrom(id, worker, v), nil
}

// Renew extends worker's lease on the case. ErrNotHolder when the worker
// does not hold it (any more).
func (q *Queue) Renew(ctx context.Context, id, worker string) (Lease, error) {
	v, err := q.run(ctx, renewScript, id, worker, q.o.Lease.Milliseconds())
	if err != nil {
		return Lease{}, fmt.Errorf("renew case %s: %w", id, err)
	}
	return leaseFrom(id, worker, v), nil
}

// Release puts a case the worker holds back in the queue at its old place.
func (q *Queue) Release(ctx context.Context, id, worker string) error {
	if _, err := q.run(ctx, releaseScript, id, worker); err != nil {
		return fmt.Errorf("release case %s: %w", id, err)
	}
	return nil
}

// Transfer hands a case the worker holds to another caseworker, with a
// fresh lease.
func (q *Queue) Transfer(ctx context.Context, id, worker, to string) (Lease, error) {
	if to == "" {
		return Lease{}, fmt.Errorf("transfer case %s: no caseworker to transfer to", id)
	}
	v, err := q.run(ctx, transferScript, id, worker, to, q.o.Lease.Milliseconds())
	if err != nil {
		return Lease{}, fmt.Errorf("transfer case %s: %w", id, err)
	}
	return leaseFrom(id, to, v), nil
}

// Resolve closes a case the worker holds with an outcome (a short code, not
// free text about the person). The case and its notes expire after
// Options.Retention; a later escalation of the conversation opens a new case.
// The outcome "erased" (the person asked to be erased) also clears the
// case's summary line and deletes its notes at once.
func (q *Queue) Resolve(ctx context.Context, id, worker, outcome string) error {
	if _, err := q.run(ctx, resolveScript, id, worker, outcome, q.o.Retention.Milliseconds()); err != nil {
		return fmt.Errorf("resolve case %s: %w", id, err)
	}
	return nil
}

// AddNote adds a private note to a case the worker holds.
func (q *Queue) AddNote(ctx context.Context, id, worker, text string) error {
	nj, _ := json.Marshal(Note{By: worker, At: q.now().UTC(), Text: text})
	if _, err := q.run(ctx, noteScript, id, worker, string(nj)); err != nil {
		return fmt.Errorf("add note to case %s: %w", id, err)
	}
	return nil
}

// RecordMessage records a new message on a case: from is triage.FromPerson,
// FromBot or FromCaseworker (then worker must hold the case, else
// ErrNotHolder). It updates the last activity, the first reply time, and
// sends a "message" event.
func (q *Queue) RecordMessage(ctx context.Context, id, from, worker string) error {
	if _, err := q.run(ctx, messageScript, id, from, worker); err != nil {
		return fmt.Errorf("record message on case %s: %w", id, err)
	}
	return nil
}

// OpenCase returns the id of the conversation's open (queued or claimed)
// case, or ErrNotFound.
func (q *Queue) OpenCase(ctx context.Context, conversation string) (string, error) {
	id, err := q.rdb.HGet(ctx, q.key("open"), conversation).Result()
	if errors.Is(err, redis.Nil) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("open case: %w", err)
	}
	return id, nil
}

// Get returns a case with its notes. An id Escalate returned from the spool
// finds the case the escalation joined.
func (q *Queue) Get(ctx context.Context, id string) (Case, error) {
	for range 2 {
		pipe := q.rdb.Pipeline()
		h := pipe.HGetAll(ctx, q.key("case:"+id))
		n := pipe.LRange(ctx, q.key("case:"+id+":notes"), 0, -1)
		a := pipe.Get(ctx, q.key("alias:"+id))
		_, err := pipe.Exec(ctx)
		if err != nil && !errors.Is(err, redis.Nil) {
			return Case{}, fmt.Errorf("get case %s: %w", id, err)
		}
		if len(h.Val()) == 0 {
			if a.Val() != "" {
				id = a.Val()
				continue
			}
			return Case{}, fmt.Errorf("get case %s: %w", id, ErrNotFound)
		}
		c := parseCase(h.Val())
		for _, s := range n.Val() {
			var note Note
			if json.Unmarshal([]byte(s), &note) == nil {
				c.Notes = append(c.Notes, note)
			}
		}
		return c, nil
	}
	return Case{}, fmt.Errorf("get case %s: %w", id, ErrNotFound)
}

func msTime(s string) time.Time {
	ms, err := strconv.ParseInt(s, 10, 64)
	if err != nil || ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

func parseCase(h map[string]string) Case {
	c := Case{
		ID:           h["id"],
		Conversation: h["conversation"],
		Channel:      triage.Channel(h["channel"]),
		Language:     tagOf(h["language"]),
		Country:      h["country"],
		Nationality:  h["nationality"],
		Priority:     triage.Priority(h["priority"]),
		Sector:       h["sector"],
		Summary:      h["summary"],
		Created:      msTime(h["created"]),
		Status:       Status(h["status"]),
		Holder:       h["holder"],
		LeaseUntil:   msTime(h["lease"]),
		Outcome:      h["outcome"],
		FirstClaimed: msTime(h["first_claimed"]),
		FirstReply:   msTime(h["first_reply"]),
		LastActivity: msTime(h["last_activity"]),
		Resolved:     msTime(h["resolved"]),
	}
	c.Messages, _ = strconv.Atoi(h["messages"])
	c.Score, _ = strconv.ParseFloat(h["score"], 64)
	if s := h["signals"]; strings.HasPrefix(s, "[") {
		json.Unmarshal([]byte(s), &c.Signals)
	}
	return c
}

// Filter selects cases for List.
type Filter struct {
	// Status: "" for the open cases (queued, then claimed), or one status.
	Status Status
	// Holder: only the cases this caseworker holds (or resolved).
	Holder string
	// Languages: queued cases in these languages come first (each group in
	// queue order), as ClaimNext would offer them.
	Languages []string
	// Limit caps the cases of each status. Default 500.
	Limit int
}

// List returns cases for the console: queued ones in the order they will
// be served, claimed ones by queue score, resolved ones newest first.
func (q *Queue) List(ctx context.Context, f Filter) ([]Case, error) {
	if f.Limit <= 0 {
		f.Limit = 500
	}
	var ids []string
	add := func(set string, rev bool) error {
		var r *redis.StringSliceCmd
		if rev {
			r = q.rdb.ZRevRange(ctx, q.key(set), 0, int64(f.Limit-1))
		} else {
			r = q.rdb.ZRange(ctx, q.key(set), 0, int64(f.Limit-1))
		}
		v, err := r.Result()
		ids = append(ids, v...)
		return err
	}
	var err error
	switch f.Status {
	case "":
		if err = add("queue", false); err == nil {
			err = add("claimed", false)
		}
	case StatusQueued:
		err = add("queue", false)
	case StatusClaimed:
		err = add("claimed", false)
	case StatusResolved:
		err = add("resolved", true)
	default:
		return nil, fmt.Errorf("list cases: unknown status %q", f.Status)
	}
	if err != nil {
		return nil, fmt.Errorf("list cases: %w", err)
	}
	pipe := q.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HGetAll(ctx, q.key("case:"+id))
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
	}
	var out, claimed []Case
	for _, cmd := range cmds {
		h := cmd.Val()
		if len(h) == 0 {
			continue // expired or gone between the two reads
		}
		c := parseCase(h)
		if f.Status != "" && c.Status != f.Status {
			continue
		}
		if f.Status == "" && c.Status == StatusResolved {
			continue
		}
		if f.Holder != "" && c.Holder != f.Holder {
			continue
		}
		if c.Status == StatusClaimed {
			claimed = append(claimed, c)
		} else {
			out = append(out, c)
		}
	}
	if len(f.Languages) > 0 {
		want := map[string]bool{}
		for _, l := range f.Languages {
			want[normLang(l)] = true
		}
		slices.SortStableFunc(out, func(a, b Case) int {
			return cmp.Compare(b2i(!want[normLang(a.Language)]), b2i(!want[normLang(b.Language)]))
		})
	}
	// Claimed cases come from a set ordered by lease end; show them by score.
	slices.SortStableFunc(claimed, func(a, b Case) int { return cmp.Compare(a.Score, b.Score) })
	out = append(out, claimed...)
	return out, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Counts are the open cases per priority.
type Counts struct {
	Queued  map[triage.Priority]int `json:"queued"`
	Claimed map[triage.Priority]int `json:"claimed"`
}

// Counts counts the open cases per status and priority.
func (q *Queue) Counts(ctx context.Context) (Counts, error) {
	c := Counts{Queued: map[triage.Priority]int{}, Claimed: map[triage.Priority]int{}}
	v, err := q.run(ctx, countsScript)
	if err != nil {
		return c, fmt.Errorf("count cases: %w", err)
	}
	for i := 0; i+2 < len(v); i += 3 {
		set, _ := v[i].(string)
		p, _ := v[i+1].(string)
		n, _ := v[i+2].(int64)
		if set == "queue" {
			c.Queued[triage.Priority(p)] = int(n)
		} else {
			c.Claimed[triage.Priority(p)] = int(n)
		}
	}
	return c, nil
}

// AuditEntry is one transition in the audit stream. It never holds message
// text.
type AuditEntry struct {
	ID     string            `json:"id"` // stream entry id
	Case   string            `json:"case"`
	Action string            `json:"action"` // created, joined, raised, claimed, lapsed, released, transferred, resolved, note, replied
	Actor  string            `json:"actor"`  // a caseworker, or "helpbot"
	At     time.Time         `json:"at"`
	Extra  map[string]string `json:"extra,omitempty"` // priority, holder (lapsed), to (transferred)
}

// Audit reads the audit stream from after the entry id since ("" from the
// start), at most count entries (default 1000).
func (q *Queue) Audit(ctx context.Context, since string, count int) ([]AuditEntry, error) {
	if count <= 0 {
		count = 1000
	}
	start := "-"
	if since != "" {
		start = "(" + since
	}
	msgs, err := q.rdb.XRangeN(ctx, q.key("audit"), start, "+", int64(count)).Result()
	if err != nil {
		return nil, fmt.Errorf("read audit: %w", err)
	}
	out := make([]AuditEntry, 0, len(msgs))
	for _, m := range msgs {
		e := AuditEntry{ID: m.ID, Extra: map[string]string{}}
		for k, v := range m.Values {
			s, _ := v.(string)
			switch k {
			case "case":
				e.Case = s
			case "action":
				e.Action = s
			case "actor":
				e.Actor = s
			case "at":
				e.At = msTime(s)
			default:
				e.Extra[k] = s
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// Reap returns the cases whose lease has lapsed to the queue at their old
// place and reports how many. Several processes may reap at once.
func (q *Queue) Reap(ctx context.Context) (int, error) {
	total := 0
	for range 100 {
		v, err := q.run(ctx, reapScript, 100)
		if err != nil {
			return total, fmt.Errorf("reap leases: %w", err)
		}
		n, _ := v[0].(int64)
		total += int(n)
		if more, _ := v[1].(int64); more == 0 {
			break
		}
	}
	return total, nil
}

// trim drops resolved cases past retention from the resolved index and old
// entries from the audit stream (the case keys expire by themselves).
func (q *Queue) trim(ctx context.Context) error {
	cut := q.now().Add(-q.o.Retention).UnixMilli()
	if err := q.rdb.ZRemRangeByScore(ctx, q.key("resolved"), "-inf", strconv.FormatInt(cut, 10)).Err(); err != nil {
		return err
	}
	return q.rdb.XTrimMinIDApprox(ctx, q.key("audit"), strconv.FormatInt(cut, 10), 0).Err()
}

// Run returns lapsed leases, replays the spool (at once, then whenever an
// escalation was spooled) and trims old entries until ctx ends. Run it on
// every process; it returns nil when ctx ends.
func (q *Queue) Run(ctx context.Context) error {
	t := time.NewTicker(q.o.ReapInterval)
	defer t.Stop()
	q.tick(ctx)
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-q.kick:
			// A spooled escalation: wait a beat, then try to replay.
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(q.o.ReapInterval):
			}
		}
		q.tick(ctx)
	}
}

func (q *Queue) tick(ctx context.Context) {
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if n, err := q.Reap(rctx); err != nil {
		q.log.Warn("reap leases", "error", err)
	} else if n > 0 {
		q.log.Info("lapsed leases returned to the queue", "cases", n)
	}
	if q.spool != nil && q.spool.pending() {
		if n, err := q.ReplaySpool(rctx); err != nil {
			q.log.Warn("replay spool", "replayed", n, "error", err)
		} else if n > 0 {
			q.log.Info("spool replayed", "escalations", n)
		}
	}
	q.trimMu.Lock()
	due := time.Since(q.lastTrim) > time.Minute
	if due {
		q.lastTrim = time.Now()
	}
	q.trimMu.Unlock()
	if due {
		if err := q.trim(rctx); err != nil {
			q.log.Warn("trim resolved cases", "error", err)
		}
	}
}
