package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"helpbot/internal/browsertest"
	"helpbot/internal/redistest"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write docs/widget.png from the browser test")

// waitLocation waits until the tab's address contains part (a navigation
// replaces the page, so this polls from Go rather than in the page).
func waitLocation(t *testing.T, ctx context.Context, part string) string {
	t.Helper()
	var loc string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if l, err := chromedp.Run(ctx, chromedp.Location()); err == nil {
			loc = l
			if strings.Contains(l, part) {
				return l
			}
		}
	}
	t.Fatalf("the page did not reach %q (last at %q)", part, loc)
	return ""
}

func TestBrowserChatAndQuickExit(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>Weather</title><p>Sunny</p>")
	}))
	defer neutral.Close()
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_EXIT_URL": neutral.URL + "/weather"})
	ctx := browsertest.Start(t, browsertest.Phone)

	reply := `main .msg.bot:nth-of-type(3)`
	if err := chromedp.Do(ctx,
		chromedp.Navigate(h.URL+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.SendKeys(chromedp.CSS("#text"), "Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur."),
		chromedp.Click(chromedp.CSS("#send")),
		chromedp.WaitVisible(chromedp.CSS(reply+" .sos")),
	); err != nil {
		t.Fatalf("chat: %v\nlogs:\n%s", err, h.Logs)
	}
	title := browsertest.Run(t, ctx, "title", chromedp.Title())
	bots := browsertest.Run(t, ctx, "count", chromedp.Evaluate[int](`document.querySelectorAll("main .msg.bot").length`))
	replyText := browsertest.Run(t, ctx, "reply", chromedp.Text(chromedp.CSS(reply)))
	width := browsertest.Run(t, ctx, "width", chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	stored := browsertest.Run(t, ctx, "storage", chromedp.Evaluate[string](`sessionStorage.getItem("hb") || ""`))
	if title != "Chat" {
		t.Errorf("page title = %q, want the neutral %q", title, "Chat")
	}
	if bots != 2 || !strings.Contains(replyText, "999") {
		t.Errorf("bot bubbles = %d, reply = %q: want the greeting and a reply naming 999", bots, replyText)
	}
	if width > 360 {
		t.Errorf("page is %d px wide on a 360-px phone", width)
	}
	if stored == "" {
		t.Error("no resume token in sessionStorage while chatting")
	}
	if *updateScreenshots {
		browsertest.Run(t, ctx, "scroll", chromedp.Evaluate[bool](`document.querySelector("`+reply+`").scrollIntoView(); true`))
		png := browsertest.Run(t, ctx, "screenshot", chromedp.FullScreenshot(100))
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "widget.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#exit"))); err != nil {
		t.Fatalf("quick exit: %v", err)
	}
	loc := waitLocation(t, ctx, "/weather")
	if !strings.HasPrefix(loc, neutral.URL) {
		t.Errorf("after Quick exit the page is %q, want the neutral site", loc)
	}
	// Back must not return to the chat.
	chromedp.Do(ctx, chromedp.NavigateBack(), chromedp.Sleep(300*time.Millisecond))
	if left := browsertest.Run(t, ctx, "location after Back", chromedp.Location()); strings.HasPrefix(left, h.URL) {
		t.Errorf("Back returned to the chat (%q)", left)
	}
	// sessionStorage of helpbot's origin in this tab is empty.
	if err := chromedp.Do(ctx, chromedp.Navigate(h.URL+"/healthz")); err != nil {
		t.Fatal(err)
	}
	if n := browsertest.Run(t, ctx, "storage after exit", chromedp.Evaluate[int](`sessionStorage.length`)); n != 0 {
		t.Errorf("sessionStorage holds %d items after Quick exit", n)
	}
}

func TestBrowserEscThreeTimesExits(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>News</title>")
	}))
	defer neutral.Close()
	h := startHelpbot(t, map[string]string{"HELPBOT_EXIT_URL": neutral.URL + "/news"})
	ctx := browsertest.Start(t, browsertest.Phone)
	err := chromedp.Do(ctx,
		chromedp.Navigate(h.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent(kb.Escape),
	)
	if err != nil {
		t.Fatal(err)
	}
	if loc := waitLocation(t, ctx, "/news"); !strings.HasPrefix(loc, neutral.URL) {
		t.Errorf("Esc three times led to %q, want the neutral site", loc)
	}
}

// TestBrowserFindHelpPage: /help/th in Thai renders with tap-to-call
// links and works with JavaScript turned off.
func TestBrowserFindHelpPage(t *testing.T) {
	h := startHelpbot(t, nil)
	ctx := browsertest.Start(t, browsertest.Phone)
	if err := chromedp.Do(ctx, chromedp.Navigate(h.URL+"/help/th?lang=th"), chromedp.WaitVisible(chromedp.CSS("a[href^='tel:']"))); err != nil {
		t.Fatalf("find help page: %v", err)
	}
	calls := browsertest.Run(t, ctx, "tel links", chromedp.Evaluate[int](`document.querySelectorAll("a[href^='tel:']").length`))
	scripts := browsertest.Run(t, ctx, "scripts", chromedp.Evaluate[int](`document.scripts.length`))
	lang := browsertest.Run(t, ctx, "lang", chromedp.Evaluate[string](`document.documentElement.lang`))
	width := browsertest.Run(t, ctx, "width", chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	if calls < 3 || scripts != 0 || lang != "th" || width > 360 {
		t.Errorf("tel links %d, scripts %d, lang %q, width %d: want ≥3 links, no script, th, ≤360 px", calls, scripts, lang, width)
	}
	if *updateScreenshots {
		png := browsertest.Run(t, ctx, "screenshot", chromedp.CaptureScreenshot())
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "help-th.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserWidgetOnAPartnerSite: one script tag on a partner's page (a
// different origin) adds a launcher that opens the chat in a panel, and the
// person can chat there; Quick exit in the panel leaves the partner's page.
func TestBrowserWidgetOnAPartnerSite(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>Recipes</title>")
	}))
	defer neutral.Close()
	var hb *instance
	partner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The helpbot is addressed as localhost, the partner as 127.0.0.1:
		// two origins.
		fmt.Fprintf(w, `<!doctype html><title>Partner</title><p>Our services</p><script src="%s/widget.js" data-lang="en" async></script>`,
			strings.Replace(hb.URL, "127.0.0.1", "localhost", 1))
	}))
	defer partner.Close()
	hb = startHelpbot(t, map[string]string{"HELPBOT_ALLOWED_ORIGINS": partner.URL, "HELPBOT_EXIT_URL": neutral.URL + "/recipes"})
	// With site isolation off the partner's iframe stays in the page's
	// process, where queries and input reach it (test browser only).
	ctx := browsertest.Start(t, browsertest.Phone, chromedp.Flag("disable-features", "SitePerProcess,IsolateOrigins"),
		chromedp.Flag("disable-site-isolation-trials", true))
	if err := chromedp.Do(ctx,
		chromedp.Navigate(partner.URL+"/"),
		chromedp.WaitVisible(chromedp.Search("//button[text()='Chat']")),
		chromedp.Click(chromedp.Search("//button[text()='Chat']")),
		chromedp.WaitVisible(chromedp.CSS("iframe")),
	); err != nil {
		t.Fatalf("launcher: %v", err)
	}
	src := browsertest.Run(t, ctx, "iframe src", chromedp.Evaluate[string](`document.querySelector("iframe").src`))
	if !strings.HasPrefix(src, strings.Replace(hb.URL, "127.0.0.1", "localhost", 1)+"/?embed=1") {
		t.Errorf("iframe src %q", src)
	}
	// The chat inside the panel, reached through the iframe's node, taken
	// again until its document has loaded.
	var in chromedp.QueryOption
	for deadline := time.Now().Add(10 * time.Second); in == nil; {
		nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS("iframe")))
		if err == nil && len(nodes) > 0 {
			tctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
			if chromedp.Do(tctx, chromedp.WaitVisible(chromedp.CSS("#text"), chromedp.FromNode(nodes[0]))) == nil {
				in = chromedp.FromNode(nodes[0])
			}
			cancel()
		}
		if in == nil && time.Now().After(deadline) {
			t.Fatalf("the chat did not load in the panel: %v", err)
		}
	}
	step := func(name string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, a); err != nil {
			t.Fatalf("%s in the panel: %v", name, err)
		}
	}
	step("chat page", chromedp.WaitVisible(chromedp.CSS("#text"), in))
	step("type", chromedp.SendKeys(chromedp.CSS("#text"), "I am a domestic worker in Singapore, my employer keeps my passport", in))
	step("send", chromedp.Click(chromedp.CSS("#send"), in))
	step("reply", chromedp.WaitVisible(chromedp.CSS("main .msg.bot:nth-of-type(3)"), in))
	step("exit", chromedp.Click(chromedp.CSS("#exit"), in))
	if loc := waitLocation(t, ctx, "/recipes"); !strings.HasPrefix(loc, neutral.URL) {
		t.Errorf("after Quick exit in the panel the partner tab is at %q", loc)
	}
}

// TestBrowserEscOnThePartnerPageLeaves: Esc pressed three times on the
// partner's page, with the chat open, leaves for the configured neutral site.
func TestBrowserEscOnThePartnerPageLeaves(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>Sports</title>")
	}))
	defer neutral.Close()
	var hb *instance
	partner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><title>Partner</title><p>Our services</p><script src="%s/widget.js" async></script>`,
			strings.Replace(hb.URL, "127.0.0.1", "localhost", 1))
	}))
	defer partner.Close()
	hb = startHelpbot(t, map[string]string{"HELPBOT_ALLOWED_ORIGINS": partner.URL, "HELPBOT_EXIT_URL": neutral.URL + "/sports"})
	ctx := browsertest.Start(t, browsertest.Phone)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(partner.URL+"/"),
		chromedp.Click(chromedp.Search("//button[text()='Chat']")),
		chromedp.WaitVisible(chromedp.CSS("iframe")),
		chromedp.Sleep(500*time.Millisecond), // the chat page loads in the panel
		chromedp.Click(chromedp.CSS("p")),    // focus stays on the partner page
		chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent(kb.Escape),
	); err != nil {
		t.Fatal(err)
	}
	if loc := waitLocation(t, ctx, "/sports"); !strings.HasPrefix(loc, neutral.URL) {
		t.Errorf("Esc on the partner page led to %q, want the configured neutral site", loc)
	}
}
