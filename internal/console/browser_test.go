package console_test

import (
	"context"
	"flag"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gorilla/websocket"

	"helpbot/internal/browsertest"
	"helpbot/internal/channels/widget"
	"helpbot/internal/console"
	"helpbot/internal/delivery"
	"helpbot/internal/locale"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write docs/console.png from the browser test")

// site is helpbot's chat widget and console on one test server, wired as
// serve wires them.
type site struct {
	URL   string
	q     *queue.Queue
	conv  *store.Conversations
	accts *store.Accounts
}

func startSite(t *testing.T) *site {
	t.Helper()
	rdb := redistest.Start(t).Client()
	text, err := locale.Load(os.DirFS("../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := queue.New(rdb, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	conv := store.NewConversations(rdb, 0)
	bus := store.NewBus(rdb, log)
	accts := store.NewAccounts(rdb, "")
	engine := &triage.Engine{Directory: fakeDirectory{}, Conversations: conv, Cases: q, Text: text, Logger: log}
	chat := widget.New(engine, conv, widget.Options{Text: text, Logger: log})
	senders := delivery.NewRegistry()
	senders.Register(triage.ChannelWidget, &delivery.WidgetSender{Conversations: conv, Bus: bus})
	ctx, cancel := context.WithCancel(context.Background())
	ready := delivery.FeedWidget(ctx, bus, chat.Deliver, log)
	con := console.New(console.Deps{
		Queue: q, Conversations: conv, Sender: senders, Directory: fakeDirectory{}, Text: text,
		Accounts: accts, Sessions: accts, Audit: accts, Logger: log,
	}, console.Options{})
	mux := http.NewServeMux()
	chat.Routes(mux)
	con.Routes(mux)
	srv := httptest.NewServer(mux)
	done := make(chan struct{})
	go func() { con.Run(ctx); close(done) }()
	go q.Run(ctx)
	t.Cleanup(func() { cancel(); srv.Close(); <-done })
	<-ready
	return &site{URL: srv.URL, q: q, conv: conv, accts: accts}
}

func (s *site) addAccount(t *testing.T, name string, args ...string) {
	t.Helper()
	var out strings.Builder
	if err := console.CaseworkerCmd(context.Background(), s.accts, append([]string{"add", name}, args...),
		strings.NewReader(password+"\n"), &out, &out); err != nil {
		t.Fatalf("add %s: %v %s", name, err, out.String())
	}
}

// otherProfile opens a tab in a separate browser profile (its own cookies)
// of the same Chromium: a second caseworker.
func otherProfile(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	c, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(c, browsertest.Viewport(browsertest.Desktop)); err != nil {
		t.Fatal(err)
	}
	return c
}

func login(base, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/console"),
		chromedp.WaitVisible(chromedp.ID("login-name")),
		chromedp.SendKeys(chromedp.ID("login-name"), name),
		chromedp.SendKeys(chromedp.ID("login-password"), password),
		chromedp.Click(chromedp.ID("login-button")),
		chromedp.WaitVisible(chromedp.ID("app")),
		browsertest.Poll(`document.getElementById("live").textContent === "live"`),
	)
}

// wsClient is the person, on the widget WebSocket.
type wsClient struct {
	t  *testing.T
	ws *websocket.Conn
}

func dialWidget(t *testing.T, base string) *wsClient {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return &wsClient{t: t, ws: ws}
}

func (c *wsClient) until(typ string, timeout time.Duration) map[string]any {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c.ws.SetReadDeadline(deadline)
		var f map[string]any
		if err := c.ws.ReadJSON(&f); err != nil {
			c.t.Fatalf("waiting for a %s frame: %v", typ, err)
		}
		if f["type"] == typ {
			return f
		}
	}
}

const urgent = "Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur."

func rowOf(id string) string { return `#cases tbody tr[data-id="` + id + `"]` }

func TestBrowserClaimAndAnswer(t *testing.T) {
	s := startSite(t)
	s.addAccount(t, "alice", "--languages", "en,ms")
	ctx := browsertest.Start(t, browsertest.Desktop)
	browsertest.Do(t, ctx, "login", login(s.URL, "alice"))

	// A person writes on the widget; the case appears without a reload,
	// with the critical alert.
	person := dialWidget(t, s.URL)
	person.ws.WriteJSON(map[string]any{"type": "message", "id": "p1", "text": urgent, "timezone": "Asia/Kuala_Lumpur"})
	reply := person.until("reply", 10*time.Second)
	if reply["priority"] != "critical" {
		t.Fatalf("the widget reply is %v, want a critical case", reply)
	}
	person.until("ack", 10*time.Second) // stored and escalated after the reply
	open, err := s.q.List(context.Background(), queue.Filter{})
	if err != nil || len(open) != 1 {
		t.Fatalf("open cases: %v, %v", open, err)
	}
	caseID := open[0].ID
	row := rowOf(caseID)
	browsertest.Do(t, ctx, "case appears live", chromedp.WaitVisible(chromedp.CSS(row)), chromedp.WaitVisible(chromedp.ID("alert")))
	alert := browsertest.Run(t, ctx, "alert", chromedp.Text(chromedp.ID("alert-text")))
	summary := browsertest.Text(t, ctx, "summary", row+" td.summary")
	if !strings.HasPrefix(urgent, summary) || !strings.Contains(alert, "critical") {
		t.Errorf("row summary %q, alert %q", summary, alert)
	}

	// Claim, insert a service card, reply: the person gets it.
	browsertest.Do(t, ctx, "claim and reply",
		chromedp.Click(chromedp.CSS(row)),
		chromedp.WaitVisible(chromedp.ID("case-view")),
		browsertest.Poll(`document.querySelectorAll("#transcript .entry.person").length === 1`),
		chromedp.Click(chromedp.ID("claim")),
		browsertest.Poll(`document.getElementById("case-status").textContent === "claimed by alice"`),
		browsertest.Poll(`!document.getElementById("reply-send").disabled && document.querySelectorAll("#services button").length > 1`),
		chromedp.Click(chromedp.CSS("#services li:nth-child(2) button")),
		chromedp.SendKeys(chromedp.ID("reply-text"), "\n\nWe have called the police for you. Stay where you are."),
		chromedp.Click(chromedp.ID("reply-send")),
		browsertest.Poll(`document.getElementById("delivery").className.indexOf("sent") >= 0`),
		browsertest.Poll(`document.querySelectorAll("#transcript .entry.caseworker").length === 1`),
	)
	got := person.until("caseworker", 10*time.Second)
	text, _ := got["text"].(string)
	if !strings.Contains(text, "We have called the police") || !strings.Contains(text, "Tenaganita") {
		t.Errorf("the person got %q", text)
	}
	k, _ := s.q.Get(context.Background(), caseID)
	if k.Holder != "alice" || k.FirstReply.IsZero() {
		t.Errorf("case = holder %q, first reply %v", k.Holder, k.FirstReply)
	}

	if *updateScreenshots {
		browsertest.Do(t, ctx, "hide alert", chromedp.Click(chromedp.ID("alert-close")))
		png := browsertest.Run(t, ctx, "screenshot", chromedp.FullScreenshot(100))
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "console.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrowserTwoClaimAtOnce(t *testing.T) {
	s := startSite(t)
	s.addAccount(t, "alice")
	s.addAccount(t, "bob")
	a := browsertest.Start(t, browsertest.Desktop)
	b := otherProfile(t, a)
	browsertest.Do(t, a, "login alice", login(s.URL, "alice"))
	browsertest.Do(t, b, "login bob", login(s.URL, "bob"))
	ctx := context.Background()
	conv := "wtwo"
	s.conv.Append(ctx, conv, triage.Entry{From: triage.FromPerson, Text: "I am on a boat and cannot leave", At: time.Now()})
	id, err := s.q.Escalate(ctx, triage.Escalation{Conversation: conv, Channel: triage.ChannelWidget, Language: "en",
		Country: "TH", Priority: triage.High, Signals: []string{"confinement"}, Summary: "I am on a boat and cannot leave"})
	if err != nil {
		t.Fatal(err)
	}
	row := rowOf(id)
	for _, c := range []context.Context{a, b} {
		browsertest.Do(t, c, "open the case", chromedp.WaitVisible(chromedp.CSS(row)), chromedp.Click(chromedp.CSS(row)),
			browsertest.Poll(`!document.getElementById("claim").disabled`))
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
	k, _ := s.q.Get(ctx, id)
	if k.Holder == "" {
		t.Fatal("nobody holds the case")
	}
	winner, loser := 0, 1
	if k.Holder == "bob" {
		winner, loser = 1, 0
	}
	if msgs[winner] != "You hold this case." {
		t.Errorf("the winner (%s) was told %q", k.Holder, msgs[winner])
	}
	if !strings.Contains(msgs[loser], k.Holder+" has just claimed this case") {
		t.Errorf("the other was told %q, want that %s has just claimed it", msgs[loser], k.Holder)
	}
}

func TestBrowserRendersPayloadsInert(t *testing.T) {
	s := startSite(t)
	s.addAccount(t, "alice")
	ctx := browsertest.Start(t, browsertest.Desktop)
	payload := `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`
	bg := context.Background()
	s.conv.Append(bg, "wxss", triage.Entry{From: triage.FromPerson, Text: payload + " help", At: time.Now()})
	id, err := s.q.Escalate(bg, triage.Escalation{Conversation: "wxss", Channel: triage.ChannelWidget, Language: "en",
		Country: `<b>MY</b>`, Priority: triage.Critical, Signals: []string{`<i>x</i>`}, Sector: `<u>s</u>`, Summary: payload})
	if err != nil {
		t.Fatal(err)
	}
	row := rowOf(id)
	browsertest.Do(t, ctx, "open the case", login(s.URL, "alice"),
		chromedp.WaitVisible(chromedp.CSS(row)),
		chromedp.Click(chromedp.CSS(row)),
		browsertest.Poll(`document.querySelectorAll("#transcript .entry.person").length === 1`),
		chromedp.Sleep(300*time.Millisecond))
	summary := browsertest.Text(t, ctx, "summary", row+" td.summary")
	entry := browsertest.Text(t, ctx, "entry", "#transcript .entry.person p")
	xss := browsertest.Run(t, ctx, "xss", chromedp.Evaluate[bool](`window.__xss !== undefined`))
	injected := browsertest.Run(t, ctx, "elements", chromedp.Evaluate[int](`document.querySelectorAll("#app img, #app script, #app b, #app i, #app u").length`))
	if summary != payload || entry != payload+" help" {
		t.Errorf("shown %q and %q, want the text as sent", summary, entry)
	}
	if xss || injected != 0 {
		t.Errorf("payload ran (%v) or made %d elements", xss, injected)
	}
}

func TestBrowserDashboard(t *testing.T) {
	s := startSite(t)
	s.addAccount(t, "sue", "--role", "supervisor")
	s.addAccount(t, "alice")
	bg := context.Background()
	for i, c := range []string{"MY", "TH", "TH"} {
		id, err := s.q.Escalate(bg, triage.Escalation{Conversation: "wdash" + c + string(rune('a'+i)), Channel: triage.ChannelWidget,
			Language: "en", Country: c, Priority: triage.High, Summary: "help"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			s.q.Claim(bg, id, "alice")
		}
	}
	ctx := browsertest.Start(t, browsertest.Desktop)
	browsertest.Do(t, ctx, "dashboard", login(s.URL, "sue"),
		browsertest.Poll(`document.querySelectorAll("#cases tbody tr").length === 3`),
		browsertest.Poll(`document.querySelector("#cases tbody tr:last-child td.holder").textContent === "alice"`),
		chromedp.Click(chromedp.ID("nav-dashboard")),
		browsertest.Poll(`document.querySelectorAll("#charts .chart svg").length === 6`),
	)
	labels := browsertest.Run(t, ctx, "labels", chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#charts svg text")).map(function (e) { return e.textContent }).join(" ")`))
	for _, want := range []string{"TH", "MY", "en", "alice"} {
		if !strings.Contains(labels, want) {
			t.Errorf("charts lack %q: %s", want, labels)
		}
	}
}
