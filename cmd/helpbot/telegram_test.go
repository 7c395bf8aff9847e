package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"helpbot/internal/channels/telegram"
	"helpbot/internal/locale"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

const tgToken = "4242:e2e-token"

// botAPI is a fake Telegram Bot API server that records sendMessage calls.
type botAPI struct {
	*httptest.Server
	mu   sync.Mutex
	sent []map[string]any
}

func newBotAPI(t *testing.T) *botAPI {
	f := &botAPI{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		method := strings.TrimPrefix(r.URL.Path, "/bot"+tgToken+"/")
		fields := map[string]any{}
		if err := r.ParseMultipartForm(1 << 20); err == nil {
			for k, v := range r.MultipartForm.Value {
				fields[k] = v[0]
			}
		} else {
			body, _ := io.ReadAll(r.Body)
			json.Unmarshal(body, &fields)
		}
		w.Header().Set("Content-Type", "application/json")
		switch method {
		case "sendMessage":
			f.mu.Lock()
			f.sent = append(f.sent, fields)
			n := len(f.sent)
			f.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"result":{"message_id":%d,"date":1,"chat":{"id":1,"type":"private"}}}`, n)
		case "getMe":
			io.WriteString(w, `{"ok":true,"result":{"id":4242,"is_bot":true,"first_name":"helpbot","username":"helpbot_test_bot"}}`)
		default:
			io.WriteString(w, `{"ok":true,"result":true}`)
		}
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *botAPI) waitSent(t *testing.T, n int) []map[string]any {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		f.mu.Lock()
		got := append([]map[string]any(nil), f.sent...)
		f.mu.Unlock()
		if len(got) >= n {
			return got
		}
	}
	t.Fatalf("fewer than %d sendMessage calls", n)
	return nil
}

// TestTelegramUrgentMessageBecomesACaseAndIsAnswered: a webhook update with
// an urgent Thai message is answered in Thai, becomes a case, and a
// caseworker reply sent from another process reaches the same chat.
func TestTelegramUrgentMessageBecomesACaseAndIsAnswered(t *testing.T) {
	r := redistest.Start(t)
	api := newBotAPI(t)
	const secret = "0123456789abcdef0123456789abcdef"
	h := startHelpbot(t, map[string]string{
		"REDIS_URL": r.URL(), "HELPBOT_SECRET": secret,
		"HELPBOT_TELEGRAM_TOKEN": tgToken, "HELPBOT_TELEGRAM_WEBHOOK_SECRET": "hook-secret",
		"HELPBOT_TELEGRAM_API_URL": api.URL,
	})
	post := func(secretHeader string, body string) int {
		req, _ := http.NewRequest("POST", h.URL+"/webhooks/telegram", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secretHeader != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretHeader)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	update := `{"update_id":1001,"message":{"message_id":5,"date":1700000000,"chat":{"id":777001,"type":"private"},` +
		`"from":{"id":777001,"is_bot":false,"first_name":"N","language_code":"th"},` +
		`"text":"ช่วยด้วย นายจ้างทุบตีฉันและขังฉันไว้ในห้อง ตอนนี้อยู่ที่กรุงเทพ"}}`
	if code := post("wrong", update); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d, want 401", code)
	}
	if code := post("hook-secret", update); code != http.StatusOK {
		t.Fatalf("good secret: %d, want 200", code)
	}
	sent := api.waitSent(t, 1)
	if sent[0]["chat_id"] != "777001" && sent[0]["chat_id"] != float64(777001) {
		t.Errorf("reply went to chat %v", sent[0]["chat_id"])
	}
	answer, _ := sent[0]["text"].(string)
	if !strings.Contains(answer, "191") || !strings.ContainsAny(answer, "กขคงจฉชซ") {
		t.Errorf("reply is not Thai with the police number: %q", answer)
	}

	q, _ := queue.New(r.Client(), queue.Options{})
	cases, err := q.List(context.Background(), queue.Filter{})
	if err != nil || len(cases) != 1 || cases[0].Channel != triage.ChannelTelegram || cases[0].Priority != triage.Critical {
		t.Fatalf("cases = %+v, %v; want one critical Telegram case", cases, err)
	}

	// A caseworker on another process answers through the Telegram sender.
	conv := store.NewConversations(r.Client(), 0)
	text, err := locale.Load(os.DirFS("../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := telegram.New(nil, store.NewTelegramUpdates(r.Client(), 0), telegram.Options{
		Token: tgToken, WebhookSecret: "hook-secret", Secret: []byte(secret), ServerURL: api.URL,
		Transcript: conv, States: conv, Text: text,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Sender().Send(context.Background(), triage.Reply{
		Channel: triage.ChannelTelegram, Conversation: cases[0].Conversation, From: triage.FromCaseworker,
		Language: "th", Text: "สวัสดีค่ะ เจ้าหน้าที่กำลังช่วยคุณ",
	}); err != nil {
		t.Fatalf("caseworker reply: %v", err)
	}
	sent = api.waitSent(t, 2)
	if got := sent[len(sent)-1]["text"]; got != "สวัสดีค่ะ เจ้าหน้าที่กำลังช่วยคุณ" {
		t.Errorf("caseworker reply sent as %q", got)
	}
	for _, leak := range []string{"777001", "ช่วยด้วย", "สวัสดีค่ะ"} {
		if strings.Contains(h.Logs.String(), leak) {
			t.Errorf("logs contain %q", leak)
		}
	}
}
