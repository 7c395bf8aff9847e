package telegram

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/go-telegram/bot/models"
)

// handleWebhook receives one update from Telegram. It answers 401 to a
// request without the right secret token, and 200 only once the update is
// stored (or, when the store is down, answered): any other answer makes
// Telegram send it again.
func (c *Channel) handleWebhook() http.Handler {
	want := []byte(c.opts.WebhookSecret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token"))
		if len(want) == 0 || subtle.ConstantTimeCompare(got, want) != 1 {
			c.log.Warn("webhook request with a wrong or missing secret token")
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, c.opts.MaxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				c.log.Warn("webhook body too large", "limit", c.opts.MaxBody)
				http.Error(w, "too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if err := c.accept(r.Context(), body); err != nil {
			// Neither stored nor answered: Telegram will send it again.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// accept takes one raw update from Telegram (webhook or getUpdates) and
// makes it durable, even from a chat that sends too fast (process answers
// it quietly). An update that cannot be used (undecodable, no private
// chat) is dropped with nil: asking Telegram to resend it would not help.
// When the store is down the update is processed at once so the person
// still gets their answer; an error means it was neither stored nor
// answered.
func (c *Channel) accept(ctx context.Context, body []byte) error {
	var u models.Update
	if err := json.Unmarshal(body, &u); err != nil || u.ID == 0 {
		c.log.Warn("undecodable update dropped")
		return nil
	}
	log := c.log.With("update_id", u.ID, "kind", updateKind(&u))
	chatID, ok := chatOf(&u)
	if !ok {
		log.Info("update without a private chat ignored")
		return nil
	}
	conv := c.key(chatID)
	log = log.With("conversation", conv)
	raw := scrub(body)
	dup, err := c.updates.Put(ctx, u.ID, conv, raw)
	if err != nil {
		log.Error("update store unavailable, answering at once without it", "err", err)
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
		defer cancel()
		if perr := c.process(pctx, u.ID, raw, false); perr != nil {
			log.Error("update neither stored nor answered", "err", safeErr(perr))
			return perr
		}
		return nil
	}
	if dup {
		log.Info("duplicate update ignored")
		return nil
	}
	log.Debug("update stored")
	select {
	case c.wake <- struct{}{}:
	default:
	}
	return nil
}

// chatOf returns the private chat an update belongs to.
func chatOf(u *models.Update) (int64, bool) {
	switch {
	case u.Message != nil:
		if u.Message.Chat.Type != models.ChatTypePrivate {
			return 0, false
		}
		return u.Message.Chat.ID, true
	case u.CallbackQuery != nil:
		m := u.CallbackQuery.Message
		switch {
		case m.Message != nil:
			if m.Message.Chat.Type != models.ChatTypePrivate {
				return 0, false
			}
			return m.Message.Chat.ID, true
		case m.InaccessibleMessage != nil && m.InaccessibleMessage.Chat.ID != 0:
			if m.InaccessibleMessage.Chat.Type != models.ChatTypePrivate {
				return 0, false
			}
			return m.InaccessibleMessage.Chat.ID, true
		}
		// In a private chat the chat id is the user id.
		return u.CallbackQuery.From.ID, u.CallbackQuery.From.ID != 0
	case u.MyChatMember != nil:
		if u.MyChatMember.Chat.Type != models.ChatTypePrivate {
			return 0, false
		}
		return u.MyChatMember.Chat.ID, true
	}
	return 0, false
}

// updateKind names an update for the logs, without its content.
func updateKind(u *models.Update) string {
	switch {
	case u.CallbackQuery != nil:
		return "callback"
	case u.MyChatMember != nil:
		return "chat_member"
	case u.EditedMessage != nil:
		return "edited_message"
	case u.Message != nil:
		m := u.Message
		switch {
		case len(m.Text) > 0 && m.Text[0] == '/':
			return "command"
		case m.Text != "":
			return "text"
		case m.Location != nil:
			return "location"
		case m.Contact != nil:
			return "contact"
		case len(m.Photo) > 0:
			return "photo"
		case m.Voice != nil:
			return "voice"
		case m.Sticker != nil:
			return "sticker"
		}
		return "message_other"
	}
	return "other"
}

// scrubbed are the fields dropped from an update before it is stored:
// names and handles that the bot never needs.
var scrubbed = map[string]bool{
	"first_name": true, "last_name": true, "username": true, "title": true,
	"bio": true, "vcard": true, "active_usernames": true,
}

// scrub removes people's names from a raw update before it is stored.
// Numbers are kept exactly as sent (json.Number).
func scrub(body []byte) []byte {
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return body
	}
	var walk func(any)
	walk = func(v any) {
		switch t := v.(type) {
		case map[string]any:
			for k, x := range t {
				if scrubbed[k] {
					delete(t, k)
					continue
				}
				walk(x)
			}
		case []any:
			for _, x := range t {
				walk(x)
			}
		}
	}
	walk(v)
	out, err := json.Marshal(v)
	if err != nil {
		return body
	}
	return out
}

// fromOf returns the user an update comes from.
func fromOf(u *models.Update) *models.User {
	switch {
	case u.Message != nil:
		return u.Message.From
	case u.CallbackQuery != nil:
		return &u.CallbackQuery.From
	}
	return nil
}
