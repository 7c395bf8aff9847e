package main

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// triageInputFields are the keys of a triage input line, in the order of
// decodeTriageInput's switch.
var triageInputFields = []string{"text", "channel", "locale", "timezone", "phone", "email", "telegram_language"}

// decodeTriageInput reads a line of the usual shape, one object of string
// (or null, true, false, number) values, without encoding/json's
// reflection. It reports false for anything else: other value types, a key
// that names a field in another case ("TEXT"), invalid UTF-8, a syntax
// error. encoding/json then reads the line, with the same result and its
// error messages. On true, in holds what json.Unmarshal would have put in a
// zero triageInput.
func decodeTriageInput(line []byte, in *triageInput) bool {
	d := inputDecoder{b: line}
	d.space()
	if !d.eat('{') {
		return false
	}
	d.space()
	if d.eat('}') {
		return d.end()
	}
	for {
		d.space()
		key, ok := d.str()
		if !ok {
			return false
		}
		d.space()
		if !d.eat(':') {
			return false
		}
		d.space()
		var dst *string
		switch key {
		case "text":
			if d.null() {
				in.Text = nil
				break
			}
			s, ok := d.str()
			if !ok {
				return false
			}
			in.Text = &s
		case "channel":
			dst = &in.Channel
		case "locale":
			dst = &in.Locale
		case "timezone":
			dst = &in.TimeZone
		case "phone":
			dst = &in.Phone
		case "email":
			dst = &in.Email
		case "telegram_language":
			dst = &in.TelegramLanguage
		default:
			// encoding/json matches keys without regard to case.
			for _, f := range triageInputFields {
				if strings.EqualFold(key, f) {
					return false
				}
			}
			if !d.skipScalar() {
				return false
			}
		}
		if dst != nil && !d.null() {
			s, ok := d.str()
			if !ok {
				return false
			}
			*dst = s
		}
		d.space()
		if d.eat('}') {
			return d.end()
		}
		if !d.eat(',') {
			return false
		}
	}
}

type inputDecoder struct {
	b []byte
	i int
}

func (d *inputDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *inputDecoder) eat(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether nothing but white space follows.
func (d *inputDecoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

func (d *inputDecoder) literal(w string) bool {
	if len(d.b)-d.i >= len(w) && string(d.b[d.i:d.i+len(w)]) == w {
		d.i += len(w)
		return true
	}
	return false
}

func (d *inputDecoder) null() bool { return d.literal("null") }

// skipScalar passes over the value of a key triageInput does not have:
// a string, null, true, false or a number. Objects and arrays go to
// encoding/json.
func (d *inputDecoder) skipScalar() bool {
	if d.i == len(d.b) {
		return false
	}
	switch c := d.b[d.i]; {
	case c == '"':
		_, ok := d.str()
		return ok
	case c == 'n':
		return d.null()
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	return false
}

// number passes over a number in JSON's grammar.
func (d *inputDecoder) number() bool {
	digits := func() int {
		n := 0
		for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	d.eat('-')
	if d.eat('0') {
		if d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
			return false
		}
	} else if digits() == 0 {
		return false
	}
	if d.eat('.') && digits() == 0 {
		return false
	}
	if d.eat('e') || d.eat('E') {
		if !d.eat('+') {
			d.eat('-')
		}
		if digits() == 0 {
			return false
		}
	}
	return true
}

// str reads a string with its escapes as encoding/json does (a lone
// surrogate becomes U+FFFD). Invalid UTF-8 and control characters report
// false.
func (d *inputDecoder) str() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	// Most strings have no escape: one pass finds the end.
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			raw := d.b[start:d.i]
			d.i++
			if !utf8.Valid(raw) {
				return "", false
			}
			return string(raw), true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		d.i++
	}
	out := append(make([]byte, 0, d.i-start+16), d.b[start:d.i]...)
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			if !utf8.Valid(out) {
				return "", false
			}
			return string(out), true
		case c < 0x20:
			return "", false
		case c != '\\':
			out = append(out, c)
			d.i++
			continue
		}
		d.i++
		if d.i == len(d.b) {
			return "", false
		}
		e := d.b[d.i]
		d.i++
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				// A pair is two escapes in a row; the second is taken only
				// when it completes the pair, as encoding/json does.
				save := d.i
				r2, ok := rune(-1), d.literal(`\u`)
				if ok {
					r2, ok = d.hex4()
				}
				if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
					r = dec
				} else {
					r, d.i = utf8.RuneError, save
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return "", false
}

// hex4 reads the four hex digits of a \u escape.
func (d *inputDecoder) hex4() (rune, bool) {
	if len(d.b)-d.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.b[d.i : d.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.i += 4
	return r, true
}
