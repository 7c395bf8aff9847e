package telegram_test

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const testToken = "123456:TEST-token"

// call is one Bot API request the fake received.
type call struct {
	Method string
	Fields map[string]string // form fields, or top-level JSON values as JSON text
	At     time.Time
}

// button is an inline keyboard button as sent.
type button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

// keyboard decodes the reply_markup of a sendMessage call.
func (c call) keyboard(t *testing.T) [][]button {
	t.Helper()
	var m struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	}
	if s := c.Fields["reply_markup"]; s != "" {
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			t.Fatalf("reply_markup %q: %v", s, err)
		}
	}
	return m.InlineKeyboard
}

// fakeAPI is an httptest server speaking the Bot API's HTTP+JSON: it
// answers /bot<token>/<method> and records every call. respond, when set,
// may answer a call itself (return false to let the default answer).
type fakeAPI struct {
	*httptest.Server
	mu      sync.Mutex
	calls   []call
	respond func(c call, n int) (status int, body string, ok bool) // n: calls of this method so far, from 1
	updates chan []json.RawMessage                                 // getUpdates results
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{updates: make(chan []json.RawMessage, 16)}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + testToken + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"ok":false,"error_code":404,"description":"Not Found"}`)
		return
	}
	c := call{Method: strings.TrimPrefix(r.URL.Path, prefix), Fields: map[string]string{}, At: time.Now()}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err == nil {
			for k, v := range r.MultipartForm.Value {
				c.Fields[k] = v[0]
			}
		}
	case "application/json":
		var m map[string]json.RawMessage
		json.NewDecoder(r.Body).Decode(&m)
		for k, v := range m {
			c.Fields[k] = string(v)
		}
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	n := 0
	for _, x := range f.calls {
		if x.Method == c.Method {
			n++
		}
	}
	respond := f.respond
	f.mu.Unlock()

	w.Header().Set("Content-Type", "application/json")
	if respond != nil {
		if status, body, ok := respond(c, n); ok {
			w.WriteHeader(status)
			io.WriteString(w, body)
			return
		}
	}
	switch c.Method {
	case "sendMessage":
		io.WriteString(w, `{"ok":true,"result":{"message_id":`+itoa(n)+`,"date":1700000000,"chat":{"id":1,"type":"private"}}}`)
	case "getUpdates":
		select {
		case ups := <-f.updates:
			b, _ := json.Marshal(ups)
			io.WriteString(w, `{"ok":true,"result":`+string(b)+`}`)
		case <-time.After(200 * time.Millisecond):
			io.WriteString(w, `{"ok":true,"result":[]}`)
		case <-r.Context().Done():
		}
	default:
		io.WriteString(w, `{"ok":true,"result":true}`)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// sent returns the calls of one method so far.
func (f *fakeAPI) sent(method string) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// waitFor waits until n calls of method were made and returns them.
func (f *fakeAPI) waitFor(t *testing.T, method string, n int) []call {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if got := f.sent(method); len(got) >= n {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("waited for %d %s calls, got %d", n, method, len(f.sent(method)))
	return nil
}

// settle waits a moment and returns the calls of method, to check that no
// more arrive.
func (f *fakeAPI) settle(method string) []call {
	time.Sleep(300 * time.Millisecond)
	return f.sent(method)
}
