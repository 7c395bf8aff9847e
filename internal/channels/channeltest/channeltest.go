// Package channeltest is the contract every channel adapter keeps, as a
// suite each channel's tests run against the channel's real inbound path,
// the real engine, directory and messages, and a real Redis.
package channeltest

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"helpbot/internal/triage"
)

// Harness drives one channel. A person is named by who, an identity of the
// platform (a chat id, an address, a browser); the harness maps it to what
// the platform would send.
type Harness interface {
	// Channel is the channel's name.
	Channel() triage.Channel
	// Say delivers text from who through the channel's inbound path.
	Say(t *testing.T, who, text string)
	// Answers waits until the channel has sent at least n messages to who,
	// and returns the text of each.
	Answers(t *testing.T, who string, n int) []string
	// Conversation is the conversation key the channel uses for who.
	Conversation(t *testing.T, who string) string
	// Sender delivers replies on the channel, as the console does.
	Sender() triage.Sender
	// Logs is everything the channel and the engine logged so far.
	Logs() string
}

// People are the identities Run uses; a harness may ask for them to be
// numbers (a Telegram chat id) or names (an email's local part).
var People = [2]string{"700100200", "700100300"}

const (
	thaiUrgent = "ช่วยด้วยค่ะ นายจ้างขังฉันไว้ในบ้านและยึดพาสปอร์ต ตอนนี้อยู่กรุงเทพ"
	english    = "Hello, I work in Malaysia and want to know about my annual leave"
	caseworker = "This is Ana, a caseworker. Are you safe to write now?"
)

// Run runs the contract against a fresh harness for each part.
func Run(t *testing.T, newHarness func(t *testing.T) Harness) {
	t.Run("answers in the person's language with the country's numbers", func(t *testing.T) {
		h := newHarness(t)
		h.Say(t, People[0], thaiUrgent)
		a := strings.Join(h.Answers(t, People[0], 1), "\n")
		if !strings.Contains(a, "191") || !hasScript(a, unicode.Thai) {
			t.Errorf("answer to an urgent Thai message is not Thai with the police number 191:\n%s", a)
		}
	})
	t.Run("one conversation per person, keyed without the platform id", func(t *testing.T) {
		h := newHarness(t)
		h.Say(t, People[0], english)
		h.Answers(t, People[0], 1)
		first := h.Conversation(t, People[0])
		h.Say(t, People[0], english+" and sick days")
		h.Answers(t, People[0], 2)
		h.Say(t, People[1], english)
		h.Answers(t, People[1], 1)
		switch other := h.Conversation(t, People[1]); {
		case first == "" || other == "":
			t.Fatal("no conversation key")
		case h.Conversation(t, People[0]) != first:
			t.Error("the same person got a second conversation")
		case other == first:
			t.Error("two people share a conversation")
		}
		for _, who := range People {
			if strings.Contains(first, who) || strings.Contains(h.Conversation(t, People[1]), who) {
				t.Errorf("a conversation key contains the platform id %s", who)
			}
		}
	})
	t.Run("a caseworker reply reaches the person", func(t *testing.T) {
		h := newHarness(t)
		h.Say(t, People[0], english)
		h.Answers(t, People[0], 1)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := h.Sender().Send(ctx, triage.Reply{Channel: h.Channel(), Conversation: h.Conversation(t, People[0]),
			From: triage.FromCaseworker, Language: "en", Text: caseworker})
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		got := h.Answers(t, People[0], 2)
		if !strings.Contains(got[len(got)-1], caseworker) {
			t.Errorf("last message to the person: %q", got[len(got)-1])
		}
	})
	t.Run("logs carry no message text or platform id", func(t *testing.T) {
		h := newHarness(t)
		h.Say(t, People[0], thaiUrgent)
		h.Answers(t, People[0], 1)
		// A channel may answer before it stores and escalates: read the
		// logs once they have stopped growing for a moment.
		logs := h.Logs()
		for deadline, still := time.Now().Add(10*time.Second), 0; still < 20 && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
			if now := h.Logs(); now != logs || now == "" {
				logs, still = now, 0
			} else {
				still++
			}
		}
		if logs == "" {
			t.Fatal("nothing was logged: the check would prove nothing")
		}
		for _, s := range []string{People[0], "นายจ้างขังฉัน", "พาสปอร์ต"} {
			if strings.Contains(logs, s) {
				t.Errorf("logs contain %q", s)
			}
		}
	})
}

func hasScript(s string, r *unicode.RangeTable) bool {
	for _, c := range s {
		if unicode.Is(r, c) {
			return true
		}
	}
	return false
}

// Recorder is the real engine, watched: it keeps every message it is
// given to handle.
type Recorder struct {
	*triage.Engine
	mu   sync.Mutex
	msgs []triage.Message
}

// Handle records m and hands it to the engine.
func (r *Recorder) Handle(ctx context.Context, m triage.Message) (triage.Result, error) {
	r.mu.Lock()
	r.msgs = append(r.msgs, m)
	r.mu.Unlock()
	return r.Engine.Handle(ctx, m)
}

// Messages returns the messages handled so far.
func (r *Recorder) Messages() []triage.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]triage.Message(nil), r.msgs...)
}

// LogBuffer collects log output written from several goroutines.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
