package jsonbuf

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// DecodeObject reads b as one JSON object of scalar values (strings, null,
// true, false, numbers) without encoding/json's reflection. For each key
// that is one of fields it calls set with the key's index in fields and
// its value: a string, or null. Other keys are passed over. It reports
// false, perhaps after some calls to set, for anything else: an object or
// array value, a field given a number or a boolean, a key that names a
// field in another case ("TEXT", which encoding/json would take), invalid
// UTF-8, a syntax error. The caller then reads b with encoding/json, for
// its result and its error message. On true, the calls to set are what
// json.Unmarshal would do to the string fields of a struct, in order:
// strings escaped as it unescapes them (a lone surrogate becomes U+FFFD),
// a later key overriding an earlier one.
func DecodeObject(b []byte, fields []string, set func(field int, v string, null bool)) bool {
	d := decoder{b: b}
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
		field := -1
		for i, f := range fields {
			if key == f {
				field = i
				break
			}
			if strings.EqualFold(key, f) {
				return false
			}
		}
		switch {
		case field < 0:
			if !d.skipScalar() {
				return false
			}
		case d.null():
			set(field, "", true)
		default:
			s, ok := d.str()
			if !ok {
				return false
			}
			set(field, s, false)
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

type decoder struct {
	b []byte
	i int
}

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) eat(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether nothing but white space follows.
func (d *decoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

func (d *decoder) literal(w string) bool {
	if len(d.b)-d.i >= len(w) && string(d.b[d.i:d.i+len(w)]) == w {
		d.i += len(w)
		return true
	}
	return false
}

func (d *decoder) null() bool { return d.literal("null") }

// skipScalar passes over the value of a key the caller does not have: a
// string, null, true, false or a number. Objects and arrays go to
// encoding/json.
func (d *decoder) skipScalar() bool {
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
func (d *decoder) number() bool {
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
func (d *decoder) str() (string, bool) {
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
func (d *decoder) hex4() (rune, bool) {
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
