package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"helpbot/internal/triage"
)

// processTimeout bounds the work on one update (the engine, and sends that
// may wait out a 429). The claim is renewed meanwhile.
const processTimeout = 2 * time.Minute

// work claims chats with pending updates and works them, one chat at a time,
// until ctx ends.
func (c *Channel) work(ctx context.Context) {
	tick := time.NewTicker(c.opts.PollInterval)
	defer tick.Stop()
	for ctx.Err() == nil {
		chat, err := c.updates.Claim(ctx, c.owner, c.opts.Lease)
		if err != nil && ctx.Err() == nil {
			c.log.Warn("claim pending updates", "err", err)
		}
		if err != nil || chat == "" {
			select {
			case <-ctx.Done():
			case <-c.wake:
			case <-tick.C:
			}
			continue
		}
		c.drain(ctx, chat)
	}
}

// drain works the pending updates of one claimed chat in order, then gives
// the chat back. The update in hand is finished even when ctx ends.
func (c *Channel) drain(ctx context.Context, chat string) {
	bg := context.WithoutCancel(ctx)
	log := c.log.With("conversation", chat)

	stop := make(chan struct{})
	defer close(stop)
	go func() { // renew the claim while an update is worked
		t := time.NewTicker(c.opts.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if held, err := c.updates.Extend(bg, chat, c.owner, c.opts.Lease); err == nil && !held {
					log.Warn("claim on chat lost")
					return
				}
			}
		}
	}()

	release := func(delay time.Duration) {
		if err := c.updates.Release(bg, chat, c.owner, delay); err != nil {
			log.Warn("release chat", "err", err)
		}
	}
	for {
		if ctx.Err() != nil {
			release(0)
			return
		}
		id, raw, tries, ok, err := c.updates.Next(bg, chat)
		if err != nil {
			log.Warn("read pending update", "err", err)
			release(c.opts.PollInterval)
			return
		}
		if !ok {
			release(0)
			return
		}
		ulog := log.With("update_id", id)
		switch {
		case raw == nil:
			ulog.Error("pending update lost its body; dropped")
		case tries > c.opts.MaxTries:
			ulog.Error("update failed too many times; dropped", "tries", tries-1)
		default:
			pctx, cancel := context.WithTimeout(bg, processTimeout)
			err := c.process(pctx, id, raw, true)
			cancel()
			if err != nil && !isPermanent(err) {
				delay := min(time.Second<<min(tries-1, 20), 5*time.Minute)
				var later *retryLater
				if errors.As(err, &later) {
					delay = max(delay, later.wait)
				}
				ulog.Warn("update failed, will retry", "err", safeErr(err), "tries", tries, "retry_in", delay)
				release(delay)
				return
			}
			if err != nil {
				ulog.Warn("update could not be answered", "err", safeErr(err))
			}
		}
		held, err := c.updates.Done(bg, chat, c.owner, id, c.opts.Lease)
		if err != nil {
			ulog.Warn("mark update done", "err", err)
			release(c.opts.PollInterval)
			return
		}
		if !held {
			ulog.Warn("claim on chat lost; another process goes on")
			return
		}
		ulog.Debug("update done")
	}
}

// run is the state of one update being processed, carried to the handler
// through ProcessUpdate's context.
type run struct {
	id      int64
	durable bool // the update is stored: record sends for idempotency
	sent    int  // messages already sent for this update before a crash
	n       int  // messages counted so far in this run
	// quiet is set when the chat sends too fast: the update is stored,
	// read and escalated like any other, but not answered.
	quiet bool
	err   error
}

type runKey struct{}

// process hands one stored update to the bot library, which calls onUpdate
// synchronously (WithNotAsyncHandlers).
func (c *Channel) process(ctx context.Context, id int64, raw []byte, durable bool) error {
	var u models.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		return permanent(fmt.Errorf("decode update: %w", err))
	}
	r := &run{id: id, durable: durable}
	if u.Message != nil || u.CallbackQuery != nil {
		if chatID, ok := chatOf(&u); ok {
			r.quiet = c.tooFast(ctx, &u, chatID)
		}
	}
	if durable {
		n, err := c.updates.Sent(ctx, id)
		if err != nil {
			return fmt.Errorf("read sent mark: %w", err)
		}
		r.sent = n
	}
	c.bot.ProcessUpdate(context.WithValue(ctx, runKey{}, r), &u)
	return r.err
}

// tooFast reports whether a chat sends faster than its flood limit. Its
// updates are still stored, read and escalated, so that nothing the person
// wrote is lost and a caseworker sees it all, but they are not answered:
// the answers would queue behind Telegram's own limit and hold up other
// people's. The person is told to slow down, once a minute.
func (c *Channel) tooFast(ctx context.Context, u *models.Update, chatID int64) bool {
	conv := c.key(chatID)
	if c.flood.Allow(conv) {
		return false
	}
	log := c.log.With("update_id", u.ID, "conversation", conv)
	log.Warn("chat sends too fast: update stored and read, not answered")
	if c.warned.Allow(conv) {
		lang := "en"
		if from := fromOf(u); from != nil {
			lang = Language(from.LanguageCode)
		}
		nctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := c.sendOne(nctx, chatID, conv, outgoing{text: c.opts.Text.Text(lang, "widget.rate_limited", nil)}); err != nil {
			log.Warn("slow-down notice not sent", "err", safeErr(err))
		}
	}
	return true
}

// onUpdate is the bot library's handler for every update.
func (c *Channel) onUpdate(ctx context.Context, _ *bot.Bot, u *models.Update) {
	r, _ := ctx.Value(runKey{}).(*run)
	if r == nil {
		c.log.Error("update outside a run", "update_id", u.ID)
		return
	}
	defer func() {
		if p := recover(); p != nil {
			c.log.Error("panic handling update", "update_id", u.ID, "panic", fmt.Sprint(p))
			r.err = permanent(fmt.Errorf("panic: %v", p))
		}
	}()
	switch {
	case u.Message != nil:
		r.err = c.onMessage(ctx, r, u.Message)
	case u.CallbackQuery != nil:
		r.err = c.onCallback(ctx, r, u.CallbackQuery)
	case u.MyChatMember != nil:
		c.onMember(ctx, u.MyChatMember)
	}
}

func (c *Channel) onMessage(ctx context.Context, r *run, m *models.Message) error {
	chatID := m.Chat.ID
	conv := c.key(chatID)
	if err := c.updates.SetChat(ctx, conv, chatID); err != nil {
		c.log.Warn("remember chat", "conversation", conv, "err", err)
	}
	c.setUnreachable(ctx, conv, false)
	tgLang := ""
	if m.From != nil {
		tgLang = m.From.LanguageCode
	}

	if cmd, ok := command(m.Text); ok {
		switch cmd {
		case "start", "help":
			lang := c.language(ctx, conv, tgLang)
			g := c.engine.Greeting(lang)
			return c.send(ctx, r, chatID, conv,
				outgoing{text: g.Text, keyboard: languageKeyboard(c.opts.Text)},
				outgoing{text: c.opts.Text.Text(lang, "bot.ask_country", nil), keyboard: countryKeyboard(c.opts.Text, lang)})
		case "language":
			lang := c.language(ctx, conv, tgLang)
			return c.send(ctx, r, chatID, conv,
				outgoing{text: "🌐 " + c.opts.Text.Text(lang, "widget.language", nil), keyboard: languageKeyboard(c.opts.Text)})
		case "country":
			lang := c.language(ctx, conv, tgLang)
			return c.send(ctx, r, chatID, conv,
				outgoing{text: c.opts.Text.Text(lang, "bot.ask_country", nil), keyboard: countryKeyboard(c.opts.Text, lang)})
		}
		// Anything else is read as words.
	}

	if m.Location != nil {
		lang := c.language(ctx, conv, tgLang)
		cc := CountryAt(m.Location.Latitude, m.Location.Longitude)
		if cc == "" {
			return c.send(ctx, r, chatID, conv,
				outgoing{text: c.opts.Text.Text(lang, "bot.ask_country", nil), keyboard: countryKeyboard(c.opts.Text, lang)})
		}
		chosen, err := c.engine.Choose(ctx, conv, triage.ChannelTelegram, "", cc)
		if err != nil {
			return c.chooseErr(err)
		}
		return c.send(ctx, r, chatID, conv, c.render(*chosen.Reply)...)
	}

	msg := triage.Message{
		ID:           strconv.FormatInt(r.id, 10),
		Channel:      triage.ChannelTelegram,
		Conversation: conv,
		Text:         m.Text,
		Hints:        triage.Hints{TelegramLanguage: tgLang},
		Received:     time.Unix(int64(m.Date), 0),
	}
	if m.Date == 0 {
		msg.Received = time.Time{}
	}
	if m.Contact != nil {
		msg.Hints.Phone = m.Contact.PhoneNumber
	}
	if msg.Text == "" {
		msg.Text = m.Caption
	}
	msg.Attachments = attachments(m)
	if msg.Text == "" && msg.Hints.Phone == "" && len(msg.Attachments) == 0 {
		msg.Attachments = []triage.Attachment{{Kind: "other"}}
	}
	res, err := c.engine.Handle(ctx, msg)
	if err != nil {
		return fmt.Errorf("handle message: %w", err)
	}
	return c.send(ctx, r, chatID, conv, c.render(res.Reply)...)
}

// attachments lists what a message carries besides words, by kind and size.
func attachments(m *models.Message) []triage.Attachment {
	var a []triage.Attachment
	if n := len(m.Photo); n > 0 {
		a = append(a, triage.Attachment{Kind: "photo", Size: int64(m.Photo[n-1].FileSize)})
	}
	if m.Voice != nil {
		a = append(a, triage.Attachment{Kind: "voice", Size: m.Voice.FileSize})
	}
	if m.Sticker != nil {
		a = append(a, triage.Attachment{Kind: "sticker", Size: int64(m.Sticker.FileSize)})
	}
	if m.Document != nil {
		a = append(a, triage.Attachment{Kind: "document", Size: m.Document.FileSize})
	}
	if m.Video != nil {
		a = append(a, triage.Attachment{Kind: "video", Size: m.Video.FileSize})
	}
	if m.VideoNote != nil {
		a = append(a, triage.Attachment{Kind: "video_note", Size: int64(m.VideoNote.FileSize)})
	}
	if m.Audio != nil {
		a = append(a, triage.Attachment{Kind: "audio", Size: m.Audio.FileSize})
	}
	return a
}

func (c *Channel) onCallback(ctx context.Context, r *run, q *models.CallbackQuery) error {
	// Stop the button's spinner first; on a retry the query may have expired,
	// which does not matter.
	if _, err := c.bot.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: q.ID}); err != nil {
		c.log.Info("answer callback query", "update_id", r.id, "err", safeErr(err))
	}
	var u models.Update
	u.CallbackQuery = q
	chatID, ok := chatOf(&u)
	if !ok {
		return nil
	}
	conv := c.key(chatID)
	if err := c.updates.SetChat(ctx, conv, chatID); err != nil {
		c.log.Warn("remember chat", "conversation", conv, "err", err)
	}
	action, value, _ := strings.Cut(q.Data, ":")
	var lang, country string
	switch action {
	case "language", "lang":
		lang = value
	case "country":
		country = value
	default:
		c.log.Info("unknown button", "update_id", r.id)
		return nil
	}
	chosen, err := c.engine.Choose(ctx, conv, triage.ChannelTelegram, lang, country)
	if err != nil {
		return c.chooseErr(err)
	}
	rep := *chosen.Reply
	out := c.render(rep)
	if lang != "" && c.opts.States != nil {
		// After the language, ask for the country if we do not know it.
		if s, err := c.opts.States.Load(ctx, conv); err == nil && s.Country == "" {
			out = append(out, outgoing{text: c.opts.Text.Text(rep.Language, "bot.ask_country", nil),
				keyboard: countryKeyboard(c.opts.Text, rep.Language)})
		}
	}
	return c.send(ctx, r, chatID, conv, out...)
}

func (c *Channel) chooseErr(err error) error {
	if triage.IsInputError(err) {
		return permanent(err)
	}
	return fmt.Errorf("record choice: %w", err)
}

// onMember notes when the person blocks or unblocks the bot.
func (c *Channel) onMember(ctx context.Context, m *models.ChatMemberUpdated) {
	conv := c.key(m.Chat.ID)
	switch m.NewChatMember.Type {
	case models.ChatMemberTypeBanned, models.ChatMemberTypeLeft:
		c.log.Info("person blocked the bot", "conversation", conv)
		c.setUnreachable(ctx, conv, true)
	case models.ChatMemberTypeMember:
		c.setUnreachable(ctx, conv, false)
	}
}

// setUnreachable records in the conversation state whether the person can
// be written to, when it changes.
func (c *Channel) setUnreachable(ctx context.Context, conv string, v bool) {
	if c.opts.States == nil {
		return
	}
	s, err := c.opts.States.Load(ctx, conv)
	if err != nil || s.Unreachable == v || (!v && s.Updated.IsZero()) {
		return
	}
	s.Conversation, s.Unreachable = conv, v
	if s.Channel == "" {
		s.Channel = triage.ChannelTelegram
	}
	if err := c.opts.States.Save(ctx, s); err != nil {
		c.log.Warn("record reachability", "conversation", conv, "err", err)
	}
}

// language is the language to prompt in: the conversation's, else the
// Telegram client's, else English.
func (c *Channel) language(ctx context.Context, conv, tgLang string) string {
	if c.opts.States != nil {
		if s, err := c.opts.States.Load(ctx, conv); err == nil && triage.SupportedLanguage(s.Language) {
			return s.Language
		}
	}
	if l := Language(tgLang); l != "" {
		return l
	}
	return "en"
}

// command returns the name of a bot command ("/start@helpbot x" → "start").
func command(text string) (string, bool) {
	if !strings.HasPrefix(text, "/") {
		return "", false
	}
	name, _, _ := strings.Cut(text[1:], " ")
	name, _, _ = strings.Cut(name, "@")
	name = strings.ToLower(strings.TrimSpace(name))
	return name, name != ""
}

// permanentError is a failure that trying again will not fix.
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

func permanent(err error) error { return permanentError{err} }

func isPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p) || errors.Is(err, ErrUnreachable)
}
