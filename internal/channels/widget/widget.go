// Package widget is the web chat channel: the chat page, the embeddable
// widget.js launcher and the /ws WebSocket that carries the JSON protocol
// described in docs/protocol.md. It talks to the rest of helpbot only in
// triage types.
package widget

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"helpbot/internal/jsonbuf"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"helpbot/internal/ratelimit"
	"helpbot/internal/triage"
)

// Engine is what the widget needs from the triage engine.
type Engine interface {
	Handle(ctx context.Context, m triage.Message) (triage.Result, error)
	Assess(m triage.Message, s triage.State) triage.Assessment
	SettleAll(ctx context.Context, items []triage.Settlement, into []triage.Result) []triage.Result
	Record(ctx context.Context, m triage.Message) (triage.Entry, bool, error)
	Choose(ctx context.Context, conversation string, ch triage.Channel, language, country string) (triage.Entry, error)
}

// History gives back a conversation's transcript for resume.
type History interface {
	Since(ctx context.Context, conversation, seq string) ([]triage.Entry, error)
}

// Options configure the widget. Zero values take the defaults below.
type Options struct {
	// AllowedOrigins may open /ws and frame the chat page, besides the
	// page's own origin (e.g. "https://partner.example").
	AllowedOrigins []string
	// ExitURL is where Quick exit sends the person (a neutral site).
	ExitURL string
	// ReadLimit caps one WebSocket frame in bytes (default 16 KiB).
	ReadLimit int64
	// MaxTextRunes caps the text of one message (default 4000).
	MaxTextRunes int
	PingInterval time.Duration // default 30s
	WriteTimeout time.Duration // default 10s
	// SendBuffer is how many frames may wait for a slow client before it is
	// disconnected (it resumes from the transcript). Default 64.
	SendBuffer int
	Text       triage.Localizer
	Languages  []string
	Logger     *slog.Logger

	// Abuse limits. MaxConnsPerIP caps open connections from one address
	// (generous: many phones share a carrier's address); 0 means no cap.
	MaxConnsPerIP int
	// ConversationRate and ConversationBurst limit the messages of one
	// conversation (per second, bucket size); IPRate and IPBurst those of
	// one address. A rate of 0 means no limit.
	ConversationRate  float64
	ConversationBurst int
	IPRate            float64
	IPBurst           int
	// TrustProxy takes the client address from X-Forwarded-For (set it
	// only behind a proxy that sets that header).
	TrustProxy bool

	// SettleWindow is how long answered messages are gathered before they
	// are stored together (see settler); negative: not at all. Default 1ms.
	// Their acks wait that long; the replies do not.
	SettleWindow time.Duration
}

func (o *Options) defaults() {
	if o.ExitURL == "" {
		o.ExitURL = "https://www.google.com/search?q=weather"
	}
	if o.ReadLimit == 0 {
		o.ReadLimit = 16 << 10
	}
	if o.MaxTextRunes == 0 {
		o.MaxTextRunes = 4000
	}
	if o.PingInterval == 0 {
		o.PingInterval = 30 * time.Second
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = 10 * time.Second
	}
	if o.SendBuffer == 0 {
		o.SendBuffer = 64
	}
	if o.Languages == nil {
		o.Languages = triage.Languages
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.SettleWindow == 0 {
		o.SettleWindow = time.Millisecond
	}
	if o.SettleWindow < 0 {
		o.SettleWindow = 0
	}
}

// Server serves the widget and holds this process's open connections.
type Server struct {
	engine  Engine
	history History
	opts    Options
	up      websocket.Upgrader

	settler    *settler
	connsPerIP *ratelimit.Counter
	convRate   *ratelimit.Limiter
	ipRate     *ratelimit.Limiter

	mu      sync.Mutex
	conns   map[string]map[*conn]struct{} // conversation → connections
	closing bool
	active  sync.WaitGroup // connections being served
}

// New returns a widget server.
func New(e Engine, h History, o Options) *Server {
	o.defaults()
	s := &Server{engine: e, history: h, opts: o, conns: map[string]map[*conn]struct{}{},
		settler:    newSettler(e, o.SettleWindow, o.Logger),
		connsPerIP: ratelimit.NewCounter(o.MaxConnsPerIP),
		convRate:   ratelimit.New(o.ConversationRate, o.ConversationBurst),
		ipRate:     ratelimit.New(o.IPRate, o.IPBurst),
	}
	s.up = websocket.Upgrader{
		ReadBufferSize: 1024,
		// A reply with its service cards is 2–5 KB: it goes out as one
		// frame in one write. The buffer is taken from a pool for each
		// write, so an idle connection holds none.
		WriteBufferSize: 8 << 10,
		WriteBufferPool: &sync.Pool{},
		CheckOrigin:     s.checkOrigin,
	}
	return s
}

// checkOrigin allows clients without an Origin (not browsers), the page's
// own origin, and the configured partner sites.
func (s *Server) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, a := range s.opts.AllowedOrigins {
		if strings.EqualFold(strings.TrimSuffix(a, "/"), origin) {
			return true
		}
	}
	return false
}

// clientIP is the address a request came from.
func (s *Server) clientIP(r *http.Request) string {
	if s.opts.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// ConversationID derives the conversation key from a resume token. The
// token is the secret the browser holds; the id reveals nothing of it.
func ConversationID(token string) string {
	sum := sha256.Sum256([]byte("helpbot-widget:" + token))
	return "w" + hex.EncodeToString(sum[:16])
}

func newToken() string {
	b := make([]byte, 18)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func validToken(t string) bool {
	if len(t) != 24 {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(t)
	return err == nil
}

// Deliver pushes a transcript entry to this process's connections of the
// conversation. Entries of other conversations are ignored.
func (s *Server) Deliver(conversation string, e triage.Entry) {
	s.mu.Lock()
	set := s.conns[conversation]
	list := make([]*conn, 0, len(set))
	for c := range set {
		list = append(list, c)
	}
	s.mu.Unlock()
	for _, c := range list {
		c.trySend(entryFrame(e))
	}
}

// Connections is the number of open WebSocket connections.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, set := range s.conns {
		n += len(set)
	}
	return n
}

// Shutdown stops accepting messages, lets messages being handled finish and
// their replies go out, then closes every connection with 1001 (going away)
// so clients reconnect elsewhere. It returns when all are closed or ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	var all []*conn
	for _, set := range s.conns {
		for c := range set {
			all = append(all, c)
		}
	}
	s.mu.Unlock()
	for _, c := range all {
		c.goAway()
	}
	// Connections with a message still to store close once it is stored
	// and acked: store it now.
	s.settler.hurry()
	done := make(chan struct{})
	go func() { s.active.Wait(); close(done) }()
	select {
	case <-done:
		// Every connection has ended, after its last message was stored.
		s.settler.stop()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Server) register(c *conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	set := s.conns[c.conversation]
	if set == nil {
		set = map[*conn]struct{}{}
		s.conns[c.conversation] = set
	}
	set[c] = struct{}{}
	return true
}

func (s *Server) unregister(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if set := s.conns[c.conversation]; set != nil {
		delete(set, c)
		if len(set) == 0 {
			delete(s.conns, c.conversation)
		}
	}
}

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// Frames the client sends.
type inFrame struct {
	Type     string `json:"type"`
	ID       string `json:"id,omitempty"`
	Text     string `json:"text"`
	Locale   string `json:"locale,omitempty"`
	TimeZone string `json:"timezone,omitempty"`
	Language string `json:"language,omitempty"`
	Country  string `json:"country,omitempty"`
	Token    string `json:"token,omitempty"`
	Since    string `json:"since,omitempty"`
}

// frame is one server frame; fields are added per type.
type frame map[string]any

// entryFrame is the frame of a transcript entry: a frame map or a
// replyOut, both encoded by jsonbuf.Marshal.
func entryFrame(e triage.Entry) any {
	switch e.From {
	case triage.FromPerson:
		return frame{"type": "message", "seq": e.Seq, "id": e.ClientID, "text": e.Text, "at": e.At}
	case triage.FromCaseworker:
		f := frame{"type": "caseworker", "seq": e.Seq, "text": e.Text, "at": e.At}
		if e.Reply != nil && e.Reply.Language != "" {
			f["language"] = e.Reply.Language
		}
		return f
	default:
		return replyOut{r: e.Reply, text: e.Text, seq: &e.Seq, at: &e.At}
	}
}

// replyOut is a reply frame (docs/protocol.md). It writes itself, so that
// the reply's text, numbers and services, the bulk of the frame, are the
// bytes the engine kept for its answer (triage.Reply.AppendContent).
type replyOut struct {
	r    *triage.Reply // nil: a reply of text alone
	text string        // the text when r is nil
	seq  *string       // set: the frame carries seq
	at   *time.Time    // set: the frame carries at
}

// AppendJSON implements jsonbuf.Appender.
func (o replyOut) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "type"), "reply")
	if r := o.r; r == nil {
		b = jsonbuf.StringField(b, "text", o.text)
	} else {
		b = jsonbuf.StringField(b, "language", r.Language)
		b = r.AppendContent(b)
		b = jsonbuf.OmitEmpty(b, "priority", string(r.Priority))
		b = jsonbuf.OmitEmpty(b, "in_reply_to", r.InReplyTo)
	}
	if o.seq != nil {
		b = jsonbuf.StringField(b, "seq", *o.seq)
	}
	if o.at != nil {
		b = jsonbuf.Time(jsonbuf.Field(b, "at"), *o.at)
	}
	return append(b, '}')
}

// ackOut is an ack frame: whether the message id is stored, at seq.
type ackOut struct {
	id, seq, replySeq string
	stored, duplicate bool
}

// AppendJSON implements jsonbuf.Appender.
func (a ackOut) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "type"), "ack")
	b = jsonbuf.StringField(b, "id", a.id)
	b = jsonbuf.StringField(b, "seq", a.seq)
	b = jsonbuf.Bool(jsonbuf.Field(b, "stored"), a.stored)
	b = jsonbuf.Bool(jsonbuf.Field(b, "duplicate"), a.duplicate)
	b = jsonbuf.OmitEmpty(b, "reply_seq", a.replySeq)
	return append(b, '}')
}

// errorFrame tells the client what was wrong with what it sent.
func (c *conn) errorFrame(code, msgID, id string) frame {
	f := frame{"type": "error", "code": code}
	if msgID != "" && c.s.opts.Text != nil {
		f["message"] = c.s.opts.Text.Text(c.language, msgID, nil)
	}
	if id != "" {
		f["id"] = id
	}
	return f
}
