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
	"slices"
	"strconv"
	"strings"
	"sync"
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
	kept      keptContents
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

// contentKey holds what the bot's answers in the conversation said, once
// for each content and by its name (triage.Reply.SharedContent); the
// transcript's answers name it.
func contentKey(id string) string { return "helpbot:conv:{" + id + "}:content" }

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
	return []string{logKey(id), cidKey(id), stateKey(id), contentKey(id)}
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
		if stored, err := c.entries(ctx, id, got); err == nil {
			return stored[0]
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
			eb, "", transcriptMax, int64(c.retention/time.Second), "", "", "", "0", "", "")
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
// for none), it also saves the state ARGV[6] and adds the answer ARGV[7],
// whose content is kept under the name ARGV[9] when that is set: ARGV[10]
// is the content, or empty when the conversation should hold it already.
// It returns {seq, status, state, answer seq}: status is 1 when the entry
// was already there, and 2, with nothing done, when the answer's content
// was not sent and the conversation does not hold it; state is the stored
// state read in the same step (false when none, or when the answer was
// added: it was ARGV[5]), and the answer's seq false when no answer was
// added.
var appendScript = redis.NewScript(`
local cid = ARGV[2]
local state = redis.call('GET', KEYS[3])
if cid ~= '' then
  local seen = redis.call('HGET', KEYS[2], cid)
  if seen then return {seen, 1, state or false, false} end
end
local answering = ARGV[8] == '1' and (state or '') == ARGV[5]
if answering and ARGV[9] ~= '' and ARGV[10] == '' and redis.call('HEXISTS', KEYS[4], ARGV[9]) == 0 then
  return {false, 2, false, false}
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'e', ARGV[1])
if cid ~= '' then
  redis.call('HSET', KEYS[2], cid, id)
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
local answer = false
if answering then
  redis.call('SET', KEYS[3], ARGV[6], 'EX', ARGV[4])
  if ARGV[10] ~= '' then redis.call('HSET', KEYS[4], ARGV[9], ARGV[10]) end
  answer = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'e', ARGV[7])
  state = false -- the caller holds it
elseif state then
  redis.call('EXPIRE', KEYS[3], ARGV[4]) -- the state lives as long as the transcript
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('EXPIRE', KEYS[4], ARGV[4])
return {id, 0, state or false, answer}
`)

// Statuses in appendScript's reply, besides 0 (done).
const (
	stepDuplicate    = 1
	stepNeedsContent = 2
)

// SettleMany implements triage.Conversations: in the usual case (the
// conversation's state is as the caller left it) each person's entry, the
// new state and the answer are stored in one step of appendScript, and
// all the requests' steps go to Redis in one pipeline. An answer that
// says what an earlier one in the conversation said is stored by the name
// of its content; a step whose conversation turns out not to hold that
// content does nothing and goes again, with the content, in a second
// pipeline.
func (c *Conversations) SettleMany(ctx context.Context, reqs []triage.SettleRequest) ([]triage.Settled, []error) {
	const op = "settle message"
	out := make([]triage.Settled, len(reqs))
	errs := make([]error, len(reqs))
	for i, r := range reqs {
		out[i].Received = r.Person
		out[i].Received.Seq = ""
	}
	all := make([]int, len(reqs))
	for i := range all {
		all[i] = i
	}
	again := c.settle(ctx, op, reqs, all, false, out, errs)
	if len(again) > 0 {
		c.settle(ctx, op, reqs, again, true, out, errs)
	}
	return out, errs
}

// settle runs the steps of reqs[idx] in one pipeline, each answer's
// content sent when withContent is set or when this process has not seen
// the conversation hold it, and fills in out and errs. It returns the
// requests whose conversation lacked the content they named.
func (c *Conversations) settle(ctx context.Context, op string, reqs []triage.SettleRequest, idx []int, withContent bool, out []triage.Settled, errs []error) (again []int) {
	var enc encoder
	defer enc.free()
	args := make([][]any, len(idx))
	refs := make([]string, len(idx))
	for k, i := range idx {
		args[k], refs[k] = c.args(&enc, reqs[i].Person, &reqs[i], withContent)
	}
	if enc.err != nil {
		for _, i := range idx {
			errs[i] = fmt.Errorf("%s: %w", op, enc.err)
		}
		return nil
	}
	cmds := make([]*redis.Cmd, len(idx))
	for range 2 { // a second time after loading the script
		_, err := c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for k, i := range idx {
				cmds[k] = appendScript.EvalSha(ctx, p, c.appendKeys(reqs[i].Conversation), args[k]...)
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
	for k, i := range idx {
		r := &reqs[i]
		res, err := cmds[k].Slice()
		switch {
		case err != nil:
			errs[i] = fmt.Errorf("%s: %w: %w", op, triage.ErrUnavailable, err)
			continue
		case len(res) > 1 && res[1] == int64(stepNeedsContent) && !withContent:
			c.kept.forget(r.Conversation)
			again = append(again, i)
			continue
		}
		out[i], errs[i] = c.decode(ctx, op, r.Conversation, out[i].Received, r, res)
		if out[i].Applied && refs[k] != "" {
			c.kept.note(r.Conversation, refs[k])
		}
	}
	return again
}

// keptContents remembers, for the conversations this process stored
// answers in, the name of the last content it stored there, so that the
// next answer that says the same is sent by name alone. It is a hint:
// appendScript checks it (a conversation may have been erased, or have
// expired, since).
type keptContents struct {
	mu sync.Mutex
	m  map[string]string // conversation → content name
}

// maxKeptContents bounds the conversations remembered (about 150 bytes
// each): past it, the memory starts again, and each conversation's next
// answer takes its content along once more.
const maxKeptContents = 1 << 14

func (k *keptContents) has(conversation, ref string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.m[conversation] == ref
}

func (k *keptContents) note(conversation, ref string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil || len(k.m) >= maxKeptContents {
		k.m = map[string]string{}
	}
	k.m[conversation] = ref
}

func (k *keptContents) forget(conversation string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, conversation)
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
// is still t.Prev (see SettleMany). An answer with a shared content is
// written by the content's name, ref; the content itself goes along when
// withContent is set or this process has not stored it in the
// conversation.
func (c *Conversations) args(enc *encoder, person triage.Entry, t *triage.SettleRequest, withContent bool) (args []any, ref string) {
	person.Seq = "" // set only once stored
	args = []any{enc.encode(person), person.ClientID, transcriptMax, int64(c.retention / time.Second), "", "", "", "0", "", ""}
	if t != nil {
		// The stored state is compared with prev byte for byte: both are
		// json.Marshal's encoding of the same value. A prev with no
		// messages was never stored.
		if t.Prev.Messages > 0 || !t.Prev.Updated.IsZero() {
			args[4] = enc.encode(t.Prev)
		}
		answer := t.Answer
		answer.Seq = ""
		args[5], args[6], args[7] = enc.encode(t.Next), enc.encode(stored(answer)), "1"
		if r := answer.Reply; r != nil {
			var content []byte
			var ok bool
			if ref, content, ok = r.SharedContent(); ok {
				args[8] = ref
				if withContent || !c.kept.has(t.Conversation, ref) {
					args[9] = content
				}
			}
		}
	}
	return args, ref
}

// stored encodes an entry as the transcript keeps it (Entry.AppendStored).
type stored triage.Entry

func (e stored) AppendJSON(b []byte) []byte { return triage.Entry(e).AppendStored(b) }

// run stores the person's entry with appendScript (see Receive).
func (c *Conversations) run(ctx context.Context, op, id string, person triage.Entry) (triage.Settled, error) {
	person.Seq = ""
	var enc encoder
	defer enc.free()
	args, _ := c.args(&enc, person, nil, false)
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
	if res[1] == int64(stepDuplicate) {
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
	return c.entries(ctx, id, msgs)
}

// entries decodes transcript entries, with what their answers said read
// from the conversation's contents in one more round trip when some name
// it.
func (c *Conversations) entries(ctx context.Context, id string, msgs []redis.XMessage) ([]triage.Entry, error) {
	out := make([]triage.Entry, len(msgs))
	refs := make([]string, len(msgs))
	var names []string
	for i, m := range msgs {
		e, ref, err := decodeEntry(m)
		if err != nil {
			return nil, fmt.Errorf("read transcript: %w", err)
		}
		out[i], refs[i] = e, ref
		if ref != "" && !slices.Contains(names, ref) {
			names = append(names, ref)
		}
	}
	if len(names) == 0 {
		return out, nil
	}
	got, err := c.rdb.HMGet(ctx, contentKey(id), names...).Result()
	if err != nil {
		return nil, fmt.Errorf("read transcript: %w: %w", triage.ErrUnavailable, err)
	}
	for i, ref := range refs {
		if ref == "" {
			continue
		}
		// The content is stored in the step that stores the first answer
		// naming it, and expires and is erased with the transcript; were
		// it missing all the same, the answer keeps its text.
		content, _ := got[slices.Index(names, ref)].(string)
		if content == "" {
			out[i].Reply.Text = out[i].Text
			continue
		}
		if err := out[i].Reply.SetContent([]byte(content)); err != nil {
			return nil, fmt.Errorf("read transcript: entry %s: %w", out[i].Seq, err)
		}
	}
	return out, nil
}

// Erase removes a conversation at once: its state, its transcript and
// what its answers said, and what the channels keep beside it: the mail
// thread (the person's address and subject) with the keys that find it by
// token and by Message-ID, and the Telegram chat.
func (c *Conversations) Erase(ctx context.Context, id string) error {
	var thread struct {
		Token         string   `json:"token"`
		LastMessageID string   `json:"last_message_id"`
		References    []string `json:"references"`
	}
	var threadCmd *redis.StringCmd
	var linked *redis.StringSliceCmd
	c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		threadCmd = p.Get(ctx, emailThreadKey(id))
		linked = p.SMembers(ctx, emailMsgsKey(id))
		return nil
	})
	switch b, err := threadCmd.Bytes(); {
	case err == nil:
		// A thread that cannot be read still goes; its token key stays
		// until it expires (it holds the conversation's key alone).
		_ = json.Unmarshal(b, &thread)
	case !errors.Is(err, redis.Nil):
		return fmt.Errorf("erase conversation: %w", err)
	}
	if err := linked.Err(); err != nil {
		return fmt.Errorf("erase conversation: %w", err)
	}
	// The index keys live in other hash slots: each is read and deleted on
	// its own, and only while it still names this conversation. The
	// Message-IDs are those linked to the conversation and, for links made
	// before that list was kept, those its thread still names.
	var index []string
	if thread.Token != "" {
		index = append(index, emailTokenKey(thread.Token))
	}
	msgKeys := map[string]bool{}
	for _, d := range linked.Val() {
		msgKeys[emailMsgDigestKey(d)] = true
	}
	for _, m := range append(thread.References, thread.LastMessageID) {
		if m != "" {
			msgKeys[emailMsgKey(m)] = true
		}
	}
	for k := range msgKeys {
		index = append(index, k)
	}
	gets := make([]*redis.StringCmd, len(index))
	if _, err := c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, k := range index {
			gets[i] = p.Get(ctx, k)
		}
		return nil
	}); err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("erase conversation: %w", err)
	}
	_, err := c.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, stateKey(id), logKey(id), cidKey(id), contentKey(id), emailThreadKey(id), emailMsgsKey(id), tgChatIDKey(id))
		for i, k := range index {
			if gets[i].Val() == id {
				p.Del(ctx, k)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("erase conversation: %w", err)
	}
	return nil
}

// decodeEntry reads one transcript entry. An answer stored by its
// content's name (Entry.AppendStored) comes back with the name, ref, and
// without what it said, for entries to fill in.
func decodeEntry(m redis.XMessage) (e triage.Entry, ref string, err error) {
	var stored struct {
		triage.Entry
		Reply *struct {
			triage.Reply
			Content string `json:"content"`
		} `json:"reply,omitempty"`
	}
	raw, _ := m.Values["e"].(string)
	if err := json.Unmarshal([]byte(raw), &stored); err != nil {
		return e, "", fmt.Errorf("decode entry %s: %w", m.ID, err)
	}
	e = stored.Entry
	if r := stored.Reply; r != nil {
		e.Reply, ref = &r.Reply, r.Content
	}
	e.Seq = m.ID
	return e, ref, nil
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
