// Package browsertest drives headless Chromium (Debian's chromium package)
// for the tests of what a person or a caseworker sees in a browser.
package browsertest

import (
	"context"
	"fmt"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Window is the browser's window: a phone (Mobile) or a desktop.
type Window struct {
	Width, Height int64
	Mobile        bool
	Timeout       time.Duration // for the whole test's browsing
}

// Phone is a 360-px-wide phone, the widget's smallest screen.
var Phone = Window{Width: 360, Height: 740, Mobile: true, Timeout: 90 * time.Second}

// Desktop is a caseworker's screen.
var Desktop = Window{Width: 1280, Height: 860, Timeout: 120 * time.Second}

// Start starts Chromium for one test with the window w; it is stopped when
// the test ends. The test fails when no Chromium is installed.
func Start(t *testing.T, w Window, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Fatal("chromium not found on PATH (scripts/test installs Debian's chromium package)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
		chromedp.WindowSize(int(w.Width), int(w.Height)),
	}
	opts = append(opts, extra...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, w.Timeout)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx, Viewport(w)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// Viewport emulates the window w in a tab.
func Viewport(w Window) chromedp.Action[chromedp.Void] {
	if w.Mobile {
		return chromedp.EmulateViewport(w.Width, w.Height, chromedp.EmulateMobile)
	}
	return chromedp.EmulateViewport(w.Width, w.Height)
}

// Run runs one typed browser action, failing the test on error.
func Run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// Do runs browser steps, failing the test on error.
func Do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Text reads the text of the first element sel matches in one step in the
// page ("" when none): live updates re-render parts of a page, so a node
// found first may be gone a moment later.
func Text(t *testing.T, ctx context.Context, what, sel string) string {
	t.Helper()
	js := fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, sel)
	return Run(t, ctx, what, chromedp.Evaluate[string](js))
}

// Poll waits until the JavaScript expression is true in the page.
func Poll(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(15*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))
}
