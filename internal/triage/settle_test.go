package triage_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// TestSettleAllKeepsOrder: messages settled together are stored in the
// order given, each conversation's transcript as if one by one, around a
// message that escalates (stored on its own) and one whose state went
// stale in the same batch.
func TestSettleAllKeepsOrder(t *testing.T) {
	text, err := locale.Load(os.DirFS("../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := directory.Load(os.DirFS("../../directory"))
	convs := store.NewConversations(redistest.Start(t).Client(), 0)
	e := &triage.Engine{Directory: d, Text: text, Conversations: convs}
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
