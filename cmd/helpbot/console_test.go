package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"helpbot/internal/browsertest"
	"helpbot/internal/console"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
)

const consolePassword = "correct horse battery"

// addCaseworker makes a console account with `helpbot caseworker add`'s
// code, on the Redis the instance uses.
func addCaseworker(t *testing.T, r *redistest.Server, name string, args ...string) {
	t.Helper()
	var out strings.Builder
	err := console.CaseworkerCmd(context.Background(), store.NewAccounts(r.Client(), ""),
		append([]string{"add", name}, args...), strings.NewReader(consolePassword+"\n"), &out, &out)
	if err != nil {
		t.Fatalf("caseworker add %s: %v\n%s", name, err, out.String())
	}
}

// consoleLogin opens the console on a desktop-sized viewport and logs in.
func consoleLogin(t *testing.T, ctx context.Context, base, name string) {
	t.Helper()
	resp, err := http.Get(base + "/console")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /console: %d: the console is not wired into serve (console.New, Routes, Run)", resp.StatusCode)
	}
	err = chromedp.Do(ctx,
		browsertest.Viewport(browsertest.Desktop),
		chromedp.Navigate(base+"/console"),
		chromedp.WaitVisible(chromedp.ID("login-name")),
		chromedp.SendKeys(chromedp.ID("login-name"), name),
		chromedp.SendKeys(chromedp.ID("login-password"), consolePassword),
		chromedp.Click(chromedp.ID("login-button")),
		chromedp.WaitVisible(chromedp.ID("app")),
		browsertest.Poll(`document.getElementById("live").textContent === "live"`),
	)
	if err != nil {
		t.Fatalf("log in %s: %v", name, err)
	}
}

func caseRow(id string) string { return `#cases tbody tr[data-id="` + id + `"]` }

// onlyOpenCase returns the one open case.
func onlyOpenCase(t *testing.T, r *redistest.Server) queue.Case {
	t.Helper()
	q, err := queue.New(r.Client(), queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	open, err := q.List(context.Background(), queue.Filter{})
	if err != nil || len(open) != 1 {
		t.Fatalf("open cases: %+v, %v", open, err)
	}
	return open[0]
}

// TestConsoleSeeClaimAnswer: a caseworker is logged in; a person sends an
// urgent message on the widget; the case appears without a reload, with
// an alert; the caseworker claims it and replies; the person gets the
// reply on the widget WebSocket.
func TestConsoleSeeClaimAnswer(t *testing.T) {
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
	addCaseworker(t, r, "alice", "--languages", "en,ms")
	ctx := browsertest.Start(t, browsertest.Phone)
	consoleLogin(t, ctx, h.URL, "alice")

	person := dial(t, h.WS(), nil)
	person.send(map[string]any{"type": "message", "id": "p1", "timezone": "Asia/Kuala_Lumpur",
		"text": "Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur."})
	if reply, _ := person.until("reply", 10*time.Second); reply["priority"] != "critical" {
		t.Fatalf("reply = %v, want critical", reply)
	}
	person.until("ack", 10*time.Second) // stored and escalated after the reply
	k := onlyOpenCase(t, r)
	row := caseRow(k.ID)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(row)), chromedp.WaitVisible(chromedp.ID("alert"))); err != nil {
		t.Fatalf("the case did not appear live with an alert: %v\n%s", err, h.Logs)
	}
	summary := browsertest.Text(t, ctx, "summary", row+" td.summary")
	if !strings.HasPrefix(summary, "Help me please") {
		t.Errorf("row summary = %q", summary)
	}

	err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(row)),
		browsertest.Poll(`document.querySelectorAll("#transcript .entry.person").length === 1`),
		chromedp.Click(chromedp.ID("claim")),
		browsertest.Poll(`document.getElementById("case-status").textContent === "claimed by alice"`),
		browsertest.Poll(`!document.getElementById("reply-send").disabled`),
		chromedp.SendKeys(chromedp.ID("reply-text"), "I am Alice, a caseworker. Are you safe to write now?"),
		chromedp.Click(chromedp.ID("reply-send")),
		browsertest.Poll(`document.getElementById("delivery").className.indexOf("sent") >= 0`),
	)
	if err != nil {
		t.Fatalf("claim and reply: %v\n%s", err, h.Logs)
	}
	f, _ := person.until("caseworker", 10*time.Second)
	if f["text"] != "I am Alice, a caseworker. Are you safe to write now?" {
		t.Errorf("the person got %v", f)
	}
	if err := chromedp.Do(ctx, browsertest.Poll(`document.querySelectorAll("#transcript .entry.caseworker").length === 1`)); err != nil {
		t.Errorf("the reply is not in the console's transcript: %v", err)
	}
	if strings.Contains(h.Logs.String(), "Are you safe") || strings.Contains(h.Logs.String(), "took my passport") {
		t.Error("message text in the logs")
	}

	if *updateScreenshots {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("alert-close"))); err != nil {
			t.Fatal(err)
		}
		png := browsertest.Run(t, ctx, "screenshot", chromedp.FullScreenshot(100))
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "console.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConsoleTwoClaimAtOnce: two caseworkers in two browser profiles claim
// the same case at the same moment; one wins, the other is told who did.
// The case text carries markup that must show as text.
func TestConsoleTwoClaimAtOnce(t *testing.T) {
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL()})
	addCaseworker(t, r, "alice")
	addCaseworker(t, r, "bob")
	a := browsertest.Start(t, browsertest.Phone)
	b, cancel := chromedp.NewContext(a, chromedp.WithNewBrowserContext())
	defer cancel()
	consoleLogin(t, a, h.URL, "alice")
	consoleLogin(t, b, h.URL, "bob")

	payload := `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`
	person := dial(t, h.WS(), nil)
	person.send(map[string]any{"type": "message", "id": "x1",
		"text": "Help, my employer locked me in the house and took my passport " + payload})
	person.until("reply", 10*time.Second)
	person.until("ack", 10*time.Second)
	k := onlyOpenCase(t, r)
	row := caseRow(k.ID)
	for _, c := range []context.Context{a, b} {
		err := chromedp.Do(c, chromedp.WaitVisible(chromedp.CSS(row)), chromedp.Click(chromedp.CSS(row)),
			browsertest.Poll(`!document.getElementById("claim").disabled && document.querySelectorAll("#transcript .entry.person").length === 1`))
		if err != nil {
			t.Fatalf("open the case: %v", err)
		}
	}
	var wg sync.WaitGroup
	msgs := make([]string, 2)
	for i, c := range []context.Context{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := chromedp.Do(c, chromedp.Click(chromedp.ID("claim")), browsertest.Poll(`document.getElementById("case-msg").textContent !== ""`))
			if err == nil {
				msgs[i], err = chromedp.Run(c, chromedp.Text(chromedp.ID("case-msg")))
			}
			if err != nil {
				t.Errorf("claim: %v", err)
			}
		}()
	}
	wg.Wait()
	holder := onlyOpenCase(t, r).Holder
	winner, loser := 0, 1
	if holder == "bob" {
		winner, loser = 1, 0
	}
	if msgs[winner] != "You hold this case." || !strings.Contains(msgs[loser], holder+" has just claimed this case") {
		t.Errorf("holder %q; messages %q", holder, msgs)
	}

	for _, c := range []context.Context{a, b} {
		ran := browsertest.Run(t, c, "xss", chromedp.Evaluate[bool](`window.__xss !== undefined`))
		made := browsertest.Run(t, c, "elements", chromedp.Evaluate[int](`document.querySelectorAll("#app img, #app script").length`))
		if ran || made != 0 {
			t.Errorf("the payload ran (%v) or made %d elements", ran, made)
		}
	}
	// The holder's view shows the payload as text.
	hc := []context.Context{a, b}[winner]
	summary := browsertest.Text(t, hc, "summary", row+" td.summary")
	entry := browsertest.Text(t, hc, "entry", "#transcript .entry.person p")
	if !strings.Contains(summary, payload) || !strings.Contains(entry, payload) {
		t.Errorf("queue shows %q, transcript %q: want the markup as text", summary, entry)
	}
}
