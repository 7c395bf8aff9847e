package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"helpbot/internal/channels/email"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// conversationsSuite runs against any Redis the store may be given.
func conversationsSuite(t *testing.T, rdb redis.UniversalClient) {
	ctx := context.Background()
	c := store.NewConversations(rdb, time.Hour)

	s, first, dup, err := c.Receive(ctx, "w1", triage.Entry{From: triage.FromPerson, ClientID: "a", Text: "hello"})
	if err != nil || dup || first.Seq == "" || s.Conversation != "w1" || s.Language != "" {
		t.Fatalf("first receive: %+v %+v %v %v", s, first, dup, err)
	}
	s.Language, s.Country = "th", "TH"
	answer, err := c.Commit(ctx, s, triage.Entry{From: triage.FromBot, Text: "hi"})
	if err != nil || answer.Seq == "" {
		t.Fatalf("commit: %+v %v", answer, err)
	}
	s2, second, dup, err := c.Receive(ctx, "w1", triage.Entry{From: triage.FromPerson, ClientID: "b", Text: "again"})
	if err != nil || dup || s2.Language != "th" || s2.Country != "TH" {
		t.Fatalf("second receive: state %+v, dup %v, err %v", s2, dup, err)
	}
	_, again, dup, err := c.Receive(ctx, "w1", triage.Entry{From: triage.FromPerson, ClientID: "a", Text: "hello"})
	if err != nil || !dup || again.Seq != first.Seq || again.Text != "hello" {
		t.Fatalf("retry of a: %+v dup %v err %v", again, dup, err)
	}
	all, err := c.Since(ctx, "w1", "")
	if err != nil || len(all) != 3 {
		t.Fatalf("transcript: %d entries, %v", len(all), err)
	}
	if all[0].Seq != first.Seq || all[1].Seq != answer.Seq || all[2].Seq != second.Seq {
		t.Errorf("order: %v %v %v", all[0].Seq, all[1].Seq, all[2].Seq)
	}
	rest, err := c.Since(ctx, "w1", answer.Seq)
	if err != nil || len(rest) != 1 || rest[0].ClientID != "b" {
		t.Errorf("since the answer: %+v %v", rest, err)
	}
	if _, err := c.Since(ctx, "w1", "not-a-seq"); err == nil {
		t.Error("a bad position is accepted")
	}
	if err := c.Erase(ctx, "w1"); err != nil {
		t.Fatal(err)
	}
	if all, _ := c.Since(ctx, "w1", ""); len(all) != 0 {
		t.Errorf("erase left %d entries", len(all))
	}
	settleSuite(t, c)
	settleManySuite(t, rdb, c)
	// Retention: every key of a conversation expires.
	s3, _, _, _ := c.Receive(ctx, "w2", triage.Entry{From: triage.FromPerson, ClientID: "x", Text: "t"})
	c.Commit(ctx, s3, triage.Entry{From: triage.FromBot, Text: "r"})
	for _, k := range []string{"helpbot:conv:{w2}:state", "helpbot:conv:{w2}:log", "helpbot:conv:{w2}:cid"} {
		if ttl := rdb.TTL(ctx, k).Val(); ttl <= 0 || ttl > time.Hour {
			t.Errorf("%s: TTL %v, want within the retention of 1h", k, ttl)
		}
	}
}

func TestConversationsOnRedis(t *testing.T) {
	conversationsSuite(t, redistest.Start(t).Client())
}

func TestConversationsOnEmbeddedStore(t *testing.T) {
	m := miniredis.RunT(t)
	rdb := redis.NewClient(&redis.Options{Addr: m.Addr()})
	defer rdb.Close()
	conversationsSuite(t, rdb)
}

func TestConversationsRedisDown(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
	defer rdb.Close()
	_, _, _, err := store.NewConversations(rdb, 0).Receive(context.Background(), "w", triage.Entry{Text: "x"})
	if err == nil {
		t.Fatal("no error with Redis down")
	}
}

// settleSuite: a settle request stores the message, the state and the answer in one
// step while the stored state is the one the caller holds, and falls back
// to what Receive does when it is not.
func settleSuite(t *testing.T, c *store.Conversations) {
	ctx := context.Background()
	settle := func(id string, person triage.Entry, prev, next triage.State, answer triage.Entry) (triage.Settled, error) {
		out, errs := c.SettleMany(ctx, []triage.SettleRequest{{Conversation: id, Person: person, Prev: prev, Next: next, Answer: answer}})
		return out[0], errs[0]
	}
	at := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	fresh := triage.State{Conversation: "s1", Channel: triage.ChannelWidget}
	next := fresh
	next.Language, next.Messages, next.Updated = "vi", 1, at
	out, err := settle("s1", triage.Entry{From: triage.FromPerson, ClientID: "m1", Text: "xin chao"}, fresh, next,
		triage.Entry{From: triage.FromBot, Text: "chao ban"})
	if err != nil || !out.Applied || out.Duplicate || out.Received.Seq == "" || out.Answer.Seq == "" || out.Answer.Seq <= out.Received.Seq {
		t.Fatalf("settle of a new conversation: %+v %v", out, err)
	}
	if got, _ := c.Load(ctx, "s1"); got.Language != "vi" || got.Messages != 1 {
		t.Errorf("state after settle: %+v", got)
	}

	// The caller still holds the state it stored: one step again.
	prev, next2 := next, next
	next2.Messages, next2.Updated = 2, at.Add(time.Minute)
	out, err = settle("s1", triage.Entry{From: triage.FromPerson, ClientID: "m2", Text: "toi can giup"}, prev, next2,
		triage.Entry{From: triage.FromBot, Text: "day la so"})
	if err != nil || !out.Applied || out.State.Language != "vi" {
		t.Fatalf("second settle: %+v %v", out, err)
	}

	// Another connection changed the state: only the message is stored,
	// and the stored state comes back for the caller to finish with.
	changed := next2
	changed.Country, changed.CountryChosen = "TH", true
	if err := c.Save(ctx, changed); err != nil {
		t.Fatal(err)
	}
	next3 := next2
	next3.Messages = 3
	out, err = settle("s1", triage.Entry{From: triage.FromPerson, ClientID: "m3", Text: "cam on"}, next2, next3,
		triage.Entry{From: triage.FromBot, Text: "not stored"})
	if err != nil || out.Applied || out.Duplicate || out.Received.Seq == "" || out.State.Country != "TH" || out.Answer.Seq != "" {
		t.Fatalf("settle after another change: %+v %v", out, err)
	}
	if got, _ := c.Load(ctx, "s1"); got.Messages != 2 || got.Country != "TH" {
		t.Errorf("a stale state overwrote a newer one: %+v", got)
	}

	// A retry is a duplicate and stores nothing.
	out, err = settle("s1", triage.Entry{From: triage.FromPerson, ClientID: "m1", Text: "xin chao"}, changed, next3,
		triage.Entry{From: triage.FromBot, Text: "not stored"})
	if err != nil || !out.Duplicate || out.Applied || out.Received.Text != "xin chao" {
		t.Fatalf("retry: %+v %v", out, err)
	}
	all, err := c.Since(ctx, "s1", "")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range all {
		texts = append(texts, e.Text)
	}
	if want := "xin chao,chao ban,toi can giup,day la so,cam on"; strings.Join(texts, ",") != want {
		t.Errorf("transcript %q, want %q", strings.Join(texts, ","), want)
	}
	// A state that was never stored does not match an empty one.
	if out, err := settle("s1", triage.Entry{From: triage.FromPerson, ClientID: "m4", Text: "x"}, fresh, next,
		triage.Entry{From: triage.FromBot, Text: "y"}); err != nil || out.Applied {
		t.Errorf("a fresh state matched a stored conversation: %+v %v", out, err)
	}
}

// settleManySuite: SettleMany does several requests, each as settleSuite
// checks one, in order, in one pipeline; the script is loaded on first use even when Redis has
// forgotten it.
func settleManySuite(t *testing.T, rdb redis.UniversalClient, c *store.Conversations) {
	ctx := context.Background()
	if err := rdb.ScriptFlush(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	a0 := triage.State{Conversation: "p1", Channel: triage.ChannelWidget}
	a1 := a0
	a1.Language, a1.Messages, a1.Updated = "th", 1, at
	a2 := a1
	a2.Messages, a2.Updated = 2, at.Add(time.Second)
	b0 := triage.State{Conversation: "p2", Channel: triage.ChannelWidget}
	b1 := b0
	b1.Language, b1.Messages, b1.Updated = "km", 1, at
	person := func(id, text string) triage.Entry {
		return triage.Entry{From: triage.FromPerson, ClientID: id, Text: text}
	}
	bot := func(text string) triage.Entry { return triage.Entry{From: triage.FromBot, Text: text} }
	reqs := []triage.SettleRequest{
		{Conversation: "p1", Person: person("1", "sawatdee"), Prev: a0, Next: a1, Answer: bot("r1")},
		{Conversation: "p2", Person: person("1", "suosdei"), Prev: b0, Next: b1, Answer: bot("r2")},
		// The second message of p1, from the state the first one stores.
		{Conversation: "p1", Person: person("2", "chuay duay"), Prev: a1, Next: a2, Answer: bot("r3")},
		// A retry of p2's message.
		{Conversation: "p2", Person: person("1", "suosdei"), Prev: b1, Next: b1, Answer: bot("not stored")},
		// A stale state: only the message is stored.
		{Conversation: "p2", Person: person("2", "chuoy"), Prev: b0, Next: b1, Answer: bot("not stored")},
	}
	out, errs := c.SettleMany(ctx, reqs)
	if len(out) != len(reqs) || len(errs) != len(reqs) {
		t.Fatalf("%d outcomes and %d errors for %d requests", len(out), len(errs), len(reqs))
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	if !out[0].Applied || !out[1].Applied || !out[2].Applied || out[0].Answer.Seq == "" || out[2].Answer.Seq <= out[0].Answer.Seq {
		t.Errorf("applied: %+v %+v %+v", out[0], out[1], out[2])
	}
	if !out[3].Duplicate || out[3].Applied || out[3].Received.Seq != out[1].Received.Seq {
		t.Errorf("retry: %+v", out[3])
	}
	if out[4].Applied || out[4].Duplicate || out[4].Received.Seq == "" || out[4].State.Language != "km" {
		t.Errorf("stale: %+v", out[4])
	}
	texts := func(id string) string {
		all, err := c.Since(ctx, id, "")
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, e := range all {
			s = append(s, e.Text)
		}
		return strings.Join(s, ",")
	}
	if got, want := texts("p1"), "sawatdee,r1,chuay duay,r3"; got != want {
		t.Errorf("p1 transcript %q, want %q", got, want)
	}
	if got, want := texts("p2"), "suosdei,r2,chuoy"; got != want {
		t.Errorf("p2 transcript %q, want %q", got, want)
	}
	if got, _ := c.Load(ctx, "p1"); got.Messages != 2 {
		t.Errorf("p1 state %+v", got)
	}
}

// TestEraseTakesTheChannelsKeys: erasing a conversation also erases the
// mail thread (the person's address and subject), the keys that find it
// by token and Message-ID, and the Telegram chat; another conversation's
// keys stay.
func TestEraseTakesTheChannelsKeys(t *testing.T) {
	rdb := redistest.Start(t).Client()
	ctx := context.Background()
	c := store.NewConversations(rdb, time.Hour)
	mail := store.NewEmail(rdb, time.Hour)
	tg := store.NewTelegramUpdates(rdb, time.Hour)
	for _, conv := range []string{"gone", "kept"} {
		if _, _, err := c.Append(ctx, conv, triage.Entry{From: triage.FromPerson, Text: "help"}); err != nil {
			t.Fatal(err)
		}
		th := email.Thread{Conversation: conv, Token: "tok-" + conv, Address: conv + "@example.org", Subject: "help me",
			LastMessageID: "<last-" + conv + "@example.org>", References: []string{"<first-" + conv + "@example.org>"}}
		if err := mail.SaveThread(ctx, th); err != nil {
			t.Fatal(err)
		}
		// The first Message-ID has dropped out of the thread's References
		// (it keeps the last 20) but still finds the conversation.
		for _, m := range append([]string{"<dropped-" + conv + "@example.org>"}, append(th.References, th.LastMessageID)...) {
			if err := mail.LinkMessage(ctx, m, conv); err != nil {
				t.Fatal(err)
			}
		}
		if err := tg.SetChat(ctx, conv, 42); err != nil {
			t.Fatal(err)
		}
	}
	before := rdb.DBSize(ctx).Val()
	if err := c.Erase(ctx, "gone"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := mail.LoadThread(ctx, "gone"); ok {
		t.Error("the mail thread outlived the erase")
	}
	if _, ok, _ := tg.Chat(ctx, "gone"); ok {
		t.Error("the Telegram chat outlived the erase")
	}
	for _, m := range []string{"<dropped-gone@example.org>", "<first-gone@example.org>", "<last-gone@example.org>"} {
		if conv, _ := mail.FindConversation(ctx, "", []string{m}); conv != "" {
			t.Errorf("the erased thread is still found by %s, as %q", m, conv)
		}
	}
	if conv, _ := mail.FindConversation(ctx, "tok-gone", nil); conv != "" {
		t.Errorf("the erased thread is still found by its token, as %q", conv)
	}
	// Only the erased conversation's keys went: its transcript, thread,
	// token, three Message-IDs, the list of them, and chat.
	if _, ok, _ := mail.LoadThread(ctx, "kept"); !ok {
		t.Error("another conversation's thread went too")
	}
	if conv, _ := mail.FindConversation(ctx, "tok-kept", nil); conv != "kept" {
		t.Errorf("another conversation's token finds %q", conv)
	}
	if conv, _ := mail.FindConversation(ctx, "", []string{"<dropped-kept@example.org>"}); conv != "kept" {
		t.Errorf("another conversation's dropped Message-ID finds %q", conv)
	}
	if gone := before - rdb.DBSize(ctx).Val(); gone != 8 {
		t.Errorf("erase removed %d keys, want the erased conversation's 8", gone)
	}
}

// TestAnyEntryKeepsTheStateAlive: a caseworker's reply (an entry that is
// not the bot's answer) renews the state's expiry with the transcript's, so
// the state does not expire first and the person's language and country
// are not forgotten while their conversation lives.
func TestAnyEntryKeepsTheStateAlive(t *testing.T) {
	rdb := redistest.Start(t).Client()
	ctx := context.Background()
	c := store.NewConversations(rdb, time.Hour)
	if err := c.Save(ctx, triage.State{Conversation: "kept", Channel: triage.ChannelWidget, Language: "th"}); err != nil {
		t.Fatal(err)
	}
	key := "helpbot:conv:{kept}:state"
	rdb.Expire(ctx, key, 10*time.Second)
	if _, _, err := c.Append(ctx, "kept", triage.Entry{From: triage.FromCaseworker, Text: "we are here"}); err != nil {
		t.Fatal(err)
	}
	if ttl := rdb.TTL(ctx, key).Val(); ttl < 59*time.Minute {
		t.Errorf("state expires in %v after a caseworker's reply, want the retention, an hour", ttl)
	}
}
