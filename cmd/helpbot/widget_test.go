package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"helpbot/internal/redistest"
)

func startWithRedis(t *testing.T) *instance {
	t.Helper()
	r := redistest.Start(t)
	return startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
}

func emergencyNumbers(f map[string]any) []string {
	var out []string
	list, _ := f["emergency"].([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		n, _ := m["number"].(string)
		out = append(out, n)
	}
	return out
}

func TestWidgetAnswersInThePersonsLanguage(t *testing.T) {
	h := startWithRedis(t)
	cases := []struct {
		name, text, lang, country, number string
	}{
		{"english", "Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur.", "en", "MY", "999"},
		{"thai", "ช่วยด้วยค่ะ นายจ้างขังฉันไว้ในบ้านและยึดพาสปอร์ต ตอนนี้อยู่กรุงเทพ", "th", "TH", "191"},
		{"burmese", "ကူညီပါ။ အလုပ်ရှင်က ကျွန်မကို အိမ်ထဲမှာ ပိတ်ထားပြီး ပတ်စ်ပို့ကို သိမ်းထားတယ်။ ကျွန်မ ထိုင်းနိုင်ငံမှာ ရှိတယ်။", "my", "TH", "191"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, h.WS(), nil)
			c.send(map[string]any{"type": "message", "id": "m1", "text": tc.text, "timezone": "Asia/Bangkok"})
			welcome := c.next(5 * time.Second)
			if welcome["type"] != "welcome" || welcome["token"] == "" {
				t.Fatalf("first frame = %v, want welcome with a token", welcome)
			}
			// A new conversation's first message is answered before it is
			// stored: the reply comes first, then the ack.
			reply := c.next(5 * time.Second)
			if reply["type"] != "reply" || reply["in_reply_to"] != "m1" {
				t.Fatalf("second frame = %v, want the reply to m1", reply)
			}
			ack := c.next(5 * time.Second)
			if ack["type"] != "ack" || ack["id"] != "m1" || ack["seq"] == "" || ack["reply_seq"] == "" || ack["stored"] != true {
				t.Fatalf("third frame = %v, want the ack of m1 with its seq and the reply's", ack)
			}
			if reply["language"] != tc.lang {
				t.Errorf("reply language = %v, want %s", reply["language"], tc.lang)
			}
			if reply["priority"] != "critical" {
				t.Errorf("priority = %v, want critical", reply["priority"])
			}
			nums := emergencyNumbers(reply)
			if !contains(nums, tc.number) {
				t.Errorf("emergency numbers %v lack %s", nums, tc.number)
			}
			if text, _ := reply["text"].(string); text == "" {
				t.Error("reply text is empty")
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestWidgetResumesWithoutLossOrDuplicates(t *testing.T) {
	h := startWithRedis(t)
	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "a1", "text": "Hello, I work in Singapore and need advice about my contract"})
	welcome := c.next(5 * time.Second)
	token, _ := welcome["token"].(string)
	c.until("reply", 5*time.Second)
	ack1, _ := c.until("ack", 5*time.Second)
	lastSeen := ack1["reply_seq"].(string)

	// The person sends a second message; the connection drops before the
	// answer is read.
	c.send(map[string]any{"type": "message", "id": "a2", "text": "My agent says I owe him 3000 dollars and I cannot leave"})
	time.Sleep(300 * time.Millisecond)
	c.ws.Close()

	// Reconnect with the token and the last frame seen; the client did not
	// see the ack of a2, so it sends a2 again.
	c2 := dial(t, h.WS(), nil)
	c2.send(map[string]any{"type": "resume", "token": token, "since": lastSeen})
	c2.send(map[string]any{"type": "message", "id": "a2", "text": "My agent says I owe him 3000 dollars and I cannot leave"})
	w2 := c2.next(5 * time.Second)
	if w2["type"] != "welcome" || w2["resumed"] != true || w2["token"] != token {
		t.Fatalf("resume welcome = %v", w2)
	}
	_, replayed := c2.until("resumed", 5*time.Second)
	var persons, replies int
	for _, f := range replayed {
		switch f["type"] {
		case "message":
			persons++
			if f["id"] != "a2" {
				t.Errorf("replayed message id = %v, want a2", f["id"])
			}
		case "reply":
			replies++
		}
	}
	if persons != 1 || replies != 1 {
		t.Fatalf("replayed %d messages and %d replies, want 1 and 1: %v", persons, replies, replayed)
	}
	ack, _ := c2.until("ack", 5*time.Second)
	if ack["id"] != "a2" || ack["duplicate"] != true {
		t.Errorf("re-sent a2: ack = %v, want duplicate", ack)
	}

	// A fresh resume from the start holds every message exactly once.
	c3 := dial(t, h.WS(), nil)
	c3.send(map[string]any{"type": "resume", "token": token})
	c3.next(5 * time.Second)
	_, all := c3.until("resumed", 5*time.Second)
	var got []string
	for _, f := range all {
		got = append(got, fmt.Sprint(f["type"], ":", f["id"]))
	}
	want := []string{"message:a1", "reply:<nil>", "message:a2", "reply:<nil>"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("transcript = %v, want %v", got, want)
	}
}

func TestWidgetRejectsBadInputAndKeepsServing(t *testing.T) {
	h := startWithRedis(t)
	bystander := dial(t, h.WS(), nil)

	t.Run("invalid json", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		c.ws.WriteMessage(websocket.TextMessage, []byte("{not json"))
		f := c.next(5 * time.Second)
		if f["type"] != "error" || f["code"] != "invalid_json" {
			t.Errorf("got %v, want error invalid_json", f)
		}
	})
	t.Run("unknown type", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		c.send(map[string]any{"type": "launch_missiles"})
		f := c.next(5 * time.Second)
		if f["type"] != "error" || f["code"] != "unknown_type" {
			t.Errorf("got %v, want error unknown_type", f)
		}
	})
	t.Run("empty text", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		c.send(map[string]any{"type": "message", "id": "e1", "text": "   "})
		f, _ := c.until("error", 5*time.Second)
		if f["code"] != "empty_text" || f["id"] != "e1" || f["message"] == "" {
			t.Errorf("got %v, want error empty_text for e1 with a message", f)
		}
	})
	t.Run("text too long", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		c.send(map[string]any{"type": "message", "id": "l1", "text": strings.Repeat("help ", 1000)})
		f, _ := c.until("error", 5*time.Second)
		if f["code"] != "too_long" {
			t.Errorf("got %v, want error too_long", f)
		}
	})
	t.Run("frame over the read limit", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		big, _ := json.Marshal(map[string]any{"type": "message", "text": strings.Repeat("x", 64<<10)})
		c.ws.WriteMessage(websocket.TextMessage, big)
		c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, _, err := c.ws.ReadMessage()
		if !websocket.IsCloseError(err, websocket.CloseMessageTooBig) {
			t.Errorf("read after a huge frame: %v, want close 1009", err)
		}
	})
	t.Run("binary frame", func(t *testing.T) {
		c := dial(t, h.WS(), nil)
		c.ws.WriteMessage(websocket.BinaryMessage, []byte{0, 1, 2})
		f := c.next(5 * time.Second)
		if f["type"] != "error" {
			t.Errorf("got %v, want error", f)
		}
	})
	t.Run("foreign origin", func(t *testing.T) {
		_, resp, err := websocket.DefaultDialer.Dial(h.WS(), http.Header{"Origin": {"https://evil.example"}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("foreign origin: err=%v resp=%v, want 403", err, resp)
		}
	})

	// The bystander is still served.
	bystander.send(map[string]any{"type": "message", "id": "b1", "text": "I am in Thailand, where can I get help with my work permit?"})
	reply, _ := bystander.until("reply", 5*time.Second)
	if reply["text"] == "" {
		t.Error("bystander got an empty reply")
	}
}

// TestFloodingClientDoesNotSlowOthers: one client floods; it is refused
// with rate_limited errors, and a second client is answered as usual.
func TestFloodingClientDoesNotSlowOthers(t *testing.T) {
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_MESSAGES_PER_MINUTE": "30",
		"HELPBOT_IP_MESSAGES_PER_SECOND": "0"})
	flood := dial(t, h.WS(), nil)
	const n = 200
	go func() {
		for i := range n {
			if flood.ws.WriteJSON(map[string]any{"type": "message", "id": fmt.Sprint("f", i), "text": "spam spam spam spam"}) != nil {
				return
			}
		}
	}()
	type tally struct {
		limited, answered int
		cut               bool // the server disconnected the flood (too slow to read)
	}
	counted := make(chan tally, 1)
	go func() {
		var c tally
		for c.limited+c.answered < n {
			flood.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
			var f map[string]any
			if err := flood.ws.ReadJSON(&f); err != nil {
				c.cut = true
				break
			}
			switch {
			case f["type"] == "error" && f["code"] == "rate_limited":
				c.limited++
			case f["type"] == "reply":
				c.answered++
			}
		}
		counted <- c
	}()
	other := dial(t, h.WS(), nil)
	start := time.Now()
	other.send(map[string]any{"type": "message", "id": "o1", "text": "I am in Thailand and my employer has not paid me, what can I do?"})
	reply, _ := other.until("reply", 5*time.Second)
	t.Logf("the other client's reply came after %v while the flood ran", time.Since(start))
	if reply["text"] == "" {
		t.Error("empty reply")
	}
	c := <-counted
	t.Logf("flood: %d answered, %d refused, disconnected: %v", c.answered, c.limited, c.cut)
	if c.answered > 11 || (!c.cut && c.limited < n-11) {
		t.Errorf("flood: %d answered, %d refused; want at most the burst answered and the rest refused", c.answered, c.limited)
	}
}

func TestTooManyConnectionsFromOneAddress(t *testing.T) {
	h := startHelpbot(t, map[string]string{"HELPBOT_MAX_CONNS_PER_IP": "2"})
	dial(t, h.WS(), nil)
	dial(t, h.WS(), nil)
	_, resp, err := websocket.DefaultDialer.Dial(h.WS(), nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("third connection: err=%v resp=%v, want 429", err, resp)
	}
}

// TestLongConversationResumesWhole: a resume replays more frames than the
// connection's send buffer holds, without dropping the client.
func TestLongConversationResumesWhole(t *testing.T) {
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_MESSAGES_PER_MINUTE": "0", "HELPBOT_IP_MESSAGES_PER_SECOND": "0"})
	c := dial(t, h.WS(), nil)
	const n = 80
	var token string
	for i := range n {
		_, frames := c.exchange(fmt.Sprint("q", i), "I am in Malaysia and want to ask about my work permit renewal", 5*time.Second)
		for _, b := range frames {
			if b["type"] == "welcome" {
				token = b["token"].(string)
			}
		}
	}
	c2 := dial(t, h.WS(), nil)
	c2.send(map[string]any{"type": "resume", "token": token})
	_, replayed := c2.until("resumed", 10*time.Second)
	if got := len(replayed) - 1; got != 2*n { // minus the welcome
		t.Errorf("resume replayed %d entries, want %d", got, 2*n)
	}
}

// TestCountryChoiceAnswersWithThatCountrysHelp: the country buttons set the
// country; the answer has a position, so a resume does not show it twice.
func TestCountryChoiceAnswersWithThatCountrysHelp(t *testing.T) {
	h := startWithRedis(t)
	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "h1", "text": "hello, I need some advice about my job please"})
	welcome := c.next(5 * time.Second)
	first, _ := c.until("reply", 5*time.Second)
	if q, _ := first["quick_replies"].([]any); len(q) != 12 {
		t.Fatalf("no country unknown: want 12 country buttons, got %v", first["quick_replies"])
	}
	c.send(map[string]any{"type": "country", "country": "KH"})
	chosen, _ := c.until("reply", 5*time.Second)
	if chosen["seq"] == "" || chosen["seq"] == nil || !contains(emergencyNumbers(chosen), "117") {
		t.Fatalf("country reply = %v, want a seq and Cambodia's police 117", chosen)
	}
	c2 := dial(t, h.WS(), nil)
	c2.send(map[string]any{"type": "resume", "token": welcome["token"], "since": chosen["seq"]})
	c2.next(5 * time.Second)
	if _, replayed := c2.until("resumed", 5*time.Second); len(replayed) != 0 {
		t.Errorf("resume after the choice replayed %v", replayed)
	}
}
