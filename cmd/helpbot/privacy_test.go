package main

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"helpbot/internal/channels/email"
	"helpbot/internal/redistest"
)

// TestLogsCarryNoPersonalData runs the widget, Telegram and email flows with
// debug logging captured, and fails if any message text, phone number, email
// address or platform user id reaches the logs.
func TestLogsCarryNoPersonalData(t *testing.T) {
	r := redistest.Start(t)
	api := newBotAPI(t)
	smtpAddr, got := startMailCatcher(t)
	const secret, key = "0123456789abcdef0123456789abcdef", "webhook-key"
	h := startHelpbot(t, map[string]string{
		"REDIS_URL": r.URL(), "HELPBOT_SECRET": secret, "HELPBOT_LOG_LEVEL": "debug",
		"HELPBOT_TELEGRAM_TOKEN": tgToken, "HELPBOT_TELEGRAM_WEBHOOK_SECRET": "hook-secret", "HELPBOT_TELEGRAM_API_URL": api.URL,
		"HELPBOT_EMAIL_ADDRESS": "help@example.org", "HELPBOT_SMTP_URL": "smtp://" + smtpAddr + "?tls=none", "HELPBOT_EMAIL_WEBHOOK_KEY": key,
	})
	secrets := []string{
		"Siriporn", "+66812345678", "081-234-5678", "siriporn.k@example.co.th", "912345001",
		"my boss hit me", "passport", "นายจ้าง", "Mahachai",
	}

	// Widget.
	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "p1", "text": "I am Siriporn, my boss hit me and took my passport, call me on 081-234-5678 or +66812345678, I am in Mahachai"})
	c.until("reply", 5*time.Second)
	c.send(map[string]any{"type": "message", "id": "p2", "text": "นายจ้าง ไม่จ่ายเงิน"})
	c.until("reply", 5*time.Second)

	// Telegram, with a shared contact and a message.
	for i, body := range []string{
		`{"update_id":9001,"message":{"message_id":1,"date":1700000000,"chat":{"id":912345001,"type":"private"},"from":{"id":912345001,"is_bot":false,"first_name":"Siriporn","language_code":"th"},"contact":{"phone_number":"+66812345678","first_name":"Siriporn","user_id":912345001}}}`,
		`{"update_id":9002,"message":{"message_id":2,"date":1700000001,"chat":{"id":912345001,"type":"private"},"from":{"id":912345001,"is_bot":false,"first_name":"Siriporn","language_code":"th"},"text":"my boss hit me, email siriporn.k@example.co.th"}}`,
	} {
		req, _ := http.NewRequest("POST", h.URL+"/webhooks/telegram", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "hook-secret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("telegram update %d: %v %v", i, resp, err)
		}
		resp.Body.Close()
	}
	api.waitSent(t, 2)

	// Email.
	raw := []byte("From: Siriporn <siriporn.k@example.co.th>\r\nTo: help@example.org\r\nSubject: my boss hit me\r\n" +
		"Message-ID: <priv-1@example.co.th>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"my boss hit me and keeps my passport. Phone +66812345678.\r\n")
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", h.URL+"/webhooks/email", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "message/rfc822")
	req.Header.Set(email.HeaderTimestamp, ts)
	req.Header.Set(email.HeaderSignature, email.SignRaw([]byte(key), ts, raw))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode/100 != 2 {
		t.Fatalf("email: %v %v", resp, err)
	}
	resp.Body.Close()
	waitMail(t, got)

	h.Stop(t)
	logs := h.Logs.String()
	if !strings.Contains(logs, `"msg":"message handled"`) {
		t.Fatal("the logs do not show the messages were handled: the check would prove nothing")
	}
	for _, s := range secrets {
		if strings.Contains(logs, s) {
			i := strings.Index(logs, s)
			t.Errorf("logs contain %q: …%s…", s, logs[max(0, i-120):min(len(logs), i+60)])
		}
	}
}
