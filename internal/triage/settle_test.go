package triage_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// engineOn is an engine with the project's directory and wording that
// stores conversations in convs.
func engineOn(t *testing.T, convs triage.Conversations) *triage.Engine {
	t.Helper()
	text, err := locale.Load(os.DirFS("../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := directory.Load(os.DirFS("../../directory"))
	return &triage.Engine{Directory: d, Text: text, Conversations: convs}
}

// TestSettleAllKeepsOrder: messages settled together are stored in the
// order given, each conversation's transcript as if one by one, around a
// message that escalates (stored on its own) and one whose state went
// stale in the same batch.
func TestSettleAllKeepsOrder(t *testing.T) {
	convs := store.NewConversations(redistest.Start(t).Client(), 0)
	e := engineOn(t, convs)
	ctx := context.Background()
	fresh := func(id string) triage.State {
		return triage.State{Conversation: id, Channel: triage.ChannelWidget}
	}
	msg := func(conv, id, text string) triage.Message {
		return triage.Message{ID: id, Channel: triage.ChannelWidget, Conversation: conv, Text: text}
	}
	a1 := msg("A", "a1", "Hello, I work in Thailand and want to know my rights about overtime pay")
	b1 := msg("B", "b1", "Xin chào, tôi làm việc ở Đài Loan, muốn hỏi về hợp đồng")
	a2 := msg("A", "a2", "Help me please, my boss locked me in the room and beats me every day")
	a3 := msg("A", "a3", "Thank you")
	assessA1 := e.Assess(a1, fresh("A"))
	assessA2 := e.Assess(a2, fresh("A"))
	if !triage.Priority(assessA2.Priority).Escalates() || triage.Priority(assessA1.Priority).Escalates() {
		t.Fatalf("priorities %s, %s: the test needs one ordinary message and one that escalates", assessA1.Priority, assessA2.Priority)
	}
	items := []triage.Settlement{
		{Message: a1, Prev: fresh("A"), Assessment: assessA1},
		{Message: b1, Prev: fresh("B"), Assessment: e.Assess(b1, fresh("B"))},
		{Message: a2, Prev: fresh("A"), Assessment: assessA2},
		// Assessed from the fresh state, which a1 and a2 have moved on.
		{Message: a3, Prev: fresh("A"), Assessment: e.Assess(a3, fresh("A"))},
	}
	res := e.SettleAll(ctx, items, nil)
	if len(res) != len(items) {
		t.Fatalf("%d results for %d messages", len(res), len(items))
	}
	for i, r := range res {
		if r.Received.Seq == "" || r.Answer.Seq == "" || r.Duplicate || r.Reply.InReplyTo != items[i].Message.ID {
			t.Errorf("message %d: received %q, answer %q, duplicate %v, reply to %q", i, r.Received.Seq, r.Answer.Seq, r.Duplicate, r.Reply.InReplyTo)
		}
	}
	if res[3].State.Messages != 3 {
		t.Errorf("the stale message finished from a state of %d messages, want 3", res[3].State.Messages)
	}
	order := func(conv string) string {
		all, err := convs.Since(ctx, conv, "")
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, en := range all {
			if en.From == triage.FromPerson {
				s = append(s, en.ClientID)
			} else {
				s = append(s, "answer:"+en.Reply.InReplyTo)
			}
		}
		return strings.Join(s, " ")
	}
	if got, want := order("A"), "a1 answer:a1 a2 answer:a2 a3 answer:a3"; got != want {
		t.Errorf("A's transcript %q, want %q", got, want)
	}
	if got, want := order("B"), "b1 answer:b1"; got != want {
		t.Errorf("B's transcript %q, want %q", got, want)
	}
	// The same messages again are duplicates: nothing is stored twice.
	again := e.SettleAll(ctx, items, make([]triage.Result, 1, 8))[1:]
	for i, r := range again {
		if !r.Duplicate || r.Received.Seq != res[i].Received.Seq {
			t.Errorf("retry of message %d: duplicate %v, seq %q (first %q)", i, r.Duplicate, r.Received.Seq, res[i].Received.Seq)
		}
	}
	if got := order("A"); got != "a1 answer:a1 a2 answer:a2 a3 answer:a3" {
		t.Errorf("after the retry, A's transcript %q", got)
	}
}

// TestAnswersAreStoredByContent: an answer that says what an earlier one
// said is stored by the name of its content, and the transcript gives it
// back whole; a conversation that lost the content gets it again with the
// next answer; erasing the conversation erases its contents. On Redis and
// on the embedded store.
func TestAnswersAreStoredByContent(t *testing.T) {
	t.Run("redis", func(t *testing.T) { storedByContent(t, redistest.Start(t).Client()) })
	t.Run("embedded", func(t *testing.T) {
		m := miniredis.RunT(t)
		rdb := redis.NewClient(&redis.Options{Addr: m.Addr()})
		defer rdb.Close()
		storedByContent(t, rdb)
	})
}

func storedByContent(t *testing.T, rdb *redis.Client) {
	convs := store.NewConversations(rdb, time.Hour)
	e := engineOn(t, convs)
	ctx := context.Background()
	const conv = "K"
	logKey, contentKey := "helpbot:conv:{K}:log", "helpbot:conv:{K}:content"
	state := triage.State{Conversation: conv, Channel: triage.ChannelWidget}
	var answers []triage.Result
	settle := func(id string) triage.Result {
		t.Helper()
		m := triage.Message{ID: id, Channel: triage.ChannelWidget, Conversation: conv, Text: "Hello, I work in Thailand and want to know my rights about overtime pay"}
		a := e.Assess(m, state)
		if _, _, ok := a.Reply.SharedContent(); !ok {
			t.Fatalf("the engine's answer has no shared content")
		}
		r := e.SettleAll(ctx, []triage.Settlement{{Message: m, Prev: state, Assessment: a}}, nil)[0]
		if r.Answer.Seq == "" || r.Duplicate || len(r.Reply.Services) == 0 {
			t.Fatalf("message %s: answer %q, duplicate %v, %d services", id, r.Answer.Seq, r.Duplicate, len(r.Reply.Services))
		}
		state = r.State
		answers = append(answers, r)
		return r
	}
	// checkTranscript: every answer comes back as it was given.
	checkTranscript := func(when string) {
		t.Helper()
		all, err := convs.Since(ctx, conv, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []triage.Entry
		for _, en := range all {
			if en.From == triage.FromBot {
				got = append(got, en)
			}
		}
		if len(got) != len(answers) {
			t.Fatalf("%s: %d answers in the transcript, want %d", when, len(got), len(answers))
		}
		for i, en := range got {
			if g, w := string(en.Reply.AppendJSON(nil)), string(answers[i].Reply.AppendJSON(nil)); g != w {
				t.Errorf("%s: answer %d read back as\n%s\nwant\n%s", when, i, g, w)
			}
		}
	}

	settle("k1")
	r2 := settle("k2")
	checkTranscript("after two answers")
	raw, err := rdb.XRange(ctx, logKey, r2.Answer.Seq, r2.Answer.Seq).Result()
	if err != nil || len(raw) != 1 {
		t.Fatal(raw, err)
	}
	stored, _ := raw[0].Values["e"].(string)
	service := r2.Reply.Services[0].Name
	if strings.Contains(stored, service) || len(stored) > 600 {
		t.Errorf("the second answer is stored whole (%d bytes): %s", len(stored), stored)
	}
	if n := rdb.HLen(ctx, contentKey).Val(); n != 1 {
		t.Errorf("%d contents kept for two answers that say the same, want 1", n)
	}
	if ttl := rdb.TTL(ctx, contentKey).Val(); ttl <= 0 || ttl > time.Hour {
		t.Errorf("contents' TTL %v, want within the retention of 1h", ttl)
	}

	// The contents are lost (this process still takes them to be kept):
	// the next answer puts them back.
	rdb.Del(ctx, contentKey)
	lost, err := convs.Since(ctx, conv, "")
	if err != nil || len(lost) != 4 || lost[1].Reply == nil || lost[1].Reply.Text != answers[0].Reply.Text {
		t.Fatalf("transcript without its contents: %+v %v; want each answer with its text", lost, err)
	}
	settle("k3")
	if n := rdb.HLen(ctx, contentKey).Val(); n != 1 {
		t.Errorf("%d contents kept after the loss, want 1", n)
	}
	checkTranscript("after the contents were put back")

	if err := convs.Erase(ctx, conv); err != nil {
		t.Fatal(err)
	}
	if n := rdb.Exists(ctx, contentKey, logKey).Val(); n != 0 {
		t.Errorf("%d of the conversation's keys left after erasing it", n)
	}
}
