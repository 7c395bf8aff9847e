package store_test

import (
	"context"
	"testing"
	"time"

	"helpbot/internal/channels/email"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
)

func TestEmailInbox(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := store.NewEmail(redistest.Start(t).Client(), time.Hour)
	now := time.UnixMilli(time.Now().UnixMilli())

	got, err := s.ClaimInbound(ctx, "a", 10, time.Minute, 10*time.Millisecond)
	if err != nil || len(got) != 0 {
		t.Fatalf("empty inbox: %v, %v", got, err)
	}
	id1, err := s.AddInbound(ctx, []byte("mail one"), now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddInbound(ctx, []byte("mail two"), now); err != nil {
		t.Fatal(err)
	}
	got, err = s.ClaimInbound(ctx, "a", 1, time.Minute, 10*time.Millisecond)
	if err != nil || len(got) != 1 || got[0].ID != id1 || string(got[0].Data) != "mail one" || !got[0].Received.Equal(now) {
		t.Fatalf("claim: %+v, %v", got, err)
	}
	// Consumer a dies holding mail one; b takes mail two, then, once mail
	// one has been idle long enough, mail one.
	got, _ = s.ClaimInbound(ctx, "b", 10, time.Hour, 10*time.Millisecond)
	if len(got) != 1 || string(got[0].Data) != "mail two" {
		t.Fatalf("b claims %+v", got)
	}
	if err := s.AckInbound(ctx, got[0].ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.ClaimInbound(ctx, "b", 10, time.Hour, 10*time.Millisecond)
	if len(got) != 0 {
		t.Fatalf("mail one retaken before it was idle: %+v", got)
	}
	time.Sleep(30 * time.Millisecond)
	got, _ = s.ClaimInbound(ctx, "b", 10, 20*time.Millisecond, 10*time.Millisecond)
	if len(got) != 1 || got[0].ID != id1 {
		t.Fatalf("idle mail not retaken: %+v", got)
	}
	s.AckInbound(ctx, id1)
	got, _ = s.ClaimInbound(ctx, "c", 10, 0, 10*time.Millisecond)
	if len(got) != 0 {
		t.Fatalf("acknowledged mail came back: %+v", got)
	}
}

func TestEmailOutbox(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewEmail(rdb, time.Hour)
	m := email.Outgoing{ID: "b1", Conversation: "e1", To: "p@mail.example", Text: "hi", Queued: time.Now()}

	if ok, err := s.QueueOutgoing(ctx, m); !ok || err != nil {
		t.Fatalf("queue: %v, %v", ok, err)
	}
	if ok, _ := s.QueueOutgoing(ctx, m); ok {
		t.Fatal("the same mail was queued twice")
	}
	now := time.Now()
	due, err := s.DueOutgoing(ctx, now, 10, time.Minute)
	if err != nil || len(due) != 1 || due[0].To != "p@mail.example" {
		t.Fatalf("due: %+v, %v", due, err)
	}
	if due, _ := s.DueOutgoing(ctx, now, 10, time.Minute); len(due) != 0 {
		t.Fatalf("leased mail handed out again: %+v", due)
	}
	if due, _ := s.DueOutgoing(ctx, now.Add(2*time.Minute), 10, time.Minute); len(due) != 1 {
		t.Fatal("mail not handed out again after its lease ran out")
	}
	m.Attempts = 3
	if err := s.RetryOutgoing(ctx, m, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueOutgoing(ctx, now.Add(30*time.Minute), 10, time.Minute); len(due) != 0 {
		t.Fatal("mail due before its retry time")
	}
	due, _ = s.DueOutgoing(ctx, now.Add(2*time.Hour), 10, time.Minute)
	if len(due) != 1 || due[0].Attempts != 3 {
		t.Fatalf("retried mail: %+v", due)
	}
	if ttl := rdb.TTL(ctx, "helpbot:email:{email-outbox}:mail:b1").Val(); ttl <= 0 || ttl > time.Hour {
		t.Errorf("queued mail TTL %v, want the retention", ttl)
	}
	if err := s.DoneOutgoing(ctx, "b1"); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueOutgoing(ctx, now.Add(3*time.Hour), 10, time.Minute); len(due) != 0 {
		t.Fatalf("sent mail still due: %+v", due)
	}
	if ok, _ := s.QueueOutgoing(ctx, m); ok {
		t.Fatal("a sent mail was queued again")
	}
}

func TestEmailThreads(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := redistest.Start(t).Client()
	s := store.NewEmail(rdb, time.Hour)
	if _, ok, err := s.LoadThread(ctx, "e1"); ok || err != nil {
		t.Fatalf("load missing thread: %v, %v", ok, err)
	}
	th := email.Thread{Conversation: "e1", Token: "abcdefghijklmnop", Address: "p@mail.example", Subject: "help",
		LastMessageID: "m2@x", References: []string{"m1@x", "m2@x"}}
	if err := s.SaveThread(ctx, th); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.LoadThread(ctx, "e1")
	if err != nil || !ok || got.Address != th.Address || got.Subject != "help" || len(got.References) != 2 {
		t.Fatalf("load: %+v, %v, %v", got, ok, err)
	}
	if ttl := rdb.TTL(ctx, "helpbot:conv:{e1}:email").Val(); ttl <= 0 {
		t.Errorf("thread TTL %v: personal data must expire", ttl)
	}
	s.LinkMessage(ctx, "m1@x", "e1")
	s.LinkMessage(ctx, "other@x", "e9")
	for _, tt := range []struct {
		token string
		ids   []string
		want  string
	}{
		{"abcdefghijklmnop", nil, "e1"},
		{"", []string{"unknown@x", "m1@x"}, "e1"},
		{"", []string{"m1@x", "other@x"}, "e9"}, // the most recent known wins
		{"zzzzzzzzzzzzzzzz", []string{"unknown@x"}, ""},
		{"", nil, ""},
	} {
		if conv, err := s.FindConversation(ctx, tt.token, tt.ids); conv != tt.want || err != nil {
			t.Errorf("FindConversation(%q, %v) = %q, %v; want %q", tt.token, tt.ids, conv, err, tt.want)
		}
	}
}

func TestEmailNonces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := store.NewEmail(redistest.Start(t).Client(), time.Hour)
	if ok, err := s.ClaimNonce(ctx, "mailgun:t1", time.Minute); !ok || err != nil {
		t.Fatalf("first claim: %v, %v", ok, err)
	}
	if ok, _ := s.ClaimNonce(ctx, "mailgun:t1", time.Minute); ok {
		t.Fatal("nonce claimed twice")
	}
	if err := s.ReleaseNonce(ctx, "mailgun:t1"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.ClaimNonce(ctx, "mailgun:t1", time.Minute); !ok {
		t.Fatal("released nonce refused")
	}
}
