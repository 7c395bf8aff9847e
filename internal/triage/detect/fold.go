package detect

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Scripts counted while folding.
const (
	scLatin = iota
	scThai
	scLao
	scKhmer
	scMyanmar
	scBengali
	scDevanagari
	scArabic
	scHan
	scKana
	scHangul
	nScripts
)

// folded is a message reduced to the form every matcher works on: lower
// case, Latin diacritics removed (Vietnamese "không" becomes "khong"),
// apostrophes dropped, emoji, URLs and e-mail addresses removed, native
// digits made ASCII, sentence ends written '|' and commas ','.
type folded struct {
	b       []byte
	scripts [nScripts]int
	viMarks int   // letters only Vietnamese uses (ơ ư ă đ ạ ả ...)
	qmarks  []int // offsets of the '|' that stand for a question mark
	sos     bool
}

// latinFold maps U+00C0..U+024F and U+1E00..U+1EFF to a lower-case ASCII
// base letter (0 when there is none).
var latinFold [0x250 + 0x100]byte

func latinIndex(r rune) int {
	switch {
	case r >= 0xC0 && r < 0x250:
		return int(r)
	case r >= 0x1E00 && r < 0x1F00:
		return int(r-0x1E00) + 0x250
	}
	return -1
}

func init() {
	for r := rune(0xC0); r < 0x1F00; r++ {
		i := latinIndex(r)
		if i < 0 {
			continue
		}
		d := norm.NFD.String(string(r))
		c, _ := utf8.DecodeRuneInString(d)
		c = unicode.ToLower(c)
		if c < 0x80 && c >= 'a' && c <= 'z' {
			latinFold[i] = byte(c)
		}
	}
	for _, r := range "đĐ" {
		latinFold[latinIndex(r)] = 'd'
	}
	latinFold[latinIndex('ø')], latinFold[latinIndex('Ø')] = 'o', 'o'
	latinFold[latinIndex('ß')] = 's'
}

// viSpecific reports letters (after NFC) that mark Vietnamese.
func viSpecific(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return true
	}
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư', 'ĩ', 'Ĩ', 'ũ', 'Ũ':
		return true
	}
	return false
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// skipToken reports the end of a URL or e-mail address starting at i.
func skipToken(s string, i int) int {
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	tok := s[i:j]
	if len(tok) < 4 {
		return -1
	}
	at, dot, scheme := -1, false, false
	for k := 0; k < len(tok); k++ {
		switch tok[k] {
		case '@':
			at = k
		case '.':
			if at >= 0 {
				dot = true
			}
		case ':':
			if k+2 < len(tok) && tok[k+1] == '/' && tok[k+2] == '/' {
				scheme = true
			}
		}
	}
	if scheme || (at > 0 && dot) || ((tok[0] == 'w' || tok[0] == 'W') && len(tok) > 4 && (tok[:4] == "www." || tok[:4] == "WWW.")) {
		return j
	}
	return -1
}

func (f *folded) put(c byte) {
	n := len(f.b)
	switch c {
	case ' ':
		if n == 0 || f.b[n-1] == ' ' || f.b[n-1] == '|' || f.b[n-1] == ',' {
			return
		}
	case '|', ',':
		if n > 0 && f.b[n-1] == ' ' {
			f.b = f.b[:n-1]
			n--
		}
		if n == 0 {
			return
		}
		if f.b[n-1] == '|' || (c == ',' && f.b[n-1] == ',') {
			return
		}
		if f.b[n-1] == ',' {
			f.b[n-1] = c
			return
		}
	}
	f.b = append(f.b, c)
}

func (f *folded) reset() {
	f.b = f.b[:0]
	f.scripts = [nScripts]int{}
	f.viMarks = 0
	f.sos = false
	f.qmarks = f.qmarks[:0]
}

// fold fills f from the NFC text s.
func (f *folded) fold(s string) {
	f.reset()
	tokStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if tokStart && !isSpace(c) {
			if j := skipToken(s, i); j > 0 {
				f.put(' ')
				i = j
				continue
			}
		}
		tokStart = false
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				f.b = append(f.b, c)
				if c >= 'a' {
					f.scripts[scLatin]++
				}
			case c >= 'A' && c <= 'Z':
				f.b = append(f.b, c+32)
				f.scripts[scLatin]++
			case c == '\'':
			case c == '.' || c == '!' || c == '?' || c == ';' || c == '\n':
				f.put('|')
				if c == '?' {
					f.question()
				}
				tokStart = true
			case c == ',':
				f.put(',')
				tokStart = true
			case c == '%':
				f.b = append(f.b, '%') // "30%": a share of the pay
			default:
				f.put(' ')
				tokStart = isSpace(c) || c == '(' || c == '<' || c == '"'
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			f.put(' ')
			continue
		}
		if li := latinIndex(r); li >= 0 {
			if viSpecific(r) {
				f.viMarks++
			}
			if b := latinFold[li]; b != 0 {
				f.b = append(f.b, b)
				f.scripts[scLatin]++
				continue
			}
		}
		switch {
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0xAD || r == 0x2060:
			continue
		case r == 0x2019 || r == 0x2018:
			continue
		case r == 0x1F198: // 🆘
			f.put(' ')
			f.b = append(f.b, "sos"...)
			f.put(' ')
			f.sos = true
			continue
		case r == 0x104B || r == 0x0964 || r == 0x0965 || r == 0x17D4 || r == 0x17D5 || r == 0x3002 || r == 0xFF01 || r == 0xFF1F || r == 0x061F || r == 0x2026 || r == 0xFF1B || r == 0x06D4:
			f.put('|')
			if r == 0xFF1F || r == 0x061F {
				f.question()
			}
			tokStart = true
			continue
		case r == 0x104A || r == 0xFF0C || r == 0x3001 || r == 0x060C:
			f.put(',')
			tokStart = true
			continue
		case r >= 0x0E50 && r <= 0x0E59:
			f.b = append(f.b, byte('0'+r-0x0E50))
			continue
		case r >= 0x0ED0 && r <= 0x0ED9:
			f.b = append(f.b, byte('0'+r-0x0ED0))
			continue
		case r >= 0x17E0 && r <= 0x17E9:
			f.b = append(f.b, byte('0'+r-0x17E0))
			continue
		case r >= 0x1040 && r <= 0x1049:
			f.b = append(f.b, byte('0'+r-0x1040))
			continue
		case r >= 0x09E6 && r <= 0x09EF:
			f.b = append(f.b, byte('0'+r-0x09E6))
			continue
		case r >= 0x0966 && r <= 0x096F:
			f.b = append(f.b, byte('0'+r-0x0966))
			continue
		case r >= 0x0660 && r <= 0x0669:
			f.b = append(f.b, byte('0'+r-0x0660))
			continue
		case r >= 0xFF10 && r <= 0xFF19:
			f.b = append(f.b, byte('0'+r-0xFF10))
			continue
		case r >= 0xFF21 && r <= 0xFF3A:
			f.b = append(f.b, byte('a'+r-0xFF21))
			continue
		case r >= 0xFF41 && r <= 0xFF5A:
			f.b = append(f.b, byte('a'+r-0xFF41))
			continue
		}
		sc := scriptOf(r)
		if sc >= 0 {
			f.scripts[sc]++
			f.b = utf8.AppendRune(f.b, r)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			f.b = utf8.AppendRune(f.b, unicode.ToLower(r))
			continue
		}
		f.put(' ')
		tokStart = unicode.IsSpace(r)
	}
	for n := len(f.b); n > 0 && (f.b[n-1] == ' ' || f.b[n-1] == ','); n-- {
		f.b = f.b[:n-1]
	}
}

// scriptOf returns the script of a letter or mark, -1 for others.
func scriptOf(r rune) int {
	switch {
	case r < 0x0600:
		return -1
	case r <= 0x06FF || (r >= 0x0750 && r <= 0x077F) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF):
		if r >= 0x0600 && r <= 0x06FF && !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return -1
		}
		return scArabic
	case r >= 0x0900 && r <= 0x097F:
		return scDevanagari
	case r >= 0x0980 && r <= 0x09FF:
		return scBengali
	case r >= 0x0E00 && r <= 0x0E7F:
		return scThai
	case r >= 0x0E80 && r <= 0x0EFF:
		return scLao
	case r >= 0x1000 && r <= 0x109F, r >= 0xAA60 && r <= 0xAA7F, r >= 0xA9E0 && r <= 0xA9FF:
		return scMyanmar
	case r >= 0x1780 && r <= 0x17FF, r >= 0x19E0 && r <= 0x19FF:
		return scKhmer
	case r >= 0x3040 && r <= 0x30FF:
		return scKana
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return scHangul
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF, r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x2FFFF:
		return scHan
	}
	return -1
}

// question marks the sentence end just written as a question.
func (f *folded) question() {
	if n := len(f.b); n > 0 && f.b[n-1] == '|' {
		if k := len(f.qmarks); k == 0 || f.qmarks[k-1] != n-1 {
			f.qmarks = append(f.qmarks, n-1)
		}
	}
}
