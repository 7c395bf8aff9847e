package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"helpbot/internal/channels/email"
	"helpbot/internal/locale"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

// mailCatcher is an in-process SMTP server that keeps every message.
type mailCatcher struct{ got chan []byte }

func (m *mailCatcher) NewSession(*smtp.Conn) (smtp.Session, error) { return &catchSession{m}, nil }

type catchSession struct{ m *mailCatcher }

func (s *catchSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *catchSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *catchSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err == nil {
		s.m.got <- b
	}
	return err
}
func (s *catchSession) Reset()        {}
func (s *catchSession) Logout() error { return nil }

func startMailCatcher(t *testing.T) (addr string, got chan []byte) {
	t.Helper()
	m := &mailCatcher{got: make(chan []byte, 16)}
	srv := smtp.NewServer(m)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return l.Addr().String(), m.got
}

func waitMail(t *testing.T, got chan []byte) string {
	t.Helper()
	select {
	case b := <-got:
		return string(b)
	case <-time.After(15 * time.Second):
		t.Fatal("no mail within 15s")
		return ""
	}
}

// TestEmailUrgentMailBecomesACaseAnsweredInTheSameThread: a signed raw
// mail is answered by SMTP in the same thread, becomes a case, and a
// caseworker's reply from another process goes out in the same thread.
func TestEmailUrgentMailBecomesACaseAnsweredInTheSameThread(t *testing.T) {
	r := redistest.Start(t)
	smtpAddr, got := startMailCatcher(t)
	const secret, key = "0123456789abcdef0123456789abcdef", "webhook-key"
	h := startHelpbot(t, map[string]string{
		"REDIS_URL": r.URL(), "HELPBOT_SECRET": secret, "HELPBOT_EMAIL_ADDRESS": "help@example.org",
		"HELPBOT_SMTP_URL": "smtp://" + smtpAddr + "?tls=none", "HELPBOT_EMAIL_WEBHOOK_KEY": key,
	})
	raw := []byte("From: Worker <worker.abroad@example.com.my>\r\nTo: help@example.org\r\n" +
		"Subject: please help\r\nMessage-ID: <first-1@example.com.my>\r\nDate: Sun, 29 Nov 2026 10:00:00 +0800\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Please help me. My employer in Kuala Lumpur took my passport and locks me in the house every night.\r\n")
	post := func(sig string) int {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		if sig == "" {
			sig = email.SignRaw([]byte(key), ts, raw)
		}
		req, _ := http.NewRequest("POST", h.URL+"/webhooks/email", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "message/rfc822")
		req.Header.Set(email.HeaderTimestamp, ts)
		req.Header.Set(email.HeaderSignature, sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(strings.Repeat("0", 64)); code < 400 {
		t.Errorf("bad signature accepted: %d", code)
	}
	if code := post(""); code/100 != 2 {
		t.Fatalf("signed mail: %d", code)
	}
	first := waitMail(t, got)
	if !strings.Contains(first, "In-Reply-To: <first-1@example.com.my>") || !strings.Contains(first, "999") {
		t.Errorf("bot reply not in the thread or without 999:\n%s", first)
	}

	q, _ := queue.New(r.Client(), queue.Options{})
	cases, err := q.List(context.Background(), queue.Filter{})
	if err != nil || len(cases) != 1 || cases[0].Channel != triage.ChannelEmail {
		t.Fatalf("cases = %+v, %v; want one email case", cases, err)
	}

	text, _ := locale.Load(os.DirFS("../../locales"))
	other, err := email.New(nil, store.NewEmail(r.Client(), 0), email.Options{
		Address: "help@example.org", Secret: []byte(secret), WebhookKey: []byte(key),
		SMTPURL: "smtp://" + smtpAddr + "?tls=none", History: store.NewConversations(r.Client(), 0), Text: text,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Sender().Send(context.Background(), triage.Reply{
		Channel: triage.ChannelEmail, Conversation: cases[0].Conversation, From: triage.FromCaseworker,
		Language: "en", Text: "This is Ana, a caseworker. Can you tell me the area you are in?",
	}); err != nil {
		t.Fatal(err)
	}
	second := waitMail(t, got)
	if !strings.Contains(second, "Ana, a caseworker") || !strings.Contains(second, "first-1@example.com.my") {
		t.Errorf("caseworker reply not delivered in the thread:\n%s", second)
	}
	for _, leak := range []string{"worker.abroad", "Kuala Lumpur took", "please help"} {
		if strings.Contains(h.Logs.String(), leak) {
			t.Errorf("logs contain %q", leak)
		}
	}
}
