package widget

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"helpbot/internal/jsonbuf"
	"helpbot/internal/triage"
)

// conn is one WebSocket connection. Its reader goroutine handles the
// person's frames in order and writes its own answers; its writer
// goroutine writes what other goroutines deliver (caseworker replies, close
// frames) and the pings. Data frames are written under wmu, one at a time.
type conn struct {
	s            *Server
	ws           *websocket.Conn
	out          chan outgoing
	done         chan struct{} // closed when the connection ends
	closeOnce    sync.Once
	conversation string
	ip           string
	language     string
	mu           sync.Mutex
	wmu          sync.Mutex // held while writing a frame to ws
	away         bool       // shutting down: finish the current message, then close
	busy         bool       // a message is being handled
	// unsaved holds ids of messages answered while the store was down; when
	// the client sends one again it is only stored, not answered twice.
	unsaved map[string]bool
	// state is the conversation's state after this connection's last
	// message; with it the next message is answered before it is stored.
	// While pending is set, the settler owns state and unsaved.
	state *triage.State
	// pending is closed when the settler has stored this connection's last
	// answered message and sent its ack; nil when nothing waits.
	pending chan struct{}
}

// ServeWS upgrades /ws.
func (s *Server) ServeWS(w http.ResponseWriter, r *http.Request) {
	if s.isClosing() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	ip := s.clientIP(r)
	if !s.connsPerIP.Acquire(ip) {
		http.Error(w, "too many connections from your address", http.StatusTooManyRequests)
		return
	}
	defer s.connsPerIP.Release(ip)
	ws, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		// The upgrader has answered the client (403 for a foreign origin).
		s.opts.Logger.Info("websocket upgrade refused", "err", err)
		return
	}
	c := &conn{s: s, ws: ws, ip: ip, out: make(chan outgoing, s.opts.SendBuffer), done: make(chan struct{}), language: "en"}
	s.active.Add(1)
	go c.writeLoop()
	c.readLoop()
}

func (c *conn) close() {
	c.closeOnce.Do(func() { close(c.done) })
}

// send writes a frame from the connection's reader goroutine: the reply to
// a message goes straight onto the socket, with no hand-off to another
// goroutine. The write deadline is the backpressure: a client that takes
// no frame for the write timeout is disconnected; everything sent is in the
// transcript and comes back on resume, so nothing is lost.
func (c *conn) send(f any) {
	b, data, err := jsonbuf.Marshal(asValue(f))
	defer b.Free()
	if err != nil {
		return
	}
	c.write(data)
}

// write puts one encoded frame on the socket; the reader goroutine and the
// writer goroutine take turns through wmu.
func (c *conn) write(data []byte) bool {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	select {
	case <-c.done:
		return false
	default:
	}
	c.ws.SetWriteDeadline(time.Now().Add(c.s.opts.WriteTimeout))
	if err := c.ws.WriteMessage(websocket.TextMessage, data); err != nil {
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			c.s.opts.Logger.Warn("widget client too slow, disconnecting", "conversation", c.conversation)
		}
		c.close()
		return false
	}
	return true
}

// trySend queues a frame for the writer goroutine without waiting, for
// deliveries from other goroutines; a client whose buffer is full is
// disconnected and resumes.
func (c *conn) trySend(f any) {
	o, ok := encode(f)
	if !ok {
		return
	}
	select {
	case <-c.done:
	case c.out <- o:
	default:
		c.s.opts.Logger.Warn("widget client too slow, disconnecting", "conversation", c.conversation)
		c.close()
	}
}

func (c *conn) goAway() {
	c.mu.Lock()
	c.away = true
	busy := c.busy || c.pending != nil
	c.mu.Unlock()
	if !busy {
		c.closeWith(websocket.CloseGoingAway, "server restarting")
	}
}

// outgoing is what the writer goroutine writes: an encoded frame, or a
// close frame when close is set.
type outgoing struct {
	data   []byte
	close  int
	reason string
}

// asValue gives jsonbuf.Marshal a frame map as the map type it encodes
// without reflection; frames that write themselves pass as they are.
func asValue(f any) any {
	if m, ok := f.(frame); ok {
		return map[string]any(m)
	}
	return f
}

// encode marshals a frame in the sender's goroutine, so the writer only
// writes.
func encode(f any) (outgoing, bool) {
	b, data, err := jsonbuf.Marshal(asValue(f))
	defer b.Free()
	if err != nil {
		return outgoing{}, false
	}
	return outgoing{data: bytes.Clone(data)}, true
}

// closeWith sends a close frame through the writer and ends the connection.
func (c *conn) closeWith(code int, reason string) {
	select {
	case <-c.done:
	case c.out <- outgoing{close: code, reason: reason}:
	default:
		c.close()
	}
}

func (c *conn) writeLoop() {
	ping := time.NewTicker(c.s.opts.PingInterval)
	defer func() {
		ping.Stop()
		c.ws.Close()
	}()
	for {
		select {
		case <-c.done:
			return
		case o := <-c.out:
			if o.close != 0 {
				c.wmu.Lock()
				c.ws.SetWriteDeadline(time.Now().Add(c.s.opts.WriteTimeout))
				c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(o.close, o.reason))
				c.wmu.Unlock()
				c.close()
				return
			}
			if !c.write(o.data) {
				return
			}
		case <-ping.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(c.s.opts.WriteTimeout)); err != nil {
				c.close()
				return
			}
		}
	}
}

func (c *conn) readLoop() {
	defer func() {
		// The last answered message is stored and acked before the
		// connection ends (and before Shutdown returns).
		c.waitSettled()
		if c.conversation != "" {
			c.s.unregister(c)
		}
		c.close()
		c.s.active.Done()
	}()
	c.ws.SetReadLimit(c.s.opts.ReadLimit)
	pongWait := c.s.opts.PingInterval*2 + c.s.opts.WriteTimeout
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error {
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
		return nil
	})
	for {
		kind, data, err := c.ws.ReadMessage()
		if err != nil {
			// A frame over the read limit makes gorilla answer with close
			// code 1009 (message too big) by itself.
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
		if kind != websocket.TextMessage {
			c.send(c.errorFrame("binary_not_supported", "widget.error", ""))
			continue
		}
		in, ferr := decodeFrame(data, c.s.opts.MaxTextRunes)
		if ferr != nil {
			c.send(c.errorFrame(ferr.code, ferr.msgID, ferr.id))
			continue
		}
		if !c.handle(in) {
			return
		}
	}
}

// handle acts on one frame; it returns false when the connection must end.
func (c *conn) handle(in inFrame) bool {
	c.mu.Lock()
	c.busy = true
	c.mu.Unlock()
	// Frames are acted on in order: the previous message is stored first.
	c.waitSettled()
	defer func() {
		c.mu.Lock()
		c.busy = false
		away := c.away && c.pending == nil
		c.mu.Unlock()
		if away {
			c.closeWith(websocket.CloseGoingAway, "server restarting")
		}
	}()
	ctx := context.Background() // in-flight messages finish even on shutdown
	switch in.Type {
	case "resume":
		if c.conversation != "" {
			c.send(c.errorFrame("already_started", "widget.error", ""))
			return true
		}
		if !validToken(in.Token) {
			c.send(c.errorFrame("bad_token", "", ""))
			return c.start(newToken(), false)
		}
		if !c.start(in.Token, true) {
			return false
		}
		entries, err := c.s.history.Since(ctx, c.conversation, in.Since)
		if err != nil {
			c.s.opts.Logger.Warn("resume: transcript unavailable", "err", err)
			c.send(c.errorFrame("history_unavailable", "widget.error", ""))
			return true
		}
		for _, e := range entries {
			c.send(entryFrame(e))
		}
		c.send(frame{"type": "resumed", "count": len(entries)})
		return true
	case "message":
		if !c.ensureStarted(in) {
			return false
		}
		text := in.Text
		switch {
		case !c.s.convRate.Allow(c.conversation) || !c.s.ipRate.Allow(c.ip):
			// Refused, not dropped: the client keeps the message and may
			// send it again.
			c.send(c.errorFrame("rate_limited", "widget.rate_limited", in.ID))
			return true
		}
		id := in.ID
		if id == "" {
			id = newToken()
		}
		m := triage.Message{
			ID: id, Channel: triage.ChannelWidget, Conversation: c.conversation, Text: text,
			Hints: triage.Hints{Locale: in.Locale, TimeZone: in.TimeZone},
		}
		if c.unsaved[id] {
			e, _, err := c.s.engine.Record(ctx, m)
			if err == nil {
				delete(c.unsaved, id)
			}
			c.send(ackOut{id: in.ID, seq: e.Seq, stored: err == nil, duplicate: true})
			return true
		}
		if c.state != nil {
			c.answerFirst(m, in.ID)
			return true
		}
		res, err := c.s.engine.Handle(ctx, m)
		if err != nil {
			c.s.opts.Logger.Error("handle widget message", "err", err, "conversation", c.conversation)
			c.send(c.errorFrame("internal", "widget.error", in.ID))
			return true
		}
		c.sendAck(in.ID, res, "")
		if res.Duplicate {
			return true
		}
		c.state = &res.State
		c.language = res.Reply.Language
		c.send(replyOut{r: &res.Reply, seq: &res.Answer.Seq})
		return true
	case "language", "country":
		if !c.ensureStarted(in) {
			return false
		}
		chosen, err := c.s.engine.Choose(ctx, c.conversation, triage.ChannelWidget, in.Language, in.Country)
		if triage.IsInputError(err) {
			c.send(c.errorFrame("bad_choice", "widget.error", in.ID))
			return true
		}
		if err != nil {
			c.s.opts.Logger.Warn("record choice", "err", err)
			c.send(c.errorFrame("internal", "widget.error", in.ID))
			return true
		}
		if chosen.Reply.Language != "" {
			c.language = chosen.Reply.Language
		}
		c.state = nil // read again with the next message
		c.send(entryFrame(chosen))
		return true
	}
	return true
}

// answerFirst answers a message from the state this connection already
// holds and sends the reply at once; the settler then stores the message,
// the case and the answer, with other connections' messages, and sends
// the ack that says what was stored. The person never waits on Redis for
// help.
func (c *conn) answerFirst(m triage.Message, clientID string) {
	a := c.s.engine.Assess(m, *c.state)
	c.language = a.Reply.Language
	c.send(replyOut{r: &a.Reply})
	c.mu.Lock()
	c.pending = make(chan struct{})
	c.mu.Unlock()
	c.s.settler.add(settleJob{c: c, item: triage.Settlement{Message: m, Prev: *c.state, Assessment: a}, clientID: clientID})
}

// settledWith is the settler's report on this connection's pending
// message: the state goes back to the connection and the ack to the client.
func (c *conn) settledWith(clientID string, res *triage.Result) {
	if !res.Duplicate {
		st := res.State // not res itself, which the settler reuses
		c.state = &st
	}
	c.sendAck(clientID, *res, res.Answer.Seq)
	c.doneSettling()
}

// settleFailed is the settler's report that this connection's pending
// message could not be stored (see settler.settle): the client is told so
// and sends it again; the state is read afresh with the next message.
func (c *conn) settleFailed(clientID string) {
	c.state = nil
	c.sendAck(clientID, triage.Result{}, "")
	c.doneSettling()
}

// doneSettling lets the connection's next frame go on, and ends a
// connection that is going away and has nothing else to do.
func (c *conn) doneSettling() {
	c.mu.Lock()
	if c.pending != nil {
		close(c.pending)
		c.pending = nil
	}
	away := c.away && !c.busy
	c.mu.Unlock()
	if away {
		c.closeWith(websocket.CloseGoingAway, "server restarting")
	}
}

// waitSettled waits until the settler is done with this connection's
// last answered message.
func (c *conn) waitSettled() {
	c.mu.Lock()
	ch := c.pending
	c.mu.Unlock()
	if ch != nil {
		<-ch
	}
}

// sendAck tells the client whether its message is stored. stored false
// means the store was down: the person was answered all the same, and the
// client offers the message again until it is stored.
func (c *conn) sendAck(clientID string, res triage.Result, replySeq string) {
	stored := res.Received.Seq != ""
	if !stored && clientID != "" {
		if c.unsaved == nil {
			c.unsaved = map[string]bool{}
		}
		c.unsaved[clientID] = true
	}
	c.send(ackOut{id: clientID, seq: res.Received.Seq, replySeq: replySeq, stored: stored, duplicate: res.Duplicate})
}

// frameError is what was wrong with a client frame.
type frameError struct{ code, msgID, id string }

// decodeFrame parses and checks one client frame. Message text comes back
// trimmed; nothing that passes can be empty or over maxRunes.
func decodeFrame(data []byte, maxRunes int) (inFrame, *frameError) {
	var in inFrame
	if err := unmarshalFrame(data, &in); err != nil {
		return in, &frameError{"invalid_json", "widget.error", ""}
	}
	if len(in.ID) > 64 || !utf8.ValidString(in.ID) {
		return in, &frameError{"bad_id", "widget.error", ""}
	}
	switch in.Type {
	case "message":
		in.Text = strings.TrimSpace(in.Text)
		switch {
		case !utf8.ValidString(in.Text):
			return in, &frameError{"invalid_text", "widget.error", in.ID}
		case in.Text == "":
			return in, &frameError{"empty_text", "widget.empty", in.ID}
		case utf8.RuneCountInString(in.Text) > maxRunes:
			return in, &frameError{"too_long", "widget.too_long", in.ID}
		}
	case "language":
		if in.Language == "" {
			return in, &frameError{"bad_choice", "widget.error", in.ID}
		}
	case "country":
		if in.Country == "" {
			return in, &frameError{"bad_choice", "widget.error", in.ID}
		}
	case "resume":
	default:
		return in, &frameError{"unknown_type", "widget.error", in.ID}
	}
	return in, nil
}

// frameFields are inFrame's keys, in the order of unmarshalFrame's dst.
var frameFields = []string{"type", "id", "text", "locale", "timezone", "language", "country", "token", "since"}

// unmarshalFrame is json.Unmarshal into a zero inFrame, without its
// reflection for the frames clients send (jsonbuf.DecodeObject); anything
// else goes to encoding/json, for the same result or its error.
func unmarshalFrame(data []byte, in *inFrame) error {
	dst := [...]*string{&in.Type, &in.ID, &in.Text, &in.Locale, &in.TimeZone, &in.Language, &in.Country, &in.Token, &in.Since}
	if jsonbuf.DecodeObject(data, frameFields, func(field int, v string, null bool) {
		if !null {
			*dst[field] = v
		}
	}) {
		return nil
	}
	*in = inFrame{}
	return json.Unmarshal(data, in)
}

// ensureStarted starts a new conversation for a client that did not resume.
func (c *conn) ensureStarted(in inFrame) bool {
	if c.conversation != "" {
		return true
	}
	return c.start(newToken(), false)
}

func (c *conn) start(token string, resumed bool) bool {
	c.conversation = ConversationID(token)
	if !c.s.register(c) {
		c.conversation = ""
		c.closeWith(websocket.CloseGoingAway, "server restarting")
		return false
	}
	if !resumed {
		// A conversation this server has just begun has nothing stored:
		// its state is known without asking the store, so even its first
		// message is answered before it is stored.
		c.state = &triage.State{Conversation: c.conversation, Channel: triage.ChannelWidget}
	}
	c.send(frame{"type": "welcome", "token": token, "resumed": resumed})
	return true
}
