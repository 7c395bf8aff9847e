// Package jsonbuf encodes JSON into pooled buffers, for the paths that run
// for every message: the bytes are used and the buffer handed back, instead
// of a new slice per value for the garbage collector. Values on those paths
// write themselves (Appender), with the bytes json.Marshal gives, and skip
// its reflection.
package jsonbuf

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"
)

// Buffers larger than this are dropped rather than pooled, so one huge
// value does not stay in memory for good.
const maxPooled = 64 << 10

var pool = sync.Pool{New: func() any { return new(Buffer) }}

// Buffer holds encoded JSON until Free.
type Buffer struct{ b []byte }

// Appender is a value that appends its own JSON encoding to dst: the bytes
// json.Marshal would give for it.
type Appender interface {
	AppendJSON(dst []byte) []byte
}

// Marshal encodes v as json.Marshal does (the same bytes) into a pooled
// buffer. The bytes are valid until b.Free; Free the buffer even on error.
func Marshal(v any) (*Buffer, []byte, error) {
	b := pool.Get().(*Buffer)
	switch v := v.(type) {
	case Appender:
		b.b = v.AppendJSON(b.b[:0])
		return b, b.b, nil
	case map[string]any:
		if out, ok := appendMap(b.b[:0], v); ok {
			b.b = out
			return b, b.b, nil
		}
	}
	w := bytes.NewBuffer(b.b[:0])
	if err := json.NewEncoder(w).Encode(v); err != nil {
		b.b = w.Bytes()
		return b, nil, err
	}
	b.b = w.Bytes()
	return b, bytes.TrimSuffix(b.b, []byte("\n")), nil
}

// Free hands the buffer back; its bytes must not be used after.
func (b *Buffer) Free() {
	if cap(b.b) <= maxPooled {
		pool.Put(b)
	}
}

const hex = "0123456789abcdef"

// String appends s as a JSON string, escaped as json.Marshal escapes it:
// HTML-safe, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func String(dst []byte, s string) []byte { return appendString(dst, s, &htmlSafe) }

// StringNoHTML is String without the HTML escapes, as an Encoder with
// SetEscapeHTML(false) writes strings: for output that is not read by a
// browser.
func StringNoHTML(dst []byte, s string) []byte { return appendString(dst, s, &plainSafe) }

func appendString(dst []byte, s string, safe *[256]bool) []byte {
	if utf8.ValidString(s) {
		return validString(dst, s, safe)
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			dst = escapeASCII(append(dst, s[start:i]...), c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// htmlSafe and plainSafe mark the bytes written as they are, with and
// without the HTML escapes: in valid UTF-8 every byte of a multi-byte rune
// but 0xE2, which may start U+2028 or U+2029 (the loop over invalid UTF-8
// reads only their ASCII half).
var htmlSafe, plainSafe = func() (h, p [256]bool) {
	for c := 0x20; c < 0x100; c++ {
		p[c] = c != '"' && c != '\\' && c != 0xE2
		h[c] = p[c] && c != '<' && c != '>' && c != '&'
	}
	return h, p
}()

// validString is String for valid UTF-8: multi-byte runes are copied as
// they are, but for U+2028 and U+2029 (E2 80 A8, E2 80 A9).
func validString(dst []byte, s string, safe *[256]bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if safe[c] {
			continue
		}
		if c == 0xE2 {
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				dst = append(dst, s[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
				i += 2
				start = i + 1
			}
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = escapeASCII(dst, c)
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// escapeASCII appends the escape of an ASCII byte that is not safe.
func escapeASCII(dst []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}

// Open appends {"name": to start an object with its first field.
func Open(dst []byte, name string) []byte {
	dst = append(dst, '{', '"')
	dst = append(dst, name...)
	return append(dst, '"', ':')
}

// Field appends ,"name": for a field after the first.
func Field(dst []byte, name string) []byte {
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	return append(dst, '"', ':')
}

// StringField appends ,"name":"v".
func StringField(dst []byte, name, v string) []byte { return String(Field(dst, name), v) }

// OmitEmpty appends ,"name":"v" unless v is empty (omitempty).
func OmitEmpty(dst []byte, name, v string) []byte {
	if v == "" {
		return dst
	}
	return String(Field(dst, name), v)
}

// OmitFalse appends ,"name":true when v is set (omitempty).
func OmitFalse(dst []byte, name string, v bool) []byte {
	if !v {
		return dst
	}
	return append(Field(dst, name), "true"...)
}

// Bool appends true or false.
func Bool(dst []byte, v bool) []byte { return strconv.AppendBool(dst, v) }

// Int appends v.
func Int(dst []byte, v int64) []byte { return strconv.AppendInt(dst, v, 10) }

// Time appends t as json.Marshal does (RFC 3339 with nanoseconds). A year
// outside 0-9999, which json.Marshal refuses, is written as Format writes it.
func Time(dst []byte, t time.Time) []byte {
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339Nano)
	return append(dst, '"')
}

// Strings appends a list of strings, null when nil.
func Strings(dst []byte, v []string) []byte {
	if v == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, s := range v {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = String(dst, s)
	}
	return append(dst, ']')
}

// List appends a list of Appenders, null when nil.
func List[T Appender](dst []byte, v []T) []byte {
	if v == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i := range v {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = v[i].AppendJSON(dst)
	}
	return append(dst, ']')
}

// Slice is a list of Appenders that is one itself, for a list held in a
// map[string]any; json.Marshal encodes it the same way.
type Slice[T Appender] []T

// AppendJSON implements Appender.
func (s Slice[T]) AppendJSON(dst []byte) []byte { return List(dst, []T(s)) }

// MarshalJSON implements json.Marshaler with the same bytes.
func (s Slice[T]) MarshalJSON() ([]byte, error) { return s.AppendJSON(nil), nil }

// appendMap encodes a small map whose values are strings (of any string
// type), bools, ints, nil or Appenders, keys in order as json.Marshal writes them; ok is false for
// any other value, which json.Marshal then encodes.
func appendMap(dst []byte, m map[string]any) ([]byte, bool) {
	var keysArr [16]string
	keys := keysArr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dst = append(dst, '{')
	for i, k := range keys {
		dst = String(append(dst, ","[:min(i, 1)]...), k) // keys are not field names: escape them
		dst = append(dst, ':')
		switch v := m[k].(type) {
		case string:
			dst = String(dst, v)
		case bool:
			dst = Bool(dst, v)
		case int:
			dst = Int(dst, int64(v))
		case nil:
			dst = append(dst, "null"...)
		case Appender:
			dst = v.AppendJSON(dst)
		default:
			if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
				dst = String(dst, rv.String()) // a named string type
				continue
			}
			return dst, false
		}
	}
	return append(dst, '}'), true
}
