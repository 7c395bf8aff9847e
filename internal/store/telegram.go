package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// TelegramUpdates is the Redis implementation of telegram.UpdateStore: the
// durable inbox of Telegram updates, deduplicated by update_id, kept in one
// ordered pending list per chat, worked by one holder of a leased claim per
// chat at a time, plus the conversation → chat id map that lets any process
// deliver a caseworker's reply.
//
// The queue keys share the {tgq} hash tag so its Lua scripts run on Redis
// Cluster; the chat ids are keyed per conversation.
type TelegramUpdates struct {
	rdb       redis.UniversalClient
	seenTTL   time.Duration
	retention time.Duration
}

// DefaultTelegramSeen is how long an update_id is remembered for
// deduplication. Telegram stops redelivering an update after 24 hours.
const DefaultTelegramSeen = 48 * time.Hour

// NewTelegramUpdates keeps Telegram updates in rdb. Chat ids expire
// retention after the last message (DefaultRetention when zero).
func NewTelegramUpdates(rdb redis.UniversalClient, retention time.Duration) *TelegramUpdates {
	if retention <= 0 {
		retention = DefaultRetention
	}
	return &TelegramUpdates{rdb: rdb, seenTTL: DefaultTelegramSeen, retention: retention}
}

const tgq = "helpbot:telegram:{tgq}:"

func tgSeenKey(id int64) string       { return tgq + "seen:" + strconv.FormatInt(id, 10) }
func tgSentKey(id int64) string       { return tgq + "sent:" + strconv.FormatInt(id, 10) }
func tgPendingKey(chat string) string { return tgq + "chat:" + chat }

var (
	tgRawKey   = tgq + "raw"   // hash update id → raw update
	tgTriesKey = tgq + "tries" // hash update id → attempts so far
	tgReadyKey = tgq + "ready" // zset chat → ms when it may be claimed
	tgOwnerKey = tgq + "owner" // hash chat → owner of the claim
)

func tgChatIDKey(conversation string) string { return "helpbot:telegram:{" + conversation + "}:chat" }

// tgPutScript stores an update unless its id was seen: KEYS seen, raw,
// pending, ready; ARGV id, raw, chat, seen ttl seconds. A chat that is
// already ready or claimed keeps its score: its holder sees the new update
// before it releases the chat.
var tgPutScript = redis.NewScript(`
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[4]) then return 1 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('RPUSH', KEYS[3], ARGV[1])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZADD', KEYS[4], 'NX', now, ARGV[3])
return 0
`)

// tgClaimScript claims the chat that has waited longest: KEYS ready, owner;
// ARGV owner, lease ms. The claim is a score in the future: if the holder
// dies, the chat becomes ready again when the lease ends.
var tgClaimScript = redis.NewScript(`
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local c = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1)
if #c == 0 then return false end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), c[1])
redis.call('HSET', KEYS[2], c[1], ARGV[1])
return c[1]
`)

// tgExtendScript renews a claim held by ARGV owner: KEYS ready, owner;
// ARGV chat, owner, lease ms. It returns 0 when the claim was lost.
var tgExtendScript = redis.NewScript(`
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
return 1
`)

// tgDoneScript removes the head update of a chat: KEYS ready, owner,
// pending, raw, tries, sent; ARGV chat, owner, id, lease ms. It returns 0
// when the claim was lost (the update stays for the new holder).
var tgDoneScript = redis.NewScript(`
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
if redis.call('LINDEX', KEYS[3], 0) == ARGV[3] then redis.call('LPOP', KEYS[3]) end
redis.call('HDEL', KEYS[4], ARGV[3])
redis.call('HDEL', KEYS[5], ARGV[3])
redis.call('DEL', KEYS[6])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
return 1
`)

// tgReleaseScript gives a chat back: KEYS ready, owner, pending; ARGV chat,
// owner, delay ms. A chat with nothing pending leaves the ready set; one
// with updates left becomes ready after delay.
var tgReleaseScript = redis.NewScript(`
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('LLEN', KEYS[3]) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[1])
else
  local t = redis.call('TIME')
  local now = t[1] * 1000 + math.floor(t[2] / 1000)
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
end
return 1
`)

// Put implements telegram.UpdateStore.
func (s *TelegramUpdates) Put(ctx context.Context, id int64, chat string, raw []byte) (bool, error) {
	n, err := tgPutScript.Run(ctx, s.rdb,
		[]string{tgSeenKey(id), tgRawKey, tgPendingKey(chat), tgReadyKey},
		id, raw, chat, int64(s.seenTTL/time.Second)).Int()
	if err != nil {
		return false, fmt.Errorf("store telegram update: %w", err)
	}
	return n == 1, nil
}

// Claim implements telegram.UpdateStore.
func (s *TelegramUpdates) Claim(ctx context.Context, owner string, lease time.Duration) (string, error) {
	chat, err := tgClaimScript.Run(ctx, s.rdb, []string{tgReadyKey, tgOwnerKey}, owner, lease.Milliseconds()).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("claim telegram chat: %w", err)
	}
	return chat, nil
}

// Next implements telegram.UpdateStore.
func (s *TelegramUpdates) Next(ctx context.Context, chat string) (int64, []byte, int, bool, error) {
	head, err := s.rdb.LIndex(ctx, tgPendingKey(chat), 0).Result()
	if errors.Is(err, redis.Nil) {
		return 0, nil, 0, false, nil
	}
	if err != nil {
		return 0, nil, 0, false, fmt.Errorf("next telegram update: %w", err)
	}
	id, err := strconv.ParseInt(head, 10, 64)
	if err != nil {
		return 0, nil, 0, false, fmt.Errorf("next telegram update: bad id %q", head)
	}
	var raw *redis.StringCmd
	var tries *redis.IntCmd
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		raw = p.HGet(ctx, tgRawKey, head)
		tries = p.HIncrBy(ctx, tgTriesKey, head, 1)
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return 0, nil, 0, false, fmt.Errorf("next telegram update: %w", err)
	}
	b, err := raw.Bytes()
	if errors.Is(err, redis.Nil) {
		b = nil // the body is gone; the caller drops the update
	} else if err != nil {
		return 0, nil, 0, false, fmt.Errorf("next telegram update: %w", err)
	}
	return id, b, int(tries.Val()), true, nil
}

// Extend implements telegram.UpdateStore.
func (s *TelegramUpdates) Extend(ctx context.Context, chat, owner string, lease time.Duration) (bool, error) {
	n, err := tgExtendScript.Run(ctx, s.rdb, []string{tgReadyKey, tgOwnerKey}, chat, owner, lease.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("extend telegram claim: %w", err)
	}
	return n == 1, nil
}

// Done implements telegram.UpdateStore.
func (s *TelegramUpdates) Done(ctx context.Context, chat, owner string, id int64, lease time.Duration) (bool, error) {
	n, err := tgDoneScript.Run(ctx, s.rdb,
		[]string{tgReadyKey, tgOwnerKey, tgPendingKey(chat), tgRawKey, tgTriesKey, tgSentKey(id)},
		chat, owner, strconv.FormatInt(id, 10), lease.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("finish telegram update: %w", err)
	}
	return n == 1, nil
}

// Release implements telegram.UpdateStore.
func (s *TelegramUpdates) Release(ctx context.Context, chat, owner string, delay time.Duration) error {
	if err := tgReleaseScript.Run(ctx, s.rdb, []string{tgReadyKey, tgOwnerKey, tgPendingKey(chat)},
		chat, owner, delay.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("release telegram chat: %w", err)
	}
	return nil
}

// Sent implements telegram.UpdateStore.
func (s *TelegramUpdates) Sent(ctx context.Context, id int64) (int, error) {
	n, err := s.rdb.Get(ctx, tgSentKey(id)).Int()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read telegram sent mark: %w", err)
	}
	return n, nil
}

// MarkSent implements telegram.UpdateStore.
func (s *TelegramUpdates) MarkSent(ctx context.Context, id int64, n int) error {
	if err := s.rdb.Set(ctx, tgSentKey(id), n, s.seenTTL).Err(); err != nil {
		return fmt.Errorf("mark telegram reply sent: %w", err)
	}
	return nil
}

// SetChat implements telegram.UpdateStore.
func (s *TelegramUpdates) SetChat(ctx context.Context, conversation string, chatID int64) error {
	if err := s.rdb.Set(ctx, tgChatIDKey(conversation), chatID, s.retention).Err(); err != nil {
		return fmt.Errorf("store telegram chat: %w", err)
	}
	return nil
}

// Chat implements telegram.UpdateStore.
func (s *TelegramUpdates) Chat(ctx context.Context, conversation string) (int64, bool, error) {
	id, err := s.rdb.Get(ctx, tgChatIDKey(conversation)).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("load telegram chat: %w", err)
	}
	return id, true, nil
}

// Backlog is the number of chats with updates waiting or being worked, for
// metrics and tests.
func (s *TelegramUpdates) Backlog(ctx context.Context) (int64, error) {
	n, err := s.rdb.ZCard(ctx, tgReadyKey).Result()
	if err != nil {
		return 0, fmt.Errorf("telegram backlog: %w", err)
	}
	return n, nil
}
