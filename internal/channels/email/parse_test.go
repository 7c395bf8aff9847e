package email

import "testing"

func testChannel(t testing.TB) *Channel {
	t.Helper()
	c, err := New(nil, nil, Options{Address: "help@helpbot.example", Secret: []byte("0123456789abcdef"),
		WebhookKey: []byte("k"), SMTPURL: "smtp://127.0.0.1:25"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParseOddMail(t *testing.T) {
	t.Parallel()
	c := testChannel(t)

	in, reason, err := c.parse([]byte("From: \"Unclosed <Nok@Mail.Example>\r\nTo: help@helpbot.example\r\nSubject: x\r\n\r\nhelp me\r\n"))
	if err != nil || reason != "" || in.from != "nok@mail.example" {
		t.Fatalf("broken From: %+v, %q, %v", in, reason, err)
	}
	if in.messageID == "" {
		t.Error("no message id made up for a mail without one")
	}

	inline := "From: a@mail.example\r\nTo: help+abcdefghijklmnop@helpbot.example\r\nSubject: x\r\nMessage-ID: <i1@x>\r\n" +
		"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: inline\r\n\r\nfirst\r\n" +
		"--B\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\n\r\nPNG\r\n--B--\r\n"
	in, _, err = c.parse([]byte(inline))
	if err != nil {
		t.Fatal(err)
	}
	if len(in.attachments) != 1 || in.attachments[0].Kind != "image/png" {
		t.Errorf("attachments %+v, want the png only", in.attachments)
	}
	if tok := c.token(in.recipients); tok != "abcdefghijklmnop" {
		t.Errorf("token %q", tok)
	}

	_, reason, _ = c.parse([]byte("To: help@helpbot.example\r\nSubject: x\r\n\r\nno sender\r\n"))
	if reason != "no sender" {
		t.Errorf("mail without From: reason %q", reason)
	}
	_, reason, _ = c.parse([]byte("From: p@mail.example\r\nSubject: Out of office hours my boss hits me\r\n\r\nhelp\r\n"))
	if reason != "" {
		t.Errorf("a person's subject was taken for an auto-reply: %q", reason)
	}
	for _, subj := range []string{"Automatic reply: help", "Out of Office: help", "Out of Office AutoReply: help",
		"Undeliverable: help", "Delivery Status Notification (Failure)", "Auto-Reply", "自動回覆：求助", "ตอบกลับอัตโนมัติ: ช่วยด้วย"} {
		_, reason, _ = c.parse([]byte("From: p@mail.example\r\nSubject: " + subj + "\r\n\r\nx\r\n"))
		if reason != "auto-reply subject" {
			t.Errorf("subject %q: reason %q, want auto-reply subject", subj, reason)
		}
	}
	_, reason, _ = c.parse([]byte("From: p@mail.example\r\nSubject: I was on vacation when they took my passport\r\n\r\nhelp\r\n"))
	if reason != "" {
		t.Errorf("a person's subject was taken for an auto-reply: %q", reason)
	}
}
