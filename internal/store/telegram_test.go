package store_test

import (
	"context"
	"testing"
	"time"

	"helpbot/internal/channels/telegram"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
)

var _ telegram.UpdateStore = (*store.TelegramUpdates)(nil)

func newTelegramUpdates(t *testing.T) *store.TelegramUpdates {
	t.Helper()
	return store.NewTelegramUpdates(redistest.Start(t).Client(), time.Hour)
}

func mustPut(t *testing.T, s *store.TelegramUpdates, id int64, chat string) {
	t.Helper()
	dup, err := s.Put(context.Background(), id, chat, []byte(`{"update_id":1}`))
	if err != nil || dup {
		t.Fatalf("put %d: dup %v err %v", id, dup, err)
	}
}

func TestTelegramUpdatesDedupeAndOrder(t *testing.T) {
	t.Parallel()
	s := newTelegramUpdates(t)
	ctx := context.Background()
	for _, id := range []int64{5, 3, 9} {
		mustPut(t, s, id, "tA")
	}
	if dup, err := s.Put(ctx, 3, "tA", []byte("again")); err != nil || !dup {
		t.Fatalf("second put of 3: dup %v err %v", dup, err)
	}
	chat, err := s.Claim(ctx, "w1", time.Minute)
	if err != nil || chat != "tA" {
		t.Fatalf("claim: %q %v", chat, err)
	}
	var got []int64
	for {
		id, raw, tries, ok, err := s.Next(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		if string(raw) != `{"update_id":1}` || tries != 1 {
			t.Errorf("update %d: raw %q tries %d", id, raw, tries)
		}
		got = append(got, id)
		if held, err := s.Done(ctx, chat, "w1", id, time.Minute); err != nil || !held {
			t.Fatalf("done %d: %v %v", id, held, err)
		}
	}
	if len(got) != 3 || got[0] != 5 || got[1] != 3 || got[2] != 9 {
		t.Errorf("order %v, want arrival order 5 3 9", got)
	}
	if err := s.Release(ctx, chat, "w1", 0); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Backlog(ctx); n != 0 {
		t.Errorf("backlog %d after all done", n)
	}
	if chat, _ := s.Claim(ctx, "w1", time.Minute); chat != "" {
		t.Errorf("claimed %q with nothing pending", chat)
	}
}

func TestTelegramUpdatesClaimIsExclusive(t *testing.T) {
	t.Parallel()
	s := newTelegramUpdates(t)
	ctx := context.Background()
	mustPut(t, s, 1, "tA")
	mustPut(t, s, 2, "tB")
	a, _ := s.Claim(ctx, "w1", time.Minute)
	b, _ := s.Claim(ctx, "w2", time.Minute)
	c, _ := s.Claim(ctx, "w3", time.Minute)
	if a == "" || b == "" || a == b || c != "" {
		t.Fatalf("claims %q %q %q: want two different chats, then none", a, b, c)
	}
	// An update arriving for a held chat waits for its holder.
	mustPut(t, s, 3, a)
	if c, _ := s.Claim(ctx, "w3", time.Minute); c != "" {
		t.Errorf("claimed held chat %q", c)
	}
	// Someone else cannot finish or release it.
	if held, _ := s.Done(ctx, a, "w3", 1, time.Minute); held {
		t.Error("done by a non-holder")
	}
	if err := s.Release(ctx, a, "w3", 0); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Claim(ctx, "w3", time.Minute); c != "" {
		t.Errorf("released by a non-holder: claimed %q", c)
	}
	// The holder releases with updates left: the chat is ready again.
	if err := s.Release(ctx, a, "w1", 0); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Claim(ctx, "w3", time.Minute); c != a {
		t.Errorf("after release claimed %q, want %q", c, a)
	}
}

func TestTelegramUpdatesLeaseExpires(t *testing.T) {
	t.Parallel()
	s := newTelegramUpdates(t)
	ctx := context.Background()
	mustPut(t, s, 1, "tA")
	if c, _ := s.Claim(ctx, "dead", 200*time.Millisecond); c != "tA" {
		t.Fatalf("claim %q", c)
	}
	s.Next(ctx, "tA") // handed out, then the holder dies
	time.Sleep(300 * time.Millisecond)
	if c, _ := s.Claim(ctx, "w2", time.Minute); c != "tA" {
		t.Fatalf("after the lease claimed %q", c)
	}
	id, _, tries, ok, _ := s.Next(ctx, "tA")
	if !ok || id != 1 || tries != 2 {
		t.Errorf("next: id %d tries %d ok %v, want 1, 2, true", id, tries, ok)
	}
	if held, _ := s.Extend(ctx, "tA", "dead", time.Minute); held {
		t.Error("the dead holder extended a claim it lost")
	}
	if held, _ := s.Done(ctx, "tA", "dead", 1, time.Minute); held {
		t.Error("the dead holder finished an update it lost")
	}
	if held, err := s.Done(ctx, "tA", "w2", 1, time.Minute); err != nil || !held {
		t.Errorf("done by the new holder: %v %v", held, err)
	}
}

func TestTelegramUpdatesSentAndChat(t *testing.T) {
	t.Parallel()
	s := newTelegramUpdates(t)
	ctx := context.Background()
	mustPut(t, s, 7, "tA")
	if n, err := s.Sent(ctx, 7); err != nil || n != 0 {
		t.Fatalf("sent %d %v", n, err)
	}
	if err := s.MarkSent(ctx, 7, 2); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Sent(ctx, 7); n != 2 {
		t.Errorf("sent %d, want 2", n)
	}
	s.Claim(ctx, "w", time.Minute)
	s.Done(ctx, "tA", "w", 7, time.Minute)
	if n, _ := s.Sent(ctx, 7); n != 0 {
		t.Errorf("sent mark %d kept after done", n)
	}

	if _, ok, err := s.Chat(ctx, "tA"); err != nil || ok {
		t.Fatalf("unknown chat: ok %v err %v", ok, err)
	}
	if err := s.SetChat(ctx, "tA", -1001234567890); err != nil {
		t.Fatal(err)
	}
	if id, ok, err := s.Chat(ctx, "tA"); err != nil || !ok || id != -1001234567890 {
		t.Errorf("chat %d %v %v", id, ok, err)
	}
}
