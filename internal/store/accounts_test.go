package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"helpbot/internal/console"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
)

func TestAccounts(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewAccounts(rdb, "")

	if _, err := s.Account(ctx, "alice"); !errors.Is(err, console.ErrNoAccount) {
		t.Errorf("missing account: %v, want ErrNoAccount", err)
	}
	a := console.Account{Name: "alice", Role: console.RoleCaseworker, Languages: []string{"en", "th"}, Hash: "h1", Created: time.Now().UTC().Truncate(time.Second)}
	if err := s.Add(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Add(ctx, a); !errors.Is(err, console.ErrAccountExists) {
		t.Errorf("second add: %v, want ErrAccountExists", err)
	}
	s.Add(ctx, console.Account{Name: "bob", Role: console.RoleSupervisor})
	got, err := s.Account(ctx, "alice")
	if err != nil || got.Hash != "h1" || got.Languages[1] != "th" || !got.Created.Equal(a.Created) {
		t.Errorf("account = %+v, %v", got, err)
	}
	if err := s.SetDisabled(ctx, "alice", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPassword(ctx, "alice", "h2"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDisabled(ctx, "nobody", true); !errors.Is(err, console.ErrNoAccount) {
		t.Errorf("disable missing: %v, want ErrNoAccount", err)
	}
	list, err := s.List(ctx)
	if err != nil || len(list) != 2 || list[0].Name != "alice" || !list[0].Disabled || list[0].Hash != "h2" || list[1].Name != "bob" {
		t.Errorf("list = %+v, %v", list, err)
	}
}

func TestSessions(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewAccounts(rdb, "")

	if err := s.CreateSession(ctx, console.Session{Token: "tok-1", Name: "alice", CSRF: "c1"}, time.Second); err != nil {
		t.Fatal(err)
	}
	got, err := s.Session(ctx, "tok-1")
	if err != nil || got.Name != "alice" || got.CSRF != "c1" || got.Token != "tok-1" {
		t.Errorf("session = %+v, %v", got, err)
	}
	// Only a digest of the token is stored.
	keys, _ := rdb.Keys(ctx, "*").Result()
	for _, k := range keys {
		if strings.Contains(k, "tok-1") {
			t.Errorf("key %q holds the token", k)
		}
	}
	if _, err := s.Session(ctx, "tok-2"); !errors.Is(err, console.ErrNoSession) {
		t.Errorf("unknown token: %v", err)
	}
	time.Sleep(1100 * time.Millisecond)
	if _, err := s.Session(ctx, "tok-1"); !errors.Is(err, console.ErrNoSession) {
		t.Errorf("expired session: %v, want ErrNoSession", err)
	}
	s.CreateSession(ctx, console.Session{Token: "tok-3", Name: "bob"}, time.Hour)
	if err := s.DeleteSession(ctx, "tok-3"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, "tok-3"); !errors.Is(err, console.ErrNoSession) {
		t.Errorf("deleted session: %v", err)
	}
}

func TestLoginFailures(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewAccounts(rdb, "")
	for i := 1; i <= 3; i++ {
		n, err := s.AddFailure(ctx, "name:alice", 800*time.Millisecond)
		if err != nil || n != i {
			t.Fatalf("failure %d: %d, %v", i, n, err)
		}
	}
	n, reset, err := s.Failures(ctx, "name:alice")
	if err != nil || n != 3 || reset <= 0 || reset > 800*time.Millisecond {
		t.Errorf("failures = %d, reset %v, %v", n, reset, err)
	}
	if n, _, _ := s.Failures(ctx, "name:bob"); n != 0 {
		t.Errorf("bob has %d failures", n)
	}
	time.Sleep(900 * time.Millisecond)
	if n, _, _ := s.Failures(ctx, "name:alice"); n != 0 {
		t.Errorf("after the window: %d failures", n)
	}
	s.AddFailure(ctx, "ip:10.0.0.1", time.Hour)
	s.ClearFailures(ctx, "ip:10.0.0.1")
	if n, _, _ := s.Failures(ctx, "ip:10.0.0.1"); n != 0 {
		t.Errorf("after clear: %d", n)
	}
}

func TestAuditEntriesSitInTheQueueStream(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewAccounts(rdb, "")
	q, err := queue.New(rdb, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Record(ctx, "case1", "viewed", "alice", map[string]string{"to": "bob"}); err != nil {
		t.Fatal(err)
	}
	list, err := q.Audit(ctx, "", 0)
	if err != nil || len(list) != 1 {
		t.Fatalf("audit = %v, %v", list, err)
	}
	e := list[0]
	if e.Case != "case1" || e.Action != "viewed" || e.Actor != "alice" || e.Extra["to"] != "bob" || time.Since(e.At) > time.Minute {
		t.Errorf("entry = %+v", e)
	}
}
