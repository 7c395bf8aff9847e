package console_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"helpbot/internal/console"
	"helpbot/internal/queue"
	"helpbot/internal/triage"
)

func TestAnonymousCallsAre401(t *testing.T) {
	e := newEnv(t, console.Options{})
	k := e.escalate("help", triage.Critical)
	b := e.anon()
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/me"}, {"GET", "/api/cases"}, {"GET", "/api/cases/" + k.ID},
		{"POST", "/api/cases/" + k.ID + "/claim"}, {"POST", "/api/cases/" + k.ID + "/reply"},
		{"GET", "/api/events"}, {"GET", "/api/stats"}, {"POST", "/api/logout"},
	} {
		code, body := b.do(c.method, c.path, map[string]string{})
		if code != http.StatusUnauthorized || body["error"] == "" {
			t.Errorf("%s %s anonymously: %d %v, want 401 with an error", c.method, c.path, code, body)
		}
	}
	// A made-up session cookie is no better.
	b.c.Jar.SetCookies(mustURL(t, e.srv.URL), []*http.Cookie{{Name: console.CookieName, Value: "forged"}})
	if code, _ := b.do("GET", "/api/cases", nil); code != http.StatusUnauthorized {
		t.Errorf("forged cookie: %d, want 401", code)
	}
}

func TestLoginLogoutAndCookie(t *testing.T) {
	e := newEnv(t, console.Options{TrustProxy: true})
	e.addAccount("alice", "--languages", "en,th")

	b := e.anon()
	if code, body := b.do("POST", "/api/login", map[string]string{"name": "alice", "password": "wrong password"}); code != 401 {
		t.Errorf("wrong password: %d %v, want 401", code, body)
	}
	if code, _ := b.do("POST", "/api/login", map[string]string{"name": "nobody", "password": password}); code != 401 {
		t.Errorf("unknown name: %d, want 401", code)
	}

	r := b.request("POST", "/api/login", map[string]string{"name": "Alice", "password": password}, nil)
	r.Body.Close()
	if r.StatusCode != 200 {
		t.Fatalf("login: %d", r.StatusCode)
	}
	var ck *http.Cookie
	for _, c := range r.Cookies() {
		if c.Name == console.CookieName {
			ck = c
		}
	}
	if ck == nil || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Secure || ck.Path != "/" {
		t.Errorf("session cookie over http = %+v, want HttpOnly, SameSite=Strict, not Secure", ck)
	}
	code, me := b.do("GET", "/api/me", nil)
	if code != 200 || me["name"] != "alice" || me["role"] != "caseworker" || me["csrf_token"] == "" {
		t.Errorf("me = %d %v", code, me)
	}
	b.csrf, _ = me["csrf_token"].(string)

	// Behind a TLS proxy that is trusted, the cookie is Secure.
	b2 := e.anon()
	r = b2.request("POST", "/api/login", map[string]string{"name": "alice", "password": password}, map[string]string{"X-Forwarded-Proto": "https"})
	r.Body.Close()
	for _, c := range r.Cookies() {
		if c.Name == console.CookieName && !c.Secure {
			t.Error("cookie behind a trusted TLS proxy is not Secure")
		}
	}

	if code, _ := b.do("POST", "/api/logout", nil); code != 200 {
		t.Errorf("logout: %d", code)
	}
	if code, _ := b.do("GET", "/api/cases", nil); code != 401 {
		t.Errorf("after logout: %d, want 401", code)
	}
}

func TestSessionsExpire(t *testing.T) {
	e := newEnv(t, console.Options{SessionTTL: time.Second})
	e.addAccount("alice")
	b := e.login("alice")
	if code, _ := b.do("GET", "/api/me", nil); code != 200 {
		t.Fatalf("me: %d", code)
	}
	time.Sleep(1500 * time.Millisecond)
	if code, _ := b.do("GET", "/api/me", nil); code != 401 {
		t.Errorf("after the session TTL: %d, want 401", code)
	}
}

func TestLoginLockout(t *testing.T) {
	e := newEnv(t, console.Options{MaxFailures: 3})
	e.addAccount("alice")
	e.addAccount("bob")
	b := e.anon()
	for i := range 3 {
		if code, _ := b.do("POST", "/api/login", map[string]string{"name": "alice", "password": "guess " + string(rune('a'+i))}); code != 401 {
			t.Fatalf("failure %d: %d, want 401", i+1, code)
		}
	}
	r := b.request("POST", "/api/login", map[string]string{"name": "alice", "password": password}, nil)
	r.Body.Close()
	if r.StatusCode != http.StatusTooManyRequests || r.Header.Get("Retry-After") == "" {
		t.Errorf("right password after 3 failures: %d (Retry-After %q), want 429 with Retry-After", r.StatusCode, r.Header.Get("Retry-After"))
	}
	// Another name from the same address is still let in...
	e.login("bob")
	// ...until the address itself has failed too often (4 × 3).
	for i := range 9 {
		b.do("POST", "/api/login", map[string]string{"name": "user" + string(rune('a'+i)), "password": "nope nope nope"})
	}
	if code, _ := b.do("POST", "/api/login", map[string]string{"name": "bob", "password": password}); code != http.StatusTooManyRequests {
		t.Errorf("after 12 failures from one address: %d, want 429", code)
	}
}

func TestCSRFAndOrigin(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice")
	k := e.escalate("help", triage.Critical)
	b := e.login("alice")
	path := "/api/cases/" + k.ID + "/claim"
	if code, body := b.doWith("POST", path, map[string]string{}, map[string]string{"X-CSRF-Token": ""}); code != 403 {
		t.Errorf("no CSRF token: %d %v, want 403", code, body)
	}
	if code, _ := b.doWith("POST", path, map[string]string{}, map[string]string{"X-CSRF-Token": "not-it"}); code != 403 {
		t.Errorf("wrong CSRF token: %d, want 403", code)
	}
	if code, _ := b.doWith("POST", path, map[string]string{}, map[string]string{"Origin": "https://evil.example"}); code != 403 {
		t.Errorf("foreign Origin: %d, want 403", code)
	}
	if c, _ := e.q.Get(context.Background(), k.ID); c.Status != queue.StatusQueued {
		t.Fatalf("a refused claim changed the case: %s", c.Status)
	}
	if code, _ := b.doWith("POST", path, map[string]string{}, map[string]string{"Origin": e.srv.URL}); code != 200 {
		t.Errorf("claim with token from own origin: %d, want 200", code)
	}
}

func TestHoldingRules(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice", "--languages", "en")
	e.addAccount("bob")
	e.addAccount("sue", "--role", "supervisor")
	k := e.escalate("They took my passport", triage.Critical)
	alice, bob, sue := e.login("alice"), e.login("bob"), e.login("sue")
	base := "/api/cases/" + k.ID

	// Everyone sees a queued case.
	for _, b := range []*browser{alice, bob, sue} {
		if code, body := b.do("GET", base, nil); code != 200 || len(body["transcript"].([]any)) != 1 {
			t.Errorf("view queued case: %d %v", code, body)
		}
	}
	// Acting on a case one does not hold: 403.
	for _, a := range []struct {
		path string
		body any
	}{{"/reply", map[string]string{"text": "hi"}}, {"/release", nil}, {"/renew", nil},
		{"/notes", map[string]string{"text": "n"}}, {"/resolve", map[string]string{"outcome": "referred"}},
		{"/transfer", map[string]string{"to": "alice"}}} {
		if code, body := bob.do("POST", base+a.path, a.body); code != 403 {
			t.Errorf("%s on a queued case: %d %v, want 403", a.path, code, body)
		}
	}

	if code, body := alice.do("POST", base+"/claim", nil); code != 200 || body["holder"] != "alice" {
		t.Fatalf("alice claims: %d %v", code, body)
	}
	code, body := bob.do("POST", base+"/claim", nil)
	if code != http.StatusConflict || !strings.Contains(body["error"].(string), "alice") {
		t.Errorf("bob claims alice's case: %d %v, want 409 naming alice", code, body)
	}
	if code, _ := bob.do("POST", base+"/reply", map[string]string{"text": "hello"}); code != 403 {
		t.Errorf("bob replies on alice's case: %d, want 403", code)
	}
	if code, _ := bob.do("GET", base, nil); code != 403 {
		t.Errorf("bob views alice's case: %d, want 403", code)
	}
	// The queue a caseworker sees leaves out cases others hold; a
	// supervisor sees them, with the holder.
	_, list := bob.do("GET", "/api/cases", nil)
	if n := len(list["cases"].([]any)); n != 0 {
		t.Errorf("bob's queue has %d cases, want 0", n)
	}
	_, list = sue.do("GET", "/api/cases", nil)
	cs := list["cases"].([]any)
	if len(cs) != 1 || cs[0].(resp)["holder"] != "alice" {
		t.Errorf("supervisor's queue = %v, want alice's case", cs)
	}
	counts := list["counts"].(resp)["claimed"].(resp)
	if counts["critical"] != float64(1) {
		t.Errorf("counts = %v", list["counts"])
	}

	// alice may renew, note, and transfer to bob; bob then holds it.
	if code, body := alice.do("POST", base+"/renew", nil); code != 200 || body["lease_until"] == nil {
		t.Errorf("renew: %d %v", code, body)
	}
	if code, _ := alice.do("POST", base+"/notes", map[string]string{"text": "called the shelter"}); code != 200 {
		t.Errorf("note: %d", code)
	}
	if code, _ := alice.do("POST", base+"/transfer", map[string]string{"to": "nobody"}); code != 400 {
		t.Errorf("transfer to an unknown caseworker: %d, want 400", code)
	}
	if code, _ := alice.do("POST", base+"/transfer", map[string]string{"to": "bob"}); code != 200 {
		t.Errorf("transfer: %d", code)
	}
	if code, _ := alice.do("POST", base+"/reply", map[string]string{"text": "hello"}); code != 403 {
		t.Errorf("alice replies after transferring: %d, want 403", code)
	}
	// The supervisor reassigns it back to alice.
	if code, body := sue.do("POST", base+"/transfer", map[string]string{"to": "alice"}); code != 200 {
		t.Errorf("supervisor reassigns: %d %v", code, body)
	}
	if code, _ := bob.do("POST", base+"/release", nil); code != 403 {
		t.Errorf("bob releases after reassignment: %d, want 403", code)
	}
	if code, _ := alice.do("POST", base+"/resolve", map[string]string{"outcome": "free text about the person"}); code != 400 {
		t.Errorf("resolve with an unknown outcome: %d, want 400", code)
	}
	if code, _ := alice.do("POST", base+"/resolve", map[string]string{"outcome": "referred"}); code != 200 {
		t.Errorf("resolve: %d", code)
	}
	if code, _ := alice.do("POST", base+"/claim", nil); code != http.StatusConflict {
		t.Errorf("claim a resolved case: %d, want 409", code)
	}
	_, got := sue.do("GET", base, nil)
	notes := got["notes"].([]any)
	if len(notes) != 1 || notes[0].(resp)["text"] != "called the shelter" {
		t.Errorf("notes = %v", notes)
	}

	// Views, claims and reassignments are in the audit stream.
	audit, err := e.q.Audit(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, a := range audit {
		if a.Case == k.ID {
			actions = append(actions, a.Action+":"+a.Actor)
		}
	}
	for _, want := range []string{"viewed:alice", "viewed:bob", "viewed:sue", "claimed:alice", "transferred:alice", "reassigned:sue", "note:alice", "resolved:alice"} {
		if !slices.Contains(actions, want) {
			t.Errorf("audit lacks %s: %v", want, actions)
		}
	}
}

func TestReplyGoesThroughTheChannel(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice")
	k := e.escalate("I cannot leave the boat", triage.High)
	alice := e.login("alice")
	base := "/api/cases/" + k.ID
	alice.do("POST", base+"/claim", nil)

	if code, _ := alice.do("POST", base+"/reply", map[string]string{"text": "   "}); code != 400 {
		t.Errorf("empty reply: %d, want 400", code)
	}
	if code, _ := alice.do("POST", base+"/reply", map[string]string{"text": strings.Repeat("x", 4001)}); code != 400 {
		t.Errorf("reply too long: %d, want 400", code)
	}
	code, body := alice.do("POST", base+"/reply", map[string]string{"text": "We are calling the shelter now."})
	if code != 200 || body["delivery"] != "sent" {
		t.Fatalf("reply: %d %v", code, body)
	}
	got := e.sent.replies()
	if len(got) != 1 {
		t.Fatalf("sender got %d replies", len(got))
	}
	want := triage.Reply{Channel: k.Channel, Conversation: k.Conversation, From: "caseworker", Language: "en", Text: "We are calling the shelter now.", Case: k.ID}
	if got[0].Channel != want.Channel || got[0].Conversation != want.Conversation || got[0].From != want.From ||
		got[0].Language != want.Language || got[0].Text != want.Text {
		t.Errorf("sent %+v, want %+v", got[0], want)
	}
	c, _ := e.q.Get(context.Background(), k.ID)
	if c.FirstReply.IsZero() {
		t.Error("the case has no first reply time")
	}

	e.sent.mu.Lock()
	e.sent.fail = true
	e.sent.mu.Unlock()
	code, body = alice.do("POST", base+"/reply", map[string]string{"text": "again"})
	if code != http.StatusBadGateway || body["error"] == "" {
		t.Errorf("reply on a failing channel: %d %v, want 502 with an error", code, body)
	}

	// Directory cards in the person's language, ready to insert.
	code, body = alice.do("GET", base+"/services", nil)
	svcs, _ := body["services"].([]any)
	if code != 200 || len(svcs) != 2 {
		t.Fatalf("services: %d %v", code, body)
	}
	if txt := svcs[1].(resp)["text"].(string); !strings.Contains(txt, "Tenaganita (en)") || !strings.Contains(txt, "03-7770 3691") {
		t.Errorf("card text = %q", txt)
	}
}

func TestUserTextIsEscaped(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice")
	payload := `<script>alert(1)</script><img src=x onerror="alert(2)">`
	k := e.escalate(payload, triage.Critical)
	alice := e.login("alice")
	r := alice.request("GET", "/api/cases/"+k.ID, nil, nil)
	raw, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if bytes.Contains(raw, []byte("<script>")) || bytes.Contains(raw, []byte("<img")) {
		t.Errorf("API answer carries raw markup: %s", raw)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || r.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("Content-Type %q, nosniff %q", ct, r.Header.Get("X-Content-Type-Options"))
	}
	_, body := alice.do("GET", "/api/cases/"+k.ID, nil)
	if s := body["case"].(resp)["summary"]; s != payload {
		t.Errorf("summary = %q, want the text as sent", s)
	}

	// The page: a strict CSP, no inline script, no handler attributes.
	pr := alice.request("GET", "/console", nil, nil)
	page, _ := io.ReadAll(pr.Body)
	pr.Body.Close()
	csp := pr.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("console CSP = %q", csp)
	}
	if regexp.MustCompile(`<script(\s+[^>]*)?>[^<]+</script>`).Match(page) || regexp.MustCompile(`\son[a-z]+=`).Match(page) ||
		regexp.MustCompile(`\sstyle=`).Match(page) || bytes.Contains(page, []byte("http://")) || bytes.Contains(page, []byte("https://")) {
		t.Error("console.html has inline script, handler or style attributes, or a remote URL")
	}
	if lr := alice.request("GET", "/console/assets/", nil, nil); lr.StatusCode != 404 {
		t.Errorf("asset folder: %d, want 404 (no listing)", lr.StatusCode)
	}
	js := alice.request("GET", "/console/assets/console.js", nil, nil)
	src, _ := io.ReadAll(js.Body)
	js.Body.Close()
	if js.StatusCode != 200 || bytes.Contains(src, []byte("innerHTML")) || bytes.Contains(src, []byte("insertAdjacentHTML")) || bytes.Contains(src, []byte("document.write")) {
		t.Errorf("console.js: %d, or it builds HTML from strings", js.StatusCode)
	}
}

func TestEventsAreLive(t *testing.T) {
	e := newEnv(t, console.Options{Keepalive: 200 * time.Millisecond})
	e.addAccount("alice")
	alice := e.login("alice")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	lines := alice.events(ctx)
	if l := <-lines; l != "event: ready" {
		t.Fatalf("first line %q", l)
	}
	// The subscription of Run may start after the stream: wait for it.
	deadline := time.Now().Add(5 * time.Second)
	var k queue.Case
	for {
		k = e.escalate("help now", triage.Critical)
		found := false
		timeout := time.After(500 * time.Millisecond)
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatal("stream closed")
				}
				if strings.Contains(l, `"type":"created"`) && strings.Contains(l, k.ID) {
					found = true
					break read
				}
			case <-timeout:
				break read
			}
		}
		if found {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no created event on the stream")
		}
	}
	// Logging out ends the stream at the next keepalive.
	alice.do("POST", "/api/logout", nil)
	for {
		select {
		case l, ok := <-lines:
			if !ok || l == "event: logout" {
				return
			}
		case <-ctx.Done():
			t.Fatal("the stream outlived the session")
		}
	}
}

func TestStatsForSupervisorsOnly(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice")
	e.addAccount("sue", "--role", "supervisor")
	k := e.escalate("help", triage.Critical)
	alice, sue := e.login("alice"), e.login("sue")
	alice.do("POST", "/api/cases/"+k.ID+"/claim", nil)
	alice.do("POST", "/api/cases/"+k.ID+"/reply", map[string]string{"text": "hello"})
	if code, _ := alice.do("GET", "/api/stats", nil); code != 403 {
		t.Errorf("caseworker stats: %d, want 403", code)
	}
	code, body := sue.do("GET", "/api/stats?days=7", nil)
	if code != 200 {
		t.Fatalf("stats: %d %v", code, body)
	}
	days := body["days"].([]any)
	last := days[len(days)-1].(resp)
	if len(days) != 7 || last["total"] != float64(1) || last["by_country"].(resp)["MY"] != float64(1) {
		t.Errorf("days = %v", days)
	}
	if body["time_to_claim"].(resp)["count"] != float64(1) || body["time_to_first_reply"].(resp)["count"] != float64(1) {
		t.Errorf("timings = %v %v", body["time_to_claim"], body["time_to_first_reply"])
	}
	if body["holders"].(resp)["alice"] != float64(1) {
		t.Errorf("holders = %v", body["holders"])
	}
}

func TestCaseworkerCmd(t *testing.T) {
	e := newEnv(t, console.Options{})
	ctx := context.Background()
	run := func(stdin string, args ...string) (string, string, error) {
		var out, errb bytes.Buffer
		err := console.CaseworkerCmd(ctx, e.accts, args, strings.NewReader(stdin), &out, &errb)
		return out.String(), errb.String(), err
	}
	if _, _, err := run(password+"\n", "add", "alice", "--languages", "en,my,tl", "--role", "supervisor"); err != nil {
		t.Fatal(err)
	}
	a, err := e.accts.Account(ctx, "alice")
	if err != nil || a.Role != console.RoleSupervisor || !slices.Equal(a.Languages, []string{"en", "my", "fil"}) {
		t.Errorf("account = %+v, %v", a, err)
	}
	if !strings.HasPrefix(a.Hash, "$argon2id$") || strings.Contains(a.Hash, password) {
		t.Errorf("hash = %q", a.Hash)
	}
	if _, _, err := run(password+"\n", "add", "alice"); !errors.Is(err, console.ErrAccountExists) {
		t.Errorf("second add: %v, want ErrAccountExists", err)
	}
	if _, _, err := run("short\n", "add", "bob"); err == nil {
		t.Error("short password accepted")
	}
	for _, args := range [][]string{{}, {"add"}, {"add", "Bad Name"}, {"add", "carol", "--role", "boss"}, {"frobnicate"}} {
		if _, _, err := run(password+"\n", args...); !errors.Is(err, console.ErrUsage) {
			t.Errorf("%q: %v, want ErrUsage", args, err)
		}
	}
	run(password+"\n", "add", "bob")
	b := e.login("bob")
	if _, _, err := run("", "disable", "bob"); err != nil {
		t.Fatal(err)
	}
	out, _, _ := run("", "list")
	if !regexp.MustCompile(`alice\s+supervisor\s+en,my,fil\s+active`).MatchString(out) || !regexp.MustCompile(`bob\s+caseworker\s+\S*\s*disabled`).MatchString(out) {
		t.Errorf("list:\n%s", out)
	}
	if code, _ := b.do("GET", "/api/me", nil); code != 401 {
		t.Errorf("session of a disabled account: %d, want 401", code)
	}
	if code, _ := e.anon().do("POST", "/api/login", map[string]string{"name": "bob", "password": password}); code != 401 {
		t.Errorf("login of a disabled account: %d, want 401", code)
	}
	run("", "enable", "bob")
	if _, _, err := run("a new long password\n", "passwd", "bob"); err != nil {
		t.Fatal(err)
	}
	if code, _ := e.anon().do("POST", "/api/login", map[string]string{"name": "bob", "password": "a new long password"}); code != 200 {
		t.Errorf("login with the new password: %d", code)
	}
}

func TestPasswordHash(t *testing.T) {
	h, err := console.HashPassword("s3cret passphrase")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := console.HashPassword("s3cret passphrase")
	if h == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
	if !console.CheckPassword(h, "s3cret passphrase") || console.CheckPassword(h, "s3cret passphrasE") || console.CheckPassword("garbage", "x") {
		t.Error("CheckPassword is wrong")
	}
}

// TestAPIDocMatchesRoutes: docs/api.md documents every route the server
// has, and no other.
func TestAPIDocMatchesRoutes(t *testing.T) {
	doc, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	var documented []string
	for _, m := range regexp.MustCompile("(?m)^### `((?:GET|POST) /api/[^`\\[ ]+)").FindAllSubmatch(doc, -1) {
		documented = append(documented, string(m[1]))
	}
	served := console.APIPatterns()
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Errorf("docs/api.md documents\n%v\nthe server has\n%v", documented, served)
	}
}

// TestEventStreamOutlivesWriteTimeout: the server's WriteTimeout does not
// cut the event stream.
func TestEventStreamOutlivesWriteTimeout(t *testing.T) {
	e := newEnv(t, console.Options{Keepalive: 200 * time.Millisecond})
	e.addAccount("alice")
	mux := http.NewServeMux()
	e.c.Routes(mux)
	srv := httptest.NewUnstartedServer(mux)
	srv.Config.WriteTimeout = 500 * time.Millisecond
	srv.Start()
	defer srv.Close()
	b := e.login("alice")
	b.base = srv.URL
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	lines := b.events(ctx)
	<-lines // ready
	time.Sleep(1500 * time.Millisecond)
	k := e.escalate("help", triage.High)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the stream ended")
			}
			if strings.Contains(l, k.ID) {
				return
			}
		case <-ctx.Done():
			t.Fatal("no event after the write timeout")
		}
	}
}

func TestClaimNextPrefersTheirLanguage(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("mya", "--languages", "my")
	ctx := context.Background()
	for _, l := range []string{"en", "my"} {
		if _, err := e.q.Escalate(ctx, triage.Escalation{Conversation: "wnext" + l, Channel: triage.ChannelWidget,
			Language: l, Priority: triage.High, Summary: "help"}); err != nil {
			t.Fatal(err)
		}
	}
	b := e.login("mya")
	code, body := b.do("POST", "/api/cases/next", nil)
	if code != 200 {
		t.Fatalf("claim next: %d %v", code, body)
	}
	k, _ := e.q.Get(ctx, body["id"].(string))
	if k.Language != "my" || k.Holder != "mya" {
		t.Errorf("claimed %s case held by %q, want the Burmese one", k.Language, k.Holder)
	}
	b.do("POST", "/api/cases/next", nil)
	if code, _ := b.do("POST", "/api/cases/next", nil); code != 404 {
		t.Errorf("claim next with nothing waiting: %d, want 404", code)
	}
}

// TestEraseOnRequest: only the holder erases; the transcript is gone at
// once and the case is resolved as erased, with an audit entry.
func TestEraseOnRequest(t *testing.T) {
	e := newEnv(t, console.Options{})
	e.addAccount("alice")
	e.addAccount("bob")
	k := e.escalate("Please delete everything I wrote", triage.High)
	alice, bob := e.login("alice"), e.login("bob")
	base := "/api/cases/" + k.ID
	if code, _ := alice.do("POST", base+"/erase", nil); code != 403 {
		t.Errorf("erase before claiming: %d, want 403", code)
	}
	alice.do("POST", base+"/claim", nil)
	if code, _ := alice.do("POST", base+"/notes", map[string]any{"text": "she said her employer is in Klang"}); code != 200 && code != 201 {
		t.Fatalf("note: %d", code)
	}
	if code, _ := bob.do("POST", base+"/erase", nil); code != 403 {
		t.Errorf("erase by a non-holder: %d, want 403", code)
	}
	if code, body := alice.do("POST", base+"/erase", nil); code != 200 || body["outcome"] != "erased" {
		t.Fatalf("erase: %d %v", code, body)
	}
	entries, err := e.conv.Since(context.Background(), k.Conversation, "")
	if err != nil || len(entries) != 0 {
		t.Errorf("transcript after erase: %d entries, %v", len(entries), err)
	}
	// The case record stays for the audit, with none of the person's words.
	after, err := e.q.Get(context.Background(), k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Summary != "" || len(after.Notes) != 0 {
		t.Errorf("after erase the case keeps summary %q and %d notes", after.Summary, len(after.Notes))
	}
	audit, _ := e.q.Audit(context.Background(), "", 100)
	found := false
	for _, a := range audit {
		if a.Case == k.ID && a.Action == "erased" && a.Actor == "alice" {
			found = true
		}
	}
	if !found {
		t.Error("no audit entry for the erasure")
	}
}
