package telegram

import (
	"strings"

	"github.com/go-telegram/bot/models"

	"helpbot/internal/triage"
)

// Language maps a Telegram language_code (an IETF tag from the person's
// app settings) to the language helpbot answers in, or "" when helpbot does
// not speak it.
func Language(code string) string {
	code = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(code), "_", "-"))
	if code == "" {
		return ""
	}
	switch code {
	case "zh", "zh-hant", "zh-hk", "zh-tw", "zh-mo", "zh-hant-hk", "zh-hant-tw", "yue", "yue-hk":
		return "zh-Hant"
	}
	base, _, _ := strings.Cut(code, "-")
	switch base {
	case "en", "th", "my", "km", "lo", "vi", "id", "ms", "bn", "ne":
		return base
	case "in": // the old code for Indonesian, still sent by some clients
		return "id"
	case "fil", "tl":
		return "fil"
	}
	return ""
}

// languageKeyboard offers every language, each named in itself.
func languageKeyboard(t triage.Localizer) *models.InlineKeyboardMarkup {
	var btns []models.InlineKeyboardButton
	for _, l := range triage.Languages {
		btns = append(btns, models.InlineKeyboardButton{Text: t.Text(l, "language.name", nil), CallbackData: "language:" + l})
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: rows(btns, 3)}
}

// countryKeyboard offers the places helpbot has a directory for, named in
// lang.
func countryKeyboard(t triage.Localizer, lang string) *models.InlineKeyboardMarkup {
	var btns []models.InlineKeyboardButton
	for _, cc := range triage.Countries {
		name := t.Text(lang, "country."+cc, nil)
		if name == "" || name == "country."+cc {
			name = cc
		}
		btns = append(btns, models.InlineKeyboardButton{Text: name, CallbackData: "country:" + cc})
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: rows(btns, 2)}
}

// quickReplyKeyboard turns the engine's quick replies into buttons. Their
// callback data ("action:value") must fit Telegram's 64 bytes.
func quickReplyKeyboard(q []triage.QuickReply) *models.InlineKeyboardMarkup {
	var btns []models.InlineKeyboardButton
	for _, r := range q {
		data := r.Action + ":" + r.Value
		if len(data) > 64 {
			continue
		}
		btns = append(btns, models.InlineKeyboardButton{Text: r.Label, CallbackData: data})
	}
	if len(btns) == 0 {
		return nil
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: rows(btns, 2)}
}

func rows(btns []models.InlineKeyboardButton, per int) [][]models.InlineKeyboardButton {
	var out [][]models.InlineKeyboardButton
	for len(btns) > 0 {
		n := min(per, len(btns))
		out = append(out, btns[:n])
		btns = btns[n:]
	}
	return out
}
