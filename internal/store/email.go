package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/channels/email"
	"helpbot/internal/triage"
)

// Email is the Redis implementation of email.Store: the inbox stream of raw
// inbound mail, the outbox of replies waiting for SMTP, the mail threads of
// conversations, and webhook nonces. Everything that holds personal data
// expires with the conversation's retention; inbox entries are deleted once
// processed.
type Email struct {
	rdb       redis.UniversalClient
	retention time.Duration
	group     atomic.Bool // the inbox consumer group exists
}

var _ email.Store = (*Email)(nil)

// NewEmail keeps the email channel's data in rdb, expiring it retention
// after the last activity (DefaultRetention when zero).
func NewEmail(rdb redis.UniversalClient, retention time.Duration) *Email {
	if retention <= 0 {
		retention = DefaultRetention
	}
	return &Email{rdb: rdb, retention: retention}
}

// Keys. The outbox keys share the {email-outbox} hash tag so its scripts run
// on Redis Cluster; a thread lives beside its conversation's keys.
const (
	emailInboxKey   = "helpbot:email:inbox"
	emailInboxGroup = "processors"
	emailDueKey     = "helpbot:email:{email-outbox}:due"
	emailMailPrefix = "helpbot:email:{email-outbox}:mail:"
	emailSeenPrefix = "helpbot:email:{email-outbox}:seen:"
)

func emailThreadKey(conv string) string      { return "helpbot:conv:{" + conv + "}:email" }
func emailTokenKey(tok string) string        { return "helpbot:email:token:" + tok }
func emailMsgKey(id string) string           { return emailMsgDigestKey(emailDigest(id)) }
func emailMsgDigestKey(digest string) string { return "helpbot:email:msgid:" + digest }
func emailNonceKey(n string) string          { return "helpbot:email:nonce:" + emailDigest(n) }

// emailMsgsKey is the set of a conversation's Message-ID digests, beside
// its keys, so that an erase finds every index key that names it, not only
// those the thread still lists.
func emailMsgsKey(conv string) string { return "helpbot:conv:{" + conv + "}:msgids" }

// digest keeps Message-IDs and nonces out of key names.
func emailDigest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

func emailUnavailable(op string, err error) error {
	return fmt.Errorf("%s: %w: %w", op, triage.ErrUnavailable, err)
}

// AddInbound implements email.Inbox.
func (s *Email) AddInbound(ctx context.Context, data []byte, received time.Time) (string, error) {
	id, err := s.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: emailInboxKey,
		Values: []any{"d", data, "t", strconv.FormatInt(received.UnixMilli(), 10)},
	}).Result()
	if err != nil {
		return "", emailUnavailable("store inbound mail", err)
	}
	return id, nil
}

func (s *Email) ensureGroup(ctx context.Context) error {
	if s.group.Load() {
		return nil
	}
	err := s.rdb.XGroupCreateMkStream(ctx, emailInboxKey, emailInboxGroup, "0").Err()
	if err != nil && !strings.Contains(err.Error(), "BUSYGROUP") {
		return emailUnavailable("create inbox group", err)
	}
	s.group.Store(true)
	return nil
}

// ClaimInbound implements email.Inbox.
func (s *Email) ClaimInbound(ctx context.Context, consumer string, n int, idle, wait time.Duration) ([]email.Raw, error) {
	if err := s.ensureGroup(ctx); err != nil {
		return nil, err
	}
	msgs, _, err := s.rdb.XAutoClaim(ctx, &redis.XAutoClaimArgs{
		Stream: emailInboxKey, Group: emailInboxGroup, Consumer: consumer,
		MinIdle: idle, Start: "0-0", Count: int64(n),
	}).Result()
	if err != nil {
		s.groupLost(err)
		return nil, emailUnavailable("claim inbound mail", err)
	}
	if len(msgs) == 0 {
		streams, err := s.rdb.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: emailInboxGroup, Consumer: consumer, Streams: []string{emailInboxKey, ">"},
			Count: int64(n), Block: wait,
		}).Result()
		if errors.Is(err, redis.Nil) {
			return nil, nil
		}
		if err != nil {
			s.groupLost(err)
			return nil, emailUnavailable("read inbound mail", err)
		}
		for _, st := range streams {
			msgs = append(msgs, st.Messages...)
		}
	}
	out := make([]email.Raw, 0, len(msgs))
	for _, m := range msgs {
		d, _ := m.Values["d"].(string)
		ms, _ := strconv.ParseInt(fmt.Sprint(m.Values["t"]), 10, 64)
		out = append(out, email.Raw{ID: m.ID, Data: []byte(d), Received: time.UnixMilli(ms)})
	}
	return out, nil
}

// groupLost notes that the stream or its group went away (a flushed Redis),
// so the next call makes them again.
func (s *Email) groupLost(err error) {
	if strings.Contains(err.Error(), "NOGROUP") {
		s.group.Store(false)
	}
}

// AckInbound implements email.Inbox.
func (s *Email) AckInbound(ctx context.Context, id string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.XAck(ctx, emailInboxKey, emailInboxGroup, id)
		p.XDel(ctx, emailInboxKey, id)
		return nil
	})
	if err != nil {
		return emailUnavailable("ack inbound mail", err)
	}
	return nil
}

var emailQueueScript = redis.NewScript(`
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
return 1
`)

// QueueOutgoing implements email.Outbox.
func (s *Email) QueueOutgoing(ctx context.Context, m email.Outgoing) (bool, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return false, fmt.Errorf("queue mail: %w", err)
	}
	n, err := emailQueueScript.Run(ctx, s.rdb,
		[]string{emailSeenPrefix + m.ID, emailMailPrefix + m.ID, emailDueKey},
		b, int64(s.retention/time.Second), time.Now().UnixMilli(), m.ID).Int()
	if err != nil {
		return false, emailUnavailable("queue mail", err)
	}
	return n == 1, nil
}

// emailDueScript leases the due mails by moving their time to the end of the
// lease, and forgets ids whose mail expired.
var emailDueScript = redis.NewScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
local out = {}
for _, id in ipairs(ids) do
  local m = redis.call('GET', ARGV[4] .. id)
  if m then
    redis.call('ZADD', KEYS[1], ARGV[3], id)
    table.insert(out, m)
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return out
`)

// DueOutgoing implements email.Outbox.
func (s *Email) DueOutgoing(ctx context.Context, now time.Time, n int, lease time.Duration) ([]email.Outgoing, error) {
	res, err := emailDueScript.Run(ctx, s.rdb, []string{emailDueKey},
		now.UnixMilli(), n, now.Add(lease).UnixMilli(), emailMailPrefix).StringSlice()
	if err != nil {
		return nil, emailUnavailable("take due mail", err)
	}
	out := make([]email.Outgoing, 0, len(res))
	for _, r := range res {
		var m email.Outgoing
		if err := json.Unmarshal([]byte(r), &m); err != nil {
			return nil, fmt.Errorf("take due mail: %w", err)
		}
		out = append(out, m)
	}
	return out, nil
}

// RetryOutgoing implements email.Outbox.
func (s *Email) RetryOutgoing(ctx context.Context, m email.Outgoing, at time.Time) error {
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("retry mail: %w", err)
	}
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SetArgs(ctx, emailMailPrefix+m.ID, b, redis.SetArgs{Mode: "XX", KeepTTL: true})
		p.ZAddXX(ctx, emailDueKey, redis.Z{Score: float64(at.UnixMilli()), Member: m.ID})
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return emailUnavailable("retry mail", err)
	}
	return nil
}

// DoneOutgoing implements email.Outbox.
func (s *Email) DoneOutgoing(ctx context.Context, id string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, emailMailPrefix+id)
		p.ZRem(ctx, emailDueKey, id)
		return nil
	})
	if err != nil {
		return emailUnavailable("remove sent mail", err)
	}
	return nil
}

// LoadThread implements email.Threads.
func (s *Email) LoadThread(ctx context.Context, conv string) (email.Thread, bool, error) {
	b, err := s.rdb.Get(ctx, emailThreadKey(conv)).Bytes()
	if errors.Is(err, redis.Nil) {
		return email.Thread{}, false, nil
	}
	if err != nil {
		return email.Thread{}, false, emailUnavailable("load mail thread", err)
	}
	var t email.Thread
	if err := json.Unmarshal(b, &t); err != nil {
		return email.Thread{}, false, fmt.Errorf("load mail thread: %w", err)
	}
	return t, true, nil
}

// SaveThread implements email.Threads.
func (s *Email) SaveThread(ctx context.Context, t email.Thread) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("save mail thread: %w", err)
	}
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, emailThreadKey(t.Conversation), b, s.retention)
		if t.Token != "" {
			p.Set(ctx, emailTokenKey(t.Token), t.Conversation, s.retention)
		}
		return nil
	})
	if err != nil {
		return emailUnavailable("save mail thread", err)
	}
	return nil
}

// LinkMessage implements email.Threads.
func (s *Email) LinkMessage(ctx context.Context, messageID, conv string) error {
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, emailMsgKey(messageID), conv, s.retention)
		p.SAdd(ctx, emailMsgsKey(conv), emailDigest(messageID))
		p.Expire(ctx, emailMsgsKey(conv), s.retention)
		return nil
	})
	if err != nil {
		return emailUnavailable("link message", err)
	}
	return nil
}

// FindConversation implements email.Threads. Of the Message-IDs, the last
// (the most recent in a References list) that is known wins.
func (s *Email) FindConversation(ctx context.Context, token string, messageIDs []string) (string, error) {
	if token != "" {
		conv, err := s.rdb.Get(ctx, emailTokenKey(token)).Result()
		if err == nil && conv != "" {
			return conv, nil
		}
		if err != nil && !errors.Is(err, redis.Nil) {
			return "", emailUnavailable("find conversation", err)
		}
	}
	if len(messageIDs) == 0 {
		return "", nil
	}
	keys := make([]string, len(messageIDs))
	for i, id := range messageIDs {
		keys[i] = emailMsgKey(id)
	}
	vals, err := s.rdb.MGet(ctx, keys...).Result()
	if err != nil {
		return "", emailUnavailable("find conversation", err)
	}
	for i := len(vals) - 1; i >= 0; i-- {
		if conv, ok := vals[i].(string); ok && conv != "" {
			return conv, nil
		}
	}
	return "", nil
}

// ClaimNonce implements email.Nonces.
func (s *Email) ClaimNonce(ctx context.Context, nonce string, ttl time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, emailNonceKey(nonce), 1, ttl).Result()
	if err != nil {
		return false, emailUnavailable("claim nonce", err)
	}
	return ok, nil
}

// ReleaseNonce implements email.Nonces.
func (s *Email) ReleaseNonce(ctx context.Context, nonce string) error {
	if err := s.rdb.Del(ctx, emailNonceKey(nonce)).Err(); err != nil {
		return emailUnavailable("release nonce", err)
	}
	return nil
}
