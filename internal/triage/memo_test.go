package triage

import (
	"strings"

	"helpbot/internal/jsonbuf"
	"sync/atomic"
	"testing"
	"unsafe"
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

// TestKeptAnswers checks that answers are kept and shared while the
// directory's answer stays the same, and that a reloaded directory, or a
// reply a caller changed, is never answered from what was kept.
func TestKeptAnswers(t *testing.T) {
	d := &versionedDirectory{}
	d.load("191", "Thai Police")
	e := &Engine{Directory: d, Text: mapText{"service.police": "Police", "contact.phone": "Phone"}}
	msg := Message{Channel: ChannelWidget, Text: "My boss took my passport and does not pay me. I am in Bangkok, Thailand."}

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

	// Staff correct a number: the next answer has it.
	d.load("1191", "Tourist Police")
	a3 := e.Assess(msg, State{})
	p3 := string(e.PlainJSON(a3))
	if !strings.Contains(p3, "1191") || !strings.Contains(p3, "Tourist Police") || a3.Reply.Emergency[0].Number != "1191" {
		t.Errorf("answer after a reload still has the old directory: %s %+v", p3, a3.Reply.Emergency)
	}

	// A caller that changes a reply gets that reply written.
	a4 := e.Assess(msg, State{})
	a4.Reply.Text = "changed"
	if p := string(e.PlainJSON(a4)); !strings.HasPrefix(p, `"changed`) {
		t.Errorf("a changed reply was answered from the memo: %s", p)
	}

	// Other priorities, places and an open case are other answers.
	joined := e.Assess(msg, State{Case: "c1"})
	if joined.Reply.Text == a3.Reply.Text {
		t.Errorf("an open case gives the same words as a new one: %q", joined.Reply.Text)
	}
}

func jsonString(s string) []byte { return jsonbuf.StringNoHTML(nil, s) }
