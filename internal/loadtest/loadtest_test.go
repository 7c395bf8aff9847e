package loadtest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func wsURL(srv *httptest.Server) string { return "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws" }

func TestAppendFrame(t *testing.T) {
	text := "Xin chào \"bạn\"\n\\ 你好"
	q, _ := json.Marshal(text)
	b, id := appendFrame([]byte("stale"), 12, 345, q)
	b = b[len("stale"):]
	var f map[string]string
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if f["type"] != "message" || f["id"] != "l12-345" || f["text"] != text || len(f) != 3 {
		t.Errorf("frame %s decodes to %v", b, f)
	}
	if got := string(id); got != `"l12-345"` {
		t.Errorf("quoted id %s", got)
	}
}

func TestRunAgainstEcho(t *testing.T) {
	srv := httptest.NewServer(EchoHandler())
	defer srv.Close()
	r, err := Run(context.Background(), Options{URL: wsURL(srv), Conns: 5, Messages: 7, Rate: 2000, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if r.Connected != 5 || r.Sent != 35 || r.Replies != 35 || r.Errors != 0 || r.Timeouts != 0 {
		t.Errorf("report %+v", r)
	}
	if r.P50 <= 0 || r.P99 < r.P50 || r.Max < r.P99 {
		t.Errorf("percentiles %v %v %v", r.P50, r.P99, r.Max)
	}
}

// A server that answers as helpbot does: frames for other ids and an ack
// before the reply, replies large enough to need several reads, and an
// error frame for every third message.
func TestRunMatchesReplies(t *testing.T) {
	up := websocket.Upgrader{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		n := 0
		for {
			_, b, err := c.ReadMessage()
			if err != nil {
				return
			}
			var in struct{ ID, Text string }
			json.Unmarshal(b, &in)
			n++
			id, _ := json.Marshal(in.ID)
			other, _ := json.Marshal(in.ID + "0") // an id that starts like this one
			c.WriteMessage(websocket.TextMessage, []byte(`{"type":"reply","in_reply_to":`+string(other)+`}`))
			c.WriteMessage(websocket.TextMessage, []byte(`{"type":"ack","id":`+string(id)+`,"stored":true}`))
			if n%3 == 0 {
				c.WriteMessage(websocket.TextMessage, []byte(`{"type":"error","code":"rate_limited","id":`+string(id)+`}`))
				continue
			}
			pad := strings.Repeat("help ", 2000)
			c.WriteMessage(websocket.TextMessage, []byte(`{"type":"reply","text":"`+pad+`","in_reply_to":`+string(id)+`}`))
		}
	}))
	defer srv.Close()
	r, err := Run(context.Background(), Options{URL: wsURL(srv), Conns: 3, Messages: 6, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if r.Sent != 18 || r.Replies != 12 || r.Errors != 6 || r.Timeouts != 0 {
		t.Errorf("report %+v: want 18 sent, 12 answered, 6 errors", r)
	}
}

func TestRunRefusesOtherHosts(t *testing.T) {
	if _, err := Run(context.Background(), Options{URL: "ws://example.org/ws", Conns: 1}); err == nil {
		t.Error("a load to another host was not refused")
	}
}
