package telegram_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"helpbot/internal/channels/channeltest"
	"helpbot/internal/channels/telegram"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

const (
	webhookSecret = "s3cret_Token-for-tests"
	chatID        = int64(987654321)
	personName    = "Somchai"
)

var testSecret = []byte("conversation-key-secret-for-tests")

// recordingEngine is the real engine, with the messages it was given kept
// for the test to look at.
type recordingEngine = channeltest.Recorder

type env struct {
	t       *testing.T
	api     *fakeAPI
	redis   *redistest.Server
	updates *store.TelegramUpdates
	convs   *store.Conversations
	engine  *recordingEngine
	text    *locale.Catalog
	logs    *syncBuffer
	log     *slog.Logger
}

type syncBuffer = channeltest.LogBuffer

// newEnv starts a redis-server and a fake Bot API, and builds a real
// engine on the real directory and locales. At the end it checks that the
// logs hold no chat id, name or message text.
func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, api: newFakeAPI(t), redis: redistest.Start(t), logs: &syncBuffer{}}
	e.log = slog.New(slog.NewJSONHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	// The client helpbot itself uses, with its short timeouts.
	rdb, _, closeRedis, err := store.Connect(context.Background(), e.redis.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeRedis)
	e.updates = store.NewTelegramUpdates(rdb, 0)
	e.convs = store.NewConversations(rdb, 0)
	text, err := locale.Load(os.DirFS("../../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	e.text = text
	dir, err := directory.NewStore("../../../directory", nil)
	if err != nil {
		t.Fatal(err)
	}
	e.engine = &recordingEngine{Engine: &triage.Engine{Directory: dir, Conversations: e.convs, Text: text, Logger: e.log}}
	t.Cleanup(func() {
		logs := e.logs.String()
		for _, secret := range []string{strconv.FormatInt(chatID, 10), personName, "พาสปอร์ต", "caseworker says"} {
			if strings.Contains(logs, secret) {
				t.Errorf("logs contain %q", secret)
			}
		}
	})
	return e
}

func (e *env) channel(mods ...func(*telegram.Options)) *telegram.Channel {
	e.t.Helper()
	o := telegram.Options{
		Token: testToken, WebhookSecret: webhookSecret, Secret: testSecret, ServerURL: e.api.URL,
		Mode: telegram.ModeWebhook, Logger: e.log, Text: e.text, States: e.convs, Transcript: e.convs,
		PollInterval: 50 * time.Millisecond, Lease: time.Second,
	}
	for _, m := range mods {
		m(&o)
	}
	ch, err := telegram.New(e.engine, e.updates, o)
	if err != nil {
		e.t.Fatal(err)
	}
	return ch
}

// run runs the channel until the test ends.
func (e *env) run(ch *telegram.Channel) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ch.Run(ctx) }()
	e.t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				e.t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			e.t.Error("Run did not return")
		}
	})
}

// post sends an update to the channel's webhook with the given secret
// header ("" for none) and returns the status.
func post(t *testing.T, ch *telegram.Channel, secret, body string) int {
	t.Helper()
	mux := http.NewServeMux()
	ch.Routes(mux)
	req := httptest.NewRequest(http.MethodPost, "/webhooks/telegram", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	return rec.Code
}

func from(lang string) map[string]any {
	return map[string]any{"id": chatID, "is_bot": false, "first_name": personName, "username": "somchai_k", "language_code": lang}
}

func chat() map[string]any {
	return map[string]any{"id": chatID, "type": "private", "first_name": personName}
}

func message(id int64, lang string, fields map[string]any) string {
	m := map[string]any{"message_id": id, "date": 1700000000, "from": from(lang), "chat": chat()}
	for k, v := range fields {
		m[k] = v
	}
	b, _ := json.Marshal(map[string]any{"update_id": id, "message": m})
	return string(b)
}

func textUpdate(id int64, lang, text string) string {
	return message(id, lang, map[string]any{"text": text})
}

func callbackUpdate(id int64, lang, queryID, data string) string {
	b, _ := json.Marshal(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": queryID, "from": from(lang), "chat_instance": "1", "data": data,
		"message": map[string]any{"message_id": 5, "date": 1700000000, "chat": chat(), "text": "…"},
	}})
	return string(b)
}

func mustPost(t *testing.T, ch *telegram.Channel, body string) {
	t.Helper()
	if code := post(t, ch, webhookSecret, body); code != http.StatusOK {
		t.Fatalf("webhook answered %d, want 200", code)
	}
}

func conv() string { return telegram.ConversationKey(testSecret, chatID) }

func TestWebhookSecret(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	ctx := context.Background()
	tests := []struct {
		name   string
		secret string
		id     int64
		want   int
	}{
		{"good", webhookSecret, 1001, http.StatusOK},
		{"wrong", "s3cret_Token-for-testz", 1002, http.StatusUnauthorized},
		{"missing", "", 1003, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := post(t, ch, tt.secret, textUpdate(tt.id, "en", "hello")); got != tt.want {
				t.Fatalf("status %d, want %d", got, tt.want)
			}
			// Put reports dup exactly when the webhook stored the update.
			dup, err := e.updates.Put(ctx, tt.id, "probe", []byte("{}"))
			if err != nil {
				t.Fatal(err)
			}
			if stored := tt.want == http.StatusOK; dup != stored {
				t.Errorf("stored = %v, want %v", dup, stored)
			}
		})
	}
	t.Run("too large", func(t *testing.T) {
		big := textUpdate(1004, "en", strings.Repeat("x", 2<<20))
		if got := post(t, ch, webhookSecret, big); got != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", got)
		}
	})
	if got := e.api.sent("sendMessage"); len(got) != 0 {
		t.Errorf("%d messages sent without a processor", len(got))
	}
}

func TestDuplicateUpdateProcessedOnce(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	u := textUpdate(2001, "en", "I need help, I am in Malaysia")
	mustPost(t, ch, u)
	mustPost(t, ch, u)
	e.run(ch)
	mustPost(t, ch, u) // again, while running
	e.api.waitFor(t, "sendMessage", 1)
	if got := e.api.settle("sendMessage"); len(got) != 1 {
		t.Errorf("%d answers, want 1", len(got))
	}
	if got := len(e.engine.Messages()); got != 1 {
		t.Errorf("engine saw the message %d times", got)
	}
}

func TestStartFlow(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	ctx := context.Background()

	mustPost(t, ch, textUpdate(3001, "th", "/start"))
	msgs := e.api.waitFor(t, "sendMessage", 2)
	if got, want := msgs[0].Fields["text"], e.text.Text("th", "bot.greeting", nil); got != want {
		t.Errorf("greeting %q, want %q", got, want)
	}
	if got := msgs[0].Fields["chat_id"]; got != strconv.FormatInt(chatID, 10) {
		t.Errorf("chat_id %q", got)
	}
	langs := flatten(msgs[0].keyboard(t))
	if len(langs) != len(triage.Languages) {
		t.Fatalf("language keyboard has %d buttons, want %d", len(langs), len(triage.Languages))
	}
	if langs["language:th"] != "ไทย" || langs["language:en"] != "English" {
		t.Errorf("language buttons: %v", langs)
	}
	if got, want := msgs[1].Fields["text"], e.text.Text("th", "bot.ask_country", nil); got != want {
		t.Errorf("country prompt %q, want %q", got, want)
	}
	countries := flatten(msgs[1].keyboard(t))
	if len(countries) != len(triage.Countries) || countries["country:TH"] != e.text.Text("th", "country.TH", nil) {
		t.Errorf("country buttons: %v", countries)
	}

	// Choose Khmer: the button is answered, the choice acknowledged in
	// Khmer, and the country asked for in Khmer.
	mustPost(t, ch, callbackUpdate(3002, "th", "cb-1", "language:km"))
	answers := e.api.waitFor(t, "answerCallbackQuery", 1)
	if answers[0].Fields["callback_query_id"] != "cb-1" {
		t.Errorf("answered %v", answers[0].Fields)
	}
	msgs = e.api.waitFor(t, "sendMessage", 4)
	if got, want := msgs[2].Fields["text"], e.text.Text("km", "bot.language_set", nil); got != want {
		t.Errorf("language ack %q, want %q", got, want)
	}
	if got, want := msgs[3].Fields["text"], e.text.Text("km", "bot.ask_country", nil); got != want {
		t.Errorf("country prompt %q, want %q", got, want)
	}

	mustPost(t, ch, callbackUpdate(3003, "th", "cb-2", "country:TH"))
	e.api.waitFor(t, "answerCallbackQuery", 2)
	msgs = e.api.waitFor(t, "sendMessage", 5)
	want := e.text.Text("km", "bot.country_set", map[string]any{"Country": e.text.Text("km", "country.TH", nil)})
	if got := msgs[4].Fields["text"]; !strings.HasPrefix(got, want) {
		t.Errorf("country ack %q, want it to start with %q", got, want)
	}
	s, err := e.convs.Load(ctx, conv())
	if err != nil {
		t.Fatal(err)
	}
	if s.Language != "km" || !s.LanguageChosen || s.Country != "TH" || !s.CountryChosen {
		t.Errorf("state %+v", s)
	}

	// /language and /country show the keyboards again, in Khmer now.
	mustPost(t, ch, textUpdate(3004, "th", "/country@helpbot_bot"))
	msgs = e.api.waitFor(t, "sendMessage", 6)
	if got, want := msgs[5].Fields["text"], e.text.Text("km", "bot.ask_country", nil); got != want {
		t.Errorf("/country %q, want %q", got, want)
	}
	mustPost(t, ch, textUpdate(3005, "th", "/language"))
	msgs = e.api.waitFor(t, "sendMessage", 7)
	if n := len(flatten(msgs[6].keyboard(t))); n != len(triage.Languages) {
		t.Errorf("/language keyboard has %d buttons", n)
	}
}

// flatten maps each button's callback data to its label.
func flatten(rows [][]button) map[string]string {
	out := map[string]string{}
	for _, row := range rows {
		for _, b := range row {
			out[b.CallbackData] = b.Text
		}
	}
	return out
}

func TestThaiMessageAnsweredInThai(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	mustPost(t, ch, textUpdate(4001, "th", "นายจ้างยึดพาสปอร์ตของฉัน และไม่จ่ายเงินเดือนสามเดือนแล้ว ฉันทำงานที่โรงงานในสมุทรสาคร"))
	msgs := e.api.waitFor(t, "sendMessage", 1)
	got := msgs[0].Fields["text"]
	first := []rune(got)
	if len(first) > 40 {
		first = first[:40]
	}
	if !hasThai(string(first)) {
		t.Errorf("reply does not start in Thai: %q", got)
	}
	s, err := e.convs.Load(context.Background(), conv())
	if err != nil {
		t.Fatal(err)
	}
	if s.Language != "th" || s.Country != "TH" {
		t.Errorf("state language %q country %q, want th TH", s.Language, s.Country)
	}
	m := e.engine.Messages()
	if len(m) != 1 || m[0].Channel != triage.ChannelTelegram || m[0].Hints.TelegramLanguage != "th" ||
		m[0].Conversation != conv() || m[0].ID != "4001" {
		t.Errorf("engine got %+v", m)
	}
}

func hasThai(s string) bool {
	for _, r := range s {
		if r >= 0x0E00 && r <= 0x0E7F {
			return true
		}
	}
	return false
}

func TestAttachmentAskedToWrite(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	mustPost(t, ch, message(5001, "th", map[string]any{"photo": []map[string]any{
		{"file_id": "a", "file_unique_id": "a", "width": 90, "height": 90, "file_size": 1000},
		{"file_id": "b", "file_unique_id": "b", "width": 800, "height": 800, "file_size": 54321},
	}}))
	mustPost(t, ch, message(5002, "th", map[string]any{"voice": map[string]any{
		"file_id": "v", "file_unique_id": "v", "duration": 3, "file_size": 777,
	}}))
	msgs := e.api.waitFor(t, "sendMessage", 2)
	want := e.text.Text("th", "bot.attachment", nil)
	for i, m := range msgs {
		if !strings.HasPrefix(m.Fields["text"], want) {
			t.Errorf("reply %d %q, want the Thai request to write", i, m.Fields["text"])
		}
	}
	got := e.engine.Messages()
	if len(got) != 2 || len(got[0].Attachments) != 1 || got[0].Attachments[0] != (triage.Attachment{Kind: "photo", Size: 54321}) ||
		got[1].Attachments[0] != (triage.Attachment{Kind: "voice", Size: 777}) {
		t.Errorf("attachments %+v", got)
	}
}

func TestLocationAndContact(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	mustPost(t, ch, message(6001, "en", map[string]any{"location": map[string]any{"latitude": 3.139, "longitude": 101.6869}}))
	msgs := e.api.waitFor(t, "sendMessage", 1)
	want := e.text.Text("en", "bot.country_set", map[string]any{"Country": e.text.Text("en", "country.MY", nil)})
	if !strings.HasPrefix(msgs[0].Fields["text"], want) {
		t.Errorf("location reply %q, want %q", msgs[0].Fields["text"], want)
	}
	s, _ := e.convs.Load(context.Background(), conv())
	if s.Country != "MY" || !s.CountryChosen {
		t.Errorf("state country %q chosen %v", s.Country, s.CountryChosen)
	}
	mustPost(t, ch, message(6002, "en", map[string]any{"contact": map[string]any{"phone_number": "+8801712345678", "first_name": personName}}))
	e.api.waitFor(t, "sendMessage", 2)
	got := e.engine.Messages()
	if len(got) != 1 || got[0].Hints.Phone != "+8801712345678" {
		t.Errorf("contact hint: %+v", got)
	}
}

func TestOrderPerChat(t *testing.T) {
	e := newEnv(t)
	ch := e.channel(func(o *telegram.Options) { o.Workers = 4 })
	for i := range int64(6) {
		mustPost(t, ch, textUpdate(7001+i, "en", fmt.Sprintf("message number %d", i)))
	}
	e.run(ch)
	e.api.waitFor(t, "sendMessage", 6)
	var ids []string
	for _, m := range e.engine.Messages() {
		ids = append(ids, m.ID)
	}
	if strings.Join(ids, ",") != "7001,7002,7003,7004,7005,7006" {
		t.Errorf("handled in order %v", ids)
	}
}

func TestCaseworkerReply(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	ctx := context.Background()
	mustPost(t, ch, textUpdate(8001, "en", "hello"))
	e.api.waitFor(t, "sendMessage", 1)

	err := ch.Sender().Send(ctx, triage.Reply{Channel: triage.ChannelTelegram, Conversation: conv(),
		From: triage.FromCaseworker, Language: "en", Text: "The caseworker says: we can meet tomorrow."})
	if err != nil {
		t.Fatal(err)
	}
	msgs := e.api.waitFor(t, "sendMessage", 2)
	if msgs[1].Fields["chat_id"] != strconv.FormatInt(chatID, 10) || !strings.Contains(msgs[1].Fields["text"], "meet tomorrow") {
		t.Errorf("delivered %v", msgs[1].Fields)
	}

	entries, err := e.convs.Since(ctx, conv(), "")
	if err != nil {
		t.Fatal(err)
	}
	if last := entries[len(entries)-1]; last.From != triage.FromCaseworker || !strings.Contains(last.Text, "meet tomorrow") {
		t.Errorf("transcript ends with %+v, want the caseworker's reply", last)
	}

	err = ch.Sender().Send(ctx, triage.Reply{Channel: triage.ChannelTelegram, Conversation: "tunknown", Text: "x"})
	if !errors.Is(err, telegram.ErrNoChat) {
		t.Errorf("unknown conversation: %v, want ErrNoChat", err)
	}
}

// knownChat records the chat of the test conversation as a message would.
func (e *env) knownChat() {
	e.t.Helper()
	if err := e.updates.SetChat(context.Background(), conv(), chatID); err != nil {
		e.t.Fatal(err)
	}
}

func TestRateLimitHonoured(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.knownChat()
	e.api.respond = func(c call, n int) (int, string, bool) {
		if c.Method == "sendMessage" && n == 1 {
			return http.StatusTooManyRequests,
				`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`, true
		}
		return 0, "", false
	}
	start := time.Now()
	err := ch.Sender().Send(context.Background(), triage.Reply{Channel: triage.ChannelTelegram, Conversation: conv(), Text: "hello"})
	if err != nil {
		t.Fatal(err)
	}
	msgs := e.api.sent("sendMessage")
	if len(msgs) != 2 {
		t.Fatalf("%d sendMessage calls, want 2 (429, then the retry)", len(msgs))
	}
	if wait := msgs[1].At.Sub(msgs[0].At); wait < time.Second {
		t.Errorf("retried after %v, want at least retry_after (1s)", wait)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

func TestBlockedIsUnreachable(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	ctx := context.Background()
	e.knownChat()
	if err := e.convs.Save(ctx, triage.State{Conversation: conv(), Channel: triage.ChannelTelegram, Updated: time.Now()}); err != nil {
		t.Fatal(err)
	}
	e.api.respond = func(c call, n int) (int, string, bool) {
		if c.Method == "sendMessage" {
			return http.StatusForbidden, `{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}`, true
		}
		return 0, "", false
	}
	err := ch.Sender().Send(ctx, triage.Reply{Channel: triage.ChannelTelegram, Conversation: conv(), Text: "hello"})
	if !errors.Is(err, telegram.ErrUnreachable) {
		t.Fatalf("err %v, want ErrUnreachable", err)
	}
	if n := len(e.api.sent("sendMessage")); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
	s, err := e.convs.Load(ctx, conv())
	if err != nil {
		t.Fatal(err)
	}
	if !s.Unreachable {
		t.Error("conversation not marked unreachable")
	}

	// Writing again (after unblocking) makes it reachable.
	e.api.respond = nil
	e.run(ch)
	mustPost(t, ch, textUpdate(9001, "en", "hello again"))
	e.api.waitFor(t, "sendMessage", 2)
	if s, _ := e.convs.Load(ctx, conv()); s.Unreachable {
		t.Error("still unreachable after the person wrote")
	}
}

func TestLongReplySplit(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.knownChat()
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < 5000 {
		b.WriteString("ข้อความยาว 😀 long line of text for the person to read.\n")
	}
	text := b.String()
	if err := ch.Sender().Send(context.Background(), triage.Reply{Channel: triage.ChannelTelegram, Conversation: conv(), Text: text}); err != nil {
		t.Fatal(err)
	}
	msgs := e.api.sent("sendMessage")
	if len(msgs) != 2 {
		t.Fatalf("%d messages, want 2", len(msgs))
	}
	var joined []string
	for i, m := range msgs {
		if n := len(utf16.Encode([]rune(m.Fields["text"]))); n > telegram.MaxMessage {
			t.Errorf("part %d is %d UTF-16 units", i, n)
		}
		joined = append(joined, m.Fields["text"])
	}
	if strings.Join(joined, "\n") != strings.TrimSpace(text) {
		t.Error("the parts do not add up to the reply")
	}
}

// A process stores an update and dies before processing it: a new process
// on the same Redis answers it exactly once.
func TestCrashBeforeProcessing(t *testing.T) {
	e := newEnv(t)
	first := e.channel()
	mustPost(t, first, textUpdate(10001, "en", "hello, I am in Singapore"))
	if n := len(e.api.sent("sendMessage")); n != 0 {
		t.Fatalf("%d sent before processing", n)
	}
	second := e.channel()
	e.run(second)
	e.api.waitFor(t, "sendMessage", 1)
	if got := e.api.settle("sendMessage"); len(got) != 1 {
		t.Errorf("%d answers, want 1", len(got))
	}
}

// A process claims a chat and dies in the middle: after its lease runs out
// another process answers, once.
func TestCrashWhileClaimed(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	first := e.channel()
	mustPost(t, first, textUpdate(11001, "en", "hello"))
	chat, err := e.updates.Claim(ctx, "dead-process", 700*time.Millisecond)
	if err != nil || chat != conv() {
		t.Fatalf("claim: %q %v", chat, err)
	}
	start := time.Now()
	e.run(e.channel())
	msgs := e.api.waitFor(t, "sendMessage", 1)
	if early := msgs[0].At.Sub(start); early < 500*time.Millisecond {
		t.Errorf("answered %v after start, while the dead process still held the chat", early)
	}
	if got := e.api.settle("sendMessage"); len(got) != 1 {
		t.Errorf("%d answers, want 1", len(got))
	}
}

// A process sends the first of two messages answering /start and dies: the
// next one sends only the second.
func TestCrashAfterSending(t *testing.T) {
	e := newEnv(t)
	first := e.channel()
	mustPost(t, first, textUpdate(12001, "en", "/start"))
	if err := e.updates.MarkSent(context.Background(), 12001, 1); err != nil {
		t.Fatal(err)
	}
	e.run(e.channel())
	msgs := e.api.waitFor(t, "sendMessage", 1)
	if got := e.api.settle("sendMessage"); len(got) != 1 {
		t.Fatalf("%d messages, want only the one not sent before", len(got))
	}
	if got, want := msgs[0].Fields["text"], e.text.Text("en", "bot.ask_country", nil); got != want {
		t.Errorf("sent %q, want the country prompt", got)
	}
}

func TestPolling(t *testing.T) {
	e := newEnv(t)
	ch := e.channel(func(o *telegram.Options) { o.Mode = telegram.ModePolling; o.WebhookSecret = "" })
	e.api.updates <- []json.RawMessage{json.RawMessage(textUpdate(13001, "en", "hello"))}
	e.run(ch)
	e.api.waitFor(t, "sendMessage", 1)
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		polls := e.api.sent("getUpdates")
		if last := polls[len(polls)-1]; last.Fields["offset"] == "13002" {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Error("getUpdates never confirmed the update (offset 13002)")
}

func TestSetWebhook(t *testing.T) {
	api := newFakeAPI(t)
	err := telegram.SetWebhook(context.Background(), telegram.SetWebhookOptions{
		Token: testToken, URL: "https://help.example/webhooks/telegram", Secret: webhookSecret, ServerURL: api.URL,
	})
	if err != nil {
		t.Fatal(err)
	}
	calls := api.sent("setWebhook")
	if len(calls) != 1 || calls[0].Fields["url"] != "https://help.example/webhooks/telegram" ||
		calls[0].Fields["secret_token"] != webhookSecret {
		t.Errorf("setWebhook calls %+v", calls)
	}
	if err := telegram.SetWebhook(context.Background(), telegram.SetWebhookOptions{Token: testToken, URL: "x", Secret: "bad secret!"}); err == nil {
		t.Error("accepted a secret Telegram refuses")
	}
}

func TestNewValidates(t *testing.T) {
	e := newEnv(t)
	for name, mod := range map[string]func(*telegram.Options){
		"no token":          func(o *telegram.Options) { o.Token = "" },
		"short secret":      func(o *telegram.Options) { o.Secret = []byte("short") },
		"no webhook secret": func(o *telegram.Options) { o.WebhookSecret = "" },
		"bad mode":          func(o *telegram.Options) { o.Mode = "push" },
	} {
		o := telegram.Options{Token: testToken, WebhookSecret: webhookSecret, Secret: testSecret, Text: e.text}
		mod(&o)
		if _, err := telegram.New(e.engine, e.updates, o); err == nil {
			t.Errorf("%s: New accepted it", name)
		}
	}
}

// With Redis down the person is still answered (from the directory in
// memory), and Telegram is told the update arrived.
func TestRedisDownStillAnswers(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.redis.Kill()
	start := time.Now()
	mustPost(t, ch, textUpdate(14001, "en", "help me, I am in Thailand, my boss took my passport"))
	msgs := e.api.sent("sendMessage")
	if len(msgs) != 1 || msgs[0].Fields["text"] == "" {
		t.Fatalf("%d answers, want 1", len(msgs))
	}
	t.Logf("answered in %v without Redis", time.Since(start))
}

// A send that fails (Telegram down) is tried again later; the engine does
// not record the message twice, and the person gets the answer.
func TestTransientFailureRetried(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.api.respond = func(c call, n int) (int, string, bool) {
		if c.Method == "sendMessage" && n == 1 {
			return http.StatusInternalServerError, `{"ok":false,"error_code":500,"description":"Internal Server Error"}`, true
		}
		return 0, "", false
	}
	e.run(ch)
	mustPost(t, ch, textUpdate(15001, "en", "hello, I am in Viet Nam"))
	msgs := e.api.waitFor(t, "sendMessage", 2)
	if msgs[1].Fields["text"] == "" || msgs[1].Fields["text"] != msgs[0].Fields["text"] {
		t.Errorf("retry sent %q, first try %q", msgs[1].Fields["text"], msgs[0].Fields["text"])
	}
	if got := e.api.settle("sendMessage"); len(got) != 2 {
		t.Errorf("%d sends, want 2", len(got))
	}
	entries, err := e.convs.Since(context.Background(), conv(), "")
	if err != nil {
		t.Fatal(err)
	}
	persons := 0
	for _, en := range entries {
		if en.From == triage.FromPerson {
			persons++
		}
	}
	if persons != 1 {
		t.Errorf("transcript has the message %d times", persons)
	}
}

// TestFloodFromOneChatIsNotAnswered: a chat sending far too fast is not
// answered beyond its burst and is told once to slow down, yet everything
// it sent is stored (nothing a person wrote is lost); another chat is
// answered.
func TestFloodFromOneChatIsNotAnswered(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	for i := range 30 {
		mustPost(t, ch, textUpdate(int64(20000+i), "en", fmt.Sprintf("line %d of what happened", i)))
	}
	other := `{"update_id":29999,"message":{"message_id":1,"date":1700000000,"chat":{"id":5550001,"type":"private"},"from":{"id":5550001,"is_bot":false,"first_name":"B","language_code":"en"},"text":"hello, I am in Malaysia and need help with my permit"}}`
	mustPost(t, ch, other)
	time.Sleep(2 * time.Second)
	sends := e.api.sent("sendMessage")
	var notices, toOther, toFlooder int
	for _, s := range sends {
		switch {
		case s.Fields["chat_id"] == "5550001":
			toOther++
		case strings.Contains(s.Fields["text"], "very fast"):
			notices++
		default:
			toFlooder++
		}
	}
	if toOther == 0 {
		t.Error("the other chat was not answered")
	}
	if notices != 1 {
		t.Errorf("%d slow-down notices, want 1", notices)
	}
	if toFlooder > 10 {
		t.Errorf("%d answers to the flooding chat, want at most its burst of 10", toFlooder)
	}
	entries, err := e.convs.Since(context.Background(), conv(), "")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	for _, en := range entries {
		if en.From == triage.FromPerson {
			stored[en.Text] = true
		}
	}
	for i := range 30 {
		if line := fmt.Sprintf("line %d of what happened", i); !stored[line] {
			t.Errorf("%q was not stored", line)
		}
	}
}

// TestAttachmentNotedInTranscript: a photo is noted for the caseworker by
// kind and size only.
func TestAttachmentNotedInTranscript(t *testing.T) {
	e := newEnv(t)
	ch := e.channel()
	e.run(ch)
	mustPost(t, ch, message(31001, "th", map[string]any{"photo": []map[string]any{
		{"file_id": "a", "file_unique_id": "a", "width": 90, "height": 90, "file_size": 2048},
		{"file_id": "b", "file_unique_id": "b", "width": 800, "height": 800, "file_size": 54321},
	}}))
	e.api.waitFor(t, "sendMessage", 1)
	entries, err := e.convs.Since(context.Background(), conv(), "")
	if err != nil {
		t.Fatal(err)
	}
	var noted []triage.Attachment
	for _, en := range entries {
		if en.From == triage.FromPerson {
			noted = append(noted, en.Attachments...)
		}
	}
	if len(noted) != 1 || noted[0].Kind != "photo" || noted[0].Size <= 0 {
		t.Errorf("attachments in the transcript: %+v, want one photo with its size", noted)
	}
}
