package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"helpbot/internal/redistest"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write docs/widget.png from the browser test")

// newBrowser starts headless Chromium (Debian's chromium package) for one
// test, emulating a 360-px-wide phone.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium not found on PATH (scripts/test installs it): %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(360, 740),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func TestBrowserChatAndQuickExit(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>Weather</title><p>Sunny</p>")
	}))
	defer neutral.Close()
	r := redistest.Start(t)
	h := startHelpbot(t, map[string]string{"REDIS_URL": r.URL(), "HELPBOT_EXIT_URL": neutral.URL + "/weather"})
	ctx := newBrowser(t)

	var title, replyText string
	var bots int
	var width int
	var stored string
	err := chromedp.Run(ctx,
		chromedp.Navigate(h.URL+"/?lang=en"),
		chromedp.WaitVisible("#text", chromedp.ByID),
		chromedp.Title(&title),
		chromedp.SendKeys("#text", "Help me please, my employer locked me in the house and took my passport. I am in Kuala Lumpur.", chromedp.ByID),
		chromedp.Click("#send", chromedp.ByID),
		chromedp.WaitVisible(`main .msg.bot:nth-of-type(3) .sos`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("main .msg.bot").length`, &bots),
		chromedp.Text(`main .msg.bot:nth-of-type(3)`, &replyText, chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &width),
		chromedp.Evaluate(`sessionStorage.getItem("hb") || ""`, &stored),
	)
	if err != nil {
		t.Fatalf("chat: %v\nlogs:\n%s", err, h.Logs)
	}
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
		var png []byte
		if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 90)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "widget.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	var loc, left string
	var storedAfter int
	err = chromedp.Run(ctx,
		chromedp.Click("#exit", chromedp.ByID),
		chromedp.WaitReady(`body`, chromedp.ByQuery),
		chromedp.Poll(`location.href.indexOf("/weather") > 0`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Location(&loc),
		// Back must not return to the chat.
		chromedp.NavigateBack(),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Location(&left),
		// sessionStorage of helpbot's origin in this tab is empty.
		chromedp.Navigate(h.URL+"/healthz"),
		chromedp.Evaluate(`sessionStorage.length`, &storedAfter),
	)
	if err != nil && !strings.Contains(err.Error(), "history") {
		t.Fatalf("quick exit: %v", err)
	}
	if !strings.HasPrefix(loc, neutral.URL) {
		t.Errorf("after Quick exit the page is %q, want the neutral site", loc)
	}
	if strings.HasPrefix(left, h.URL) {
		t.Errorf("Back returned to the chat (%q)", left)
	}
	if storedAfter != 0 {
		t.Errorf("sessionStorage holds %d items after Quick exit", storedAfter)
	}
}

func TestBrowserEscThreeTimesExits(t *testing.T) {
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>News</title>")
	}))
	defer neutral.Close()
	h := startHelpbot(t, map[string]string{"HELPBOT_EXIT_URL": neutral.URL + "/news"})
	ctx := newBrowser(t)
	err := chromedp.Run(ctx,
		chromedp.Navigate(h.URL+"/"),
		chromedp.WaitVisible("#text", chromedp.ByID),
		chromedp.KeyEvent("\x1b"), chromedp.KeyEvent("\x1b"), chromedp.KeyEvent("\x1b"),
		chromedp.Poll(`location.href.indexOf("/news") > 0`, nil, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatalf("Esc three times did not leave: %v", err)
	}
}
