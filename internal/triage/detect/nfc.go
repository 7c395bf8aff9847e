package detect

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isNFC reports whether s (valid UTF-8) is in Unicode Normalization Form C.
// It runs the quick check of UAX #15 over a table of the code points below
// U+20000 (nfcdata.go, which TestNFCTable checks against x/text's norm).
// A character the quick check cannot pass (one that may combine with the
// character before it, as Burmese "ီ" and Bengali "া" do, or one that
// never appears in NFC) is handed to norm.NFC.IsNormalString with the text
// from the last starter before it: only there could it combine. The whole
// text goes to norm only for a code point outside the table. Messages in
// Thai, Burmese or Bengali thus do not pay for a trie lookup per character.
func isNFC(s string) bool {
	t := nfcQuick()
	last := uint8(0) // canonical combining class of the last character
	starter := 0     // where the last starter begins
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			last, starter = 0, i
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if int(r) >= len(t) {
			return norm.NFC.IsNormalString(s)
		}
		switch v := t[r]; {
		case v == 0:
			last, starter = 0, i
		case v == nfcMaybe:
			if !norm.NFC.IsNormalString(s[starter : i+n]) {
				return false
			}
			if last = norm.NFC.PropertiesString(s[i : i+n]).CCC(); last == 0 {
				starter = i
			}
		case v < last:
			return false // marks out of canonical order
		default:
			last = v
		}
		i += n
	}
	return true
}

// nfcMaybe marks, in nfcQuick's table, a character the quick check cannot
// pass: NFC_Quick_Check No or Maybe. Other entries are the canonical
// combining class of a character that is NFC_Quick_Check Yes (0: a
// starter).
const nfcMaybe = 0xFF

// nfcQuick expands nfcRanges into a table indexed by code point.
var nfcQuick = sync.OnceValue(func() []uint8 {
	t := make([]uint8, nfcLimit)
	for _, g := range nfcRanges {
		for r := g.lo; r <= g.hi; r++ {
			t[r] = g.v
		}
	}
	return t
})

type nfcRange struct {
	lo, hi rune
	v      uint8
}
