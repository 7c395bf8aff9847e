package detect

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isNFC reports whether s (valid UTF-8) is in Unicode Normalization Form C.
// It runs the quick check of UAX #15 over a table of the code points below
// U+20000 (nfcdata.go, which TestNFCTable checks against x/text's norm),
// and hands the text to norm.NFC.IsNormalString only when the quick check
// cannot answer yes: a character that may combine with the one before it,
// one that never appears in NFC, marks out of canonical order, or a code
// point outside the table. Messages in Thai, Burmese or Khmer thus do not
// pay for a trie lookup per character.
func isNFC(s string) bool {
	t := nfcQuick()
	last := uint8(0)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			last = 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if int(r) >= len(t) {
			return norm.NFC.IsNormalString(s)
		}
		switch v := t[r]; {
		case v == 0:
			last = 0
		case v == nfcMaybe || v < last:
			return norm.NFC.IsNormalString(s)
		default:
			last = v
		}
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
