package email_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/jhillyerd/enmime/v2"
	"github.com/redis/go-redis/v9"

	"helpbot/internal/channels/channeltest"
	"helpbot/internal/channels/email"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

const (
	ourAddress = "help@helpbot.example"
	mailgunKey = "key-mailgun-test"
	sgUser     = "parse"
	sgPass     = "s3cret-parse"
)

var (
	secret     = []byte("test-secret-0123456789")
	webhookKey = []byte("test-webhook-key")
)

// recorder is the real engine, watched: it keeps every message it handled.
type recorder = channeltest.Recorder

// smtpServer is an in-process SMTP server that captures what it receives.
type smtpServer struct {
	addr string
	srv  *smtp.Server
	mail chan []byte
}

type session struct{ s *smtpServer }

func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }
func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if strings.HasPrefix(to, "reject") {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	return nil
}
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.s.mail <- b
	return nil
}

// reservePort returns a loopback address nothing listens on yet.
func reservePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// startSMTP serves SMTP on addr until the test ends.
func startSMTP(t *testing.T, addr string, mail chan []byte) *smtpServer {
	t.Helper()
	s := &smtpServer{addr: addr, mail: mail}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &session{s}, nil }))
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	var l net.Listener
	var err error
	for range 50 { // the port may linger a moment after reservePort
		if l, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("listen smtp: %v", err)
	}
	go s.srv.Serve(l)
	t.Cleanup(func() { s.srv.Close() })
	return s
}

type env struct {
	t       *testing.T
	redis   *redistest.Server
	rdb     *redis.Client
	ch      *email.Channel
	engine  *recorder
	convs   *store.Conversations
	text    triage.Localizer
	http    *httptest.Server
	smtpURL string
	mail    chan []byte
	logs    *syncBuffer
}

type envOptions struct {
	noRun     bool // do not start the processor and outbox
	smtpLate  bool // do not start the SMTP server
	maxBody   int64
	retryMin  time.Duration
	consumer  string
	claimIdle time.Duration
}

type syncBuffer = channeltest.LogBuffer

func newEnv(t *testing.T, o envOptions) *env {
	t.Helper()
	rs := redistest.Start(t)
	rdb := rs.Client()
	text, err := locale.Load(os.DirFS("../../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	dir, problems := directory.Load(os.DirFS("../../../directory"))
	if dir == nil {
		t.Fatalf("directory: %v", problems)
	}
	convs := store.NewConversations(rdb, time.Hour)
	rec := &recorder{Engine: &triage.Engine{Directory: dir, Conversations: convs, Text: text}}
	e := &env{t: t, redis: rs, rdb: rdb, engine: rec, convs: convs, text: text, mail: make(chan []byte, 16), logs: &syncBuffer{}}
	addr := reservePort(t)
	e.smtpURL = "smtp://" + addr + "?tls=none"
	if !o.smtpLate {
		startSMTP(t, addr, e.mail)
	}
	retryMin := o.retryMin
	if retryMin == 0 {
		retryMin = 50 * time.Millisecond
	}
	ch, err := email.New(rec, store.NewEmail(rdb, time.Hour), email.Options{
		Address: ourAddress, Secret: secret, WebhookKey: webhookKey, MailgunKey: mailgunKey,
		SendGridUser: sgUser, SendGridPass: sgPass, MaxBody: o.maxBody, SMTPURL: e.smtpURL,
		History: convs, Text: text,
		Logger:       slog.New(slog.NewJSONHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		PollInterval: 50 * time.Millisecond, RetryMin: retryMin, RetryMax: 300 * time.Millisecond,
		SMTPTimeout: 2 * time.Second, ConsumerName: o.consumer, ClaimIdle: o.claimIdle,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.ch = ch
	mux := http.NewServeMux()
	ch.Routes(mux)
	e.http = httptest.NewServer(mux)
	t.Cleanup(e.http.Close)
	if !o.noRun {
		e.run()
	}
	return e
}

func (e *env) run() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { e.ch.Run(ctx); close(done) }()
	e.t.Cleanup(func() { cancel(); <-done })
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// postRaw posts a raw mail signed with helpbot's own scheme.
func (e *env) postRaw(raw []byte, key []byte, at time.Time) *http.Response {
	e.t.Helper()
	ts := strconv.FormatInt(at.Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/webhooks/email", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "message/rfc822")
	req.Header.Set(email.HeaderTimestamp, ts)
	req.Header.Set(email.HeaderSignature, email.SignRaw(key, ts, raw))
	return do(e.t, req)
}

func do(t *testing.T, req *http.Request) *http.Response {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

type file struct {
	field, name, ctype string
	data               []byte
}

// postForm posts a multipart form, with basic auth when user is set.
func (e *env) postForm(path string, fields map[string]string, files []file, user, pass string) *http.Response {
	e.t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		w.WriteField(k, v)
	}
	for _, f := range files {
		h := make(map[string][]string)
		h["Content-Disposition"] = []string{fmt.Sprintf(`form-data; name=%q; filename=%q`, f.field, f.name)}
		h["Content-Type"] = []string{f.ctype}
		pw, _ := w.CreatePart(h)
		pw.Write(f.data)
	}
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+path, &b)
	req.Header.Set("Content-Type", w.FormDataContentType())
	if user != "" {
		req.SetBasicAuth(user, pass)
	}
	return do(e.t, req)
}

func mailgunFields(ts time.Time, token string) map[string]string {
	s := strconv.FormatInt(ts.Unix(), 10)
	return map[string]string{"timestamp": s, "token": token, "signature": email.SignMailgun(mailgunKey, s, token)}
}

// waitMail returns the next mail the SMTP server receives.
func (e *env) waitMail(d time.Duration) *enmime.Envelope {
	e.t.Helper()
	select {
	case raw := <-e.mail:
		env, err := enmime.ReadEnvelope(bytes.NewReader(raw))
		if err != nil {
			e.t.Fatalf("read sent mail: %v", err)
		}
		return env
	case <-time.After(d):
		e.t.Fatal("no mail sent")
		return nil
	}
}

func (e *env) noMail(d time.Duration) {
	e.t.Helper()
	select {
	case <-e.mail:
		e.t.Fatal("a mail was sent")
	case <-time.After(d):
	}
}

// waitMessages waits until the engine has handled n messages.
func (e *env) waitMessages(n int) []triage.Message {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := e.engine.Messages(); len(m) >= n {
			return m
		}
		time.Sleep(20 * time.Millisecond)
	}
	e.t.Fatalf("engine handled %d messages, want %d", len(e.engine.Messages()), n)
	return nil
}

func (e *env) inboxLen() int64 {
	n, err := e.rdb.XLen(context.Background(), "helpbot:email:inbox").Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		e.t.Fatal(err)
	}
	return n
}

func wantStatus(t *testing.T, resp *http.Response, want int) {
	t.Helper()
	if resp.StatusCode != want {
		t.Fatalf("status %d, want %d", resp.StatusCode, want)
	}
}

func TestCharsetsAndEncodings(t *testing.T) {
	e := newEnv(t, envOptions{})
	tests := []struct {
		file, from, want, notWant string
		attachments               int
	}{
		{"tis620.eml", "somchai@mail.example", "นายจ้างยึดหนังสือเดินทางของฉัน", "", 0},
		{"windows874-qp.eml", "malee@mail.example", "นายจ้างไม่จ่ายค่าจ้างสามเดือนแล้ว", "", 0},
		{"big5.eml", "ana@mail.example", "我的僱主拿走了我的護照", "", 0},
		{"gb18030.eml", "li@mail.example", "老板扣押了我的身份证", "", 0},
		{"iso2022jp.eml", "taro@mail.example", "パスポートを取り上げられました", "", 0},
		{"utf8-qp.eml", "nguyen@mail.example", "Tôi bị chủ giữ hộ chiếu", "0912 345 678", 0},
		{"utf8-base64.eml", "siti@mail.example", "Majikan saya mengambil paspor saya", "", 0},
		{"html-only.eml", "maria@mail.example", "Kinuha ng amo ko ang", "Old quoted text", 0},
		{"attachment.eml", "juan@mail.example", "They keep my passport.", "Where are you now?", 1},
	}
	for i, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			wantStatus(t, e.postRaw(fixture(t, tt.file), webhookKey, time.Now()), http.StatusOK)
			m := e.waitMessages(i + 1)[i]
			if !strings.Contains(m.Text, tt.want) {
				t.Errorf("text %q does not contain %q", m.Text, tt.want)
			}
			if tt.notWant != "" && strings.Contains(m.Text, tt.notWant) {
				t.Errorf("text %q still contains %q", m.Text, tt.notWant)
			}
			if m.Hints.Email != tt.from {
				t.Errorf("email hint %q, want %q", m.Hints.Email, tt.from)
			}
			if m.Conversation != email.ConversationID(secret, tt.from) {
				t.Errorf("conversation %q, want the keyed hash of the sender", m.Conversation)
			}
			if m.Channel != triage.ChannelEmail {
				t.Errorf("channel %q", m.Channel)
			}
			if len(m.Attachments) != tt.attachments {
				t.Fatalf("attachments %v, want %d", m.Attachments, tt.attachments)
			}
			if tt.attachments > 0 && (m.Attachments[0].Kind != "image/jpeg" || m.Attachments[0].Size != 2048) {
				t.Errorf("attachment %+v, want image/jpeg of 2048 bytes", m.Attachments[0])
			}
			e.waitMail(10 * time.Second)
		})
	}
	// Nothing stays in the inbox once handled.
	if n := e.inboxLen(); n != 0 {
		t.Errorf("inbox holds %d mails after processing", n)
	}
	logs := e.logs.String()
	for _, secret := range []string{"somchai@", "mail.example", "passport", "ขอความช่วยเหลือ", "Tolong", "Kinuha"} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q", secret)
		}
	}
}

func TestUrgentThaiGetsThaiReplyBySMTP(t *testing.T) {
	e := newEnv(t, envOptions{})
	wantStatus(t, e.postRaw(fixture(t, "thai-urgent.eml"), webhookKey, time.Now()), http.StatusOK)
	m := e.waitMessages(1)[0]
	if strings.Contains(m.Text, "สวัสดี") || strings.Contains(m.Text, "เขียนว่า") {
		t.Errorf("quoted text not stripped: %q", m.Text)
	}
	got := e.waitMail(10 * time.Second)
	if v := got.GetHeader("In-Reply-To"); v != "<thai-urgent-1@mail.example>" {
		t.Errorf("In-Reply-To %q", v)
	}
	if v := got.GetHeader("References"); !strings.Contains(v, "<thai-urgent-1@mail.example>") {
		t.Errorf("References %q", v)
	}
	if v := got.GetHeader("Subject"); v != "Re: ช่วยด้วย" {
		t.Errorf("Subject %q", v)
	}
	if v := got.GetHeader("To"); !strings.Contains(v, "dao@mail.example") {
		t.Errorf("To %q", v)
	}
	if v := got.GetHeader("Auto-Submitted"); v != "auto-replied" {
		t.Errorf("Auto-Submitted %q", v)
	}
	if v := strings.Trim(got.GetHeader("Reply-To"), "<>"); !strings.HasPrefix(v, "help+") || !strings.HasSuffix(v, "@helpbot.example") {
		t.Errorf("Reply-To %q, want help+<token>@helpbot.example", v)
	}
	if v := got.GetHeader("Message-Id"); !strings.HasSuffix(v, "@helpbot.example>") {
		t.Errorf("Message-ID %q", v)
	}
	urgent := []string{e.text.Text("th", "bot.critical", nil), e.text.Text("th", "bot.high", nil)}
	if !strings.Contains(got.Text, urgent[0]) && !strings.Contains(got.Text, urgent[1]) {
		t.Errorf("reply is not the Thai urgent answer:\n%s", got.Text)
	}
	if !strings.Contains(got.HTML, `lang="th"`) || !strings.Contains(got.HTML, "<p>") || !strings.Contains(got.HTML, `href="tel:`) {
		t.Errorf("HTML part: %s", got.HTML)
	}
	// The person's reply, to the address we gave, lands in the same conversation.
	st, err := e.convs.Load(context.Background(), m.Conversation)
	if err != nil || st.Language != "th" {
		t.Errorf("conversation state %+v, %v: want language th", st, err)
	}
}

func TestThreadOfThreeMails(t *testing.T) {
	e := newEnv(t, envOptions{})
	first := "From: Aye <aye@mail.example>\r\nTo: help@helpbot.example\r\nSubject: help\r\nMessage-ID: <t1@mail.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nI work on a fishing boat and the captain keeps my papers.\r\n"
	wantStatus(t, e.postRaw([]byte(first), webhookKey, time.Now()), http.StatusOK)
	r1 := e.waitMail(10 * time.Second)
	replyTo := r1.GetHeader("Reply-To")

	// An advocate answers from another address, to the Reply-To address.
	second := "From: Advocate <adv@ngo.example>\r\nTo: " + replyTo + "\r\nSubject: Re: help\r\nMessage-ID: <t2@ngo.example>\r\n" +
		"In-Reply-To: " + r1.GetHeader("Message-Id") + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHe is in Songkhla port now.\r\n"
	wantStatus(t, e.postRaw([]byte(second), webhookKey, time.Now()), http.StatusOK)
	r2 := e.waitMail(10 * time.Second)
	if v := r2.GetHeader("To"); !strings.Contains(v, "adv@ngo.example") {
		t.Errorf("second reply To %q", v)
	}

	// A relative answers to the plain address; only References ties it.
	third := "From: Sister <sis@mail.example>\r\nTo: help@helpbot.example\r\nSubject: Re: help\r\nMessage-ID: <t3@mail.example>\r\n" +
		"References: <t1@mail.example> " + r2.GetHeader("Message-Id") + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHis boat is called Star 7.\r\n"
	wantStatus(t, e.postRaw([]byte(third), webhookKey, time.Now()), http.StatusOK)
	r3 := e.waitMail(10 * time.Second)

	msgs := e.waitMessages(3)
	for _, m := range msgs[1:] {
		if m.Conversation != msgs[0].Conversation {
			t.Fatalf("conversations %q and %q differ", msgs[0].Conversation, m.Conversation)
		}
	}
	entries, err := e.convs.Since(context.Background(), msgs[0].Conversation, "")
	if err != nil {
		t.Fatal(err)
	}
	persons := 0
	for _, en := range entries {
		if en.From == triage.FromPerson {
			persons++
		}
	}
	if persons != 3 {
		t.Errorf("transcript has %d messages from the person, want 3", persons)
	}
	if v := r3.GetHeader("In-Reply-To"); v != "<t3@mail.example>" {
		t.Errorf("third reply In-Reply-To %q", v)
	}
	if v := r3.GetHeader("Subject"); v != "Re: help" {
		t.Errorf("third reply Subject %q", v)
	}

	// A caseworker answers through the Sender: the mail goes to the last
	// writer, in the thread.
	err = e.ch.Sender().Send(context.Background(), triage.Reply{
		Channel: triage.ChannelEmail, Conversation: msgs[0].Conversation, From: triage.FromCaseworker,
		Language: "en", Text: "I am Ploy from the helpline. <b>Call me</b> at 1300.",
	})
	if err != nil {
		t.Fatal(err)
	}
	cw := e.waitMail(10 * time.Second)
	if v := cw.GetHeader("In-Reply-To"); v != "<t3@mail.example>" {
		t.Errorf("caseworker reply In-Reply-To %q", v)
	}
	if v := cw.GetHeader("Auto-Submitted"); v != "" {
		t.Errorf("caseworker reply is marked Auto-Submitted: %q", v)
	}
	if !strings.Contains(cw.HTML, "&lt;b&gt;Call me&lt;/b&gt;") {
		t.Errorf("HTML not escaped: %s", cw.HTML)
	}
	if err := e.ch.Sender().Send(context.Background(), triage.Reply{Conversation: "enothere"}); !errors.Is(err, email.ErrNoThread) {
		t.Errorf("send to unknown conversation: %v, want ErrNoThread", err)
	}
}

func TestAutoRepliesAreNotAnswered(t *testing.T) {
	e := newEnv(t, envOptions{})
	mails := map[string]string{
		"auto-submitted": string(fixture(t, "out-of-office.eml")),
		"subject":        "From: boss@company.example\r\nTo: help@helpbot.example\r\nSubject: Out of Office: back Monday\r\nMessage-ID: <o2@x>\r\n\r\nAway.\r\n",
		"precedence":     "From: news@company.example\r\nTo: help@helpbot.example\r\nPrecedence: bulk\r\nSubject: News\r\nMessage-ID: <o3@x>\r\n\r\nNews.\r\n",
		"list":           "From: list@company.example\r\nTo: help@helpbot.example\r\nList-Id: <x.list>\r\nSubject: x\r\nMessage-ID: <o4@x>\r\n\r\nList.\r\n",
		"x-autoreply":    "From: a@company.example\r\nTo: help@helpbot.example\r\nX-Autoreply: yes\r\nSubject: x\r\nMessage-ID: <o5@x>\r\n\r\nAuto.\r\n",
		"own address":    "From: Helpbot <help@helpbot.example>\r\nTo: help@helpbot.example\r\nSubject: x\r\nMessage-ID: <o6@x>\r\n\r\nLoop.\r\n",
		"mailer-daemon":  "From: MAILER-DAEMON@mx.example\r\nTo: help@helpbot.example\r\nSubject: failure notice\r\nMessage-ID: <o7@x>\r\n\r\nBounce.\r\n",
	}
	for name, raw := range mails {
		t.Run(name, func(t *testing.T) {
			wantStatus(t, e.postRaw([]byte(raw), webhookKey, time.Now()), http.StatusOK)
		})
	}
	e.noMail(time.Second)
	if n := len(e.engine.Messages()); n != 0 {
		t.Errorf("engine handled %d auto-replies", n)
	}
	if n := e.inboxLen(); n != 0 {
		t.Errorf("inbox holds %d mails; dropped mail must be acknowledged", n)
	}
	if !strings.Contains(e.logs.String(), `"reason":"auto-submitted"`) {
		t.Errorf("no log line names the reason: %s", e.logs.String())
	}
	// "Auto-Submitted: no" is a person.
	ok := "From: p@mail.example\r\nTo: help@helpbot.example\r\nAuto-Submitted: no\r\nSubject: my leave\r\nMessage-ID: <o8@x>\r\n\r\nMy employer refuses my vacation and keeps my passport.\r\n"
	wantStatus(t, e.postRaw([]byte(ok), webhookKey, time.Now()), http.StatusOK)
	e.waitMail(10 * time.Second)
}

func TestRefusals(t *testing.T) {
	e := newEnv(t, envOptions{noRun: true})
	raw := fixture(t, "utf8-base64.eml")

	t.Run("bad signature", func(t *testing.T) {
		wantStatus(t, e.postRaw(raw, []byte("wrong key"), time.Now()), http.StatusForbidden)
	})
	t.Run("no signature", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/webhooks/email", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "message/rfc822")
		wantStatus(t, do(t, req), http.StatusUnauthorized)
	})
	t.Run("stale raw", func(t *testing.T) {
		wantStatus(t, e.postRaw(raw, webhookKey, time.Now().Add(-6*time.Minute)), http.StatusForbidden)
	})
	t.Run("mailgun bad signature", func(t *testing.T) {
		f := mailgunFields(time.Now(), "tok-bad")
		f["signature"] = strings.Repeat("0", 64)
		f["body-mime"] = string(raw)
		wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusForbidden)
	})
	t.Run("mailgun stale timestamp", func(t *testing.T) {
		f := mailgunFields(time.Now().Add(-10*time.Minute), "tok-stale")
		f["body-mime"] = string(raw)
		wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusForbidden)
	})
	t.Run("sendgrid bad password", func(t *testing.T) {
		wantStatus(t, e.postForm("/webhooks/email", map[string]string{"email": string(raw)}, nil, sgUser, "nope"), http.StatusForbidden)
	})
	t.Run("form without credentials", func(t *testing.T) {
		wantStatus(t, e.postForm("/webhooks/email", map[string]string{"email": string(raw)}, nil, "", ""), http.StatusUnauthorized)
	})
	if n := e.inboxLen(); n != 0 {
		t.Fatalf("refused requests stored %d mails", n)
	}

	t.Run("mailgun replayed token", func(t *testing.T) {
		f := mailgunFields(time.Now(), "tok-once")
		f["body-mime"] = string(raw)
		wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusOK)
		wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusForbidden)
		if n := e.inboxLen(); n != 1 {
			t.Errorf("inbox holds %d mails, want 1", n)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	e := newEnv(t, envOptions{noRun: true})
	big := append([]byte("From: a@mail.example\r\nTo: help@helpbot.example\r\nSubject: big\r\n\r\n"),
		bytes.Repeat([]byte("0123456789abcdef\r\n"), 5<<20/18)...)
	wantStatus(t, e.postRaw(big, webhookKey, time.Now()), http.StatusRequestEntityTooLarge)

	// Without Content-Length the cap still holds.
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/webhooks/email", io.MultiReader(bytes.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "message/rfc822")
	req.Header.Set(email.HeaderTimestamp, ts)
	req.Header.Set(email.HeaderSignature, email.SignRaw(webhookKey, ts, big))
	wantStatus(t, do(t, req), http.StatusRequestEntityTooLarge)

	f := mailgunFields(time.Now(), "tok-big")
	resp := e.postForm("/webhooks/email", f, []file{{"attachment-1", "big.bin", "application/octet-stream", big}}, "", "")
	wantStatus(t, resp, http.StatusRequestEntityTooLarge)

	// A chunked form too.
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range mailgunFields(time.Now(), "tok-big-2") {
		w.WriteField(k, v)
	}
	w.WriteField("body-mime", string(big))
	w.Close()
	req, _ = http.NewRequest(http.MethodPost, e.http.URL+"/webhooks/email/mime", io.MultiReader(&b))
	req.ContentLength = -1
	req.Header.Set("Content-Type", w.FormDataContentType())
	wantStatus(t, do(t, req), http.StatusRequestEntityTooLarge)
	if n := e.inboxLen(); n != 0 {
		t.Fatalf("inbox holds %d mails", n)
	}

	small := newEnv(t, envOptions{noRun: true, maxBody: 1024})
	wantStatus(t, small.postRaw(fixture(t, "attachment.eml"), webhookKey, time.Now()), http.StatusRequestEntityTooLarge)
	wantStatus(t, small.postRaw(fixture(t, "big5.eml"), webhookKey, time.Now()), http.StatusOK)
}

func TestProviderFormats(t *testing.T) {
	e := newEnv(t, envOptions{})

	// Mailgun, raw MIME (a route forwarding to .../mime).
	f := mailgunFields(time.Now(), "tok-mime")
	f["body-mime"] = string(fixture(t, "gb18030.eml"))
	wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusOK)
	m := e.waitMessages(1)[0]
	if !strings.Contains(m.Text, "老板扣押了我的身份证") {
		t.Errorf("mailgun mime text %q", m.Text)
	}
	e.waitMail(10 * time.Second)

	// Mailgun, parsed fields with an attachment.
	var fields map[string]string
	if err := json.Unmarshal(fixture(t, "mailgun-fields.json"), &fields); err != nil {
		t.Fatal(err)
	}
	for k, v := range mailgunFields(time.Now(), "tok-fields") {
		fields[k] = v
	}
	photo := bytes.Repeat([]byte{0xff}, 3000)
	wantStatus(t, e.postForm("/webhooks/email", fields, []file{{"attachment-1", "passport.jpg", "image/jpeg", photo}}, "", ""), http.StatusOK)
	m = e.waitMessages(2)[1]
	if !strings.Contains(m.Text, "Agen saya menahan paspor saya") || strings.Contains(m.Text, "quoted older text") {
		t.Errorf("mailgun fields text %q", m.Text)
	}
	if m.Hints.Email != "rina@mail.example" {
		t.Errorf("mailgun fields sender %q", m.Hints.Email)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Kind != "image/jpeg" || m.Attachments[0].Size != 3000 {
		t.Errorf("mailgun fields attachments %+v", m.Attachments)
	}
	r := e.waitMail(10 * time.Second)
	if v := r.GetHeader("In-Reply-To"); v != "<mg-fields-1@mail.example>" {
		t.Errorf("In-Reply-To %q", v)
	}

	// SendGrid Inbound Parse, raw MIME in the email field, basic auth.
	var sg map[string]string
	if err := json.Unmarshal(fixture(t, "sendgrid.json"), &sg); err != nil {
		t.Fatal(err)
	}
	wantStatus(t, e.postForm("/webhooks/email", sg, nil, sgUser, sgPass), http.StatusOK)
	m = e.waitMessages(3)[2]
	if !strings.Contains(m.Text, "ខ្ញុំធ្វើការនៅលើទូកនេសាទ") || !strings.Contains(m.Text, "ជួយផង") {
		t.Errorf("sendgrid text %q", m.Text)
	}
	r = e.waitMail(10 * time.Second)
	if v := r.GetHeader("Subject"); v != "Re: ជួយផង" {
		t.Errorf("sendgrid reply subject %q", v)
	}
}

func TestReplyWaitsForSMTP(t *testing.T) {
	e := newEnv(t, envOptions{smtpLate: true})
	wantStatus(t, e.postRaw(fixture(t, "thai-urgent.eml"), webhookKey, time.Now()), http.StatusOK)
	e.waitMessages(1)
	// Let a few attempts fail.
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(e.logs.String(), "will retry") {
		if time.Now().After(deadline) {
			t.Fatal("no failed attempt logged")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(400 * time.Millisecond)
	u, _ := url.Parse(e.smtpURL)
	startSMTP(t, u.Host, e.mail)
	got := e.waitMail(10 * time.Second)
	if v := got.GetHeader("In-Reply-To"); v != "<thai-urgent-1@mail.example>" {
		t.Errorf("In-Reply-To %q", v)
	}
	e.noMail(500 * time.Millisecond) // sent once
	if strings.Contains(e.logs.String(), "dao@mail.example") {
		t.Error("logs contain the address")
	}
}

func TestStoredMailSurvivesRestart(t *testing.T) {
	// The webhook stores; nothing processes (a crash). A new process
	// triages the mail, and the same mail posted again is answered once.
	e := newEnv(t, envOptions{noRun: true})
	raw := fixture(t, "tis620.eml")
	wantStatus(t, e.postRaw(raw, webhookKey, time.Now()), http.StatusOK)
	wantStatus(t, e.postRaw(raw, webhookKey, time.Now()), http.StatusOK)
	if n := e.inboxLen(); n != 2 {
		t.Fatalf("inbox holds %d mails, want 2", n)
	}
	e.run()
	e.waitMail(10 * time.Second)
	e.noMail(time.Second)
	if n := e.inboxLen(); n != 0 {
		t.Errorf("inbox holds %d mails after processing", n)
	}
}

func TestNewChecksOptions(t *testing.T) {
	ok := email.Options{Address: ourAddress, Secret: secret, WebhookKey: webhookKey, SMTPURL: "smtp://127.0.0.1:25"}
	if _, err := email.New(nil, nil, ok); err != nil {
		t.Fatalf("valid options: %v", err)
	}
	for name, mod := range map[string]func(*email.Options){
		"address":  func(o *email.Options) { o.Address = "Help <help@x.org>" },
		"plus":     func(o *email.Options) { o.Address = "help+x@x.org" },
		"secret":   func(o *email.Options) { o.Secret = []byte("short") },
		"webhook":  func(o *email.Options) { o.WebhookKey = nil },
		"smtp":     func(o *email.Options) { o.SMTPURL = "http://x" },
		"no smtp":  func(o *email.Options) { o.SMTPURL = "" },
		"sendgrid": func(o *email.Options) { o.SendGridUser = "u" },
	} {
		o := ok
		mod(&o)
		if _, err := email.New(nil, nil, o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestRefusedRecipientIsNotRetried(t *testing.T) {
	e := newEnv(t, envOptions{})
	raw := "From: reject@mail.example\r\nTo: help@helpbot.example\r\nSubject: help\r\nMessage-ID: <r1@x>\r\n\r\nMy boss keeps my passport.\r\n"
	wantStatus(t, e.postRaw([]byte(raw), webhookKey, time.Now()), http.StatusOK)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(e.logs.String(), "refused for good") {
		if time.Now().After(deadline) {
			t.Fatalf("no permanent refusal logged: %s", e.logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if n := strings.Count(e.logs.String(), "will retry"); n != 0 {
		t.Errorf("a refused recipient was retried %d times", n)
	}
	if strings.Contains(e.logs.String(), "reject@") {
		t.Error("logs contain the address")
	}
}

func TestRedisDownRefusesWithRetry(t *testing.T) {
	e := newEnv(t, envOptions{noRun: true})
	e.redis.Kill()
	// 503: the provider retries later; nothing was acknowledged.
	wantStatus(t, e.postRaw(fixture(t, "big5.eml"), webhookKey, time.Now()), http.StatusServiceUnavailable)
	f := mailgunFields(time.Now(), "tok-down")
	f["body-mime"] = string(fixture(t, "big5.eml"))
	wantStatus(t, e.postForm("/webhooks/email/mime", f, nil, "", ""), http.StatusServiceUnavailable)
}

// TestRedisDownStillAnswers: while Redis is down a mail is answered at once
// from the directory and refused with 503; delivered again while Redis is
// still down it is not answered twice; delivered once Redis is back it is
// stored, and not answered again.
func TestRedisDownStillAnswers(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.redis.Kill()
	raw := fixture(t, "thai-urgent.eml")
	wantStatus(t, e.postRaw(raw, webhookKey, time.Now()), http.StatusServiceUnavailable)
	got := e.waitMail(10 * time.Second)
	if v := got.GetHeader("In-Reply-To"); v != "<thai-urgent-1@mail.example>" {
		t.Errorf("In-Reply-To %q", v)
	}
	if v := got.GetHeader("To"); !strings.Contains(v, "dao@mail.example") {
		t.Errorf("To %q", v)
	}
	if !strings.Contains(got.HTML, `href="tel:`) {
		t.Errorf("the answer names no number to call:\n%s", got.Text)
	}
	wantStatus(t, e.postRaw(raw, webhookKey, time.Now()), http.StatusServiceUnavailable)
	e.noMail(time.Second)
	e.redis.Restart()
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp := e.postRaw(raw, webhookKey, time.Now())
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after Redis came back the mail still gets %d", resp.StatusCode)
		}
		time.Sleep(100 * time.Millisecond)
	}
	m := e.waitMessages(2)[1]
	deadline = time.Now().Add(10 * time.Second)
	for {
		entries, err := e.convs.Since(context.Background(), m.Conversation, "")
		if err == nil && len(entries) > 0 && entries[0].From == triage.FromPerson {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the mail was not stored once Redis was back: %v, %v", entries, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	e.noMail(1500 * time.Millisecond)
}

// TestSenderFloodRefused: one sender posting far too fast gets 429 with
// Retry-After beyond its burst (the provider delivers those later); another
// sender is stored as usual.
func TestSenderFloodRefused(t *testing.T) {
	e := newEnv(t, envOptions{noRun: true})
	mailFrom := func(from string, i int) []byte {
		return []byte(fmt.Sprintf("From: %s\r\nTo: help@helpbot.example\r\nSubject: hi %d\r\nMessage-ID: <f%d-%s>\r\n\r\nhello %d\r\n", from, i, i, from, i))
	}
	var ok, limited int
	for i := range 15 {
		resp := e.postRaw(mailFrom("flood@example.com", i), webhookKey, time.Now())
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
		switch code := resp.StatusCode; code {
		case http.StatusOK, http.StatusAccepted, http.StatusCreated:
			ok++
		case http.StatusTooManyRequests:
			limited++
		default:
			t.Fatalf("post %d: %d", i, code)
		}
	}
	if ok != 10 || limited != 5 {
		t.Errorf("flooding sender: %d stored, %d refused; want 10 and 5", ok, limited)
	}
	if resp := e.postRaw(mailFrom("other@example.com", 0), webhookKey, time.Now()); resp.StatusCode/100 != 2 {
		t.Errorf("another sender: %d", resp.StatusCode)
	}
}
