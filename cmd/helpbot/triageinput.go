package main

import "helpbot/internal/jsonbuf"

// triageInputFields are the keys of a triage input line: text, then the
// hints in the order of decodeTriageInput's dst.
var triageInputFields = []string{"text", "channel", "locale", "timezone", "phone", "email", "telegram_language"}

// decodeTriageInput reads a line of the usual shape, one object of string
// (or null, true, false, number) values, without encoding/json's
// reflection (jsonbuf.DecodeObject). It reports false for anything else;
// encoding/json then reads the line, with the same result and its error
// messages. On true, in holds what json.Unmarshal would have put in a zero
// triageInput.
func decodeTriageInput(line []byte, in *triageInput) bool {
	dst := [...]*string{nil, &in.Channel, &in.Locale, &in.TimeZone, &in.Phone, &in.Email, &in.TelegramLanguage}
	return jsonbuf.DecodeObject(line, triageInputFields, func(field int, v string, null bool) {
		switch {
		case field == 0 && null:
			in.Text = nil
		case field == 0:
			in.Text = &v
		case !null:
			*dst[field] = v
		}
	})
}
