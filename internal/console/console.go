// Package console is the caseworkers' web console: the /console pages
// (embedded assets, a strict Content-Security-Policy) and the /api JSON
// API they use to see the case queue live, claim cases, answer the person
// through their channel, and, for supervisors, reassign cases and watch
// the numbers.
package console

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"helpbot/internal/queue"
	"helpbot/internal/triage"
)

//go:embed assets
var assets embed.FS

// Transcripts gives a conversation's transcript.
type Transcripts interface {
	// Since returns the entries after seq ("" for all kept), oldest first.
	Since(ctx context.Context, conversation, seq string) ([]triage.Entry, error)
	// Erase removes a conversation's state and transcript at once.
	Erase(ctx context.Context, conversation string) error
}

// Audit records what the queue does not record itself: who viewed a
// case, who reassigned it, a reply that could not be delivered, logins.
type Audit interface {
	// Record adds an entry to the audit stream. caseID may be empty.
	Record(ctx context.Context, caseID, action, actor string, extra map[string]string) error
}

// Deps are the parts the console works with.
type Deps struct {
	Queue         *queue.Queue
	Conversations Transcripts
	Sender        triage.Sender // the delivery registry
	Directory     triage.Directory
	Text          triage.Localizer
	Accounts      Accounts
	Sessions      Sessions
	Audit         Audit // nil: views and reassignments are not recorded
	Logger        *slog.Logger
}

// Options configure the console. Zero values take the defaults.
type Options struct {
	// TrustProxy: believe X-Forwarded-Proto, X-Forwarded-For and
	// X-Forwarded-Host from a reverse proxy in front of helpbot.
	TrustProxy bool
	// SessionTTL is how long a login lasts. Default 12h.
	SessionTTL time.Duration
	// MaxFailures is how many failed logins for one name lock it out for
	// FailureWindow. Default 5. One address may fail 4 times as often.
	MaxFailures   int
	FailureWindow time.Duration // default 15 minutes
	// Keepalive is how often the event stream sends a comment so proxies
	// keep it open and a lapsed session is noticed. Default 15s.
	Keepalive time.Duration
	// Now is the clock. Default time.Now.
	Now func() time.Time
}

func (o *Options) defaults() {
	if o.SessionTTL <= 0 {
		o.SessionTTL = 12 * time.Hour
	}
	if o.MaxFailures <= 0 {
		o.MaxFailures = 5
	}
	if o.FailureWindow <= 0 {
		o.FailureWindow = 15 * time.Minute
	}
	if o.Keepalive <= 0 {
		o.Keepalive = 15 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Console serves the caseworker console.
type Console struct {
	d   Deps
	o   Options
	log *slog.Logger
	hub *hub

	hashing chan struct{} // bounds concurrent password hashing (memory)

	viewMu sync.Mutex
	viewed map[string]time.Time // actor + case → last recorded view
}

// New returns a console. Call Run to feed live events to browsers.
func New(d Deps, o Options) *Console {
	o.defaults()
	c := &Console{d: d, o: o, log: d.Logger, hashing: make(chan struct{}, 4), viewed: map[string]time.Time{}}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	c.hub = newHub()
	return c
}

// Routes adds the console's routes to mux: /console, /console/...,
// and /api/....
func (c *Console) Routes(mux *http.ServeMux) {
	static, _ := fs.Sub(assets, "assets")
	files := http.FileServer(http.FS(static))
	mux.HandleFunc("GET /console", c.servePage)
	mux.HandleFunc("GET /console/{$}", c.servePage)
	mux.Handle("GET /console/assets/", pageHeaders(http.StripPrefix("/console/assets/", noListing(files))))

	for _, rt := range c.api() {
		mux.Handle(rt.pattern, rt.h)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		c.fail(w, r, errorf(http.StatusNotFound, "no such API"))
	})
}

type route struct {
	pattern string
	h       http.Handler
}

// api lists the API's routes; docs/api.md documents each (a test checks).
func (c *Console) api() []route {
	return []route{
		{"POST /api/login", http.HandlerFunc(c.handleLogin)},
		{"POST /api/logout", c.authed(c.handleLogout)},
		{"GET /api/me", c.authed(c.handleMe)},
		{"GET /api/caseworkers", c.authed(c.handleCaseworkers)},
		{"GET /api/cases", c.authed(c.handleList)},
		{"POST /api/cases/next", c.authed(c.handleClaimNext)},
		{"GET /api/cases/{id}", c.authed(c.handleGet)},
		{"GET /api/cases/{id}/services", c.authed(c.handleServices)},
		{"POST /api/cases/{id}/claim", c.authed(c.handleClaim)},
		{"POST /api/cases/{id}/renew", c.authed(c.handleRenew)},
		{"POST /api/cases/{id}/reply", c.authed(c.handleReply)},
		{"POST /api/cases/{id}/notes", c.authed(c.handleNote)},
		{"POST /api/cases/{id}/release", c.authed(c.handleRelease)},
		{"POST /api/cases/{id}/transfer", c.authed(c.handleTransfer)},
		{"POST /api/cases/{id}/resolve", c.authed(c.handleResolve)},
		{"POST /api/cases/{id}/erase", c.authed(c.handleErase)},
		{"GET /api/events", c.authed(c.handleEvents)},
		{"GET /api/stats", c.authed(c.supervisor(c.handleStats))},
	}
}

// consoleCSP allows nothing but this origin's script, styles and API.
const consoleCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func pageHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", consoleCSP)
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}

// noListing answers 404 for a folder instead of listing it.
func noListing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (c *Console) servePage(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("assets/console.html")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	pageHeaders(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(b)
	})).ServeHTTP(w, r)
}

// apiError is an error with the HTTP status and the message to show.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func errorf(status int, msg string) error { return &apiError{status, msg} }

// fail answers with the JSON error for err. It is the only place API
// errors become responses; internal errors are logged, never shown.
func (c *Console) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var mbe *http.MaxBytesError
	status, msg := http.StatusInternalServerError, "internal error"
	switch {
	case errors.As(err, &ae):
		status, msg = ae.status, ae.msg
	case errors.As(err, &mbe):
		status, msg = http.StatusRequestEntityTooLarge, "request too large"
	case errors.Is(err, queue.ErrNotFound):
		status, msg = http.StatusNotFound, "case not found"
	case errors.Is(err, queue.ErrHeld):
		status, msg = http.StatusConflict, "another caseworker holds this case"
	case errors.Is(err, queue.ErrNotHolder):
		status, msg = http.StatusForbidden, "you do not hold this case"
	case errors.Is(err, queue.ErrResolved):
		status, msg = http.StatusConflict, "the case is already resolved"
	case errors.Is(err, queue.ErrEmpty):
		status, msg = http.StatusNotFound, "no case is waiting"
	case errors.Is(err, ErrNoAccount):
		status, msg = http.StatusBadRequest, "no such caseworker"
	default:
		c.log.Error("console api", "method", r.Method, "route", r.Pattern, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// decode reads a small JSON body into v.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return errorf(http.StatusBadRequest, "the request body is not the JSON expected")
	}
	return nil
}

func (c *Console) audit(ctx context.Context, caseID, action, actor string, extra map[string]string) {
	if c.d.Audit == nil {
		return
	}
	if err := c.d.Audit.Record(ctx, caseID, action, actor, extra); err != nil {
		c.log.Warn("record audit entry", "case_id", caseID, "action", action, "err", err)
	}
}
