package email

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jhillyerd/enmime/v2"

	"helpbot/internal/triage"
)

// inbound is what helpbot reads from one mail. It holds personal data and
// is never logged.
type inbound struct {
	messageID   string // without angle brackets
	from        string // lower-cased address
	subject     string // decoded, without Re:/Fwd: prefixes
	reply       bool   // In-Reply-To or References present
	references  []string
	text        string // quotes and signature stripped
	attachments []triage.Attachment
	recipients  []string // To, Cc and delivery headers, for the reply token
}

// The parser trusts a declared charset: detection is for undeclared text
// only (it mistakes Big5 for GB18030 and TIS-620 for other 8-bit sets).
var parser = enmime.NewParser(enmime.DisableCharacterDetection(true))

// parse reads a raw mail. It returns a reason, and no mail, when the mail
// must not be answered (an auto-reply, a bounce, a list, a loop).
func (c *Channel) parse(raw []byte) (*inbound, string, error) {
	env, err := parser.ReadEnvelope(bytes.NewReader(raw))
	if err != nil {
		return nil, "", fmt.Errorf("parse mail: %w", err)
	}
	sender := ""
	if from, err := env.AddressList("From"); err == nil && len(from) > 0 {
		sender = from[0].Address
	} else {
		// A From that net/mail cannot parse (raw 8-bit name, stray
		// quotes) is still a person who wrote.
		sender = looseAddress.FindString(env.GetHeader("From"))
	}
	if !strings.Contains(sender, "@") {
		return nil, "no sender", nil
	}
	in := &inbound{from: strings.ToLower(strings.TrimSpace(sender))}
	subject := env.GetHeader("Subject")
	if reason := c.autoReason(env, in.from, subject); reason != "" {
		return nil, reason, nil
	}
	in.subject = baseSubject(subject)
	if ids := messageIDs(env.GetHeader("Message-Id")); len(ids) > 0 {
		in.messageID = ids[0]
	} else {
		sum := sha256.Sum256(raw)
		in.messageID = hex.EncodeToString(sum[:16]) + "@helpbot.invalid"
	}
	refs := messageIDs(env.GetHeader("References"))
	irt := messageIDs(env.GetHeader("In-Reply-To"))
	in.reply = len(refs)+len(irt) > 0
	in.references = dedupe(append(refs, irt...))
	for _, h := range []string{"To", "Cc", "Delivered-To", "X-Original-To", "X-Forwarded-To", "Envelope-To"} {
		in.recipients = append(in.recipients, env.GetHeaderValues(h)...)
	}

	text := env.Text
	in.text = limitRunes(stripQuotes(text), c.opts.MaxTextRunes)
	if in.subject != "" && !in.reply && !strings.Contains(in.text, in.subject) {
		// A first mail's subject often says it all ("they took my passport").
		in.text = strings.TrimSpace(in.subject + "\n\n" + in.text)
	}
	for _, p := range env.Attachments {
		in.attachments = append(in.attachments, attachment(p))
	}
	for _, p := range append(env.Inlines, env.OtherParts...) {
		// Inline text parts are the body, not attachments.
		if p.ContentType != "text/plain" && p.ContentType != "text/html" {
			in.attachments = append(in.attachments, attachment(p))
		}
	}
	return in, "", nil
}

func attachment(p *enmime.Part) triage.Attachment {
	kind := p.ContentType
	if kind == "" {
		kind = "application/octet-stream"
	}
	size := int64(len(p.Content))
	if s := p.Header.Get(sizeHeader); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			size = n
		}
	}
	return triage.Attachment{Kind: kind, Size: size}
}

// oooSubject matches the subjects auto-responders write ("Automatic reply:
// …", "Out of Office: …", "Undeliverable: …"). It is anchored at the start
// and wants the colon: a person may well write about their own leave or
// office, and a dropped plea for help costs far more than an extra answer.
var oooSubject = regexp.MustCompile(`(?i)^\s*(out of (the )?office|auto(matic)?[ -]?(reply|response|answer)|autoreply|undeliver(able|ed)|delivery status notification|mail delivery (failed|subsystem)|returned mail|ตอบกลับอัตโนมัติ|trả lời tự động|balasan (otomatis|automatik)|jawapan automatik|awtomatikong sagot|自動回覆|自动回复|自動応答|স্বয়ংক্রিয় উত্তর|स्वचालित जवाफ)(\s*(auto ?reply|reply|notice|message))?\s*([:：(]|$)`)

// autoReason says why a mail must not be answered, or "" when it may be.
func (c *Channel) autoReason(env *enmime.Envelope, from, subject string) string {
	h := func(k string) string { return strings.ToLower(strings.TrimSpace(env.GetHeader(k))) }
	local, domain, _ := strings.Cut(from, "@")
	base, _, _ := strings.Cut(local, "+")
	switch {
	case domain == c.domain && base == c.local:
		return "own address"
	case base == "mailer-daemon" || base == "postmaster":
		return "mailer daemon"
	case h("Auto-Submitted") != "" && h("Auto-Submitted") != "no":
		return "auto-submitted"
	case h("Precedence") == "bulk" || h("Precedence") == "junk" || h("Precedence") == "list":
		return "precedence " + h("Precedence")
	case env.GetHeader("X-Autoreply") != "" || env.GetHeader("X-Autorespond") != "" ||
		env.GetHeader("X-Autoresponder") != "":
		return "autoresponder header"
	case env.GetHeader("List-Id") != "" || env.GetHeader("List-Unsubscribe") != "":
		return "mailing list"
	case h("Return-Path") == "<>":
		return "null return path"
	case strings.HasPrefix(h("Content-Type"), "multipart/report"):
		return "delivery report"
	case oooSubject.MatchString(subject):
		return "auto-reply subject"
	}
	return ""
}

var subjectPrefix = regexp.MustCompile(`(?i)^\s*((re|fw|fwd|aw|sv|vs|tr|wg|antw|rif|r|回复|回覆|答复|答覆|转发|轉寄)\s*(\[\d+\])?\s*[:：]\s*)+`)

// baseSubject removes reply and forward prefixes, and control characters
// (a decoded subject must not smuggle a line break into our headers).
func baseSubject(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(subjectPrefix.ReplaceAllString(s, ""))
}

var looseAddress = regexp.MustCompile(`[^\s<>"',;:()]+@[^\s<>"',;:()]+\.[^\s<>"',;:()]+`)

var msgIDPattern = regexp.MustCompile(`<([^<>\s]+)>`)

// messageIDs returns the ids in a Message-ID, In-Reply-To or References
// value, without angle brackets.
func messageIDs(v string) []string {
	var out []string
	for _, m := range msgIDPattern.FindAllStringSubmatch(v, -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		if v = strings.TrimSpace(v); v != "" && !strings.ContainsAny(v, " \t<>") {
			out = append(out, v)
		}
	}
	return out
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func limitRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}

// token finds the reply token in the recipients (help+<token>@domain).
func (c *Channel) token(recipients []string) string {
	prefix := c.local + "+"
	for _, v := range recipients {
		v = strings.ToLower(v)
		for {
			i := strings.Index(v, prefix)
			if i < 0 {
				break
			}
			rest := v[i+len(prefix):]
			v = rest
			tok, dom, ok := strings.Cut(rest, "@")
			if !ok || len(tok) != 16 || !strings.HasPrefix(dom, c.domain) {
				continue
			}
			if _, err := tokenEncoding.DecodeString(tok); err == nil {
				return tok
			}
		}
	}
	return ""
}

// messageKey is the triage message id of a Message-ID.
func messageKey(messageID string) string {
	sum := sha256.Sum256([]byte(messageID))
	return "m" + hex.EncodeToString(sum[:12])
}

// process triages one stored mail and queues the reply. An error leaves the
// mail in the inbox to be tried again; a mail that cannot or must not be
// answered is dropped with a log line that names no person.
func (c *Channel) process(ctx context.Context, raw Raw) error {
	log := c.log.With("inbox_id", raw.ID)
	in, reason, err := c.parse(raw.Data)
	if err != nil {
		// The parser's error may quote a header line: it is not logged.
		log.Warn("unreadable mail dropped")
		return nil
	}
	if reason != "" {
		log.Info("mail not answered", "reason", reason)
		return nil
	}
	conv, err := c.store.FindConversation(ctx, c.token(in.recipients), in.references)
	if err != nil {
		return fmt.Errorf("find conversation: %w", err)
	}
	if conv == "" {
		conv = ConversationID(c.opts.Secret, in.from)
	}
	log = log.With("conversation", conv)
	th, ok, err := c.store.LoadThread(ctx, conv)
	if err != nil {
		return fmt.Errorf("load thread: %w", err)
	}
	if !ok {
		th = Thread{Conversation: conv, Token: randomToken()}
	}
	in.follow(&th, c.opts.Now())
	if err := c.store.SaveThread(ctx, th); err != nil {
		return fmt.Errorf("save thread: %w", err)
	}
	if err := c.store.LinkMessage(ctx, in.messageID, conv); err != nil {
		return fmt.Errorf("link message: %w", err)
	}

	m := in.message(conv, raw.Received)
	res, err := c.engine.Handle(ctx, m)
	if err != nil {
		return fmt.Errorf("handle mail: %w", err)
	}
	reply := res.Reply
	if c.answeredDown.has(m.ID) {
		log.Info("mail answered while the store was down; stored now, not answered again")
		return nil
	}
	if res.Duplicate {
		var found bool
		if reply, found = c.recover(ctx, conv, m.ID, res.Received.Seq); !found {
			log.Info("mail handled before; not answered again")
			return nil
		}
	}
	out := c.compose(th, reply, botReplyID(conv, m.ID), true)
	queued, err := c.store.QueueOutgoing(ctx, out)
	if err != nil {
		return fmt.Errorf("queue reply: %w", err)
	}
	if err := c.store.LinkMessage(ctx, out.MessageID, conv); err != nil {
		log.Warn("link reply", "err", err)
	}
	c.poke()
	log.Info("mail triaged", "priority", string(reply.Priority), "language", reply.Language,
		"case", reply.Case, "attachments", len(in.attachments), "queued", queued, "duplicate", res.Duplicate)
	return nil
}

// message is the mail as the triage engine reads it.
func (in *inbound) message(conv string, received time.Time) triage.Message {
	return triage.Message{
		ID: messageKey(in.messageID), Channel: triage.ChannelEmail, Conversation: conv,
		Text: in.text, Hints: triage.Hints{Email: in.from}, Attachments: in.attachments,
		Received: received,
	}
}

// follow brings a thread up to this mail: its writer, subject and place
// in the References chain.
func (in *inbound) follow(th *Thread, now time.Time) {
	th.Address = in.from
	if in.subject != "" {
		th.Subject = in.subject
	}
	th.LastMessageID = in.messageID
	th.References = lastN(dedupe(append(in.references, in.messageID)), maxReferences)
	th.Updated = now
}

// answerNow answers a mail while the store is down: urgent help does not
// wait for Redis. The mail is read and triaged as usual (the engine
// answers from the directory without the store, and a case goes to the
// queue's spool), and the answer goes straight to SMTP, not through the
// outbox. Nothing is kept but the mail's id in memory: the provider
// delivers the mail again, and process stores it then without a second
// answer (from another replica it may get one). Best effort: a mail that
// cannot be answered now is answered when it is delivered again.
func (c *Channel) answerNow(ctx context.Context, raw []byte) {
	in, reason, err := c.parse(raw)
	if err != nil || reason != "" {
		return
	}
	conv := ConversationID(c.opts.Secret, in.from)
	log := c.log.With("conversation", conv)
	m := in.message(conv, c.opts.Now())
	if c.answeredDown.has(m.ID) {
		return // delivered again while the store is still down
	}
	res, err := c.engine.Handle(ctx, m)
	if err != nil {
		log.Warn("mail not answered while the store is down", "err", err)
		return
	}
	th := Thread{Conversation: conv, Token: randomToken()}
	in.follow(&th, c.opts.Now())
	out := c.compose(th, res.Reply, botReplyID(conv, m.ID), true)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.opts.SMTPTimeout)
	defer cancel()
	if err := c.smtp.send(sctx, out); err != nil {
		log.Warn("mail not answered while the store is down", "smtp", safeError(err))
		return
	}
	c.answeredDown.add(m.ID)
	log.Info("mail answered while the store is down", "priority", string(res.Reply.Priority), "case", res.Reply.Case)
}

// recentSet remembers the last recentMax strings added; the zero value is
// ready.
type recentSet struct {
	mu    sync.Mutex
	in    map[string]bool
	order []string
}

const recentMax = 4096

func (r *recentSet) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.in == nil {
		r.in = map[string]bool{}
	}
	if r.in[s] {
		return
	}
	if len(r.order) == recentMax {
		delete(r.in, r.order[0])
		r.order = r.order[1:]
	}
	r.in[s] = true
	r.order = append(r.order, s)
}

func (r *recentSet) has(s string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.in[s]
}

// recover finds the bot's answer to message id in the transcript, for a
// mail handled before a crash kept its reply from being queued.
func (c *Channel) recover(ctx context.Context, conv, id, seq string) (triage.Reply, bool) {
	if c.opts.History == nil || seq == "" {
		return triage.Reply{}, false
	}
	entries, err := c.opts.History.Since(ctx, conv, seq)
	if err != nil {
		return triage.Reply{}, false
	}
	for _, e := range entries {
		if e.From == triage.FromBot && e.Reply != nil && e.Reply.InReplyTo == id {
			return *e.Reply, true
		}
	}
	return triage.Reply{}, false
}

func botReplyID(conv, messageID string) string {
	sum := sha256.Sum256([]byte(conv + "\x00" + messageID))
	return "b" + hex.EncodeToString(sum[:15])
}

func lastN(s []string, n int) []string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// runInbox takes stored mail and processes it until ctx ends. A mail being
// processed when ctx ends is finished.
func (c *Channel) runInbox(ctx context.Context) {
	wait := 200 * time.Millisecond
	for ctx.Err() == nil {
		batch, err := c.store.ClaimInbound(ctx, c.opts.ConsumerName, 10, c.opts.ClaimIdle, time.Second)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			c.log.Warn("inbox unavailable", "err", err)
			sleep(ctx, wait)
			wait = min(2*wait, 5*time.Second)
			continue
		}
		wait = 200 * time.Millisecond
		for _, raw := range batch {
			pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
			err := c.processSafely(pctx, raw)
			if err == nil {
				err = c.store.AckInbound(pctx, raw.ID)
			}
			cancel()
			if err != nil {
				// Left in the inbox: taken again after ClaimIdle.
				c.log.Warn("inbound mail not processed, will retry", "inbox_id", raw.ID, "err", err)
			}
		}
	}
}

// processSafely is process that turns a panic into an error, so one bad
// mail cannot bring the server down; the mail stays in the inbox.
func (c *Channel) processSafely(ctx context.Context, raw Raw) (err error) {
	defer func() {
		if p := recover(); p != nil {
			// The stack names code, not content; the panic value may quote
			// the mail and is not logged.
			c.log.Error("panic while processing mail", "inbox_id", raw.ID, "stack", string(debug.Stack()))
			err = fmt.Errorf("panic while processing mail")
		}
	}()
	return c.process(ctx, raw)
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
