package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestConfigErrorsNameTheVariable(t *testing.T) {
	base := map[string]string{"HELPBOT_DIRECTORY": "../../directory", "HELPBOT_LOCALES": "../../locales", "HELPBOT_DATA": t.TempDir()}
	mail := map[string]string{"HELPBOT_EMAIL_ADDRESS": "help@example.org", "HELPBOT_SMTP_URL": "smtp://127.0.0.1:2525",
		"HELPBOT_EMAIL_WEBHOOK_KEY": "a-long-enough-webhook-key", "HELPBOT_SECRET": "0123456789abcdef0123456789abcdef"}
	cases := []struct {
		name, key, value string
		with             map[string]string // other settings the case needs
	}{
		{"addr", "HELPBOT_ADDR", "no-port", nil},
		{"port", "HELPBOT_ADDR", ":99999", nil},
		{"redis", "REDIS_URL", "http://localhost:6379", nil},
		{"directory", "HELPBOT_DIRECTORY", "/no/such/folder", nil},
		{"locales", "HELPBOT_LOCALES", "/no/such/folder", nil},
		{"data", "HELPBOT_DATA", "/proc/no/such/folder", nil},
		{"origins", "HELPBOT_ALLOWED_ORIGINS", "partner.example", nil},
		{"exit", "HELPBOT_EXIT_URL", "javascript:alert(1)", nil},
		{"retention", "HELPBOT_RETENTION", "forever", nil},
		{"shutdown", "HELPBOT_SHUTDOWN_TIMEOUT", "-1s", nil},
		{"log level", "HELPBOT_LOG_LEVEL", "loud", nil},
		{"log format", "HELPBOT_LOG_FORMAT", "xml", nil},
		{"smtp url", "HELPBOT_SMTP_URL", "ftp://mail.example.org", mail},
		{"sendgrid pair", "HELPBOT_SENDGRID_USER", "apikey", mail},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{tc.key: tc.value}
			for k, v := range tc.with {
				if _, ok := env[k]; !ok {
					env[k] = v
				}
			}
			for k, v := range base {
				if _, ok := env[k]; !ok {
					env[k] = v
				}
			}
			var out, errw bytes.Buffer
			err := run(context.Background(), []string{"helpbot"}, func(k string) string { return env[k] },
				strings.NewReader(""), &out, &errw)
			var ce *configError
			if !errors.As(err, &ce) {
				t.Fatalf("run = %v, want a configuration error", err)
			}
			if !strings.Contains(err.Error(), tc.key) {
				t.Errorf("error %q does not name %s", err, tc.key)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit code %d, want 2", exitCode(err))
			}
		})
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errw bytes.Buffer
	err := run(context.Background(), []string{"helpbot", "frobnicate"}, func(string) string { return "" },
		strings.NewReader(""), &out, &errw)
	if exitCode(err) != 2 || !strings.Contains(errw.String(), "Usage") {
		t.Errorf("err=%v stderr=%q, want usage and exit 2", err, errw.String())
	}
}

// TestEmbeddedDefault runs helpbot with no REDIS_URL: it warns that nothing
// survives a restart, and answers a widget message.
func TestEmbeddedDefault(t *testing.T) {
	h := startHelpbot(t, nil)
	if !strings.Contains(h.Logs.String(), "NOTHING SURVIVES A RESTART") {
		t.Error("no warning that the embedded store keeps nothing")
	}
	c := dial(t, h.WS(), nil)
	start := time.Now()
	c.send(map[string]any{"type": "message", "id": "x", "text": "I am a domestic worker in Hong Kong and my employer has not paid me for two months"})
	reply, _ := c.until("reply", 5*time.Second)
	t.Logf("embedded store: reply after %v", time.Since(start))
	if reply["language"] != "en" {
		t.Errorf("reply = %v", reply)
	}
	// Ready once the delivery subscription is up, which may come a moment
	// after the first answer.
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get(h.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
		}
		if err == nil && resp.StatusCode == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz = %v %v, want 200", resp, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestReadyzReportsRedisDown(t *testing.T) {
	// Nothing listens on this port.
	h := startHelpbot(t, map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0"})
	resp, err := http.Get(h.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	json.NewDecoder(resp.Body).Decode(&body)
	if resp.StatusCode != http.StatusServiceUnavailable || body["redis"] != "unreachable" {
		t.Errorf("/readyz = %d %v, want 503 with redis unreachable", resp.StatusCode, body)
	}
	// Urgent help does not wait on Redis: the person still gets the numbers.
	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "u", "text": "Help, my boss is beating me and locked me in, I am in Kuala Lumpur"})
	reply, _ := c.until("reply", 10*time.Second)
	if !contains(emergencyNumbers(reply), "999") {
		t.Errorf("with Redis down the reply lacks 999: %v", reply)
	}
}

// TestGracefulShutdown: a message being handled when the signal arrives is
// answered, then the socket closes with 1001 so the client resumes.
func TestGracefulShutdown(t *testing.T) {
	h := startWithRedis(t)
	c := dial(t, h.WS(), nil)
	c.send(map[string]any{"type": "message", "id": "s1", "text": "I am in Singapore, my employer keeps my passport"})
	c.send(map[string]any{"type": "message", "id": "s2", "text": "and he does not pay my salary"})
	time.Sleep(5 * time.Millisecond)
	h.stop()
	var replies int
	for {
		c.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		var f map[string]any
		err := c.ws.ReadJSON(&f)
		if err != nil {
			if !strings.Contains(err.Error(), "1001") && !errors.Is(err, io.EOF) {
				t.Logf("closed with %v", err)
			}
			break
		}
		if f["type"] == "reply" {
			replies++
		}
	}
	if replies < 1 {
		t.Errorf("got %d replies before the close, want the in-flight message answered", replies)
	}
	h.Stop(t)
	if !strings.Contains(h.Logs.String(), `"msg":"stopped"`) {
		t.Error("no clean stop in the logs")
	}
}

func TestTriageCommandContract(t *testing.T) {
	in := strings.Join([]string{
		`{"text":"Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur."}`,
		`this is not json`,
		`{"text":"สวัสดีค่ะ อยากถามเรื่องวีซ่าทำงานในกรุงเทพ"}`,
		`{"nope":1}`,
		`{"text":"hello","timezone":"Asia/Manila"}`,
	}, "\n") + "\n"
	var out, errw bytes.Buffer
	env := map[string]string{"HELPBOT_DIRECTORY": "../../directory", "HELPBOT_LOCALES": "../../locales"}
	if err := run(context.Background(), []string{"helpbot", "triage"}, func(k string) string { return env[k] },
		strings.NewReader(in), &out, &errw); err != nil {
		t.Fatalf("triage: %v\n%s", err, errw.String())
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not JSON: %q", sc.Text())
		}
		lines = append(lines, m)
	}
	if len(lines) != 5 {
		t.Fatalf("%d output lines for 5 input lines:\n%s", len(lines), out.String())
	}
	first := lines[0]
	if first["language"] != "en" || first["country"] != "MY" || first["priority"] != "critical" || first["escalate"] != true {
		t.Errorf("line 1 = %v", first)
	}
	if r, _ := first["reply"].(string); !strings.Contains(r, "999") {
		t.Errorf("line 1 reply lacks 999: %q", r)
	}
	for _, k := range []string{"language", "country", "nationality", "priority", "escalate", "signals", "sector", "reply"} {
		if _, ok := first[k]; !ok {
			t.Errorf("line 1 lacks %q", k)
		}
	}
	if _, ok := lines[1]["error"]; !ok {
		t.Errorf("line 2 (not JSON) = %v, want an error", lines[1])
	}
	if lines[2]["language"] != "th" || lines[2]["escalate"] != false {
		t.Errorf("line 3 = %v, want Thai, not escalated", lines[2])
	}
	if _, ok := lines[3]["error"]; !ok {
		t.Errorf("line 4 (no text) = %v, want an error", lines[3])
	}
	if lines[4]["country"] != "PH" {
		t.Errorf("line 5 = %v, want country PH from the time zone", lines[4])
	}
}

// TestTriageCommandOrderAndLongLine checks the order of output lines across
// batches (every seventh input line is not JSON) and that a line over the
// 4 MiB limit gets an error line in its place after the others.
func TestTriageCommandOrderAndLongLine(t *testing.T) {
	var in strings.Builder
	const n = 1300 // more than two batches
	for i := range n {
		if i%7 == 3 {
			fmt.Fprintf(&in, "not json %d\n", i)
		} else {
			fmt.Fprintf(&in, "{\"text\":\"my boss keeps my passport, message %d\"}\n", i)
		}
	}
	in.WriteString(`{"text":"` + strings.Repeat("a", 5<<20) + `"}` + "\n")
	var out, errw bytes.Buffer
	env := map[string]string{"HELPBOT_DIRECTORY": "../../directory", "HELPBOT_LOCALES": "../../locales"}
	err := run(context.Background(), []string{"helpbot", "triage"}, func(k string) string { return env[k] },
		strings.NewReader(in.String()), &out, &errw)
	if err == nil {
		t.Error("a line over 4 MiB did not fail the run")
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != n+1 {
		t.Fatalf("%d output lines for %d input lines", len(lines), n+1)
	}
	for i, l := range lines[:n] {
		if isErr := strings.HasPrefix(l, `{"error":`); isErr != (i%7 == 3) {
			t.Fatalf("line %d out of order: %.80s", i+1, l)
		}
	}
	if !strings.Contains(lines[n], "longer than 4 MiB") {
		t.Errorf("last line = %.80s, want the 4 MiB error", lines[n])
	}
}
