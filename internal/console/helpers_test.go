package console_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/console"
	"helpbot/internal/queue"
	"helpbot/internal/redistest"
	"helpbot/internal/store"
	"helpbot/internal/triage"
)

const password = "correct horse battery"

var convSeq atomic.Int64

// recordingSender keeps the replies it is given; fail makes it refuse.
type recordingSender struct {
	mu   sync.Mutex
	got  []triage.Reply
	fail bool
}

func (s *recordingSender) Send(ctx context.Context, r triage.Reply) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail {
		return errors.New("channel down")
	}
	s.got = append(s.got, r)
	return nil
}

func (s *recordingSender) replies() []triage.Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]triage.Reply(nil), s.got...)
}

// fakeDirectory answers every query with one service and one number.
type fakeDirectory struct{}

func (fakeDirectory) Find(q triage.Query) triage.Help {
	return triage.Help{
		Country: q.Country, CountryName: "Malaysia", Known: true,
		Emergency: []triage.EmergencyNumber{{Service: "police", Number: "999", Label: "Police"}},
		Services: []triage.ServiceCard{{
			ID: "tenaganita", Name: "Tenaganita (" + q.Language + ")", Kind: "ngo", Verified: true,
			Contacts: []triage.Contact{{Kind: "phone", Value: "+60377703691", Label: "03-7770 3691"}},
		}},
	}
}

// env is a console on a real redis-server and a real case queue.
type env struct {
	t     *testing.T
	srv   *httptest.Server
	rdb   *redis.Client
	q     *queue.Queue
	accts *store.Accounts
	conv  *store.Conversations
	sent  *recordingSender
	c     *console.Console
}

func newEnv(t *testing.T, o console.Options) *env {
	t.Helper()
	r := redistest.Start(t)
	rdb := r.Client()
	q, err := queue.New(rdb, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, rdb: rdb, q: q, accts: store.NewAccounts(rdb, ""), conv: store.NewConversations(rdb, 0), sent: &recordingSender{}}
	e.c = console.New(console.Deps{
		Queue: q, Conversations: e.conv, Sender: e.sent, Directory: fakeDirectory{},
		Accounts: e.accts, Sessions: e.accts, Audit: e.accts,
	}, o)
	mux := http.NewServeMux()
	e.c.Routes(mux)
	e.srv = httptest.NewServer(mux)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { e.c.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); e.srv.Close(); <-done })
	return e
}

// addAccount creates an account through the command line.
func (e *env) addAccount(name string, extra ...string) {
	e.t.Helper()
	var out, errb bytes.Buffer
	args := append([]string{"add", name}, extra...)
	if err := console.CaseworkerCmd(context.Background(), e.accts, args, strings.NewReader(password+"\n"), &out, &errb); err != nil {
		e.t.Fatalf("caseworker add %s: %v\n%s", name, err, errb.String())
	}
}

// escalate opens a case with a transcript of one message.
func (e *env) escalate(text string, p triage.Priority) queue.Case {
	e.t.Helper()
	ctx := context.Background()
	conv := fmt.Sprintf("wtest%d", convSeq.Add(1))
	if _, _, err := e.conv.Append(ctx, conv, triage.Entry{From: triage.FromPerson, Text: text, At: time.Now()}); err != nil {
		e.t.Fatal(err)
	}
	id, err := e.q.Escalate(ctx, triage.Escalation{
		Conversation: conv, Channel: triage.ChannelWidget, Language: "en", Country: "MY",
		Priority: p, Signals: []string{"confinement", "documents_withheld"}, Sector: "domestic",
		MessageID: "m1", Summary: text,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	k, err := e.q.Get(ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return k
}

// browser is one API client with its own cookie jar.
type browser struct {
	t    *testing.T
	base string
	c    *http.Client
	csrf string
}

func (e *env) anon() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: e.t, base: e.srv.URL, c: &http.Client{Jar: jar, Timeout: 10 * time.Second}}
}

func (e *env) login(name string) *browser {
	e.t.Helper()
	b := e.anon()
	code, body := b.do("POST", "/api/login", map[string]string{"name": name, "password": password})
	if code != 200 {
		e.t.Fatalf("login %s: %d %v", name, code, body)
	}
	b.csrf, _ = body["csrf_token"].(string)
	return b
}

type resp = map[string]any

func (b *browser) request(method, path string, body any, header map[string]string) *http.Response {
	b.t.Helper()
	var rd io.Reader
	if body != nil {
		j, _ := json.Marshal(body)
		rd = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, b.base+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if b.csrf != "" && method != "GET" {
		req.Header.Set("X-CSRF-Token", b.csrf)
	}
	for k, v := range header {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	r, err := b.c.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", method, path, err)
	}
	return r
}

func (b *browser) doWith(method, path string, body any, header map[string]string) (int, resp) {
	b.t.Helper()
	r := b.request(method, path, body, header)
	defer r.Body.Close()
	var out resp
	raw, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		b.t.Fatalf("%s %s: %d, not JSON: %q", method, path, r.StatusCode, raw)
	}
	return r.StatusCode, out
}

func (b *browser) do(method, path string, body any) (int, resp) {
	b.t.Helper()
	return b.doWith(method, path, body, nil)
}

// events opens the event stream and returns its data lines.
func (b *browser) events(ctx context.Context) <-chan string {
	b.t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", b.base+"/api/events", nil)
	c := &http.Client{Jar: b.c.Jar}
	r, err := c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	if r.StatusCode != 200 {
		b.t.Fatalf("events: %d", r.StatusCode)
	}
	out := make(chan string, 64)
	go func() {
		defer r.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(r.Body)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "data: ") || strings.HasPrefix(line, "event: ") {
				out <- line
			}
		}
	}()
	return out
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
