// Package store keeps conversation state and transcripts in Redis, carries
// deliveries between helpbot processes over Redis pub/sub, and starts the
// embedded in-process Redis when no server is configured.
package store

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"helpbot/internal/jsonbuf"
	"helpbot/internal/triage"
)

// DefaultRetention is how long conversations are kept after their last
// activity when nothing else is configured.
const DefaultRetention = 90 * 24 * time.Hour

// transcriptMax is how many entries of a conversation are kept for resume
// and for the caseworker's view.
const transcriptMax = 1000

// Connect opens the Redis at url, or, when url is empty, starts an embedded
// in-process Redis-compatible server on loopback. close releases both.
func Connect(ctx context.Context, url string) (rdb *redis.Client, embedded bool, close func(), err error) {
	opts := &redis.Options{}
	var m *miniredis.Miniredis
	if url == "" {
		m = miniredis.NewMiniRedis()
		if err := m.StartAddr("127.0.0.1:0"); err != nil {
			return nil, false, nil, fmt.Errorf("start embedded store: %w", err)
		}
		m.ClockTTL(true) // expire keys in real time, as Redis does
		opts.Addr = m.Addr()
	} else {
		opts, err = redis.ParseURL(url)
		if err != nil {
			return nil, false, nil, fmt.Errorf("REDIS_URL: %w", err)
		}
	}
	// Short timeouts: a person's answer must not wait long on a Redis that
	// is down; the engine answers without it.
	opts.DialTimeout = 500 * time.Millisecond
	opts.ReadTimeout = time.Second
	opts.WriteTimeout = time.Second
	opts.MaxRetries = 1
	opts.DialerRetries = 1
	opts.PoolTimeout = time.Second
	rdb = redis.NewClient(opts)
	closeFn := func() {
		rdb.Close()
		if m != nil {
			m.Close()
		}
	}
	return rdb, m != nil, closeFn, nil
}

// Conversations is the Redis implementation of triage.Conversations.
type Conversations struct {
	rdb       redis.UniversalClient
	retention time.Duration
}

var _ triage.Conversations = (*Conversations)(nil)

// NewConversations stores conversations in rdb, expiring them retention
// after their last activity (DefaultRetention when zero).
func NewConversations(rdb redis.UniversalClient, retention time.Duration) *Conversations {
	if retention <= 0 {
		retention = DefaultRetention
	}
	return &Conversations{rdb: rdb, retention: retention}
}

// Keys of one conversation share a hash tag so they live in one slot.
func stateKey(id string) string { return "helpbot:conv:{" + id + "}:state" }
func logKey(id string) string   { return "helpbot:conv:{" + id + "}:log" }
func cidKey(id string) string   { return "helpbot:conv:{" + id + "}:cid" }

// Load implements triage.Conversations.
func (c *Conversations) Load(ctx context.Context, id string) (triage.State, error) {
	b, err := c.rdb.Get(ctx, stateKey(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return triage.State{Conversation: id}, nil
	}
	if err != nil {
		return triage.State{}, fmt.Errorf("load conversation: %w: %w", triage.ErrUnavailable, err)
	}
	var s triage.State
	if err := json.Unmarshal(b, &s); err != nil {
		return triage.State{}, fmt.Errorf("load conversation: %w", err)
	}
	return s, nil
}

// Save implements triage.Conversations.
func (c *Conversations) Save(ctx context.Context, s triage.State) error {
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	if err := c.rdb.Set(ctx, stateKey(s.Conversation), b, c.retention).Err(); err != nil {
		return fmt.Errorf("save conversation: %w: %w", triage.ErrUnavailable, err)
	}
	return nil
}

func (c *Conversations) appendKeys(id string) []string {
	return []string{logKey(id), cidKey(id), stateKey(id)}
}

// Append implements triage.Conversations.
func (c *Conversations) Append(ctx context.Context, id string, e triage.Entry) (triage.Entry, bool, error) {
	_, stored, dup, err := c.appendEntry(ctx, id, e, "append to transcript")
	return stored, dup, err
}

// Receive implements triage.Conversations.
func (c *Conversations) Receive(ctx context.Context, id string, e triage.Entry) (triage.State, triage.Entry, bool, error) {
	return c.appendEntry(ctx, id, e, "receive message")
}

func (c *Conversations) appendEntry(ctx context.Context, id string, e triage.Entry, op string) (triage.State, triage.Entry, bool, error) {
	out, err := c.run(ctx, op, id, e)
	return out.State, out.Received, out.Duplicate, err
}

// storedState decodes the state a script read (false when there is none).
func storedState(id string, v any) (triage.State, error) {
	s := triage.State{Conversation: id}
	if raw, ok := v.(string); ok {
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return triage.State{}, err
		}
	}
	return s, nil
}

// storedEntry gives back an entry seen before as it was stored (e, whose
// Seq is set, when it cannot be read).
func (c *Conversations) storedEntry(ctx context.Context, id string, e triage.Entry) triage.Entry {
	if got, err := c.rdb.XRange(ctx, logKey(id), e.Seq, e.Seq).Result(); err == nil && len(got) == 1 {
		if stored, err := decodeEntry(got[0]); err == nil {
			return stored
		}
	}
	return e
}

// Commit implements triage.Conversations: the state and the bot's entry go
// in one round trip.
func (c *Conversations) Commit(ctx context.Context, s triage.State, e triage.Entry) (triage.Entry, error) {
	sb, err := json.Marshal(s)
	if err != nil {
		return e, fmt.Errorf("commit conversation: %w", err)
	}
	e.Seq = ""
	eb, err := json.Marshal(e)
	if err != nil {
		return e, fmt.Errorf("commit conversation: %w", err)
	}
	var add *redis.Cmd
	_, err = c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, stateKey(s.Conversation), sb, c.retention)
		add = appendScript.EvalSha(ctx, p, c.appendKeys(s.Conversation),
			eb, "", transcriptMax, int64(c.retention/time.Second), "", "", "", "0")
		return nil
	})
	if err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
		// First use on this server: load the script and go again.
		if err := appendScript.Load(ctx, c.rdb).Err(); err != nil {
			return e, fmt.Errorf("commit conversation: %w: %w", triage.ErrUnavailable, err)
		}
		return c.Commit(ctx, s, e)
	}
	if err != nil {
		return e, fmt.Errorf("commit conversation: %w: %w", triage.ErrUnavailable, err)
	}
	res, err := add.Slice()
	if err != nil || len(res) < 1 {
		return e, fmt.Errorf("commit conversation: %w", err)
	}
	e.Seq, _ = res[0].(string)
	return e, nil
}

// appendScript adds an entry ARGV[1] to the transcript stream unless its
// client id ARGV[2] was seen, and renews the expiry of the conversation's
// keys. When ARGV[8] is '1' and the stored state is still ARGV[5] (empty
// for none), it also saves the state ARGV[6] and adds the answer ARGV[7]. It
// returns {seq, dup, state, answer seq}: dup is 1 when the entry was
// already there, state the stored state read in the same step (false when
// none, or when the answer was added: it was ARGV[5]), and the answer's seq
// false when no answer was added.
var appendScript = redis.NewScript(`
local cid = ARGV[2]
local state = redis.call('GET', KEYS[3])
if cid ~= '' then
  local seen = redis.call('HGET', KEYS[2], cid)
  if seen then return {seen, 1, state or false, false} end
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'e', ARGV[1])
if cid ~= '' then
  redis.call('HSET', KEYS[2], cid, id)
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
local answer = false
if ARGV[8] == '1' and (state or '') == ARGV[5] then
  redis.call('SET', KEYS[3], ARGV[6], 'EX', ARGV[4])
  answer = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'e', ARGV[7])
  state = false -- the caller holds it
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
return {id, 0, state or false, answer}
`)

// SettleMany implements triage.Conversations: in the usual case (the
// conversation's state is as the caller left it) each person's entry, the
// new state and the answer are stored in one step of appendScript, and
// all the requests' steps go to Redis in one pipeline.
func (c *Conversations) SettleMany(ctx context.Context, reqs []triage.SettleRequest) ([]triage.Settled, []error) {
	const op = "settle message"
	out := make([]triage.Settled, len(reqs))
	errs := make([]error, len(reqs))
	var enc encoder
	defer enc.free()
	args := make([][]any, len(reqs))
	for i, r := range reqs {
		args[i] = c.args(&enc, r.Person, &reqs[i])
		out[i].Received = r.Person
		out[i].Received.Seq = ""
	}
	if enc.err != nil {
		for i := range errs {
			errs[i] = fmt.Errorf("%s: %w", op, enc.err)
		}
		return out, errs
	}
	cmds := make([]*redis.Cmd, len(reqs))
	for range 2 { // a second time after loading the script
		_, err := c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for i, r := range reqs {
				cmds[i] = appendScript.EvalSha(ctx, p, c.appendKeys(r.Conversation), args[i]...)
			}
			return nil
		})
		if err == nil || !redis.HasErrorPrefix(err, "NOSCRIPT") {
			break
		}
		// First use on this server: no step ran. Load the script and go
		// again.
		if err := appendScript.Load(ctx, c.rdb).Err(); err != nil {
			break
		}
	}
	for i, r := range reqs {
		res, err := cmds[i].Slice()
		if err != nil {
			errs[i] = fmt.Errorf("%s: %w: %w", op, triage.ErrUnavailable, err)
			continue
		}
		out[i], errs[i] = c.decode(ctx, op, r.Conversation, out[i].Received, &reqs[i], res)
	}
	return out, errs
}

// encoder encodes a step's arguments into pooled buffers, keeping the
// first error.
type encoder struct {
	bufs []*jsonbuf.Buffer
	err  error
}

func (e *encoder) encode(v any) []byte {
	b, data, err := jsonbuf.Marshal(v)
	e.bufs = append(e.bufs, b)
	e.err = cmp.Or(e.err, err)
	return data
}

func (e *encoder) free() {
	for _, b := range e.bufs {
		b.Free()
	}
}

// args are appendScript's arguments for the person's entry and, when t is
// set, the new state and the answer stored after it while the stored state
// is still t.Prev (see SettleMany).
func (c *Conversations) args(enc *encoder, person triage.Entry, t *triage.SettleRequest) []any {
	person.Seq = "" // set only once stored
	args := []any{enc.encode(person), person.ClientID, transcriptMax, int64(c.retention / time.Second), "", "", "", "0"}
	if t != nil {
		// The stored state is compared with prev byte for byte: both are
		// json.Marshal's encoding of the same value. A prev with no
		// messages was never stored.
		if t.Prev.Messages > 0 || !t.Prev.Updated.IsZero() {
			args[4] = enc.encode(t.Prev)
		}
		answer := t.Answer
		answer.Seq = ""
		args[5], args[6], args[7] = enc.encode(t.Next), enc.encode(answer), "1"
	}
	return args
}

// run stores the person's entry with appendScript (see Receive).
func (c *Conversations) run(ctx context.Context, op, id string, person triage.Entry) (triage.Settled, error) {
	person.Seq = ""
	var enc encoder
	defer enc.free()
	args := c.args(&enc, person, nil)
	if enc.err != nil {
		return triage.Settled{Received: person}, fmt.Errorf("%s: %w", op, enc.err)
	}
	res, err := appendScript.Run(ctx, c.rdb, c.appendKeys(id), args...).Slice()
	if err != nil {
		return triage.Settled{Received: person}, fmt.Errorf("%s: %w: %w", op, triage.ErrUnavailable, err)
	}
	return c.decode(ctx, op, id, person, nil, res)
}

// decode reads appendScript's reply for person (whose Seq is empty) and,
// when t is set, the state and answer sent with it.
func (c *Conversations) decode(ctx context.Context, op, id string, person triage.Entry, t *triage.SettleRequest, res []any) (triage.Settled, error) {
	out := triage.Settled{Received: person}
	if len(res) < 4 {
		return out, fmt.Errorf("%s: unexpected reply of %d values", op, len(res))
	}
	var err error
	if out.State, err = storedState(id, res[2]); err != nil {
		return out, fmt.Errorf("%s: %w", op, err)
	}
	out.Received.Seq, _ = res[0].(string)
	if res[1] == int64(1) {
		out.Duplicate = true
		out.Received = c.storedEntry(ctx, id, out.Received)
		return out, nil
	}
	if seq, ok := res[3].(string); ok && t != nil {
		out.Applied = true
		out.State = t.Prev
		out.Answer = t.Answer
		out.Answer.Seq = seq
	}
	return out, nil
}

// Since implements triage.Conversations.
func (c *Conversations) Since(ctx context.Context, id, seq string) ([]triage.Entry, error) {
	start := "-"
	if seq != "" {
		if !validSeq(seq) {
			return nil, fmt.Errorf("read transcript: bad position %q", seq)
		}
		start = "(" + seq
	}
	msgs, err := c.rdb.XRange(ctx, logKey(id), start, "+").Result()
	if err != nil {
		return nil, fmt.Errorf("read transcript: %w: %w", triage.ErrUnavailable, err)
	}
	out := make([]triage.Entry, 0, len(msgs))
	for _, m := range msgs {
		e, err := decodeEntry(m)
		if err != nil {
			return nil, fmt.Errorf("read transcript: %w", err)
		}
		out = append(out, e)
	}
	return out, nil
}

// Erase removes a conversation's state and transcript at once.
func (c *Conversations) Erase(ctx context.Context, id string) error {
	if err := c.rdb.Del(ctx, stateKey(id), logKey(id), cidKey(id)).Err(); err != nil {
		return fmt.Errorf("erase conversation: %w", err)
	}
	return nil
}

func decodeEntry(m redis.XMessage) (triage.Entry, error) {
	var e triage.Entry
	raw, _ := m.Values["e"].(string)
	if err := json.Unmarshal([]byte(raw), &e); err != nil {
		return e, fmt.Errorf("decode entry %s: %w", m.ID, err)
	}
	e.Seq = m.ID
	return e, nil
}

// validSeq reports whether s looks like a stream id ("ms-n").
func validSeq(s string) bool {
	ms, n, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	_, err1 := strconv.ParseUint(ms, 10, 64)
	_, err2 := strconv.ParseUint(n, 10, 64)
	return err1 == nil && err2 == nil
}
