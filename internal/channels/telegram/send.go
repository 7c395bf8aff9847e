package telegram

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"helpbot/internal/triage"
)

// MaxMessage is the longest text Telegram accepts in one message, in UTF-16
// code units.
const MaxMessage = 4096

// sendAttempts bounds the tries of one message through 429 answers.
const sendAttempts = 4

// outgoing is one Telegram message to send.
type outgoing struct {
	text     string
	keyboard *models.InlineKeyboardMarkup
}

// render turns a reply into the messages that carry it: the plain text split
// to Telegram's limit, with the quick replies as an inline keyboard under
// the last one.
func (c *Channel) render(r triage.Reply) []outgoing {
	parts := split(triage.PlainText(r, c.opts.Text), MaxMessage)
	out := make([]outgoing, len(parts))
	for i, p := range parts {
		out[i].text = p
	}
	if len(out) > 0 && len(r.QuickReplies) > 0 {
		out[len(out)-1].keyboard = quickReplyKeyboard(r.QuickReplies)
	}
	return out
}

// send sends the messages answering one update, skipping those a previous
// run sent before it crashed, and records each one sent. A quiet run (the
// chat sends too fast) sends nothing.
func (c *Channel) send(ctx context.Context, r *run, chatID int64, conv string, msgs ...outgoing) error {
	if r.quiet {
		return nil
	}
	for _, m := range msgs {
		r.n++
		if r.n <= r.sent {
			continue // sent before a crash
		}
		if err := c.sendOne(ctx, chatID, conv, m); err != nil {
			return err
		}
		if r.durable {
			if err := c.updates.MarkSent(ctx, r.id, r.n); err != nil {
				c.log.Warn("record reply sent", "update_id", r.id, "err", err)
			}
		}
	}
	return nil
}

// sendOne sends one message, waiting out 429 answers (bounded). A 403 marks
// the conversation unreachable and returns ErrUnreachable; a 400 is
// permanent.
func (c *Channel) sendOne(ctx context.Context, chatID int64, conv string, m outgoing) error {
	p := &bot.SendMessageParams{
		ChatID:             chatID,
		Text:               m.text,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()},
	}
	if m.keyboard != nil {
		p.ReplyMarkup = m.keyboard
	}
	for attempt := 1; ; attempt++ {
		_, err := c.bot.SendMessage(ctx, p)
		if err == nil {
			return nil
		}
		var tooMany *bot.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			wait := time.Duration(tooMany.RetryAfter) * time.Second
			if wait <= 0 {
				wait = time.Second
			}
			if attempt >= sendAttempts || wait > c.opts.MaxRetryAfter {
				return &retryLater{wait: wait, err: fmt.Errorf("send message: rate limited for %s", wait)}
			}
			c.log.Info("rate limited by Telegram, waiting", "conversation", conv, "retry_after", wait)
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("send message: %w", ctx.Err())
			case <-t.C:
			}
		case errors.Is(err, bot.ErrorForbidden):
			c.log.Info("person unreachable (bot blocked)", "conversation", conv)
			c.setUnreachable(ctx, conv, true)
			return fmt.Errorf("send message: %w", ErrUnreachable)
		case errors.Is(err, bot.ErrorBadRequest):
			return permanent(fmt.Errorf("send message: %s", safeErr(err)))
		default:
			return fmt.Errorf("send message: %s", safeErr(err))
		}
	}
}

// retryLater is a send that Telegram asked to wait for longer than we wait
// in place.
type retryLater struct {
	wait time.Duration
	err  error
}

func (e *retryLater) Error() string { return e.err.Error() }
func (e *retryLater) Unwrap() error { return e.err }

// sender delivers caseworker replies to Telegram conversations from any
// process, looking up the chat id in the update store.
type sender struct{ c *Channel }

var _ triage.Sender = sender{}

// Send implements triage.Sender. It returns ErrNoChat when the chat is not
// known, and ErrUnreachable when the person blocked the bot. A reply split
// in parts may be cut short by an error after the first parts went out.
// Once delivered, the reply is added to the transcript (Options.Transcript).
func (s sender) Send(ctx context.Context, r triage.Reply) error {
	chatID, ok, err := s.c.updates.Chat(ctx, r.Conversation)
	if err != nil {
		return fmt.Errorf("send telegram reply: %w", err)
	}
	if !ok {
		return fmt.Errorf("send telegram reply: %w", ErrNoChat)
	}
	for _, m := range s.c.render(r) {
		if err := s.c.sendOne(ctx, chatID, r.Conversation, m); err != nil {
			return fmt.Errorf("send telegram reply: %w", err)
		}
	}
	s.c.log.Info("reply delivered", "conversation", r.Conversation, "from", r.From)
	if t := s.c.opts.Transcript; t != nil {
		from := r.From
		if from == "" {
			from = triage.FromCaseworker
		}
		if _, _, err := t.Append(ctx, r.Conversation, triage.Entry{From: from, Text: r.Text, Reply: &r, At: time.Now()}); err != nil {
			// The person has the reply; only the transcript misses it.
			s.c.log.Warn("record delivered reply", "conversation", r.Conversation, "err", err)
		}
	}
	return nil
}

// split cuts text into pieces of at most limit UTF-16 code units (the way
// Telegram counts), at a paragraph break if one falls in the second half of
// the piece, else at a line break, else at a space, else between two code
// points: a surrogate pair is never cut.
func split(text string, limit int) []string {
	text = strings.TrimSpace(text)
	var parts []string
	for text != "" {
		cut := prefixUnits(text, limit)
		if cut == len(text) {
			parts = append(parts, text)
			break
		}
		head := text[:cut]
		at, skip := cut, 0
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(head, sep); i > 0 && i >= len(head)/2 {
				at, skip = i, len(sep)
				break
			}
		}
		if p := strings.TrimSpace(text[:at]); p != "" {
			parts = append(parts, p)
		}
		text = strings.TrimSpace(text[at+skip:])
	}
	return parts
}

// prefixUnits returns the length in bytes of the longest prefix of s that
// is at most limit UTF-16 code units and ends between two code points.
func prefixUnits(s string, limit int) int {
	units := 0
	for i, r := range s {
		n := utf16.RuneLen(r)
		if n < 0 {
			n = 1 // invalid UTF-8 is sent as U+FFFD, one unit
		}
		if units+n > limit {
			return i
		}
		units += n
	}
	return len(s)
}

// safeErr describes a Bot API error without anything a person wrote: the
// library quotes a response body it cannot decode, and sendMessage's
// response echoes the text.
func safeErr(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if strings.Contains(s, "error decode") {
		return "undecodable response from the Bot API"
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
