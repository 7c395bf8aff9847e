package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/console"
)

// Accounts keeps caseworker accounts, console sessions and failed login
// counts in Redis. It implements console.Accounts, console.Sessions and
// console.Audit.
type Accounts struct {
	rdb      redis.UniversalClient
	auditKey string
}

var (
	_ console.Accounts = (*Accounts)(nil)
	_ console.Sessions = (*Accounts)(nil)
	_ console.Audit    = (*Accounts)(nil)
)

// DefaultAuditKey is the case queue's audit stream (queue.Options.Prefix
// "helpbot:{q}:" + "audit"), so console entries sit beside the queue's.
const DefaultAuditKey = "helpbot:{q}:audit"

// NewAccounts stores accounts in rdb and writes audit entries to the
// stream auditKey (DefaultAuditKey when empty).
func NewAccounts(rdb redis.UniversalClient, auditKey string) *Accounts {
	if auditKey == "" {
		auditKey = DefaultAuditKey
	}
	return &Accounts{rdb: rdb, auditKey: auditKey}
}

const (
	accountsKey = "helpbot:console:accounts" // hash: name → account JSON
	sessionPre  = "helpbot:console:session:" // + sha256(token): session JSON
	failurePre  = "helpbot:console:fail:"    // + key: failed login count
)

// Add implements console.Accounts.
func (s *Accounts) Add(ctx context.Context, a console.Account) error {
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("add account: %w", err)
	}
	ok, err := s.rdb.HSetNX(ctx, accountsKey, a.Name, b).Result()
	if err != nil {
		return fmt.Errorf("add account: %w", err)
	}
	if !ok {
		return console.ErrAccountExists
	}
	return nil
}

// Account implements console.Accounts.
func (s *Accounts) Account(ctx context.Context, name string) (console.Account, error) {
	b, err := s.rdb.HGet(ctx, accountsKey, name).Bytes()
	if errors.Is(err, redis.Nil) {
		return console.Account{}, console.ErrNoAccount
	}
	if err != nil {
		return console.Account{}, fmt.Errorf("read account: %w", err)
	}
	var a console.Account
	if err := json.Unmarshal(b, &a); err != nil {
		return console.Account{}, fmt.Errorf("read account: %w", err)
	}
	return a, nil
}

// List implements console.Accounts.
func (s *Accounts) List(ctx context.Context) ([]console.Account, error) {
	m, err := s.rdb.HGetAll(ctx, accountsKey).Result()
	if err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	out := make([]console.Account, 0, len(m))
	for _, v := range m {
		var a console.Account
		if err := json.Unmarshal([]byte(v), &a); err != nil {
			return nil, fmt.Errorf("list accounts: %w", err)
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// update changes one account atomically (optimistic transaction).
func (s *Accounts) update(ctx context.Context, name string, fn func(*console.Account)) error {
	for range 10 {
		err := s.rdb.Watch(ctx, func(tx *redis.Tx) error {
			b, err := tx.HGet(ctx, accountsKey, name).Bytes()
			if errors.Is(err, redis.Nil) {
				return console.ErrNoAccount
			}
			if err != nil {
				return err
			}
			var a console.Account
			if err := json.Unmarshal(b, &a); err != nil {
				return err
			}
			fn(&a)
			nb, err := json.Marshal(a)
			if err != nil {
				return err
			}
			_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
				p.HSet(ctx, accountsKey, name, nb)
				return nil
			})
			return err
		}, accountsKey)
		if errors.Is(err, redis.TxFailedErr) {
			continue
		}
		if err != nil && !errors.Is(err, console.ErrNoAccount) {
			return fmt.Errorf("update account: %w", err)
		}
		return err
	}
	return errors.New("update account: too much contention")
}

// SetDisabled implements console.Accounts. The console refuses the
// sessions of a disabled account at their next request.
func (s *Accounts) SetDisabled(ctx context.Context, name string, disabled bool) error {
	return s.update(ctx, name, func(a *console.Account) { a.Disabled = disabled })
}

// SetPassword implements console.Accounts.
func (s *Accounts) SetPassword(ctx context.Context, name, hash string) error {
	return s.update(ctx, name, func(a *console.Account) { a.Hash = hash })
}

// sessionKey stores a digest of the token, so the store holds no usable
// session cookie.
func sessionKey(token string) string {
	sum := sha256.Sum256([]byte(token))
	return sessionPre + hex.EncodeToString(sum[:])
}

// CreateSession implements console.Sessions.
func (s *Accounts) CreateSession(ctx context.Context, ss console.Session, ttl time.Duration) error {
	b, err := json.Marshal(ss)
	if err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	if err := s.rdb.Set(ctx, sessionKey(ss.Token), b, ttl).Err(); err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return nil
}

// Session implements console.Sessions.
func (s *Accounts) Session(ctx context.Context, token string) (console.Session, error) {
	b, err := s.rdb.Get(ctx, sessionKey(token)).Bytes()
	if errors.Is(err, redis.Nil) {
		return console.Session{}, console.ErrNoSession
	}
	if err != nil {
		return console.Session{}, fmt.Errorf("read session: %w", err)
	}
	var ss console.Session
	if err := json.Unmarshal(b, &ss); err != nil {
		return console.Session{}, fmt.Errorf("read session: %w", err)
	}
	ss.Token = token
	return ss, nil
}

// DeleteSession implements console.Sessions.
func (s *Accounts) DeleteSession(ctx context.Context, token string) error {
	if err := s.rdb.Del(ctx, sessionKey(token)).Err(); err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

var failScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`)

// AddFailure implements console.Sessions.
func (s *Accounts) AddFailure(ctx context.Context, key string, window time.Duration) (int, error) {
	n, err := failScript.Run(ctx, s.rdb, []string{failurePre + key}, window.Milliseconds()).Int()
	if err != nil {
		return 0, fmt.Errorf("count failed login: %w", err)
	}
	return n, nil
}

// Failures implements console.Sessions.
func (s *Accounts) Failures(ctx context.Context, key string) (int, time.Duration, error) {
	p := s.rdb.Pipeline()
	g := p.Get(ctx, failurePre+key)
	t := p.PTTL(ctx, failurePre+key)
	if _, err := p.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return 0, 0, fmt.Errorf("read failed logins: %w", err)
	}
	n, _ := strconv.Atoi(g.Val())
	reset := t.Val()
	if reset < 0 {
		reset = 0
	}
	return n, reset, nil
}

// ClearFailures implements console.Sessions.
func (s *Accounts) ClearFailures(ctx context.Context, key string) error {
	if err := s.rdb.Del(ctx, failurePre+key).Err(); err != nil {
		return fmt.Errorf("clear failed logins: %w", err)
	}
	return nil
}

// Record implements console.Audit: an entry in the same form as the case
// queue's (case, action, actor, at in Unix milliseconds, then extras), so
// queue.Audit reads both.
func (s *Accounts) Record(ctx context.Context, caseID, action, actor string, extra map[string]string) error {
	vals := []any{"case", caseID, "action", action, "actor", actor, "at", strconv.FormatInt(time.Now().UnixMilli(), 10)}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vals = append(vals, k, extra[k])
	}
	if err := s.rdb.XAdd(ctx, &redis.XAddArgs{Stream: s.auditKey, Values: vals}).Err(); err != nil {
		return fmt.Errorf("record audit entry: %w", err)
	}
	return nil
}
