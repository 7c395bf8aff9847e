package main

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestSecurityHeadersOnEveryPage: every page carries a CSP and
// Referrer-Policy: no-referrer; the chat page may be framed only by the
// allowed partner sites; pages stay light for 2G.
func TestSecurityHeadersOnEveryPage(t *testing.T) {
	h := startHelpbot(t, map[string]string{"HELPBOT_ALLOWED_ORIGINS": "https://partner.example"})
	for _, path := range []string{"/", "/?lang=my", "/widget.js", "/static/chat.js", "/static/chat.css",
		"/help", "/help/th?lang=th", "/console", "/healthz", "/readyz", "/metrics", "/api/cases", "/nope"} {
		resp, err := http.Get(h.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := resp.Header.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", path, got)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		if csp == "" {
			t.Errorf("%s: no Content-Security-Policy", path)
		}
		if strings.HasPrefix(path, "/?") || path == "/" {
			if !strings.Contains(csp, "frame-ancestors 'self' https://partner.example") {
				t.Errorf("%s: CSP %q does not let the partner frame the chat", path, csp)
			}
			if len(body) > 30<<10 {
				t.Errorf("%s: %d bytes, too heavy for 2G", path, len(body))
			}
			if strings.Contains(string(body), "http://") || strings.Contains(string(body), "https://fonts") {
				t.Errorf("%s loads something from another site", path)
			}
		}
	}
}
