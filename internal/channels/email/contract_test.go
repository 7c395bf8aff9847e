package email_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"

	"helpbot/internal/channels/channeltest"
	"helpbot/internal/triage"
)

// TestChannelContract runs the contract every channel keeps.
func TestChannelContract(t *testing.T) {
	channeltest.Run(t, func(t *testing.T) channeltest.Harness {
		return &harness{e: newEnv(t, envOptions{}), convs: map[string]string{}}
	})
}

type harness struct {
	e     *env
	n     atomic.Int64
	convs map[string]string // who → the conversation the engine was given
	sent  []*enmime.Envelope
}

func address(who string) string { return "person" + who + "@example.com.my" }

func (h *harness) Channel() triage.Channel { return triage.ChannelEmail }

func (h *harness) Say(t *testing.T, who, text string) {
	t.Helper()
	n := h.n.Add(1)
	raw := fmt.Sprintf("From: <%s>\r\nTo: %s\r\nSubject: message %d\r\nMessage-ID: <c%d-%s@example.com.my>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", address(who), ourAddress, n, n, who, text)
	before := len(h.e.engine.Messages())
	wantStatus(t, h.e.postRaw([]byte(raw), webhookKey, time.Now()), 200)
	msgs := h.e.waitMessages(before + 1)
	h.convs[who] = msgs[len(msgs)-1].Conversation
}

func (h *harness) Answers(t *testing.T, who string, n int) []string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; {
		var texts []string
		for _, m := range h.sent {
			if strings.Contains(m.GetHeader("To"), address(who)) {
				texts = append(texts, m.Text)
			}
		}
		if len(texts) >= n {
			return texts
		}
		select {
		case raw := <-h.e.mail:
			m, err := enmime.ReadEnvelope(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("read sent mail: %v", err)
			}
			h.sent = append(h.sent, m)
		case <-time.After(time.Until(deadline)):
			t.Fatalf("%d mails sent to %s, want %d", len(texts), who, n)
		}
	}
}

func (h *harness) Conversation(t *testing.T, who string) string { return h.convs[who] }
func (h *harness) Sender() triage.Sender                        { return h.e.ch.Sender() }
func (h *harness) Logs() string                                 { return h.e.logs.String() }
