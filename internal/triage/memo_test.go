package triage

import (
	"encoding/json"
	"strings"
	"sync/atomic"
	"testing"
	"unsafe"

	"helpbot/internal/jsonbuf"
)

// versionedDirectory answers as a Directory does: the same slices for the
// same query until it is reloaded, new ones after.
type versionedDirectory struct{ cur atomic.Pointer[Help] }

func (d *versionedDirectory) Find(q Query) Help { return *d.cur.Load() }

func (d *versionedDirectory) load(number, service string) {
	d.cur.Store(&Help{Country: "TH", Known: true,
		Emergency: []EmergencyNumber{{Service: "police", Number: number}},
		Services:  []ServiceCard{{Name: service, Verified: true, Contacts: []Contact{{Kind: "phone", Value: number}}}}})
}

// keptSetup is an engine on a directory that staff can reload, and a
// message it answers from that directory.
func keptSetup() (*versionedDirectory, *Engine, Message) {
	d := &versionedDirectory{}
	d.load("191", "Thai Police")
	e := &Engine{Directory: d, Text: mapText{"service.police": "Police", "contact.phone": "Phone"}}
	return d, e, Message{Channel: ChannelWidget, Text: "My boss took my passport and does not pay me. I am in Bangkok, Thailand."}
}

// TestKeptAnswers checks that answers are kept and shared while the
// directory's answer stays the same, and that a reloaded directory, or a
// reply a caller changed, is never answered from what was kept.
func TestKeptAnswers(t *testing.T) {
	d, e, msg := keptSetup()

	a1, a2 := e.Assess(msg, State{}), e.Assess(msg, State{})
	if a1.Priority != "high" || a1.Country != "TH" {
		t.Fatalf("test message read as %s in %q", a1.Priority, a1.Country)
	}
	p1, p2 := e.PlainJSON(a1), e.PlainJSON(a2)
	if string(p1) != string(p2) || unsafe.SliceData(p1) != unsafe.SliceData(p2) {
		t.Errorf("the same answer was written twice")
	}
	if want := string(jsonString(PlainText(a1.Reply, e.Text))); string(p1) != want {
		t.Errorf("kept answer %s, want %s", p1, want)
	}
	if !strings.Contains(string(p1), "191") || !strings.Contains(string(p1), "Thai Police") {
		t.Fatalf("answer lacks the directory's number: %s", p1)
	}
	c1, c2 := a1.Reply.AppendContent(nil), a2.Reply.AppendContent(nil)
	if string(c1) != string(c2) || !strings.Contains(string(c1), `"Thai Police"`) {
		t.Errorf("kept content %s, then %s", c1, c2)
	}
	encodesAsMarshal(t, &a1.Reply)

	// Staff correct a number: the next answer has it.
	d.load("1191", "Tourist Police")
	a3 := e.Assess(msg, State{})
	p3 := string(e.PlainJSON(a3))
	if !strings.Contains(p3, "1191") || !strings.Contains(p3, "Tourist Police") || a3.Reply.Emergency[0].Number != "1191" {
		t.Errorf("answer after a reload still has the old directory: %s %+v", p3, a3.Reply.Emergency)
	}
	if c := string(a3.Reply.AppendContent(nil)); !strings.Contains(c, "1191") || strings.Contains(c, "Thai Police") {
		t.Errorf("content after a reload still has the old directory: %s", c)
	}
	encodesAsMarshal(t, &a3.Reply)

	// A caller that changes a reply gets that reply written.
	a4 := e.Assess(msg, State{})
	a4.Reply.Text = "changed"
	if p := string(e.PlainJSON(a4)); !strings.HasPrefix(p, `"changed`) {
		t.Errorf("a changed reply was answered from the memo: %s", p)
	}
	encodesAsMarshal(t, &a4.Reply)
	for _, change := range []func(r *Reply){
		func(r *Reply) { r.Services = append(r.Services[:0:0], ServiceCard{Name: "Other"}) },
		func(r *Reply) { r.Services = r.Services[:0] },
		func(r *Reply) { r.Emergency = []EmergencyNumber{{Service: "ambulance", Number: "1669"}} },
		func(r *Reply) { r.QuickReplies = []QuickReply{{Label: "TH", Action: "country", Value: "TH"}} },
		func(r *Reply) { r.Language = "th" },
	} {
		a := e.Assess(msg, State{})
		change(&a.Reply)
		encodesAsMarshal(t, &a.Reply)
	}

	// Other priorities, places and an open case are other answers.
	joined := e.Assess(msg, State{Case: "c1"})
	if joined.Reply.Text == a3.Reply.Text {
		t.Errorf("an open case gives the same words as a new one: %q", joined.Reply.Text)
	}
}

func jsonString(s string) []byte { return jsonbuf.StringNoHTML(nil, s) }

// encodesAsMarshal fails when r's appender, kept bytes or not, does not
// write what json.Marshal writes.
func encodesAsMarshal(t *testing.T, r *Reply) {
	t.Helper()
	want, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.AppendJSON(nil); string(got) != string(want) {
		t.Errorf("reply written as\n%s\nwant\n%s", got, want)
	}
}

// TestSharedContent: a kept answer's content has a name that is the same
// for the same bytes and another for other bytes; an entry stored by that
// name, with the content read back into it, is the entry itself; a reply a
// caller changed has no shared content and is stored whole.
func TestSharedContent(t *testing.T) {
	d, e, msg := keptSetup()
	a1, a2 := e.Assess(msg, State{}), e.Assess(msg, State{})
	ref1, content1, ok1 := a1.Reply.SharedContent()
	ref2, _, ok2 := a2.Reply.SharedContent()
	if !ok1 || !ok2 || ref1 != ref2 || len(ref1) != 32 || string(content1) != string(a1.Reply.AppendContent(nil)) {
		t.Fatalf("shared content %q %v, then %q %v", ref1, ok1, ref2, ok2)
	}
	d.load("1191", "Tourist Police")
	a3 := e.Assess(msg, State{})
	if ref3, _, ok := a3.Reply.SharedContent(); !ok || ref3 == ref1 {
		t.Errorf("other content, name %q (%v), the same as before's %q", ref3, ok, ref1)
	}

	a1.Reply.InReplyTo = "m1"
	entry := Entry{From: FromBot, Text: a1.Reply.Text, Reply: &a1.Reply}
	stored := string(entry.AppendStored(nil))
	if !strings.Contains(stored, `"content":"`+ref1+`"`) || strings.Contains(stored, "Thai Police") || strings.Contains(stored, "191") {
		t.Errorf("stored entry %s: want the content's name, not the content", stored)
	}
	var back struct {
		Entry
		Reply *struct {
			Reply
			Content string `json:"content"`
		} `json:"reply"`
	}
	if err := json.Unmarshal([]byte(stored), &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Reply.Reply.SetContent(content1); err != nil {
		t.Fatal(err)
	}
	back.Entry.Reply = &back.Reply.Reply
	if got, want := string(back.Entry.AppendJSON(nil)), string(entry.AppendJSON(nil)); got != want {
		t.Errorf("entry read back as\n%s\nwant\n%s", got, want)
	}
	if err := new(Reply).SetContent([]byte(`"text":"x"`)); err == nil {
		t.Errorf("content without its leading comma was read")
	}

	a2.Reply.Text = "changed"
	if _, _, ok := a2.Reply.SharedContent(); ok {
		t.Errorf("a changed reply has a shared content")
	}
	changed := Entry{From: FromBot, Text: "changed", Reply: &a2.Reply}
	if got, want := string(changed.AppendStored(nil)), string(changed.AppendJSON(nil)); got != want {
		t.Errorf("a changed reply stored as\n%s\nwant it whole:\n%s", got, want)
	}
}
