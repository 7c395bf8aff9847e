package email

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"math/rand/v2"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/wneessen/go-mail"

	"helpbot/internal/triage"
)

// compose turns a reply into a mail on the thread: "Re: <subject>", the
// plain text in the person's language and the same as simple HTML.
func (c *Channel) compose(th Thread, r triage.Reply, id string, auto bool) Outgoing {
	lang := r.Language
	if lang == "" {
		lang = "en"
	}
	text := triage.PlainText(r, c.opts.Text)
	subject := "Re: " + th.Subject
	if th.Subject == "" {
		// A mail without a subject gets "Find help" in the person's language.
		subject = "Find help"
		if c.opts.Text != nil {
			if t := c.opts.Text.Text(lang, "help.title", nil); t != "" && t != "help.title" {
				subject = t
			}
		}
	}
	return Outgoing{
		ID: id, Conversation: th.Conversation, To: th.Address,
		From: c.opts.Address, ReplyTo: c.replyTo(th.Token),
		Subject: subject, MessageID: id + "@" + c.domain,
		InReplyTo: th.LastMessageID, References: th.References,
		Language: lang, Text: text, HTML: renderHTML(lang, text), Auto: auto,
		Queued: c.opts.Now(),
	}
}

var htmlBody = template.Must(template.New("mail").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:40em">
{{range .Paragraphs}}<p>{{range $i, $l := .}}{{if $i}}<br>
{{end}}{{if $l.Tel}}{{$l.Text}}<a href="{{$l.Tel}}">{{$l.Number}}</a>{{else}}{{$l.Text}}{{end}}{{end}}</p>
{{end}}</body></html>
`))

// htmlLine is one line of the HTML body; an emergency number line
// ("☎ Police: 191") gets a tap-to-call link.
type htmlLine struct {
	Text   string
	Number string
	Tel    template.URL
}

var emergencyLine = regexp.MustCompile(`^(☎ .*: )(\+?[0-9][0-9 ()-]*)$`)

// renderHTML is the plain text as HTML paragraphs, every character escaped.
func renderHTML(lang, text string) string {
	var paras [][]htmlLine
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		var lines []htmlLine
		for _, l := range strings.Split(p, "\n") {
			if m := emergencyLine.FindStringSubmatch(l); m != nil {
				digits := strings.Map(func(r rune) rune {
					if r == '+' || (r >= '0' && r <= '9') {
						return r
					}
					return -1
				}, m[2])
				lines = append(lines, htmlLine{Text: m[1], Number: m[2], Tel: template.URL("tel:" + digits)})
				continue
			}
			lines = append(lines, htmlLine{Text: l})
		}
		paras = append(paras, lines)
	}
	var b bytes.Buffer
	if err := htmlBody.Execute(&b, map[string]any{"Lang": lang, "Paragraphs": paras}); err != nil {
		return ""
	}
	return b.String()
}

// sender is the Channel seen as a triage.Sender.
type sender Channel

var _ triage.Sender = (*sender)(nil)

// Send queues a caseworker's reply to the person's last mail. It returns
// once the mail is in the outbox; the outbox sends it when SMTP allows.
func (s *sender) Send(ctx context.Context, r triage.Reply) error {
	c := (*Channel)(s)
	th, ok, err := c.store.LoadThread(ctx, r.Conversation)
	if err != nil {
		return fmt.Errorf("send email reply: %w", err)
	}
	if !ok {
		return fmt.Errorf("send email reply to %s: %w", r.Conversation, ErrNoThread)
	}
	if r.From == "" {
		r.From = triage.FromCaseworker
	}
	out := c.compose(th, r, "c"+randomToken()+randomToken()[:8], r.From == triage.FromBot)
	if _, err := c.store.QueueOutgoing(ctx, out); err != nil {
		return fmt.Errorf("send email reply: %w", err)
	}
	if err := c.store.LinkMessage(ctx, out.MessageID, r.Conversation); err != nil {
		c.log.Warn("link reply", "conversation", r.Conversation, "err", err)
	}
	if c.opts.History != nil {
		if _, _, err := c.opts.History.Append(ctx, r.Conversation, triage.Entry{
			From: r.From, Text: r.Text, Reply: &r, At: c.opts.Now(),
		}); err != nil {
			c.log.Warn("record reply", "conversation", r.Conversation, "err", err)
		}
	}
	c.poke()
	c.log.Info("reply queued", "conversation", r.Conversation, "from", r.From, "mail_id", out.ID)
	return nil
}

// runOutbox sends queued mail until ctx ends, retrying with backoff while
// the SMTP server is down. A mail leaves the outbox only when the server
// accepted it, or refused it for good.
func (c *Channel) runOutbox(ctx context.Context) {
	for ctx.Err() == nil {
		if c.sendDue(ctx) > 0 {
			continue
		}
		t := time.NewTimer(c.opts.PollInterval)
		select {
		case <-ctx.Done():
		case <-c.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

const outboxBatch = 5

func (c *Channel) sendDue(ctx context.Context) int {
	lease := outboxBatch*c.opts.SMTPTimeout + time.Minute
	batch, err := c.store.DueOutgoing(ctx, c.opts.Now(), outboxBatch, lease)
	if err != nil {
		if ctx.Err() == nil {
			c.log.Warn("outbox unavailable", "err", err)
			sleep(ctx, c.opts.PollInterval)
		}
		return 0
	}
	for _, m := range batch {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.opts.SMTPTimeout)
		err := c.smtp.send(sctx, m)
		cancel()
		log := c.log.With("conversation", m.Conversation, "mail_id", m.ID, "attempts", m.Attempts+1)
		// The outbox calls must not be cut short by shutdown either.
		octx, ocancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		switch {
		case err == nil:
			if err := c.store.DoneOutgoing(octx, m.ID); err != nil {
				log.Warn("sent mail not removed from the outbox; it may go twice", "err", err)
			}
			log.Info("mail sent")
		case permanent(err):
			if err := c.store.DoneOutgoing(octx, m.ID); err != nil {
				log.Warn("outbox", "err", err)
			}
			log.Error("mail refused for good by the SMTP server", "smtp", safeError(err))
		default:
			m.Attempts++
			delay := c.backoff(m.Attempts)
			if err := c.store.RetryOutgoing(octx, m, c.opts.Now().Add(delay)); err != nil {
				log.Warn("outbox", "err", err)
			}
			log.Warn("smtp send failed, will retry", "smtp", safeError(err), "retry_in", delay.String())
		}
		ocancel()
	}
	return len(batch)
}

// backoff doubles from RetryMin to RetryMax, with up to 20% jitter.
func (c *Channel) backoff(attempts int) time.Duration {
	d := c.opts.RetryMin
	for i := 1; i < attempts && d < c.opts.RetryMax; i++ {
		d *= 2
	}
	d = min(d, c.opts.RetryMax)
	return d + time.Duration(rand.Int64N(int64(d)/5+1))
}

// buildError is a mail that cannot be built (a bad address): retrying will
// not help.
type buildError struct{ what string }

func (e *buildError) Error() string { return "build mail: bad " + e.what }

func permanent(err error) bool {
	var be *buildError
	if errors.As(err, &be) {
		return true
	}
	var se *mail.SendError
	if errors.As(err, &se) {
		code := se.ErrorCode()
		return code >= 500 && code < 600
	}
	return false
}

// safeError describes an SMTP failure without the recipient, which go-mail
// puts in SendError's text.
func safeError(err error) string {
	var be *buildError
	if errors.As(err, &be) {
		return be.Error()
	}
	var se *mail.SendError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (code %d %s, temporary %t)", se.Reason, se.ErrorCode(), se.EnhancedStatusCode(), se.IsTemp())
	}
	return err.Error()
}

// smtpMailer sends one mail per connection through the configured server.
type smtpMailer struct {
	host string
	opts []mail.Option
}

func newSMTPMailer(raw string, timeout time.Duration) (*smtpMailer, error) {
	if raw == "" {
		return nil, errors.New("required (smtp://host:port or smtps://host:port)")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, errors.New("not a URL")
	}
	host := u.Hostname()
	if host == "" {
		return nil, errors.New("no host")
	}
	opts := []mail.Option{mail.WithTimeout(timeout)}
	port := 25
	switch u.Scheme {
	case "smtp":
		switch u.Query().Get("tls") {
		case "", "opportunistic":
			opts = append(opts, mail.WithTLSPolicy(mail.TLSOpportunistic))
		case "none":
			opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
		case "required":
			opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
			port = 587
		default:
			return nil, errors.New("tls must be none, opportunistic or required")
		}
	case "smtps":
		opts = append(opts, mail.WithSSL())
		port = 465
	default:
		return nil, errors.New("scheme must be smtp or smtps")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, errors.New("bad port")
		}
		port = n
	}
	opts = append(opts, mail.WithPort(port))
	if helo := u.Query().Get("helo"); helo != "" {
		opts = append(opts, mail.WithHELO(helo))
	}
	if u.User != nil && u.User.Username() != "" {
		pass, _ := u.User.Password()
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover),
			mail.WithUsername(u.User.Username()), mail.WithPassword(pass))
	}
	return &smtpMailer{host: host, opts: opts}, nil
}

func (s *smtpMailer) send(ctx context.Context, o Outgoing) error {
	m := mail.NewMsg(mail.WithNoDefaultUserAgent())
	if err := m.From(o.From); err != nil {
		return &buildError{"sender"}
	}
	if err := m.To(o.To); err != nil {
		return &buildError{"recipient"}
	}
	if err := m.ReplyTo(o.ReplyTo); err != nil {
		return &buildError{"reply-to"}
	}
	m.Subject(o.Subject)
	m.SetMessageIDWithValue(o.MessageID)
	m.SetDateWithValue(o.Queued)
	if o.InReplyTo != "" {
		m.SetGenHeader(mail.HeaderInReplyTo, "<"+o.InReplyTo+">")
	}
	if len(o.References) > 0 {
		refs := make([]string, len(o.References))
		for i, r := range o.References {
			refs[i] = "<" + r + ">"
		}
		m.SetGenHeader(mail.HeaderReferences, strings.Join(refs, " "))
	}
	if o.Auto {
		// RFC 3834: an automatic answer, so other robots do not answer it.
		m.SetGenHeader(mail.Header("Auto-Submitted"), "auto-replied")
		m.SetGenHeader(mail.HeaderXAutoResponseSuppress, "All")
	}
	m.SetBodyString(mail.TypeTextPlain, o.Text)
	if o.HTML != "" {
		m.AddAlternativeString(mail.TypeTextHTML, o.HTML)
	}
	client, err := mail.NewClient(s.host, s.opts...)
	if err != nil {
		return fmt.Errorf("smtp client: %w", err)
	}
	return client.DialAndSendWithContext(ctx, m)
}
