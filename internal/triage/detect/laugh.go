package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// laughs reports whether a message laughs: "lol", "haha", "wkwk", "555"
// (Thai, Lao and Khmer texting), laughter written in Bengali, Devanagari,
// Thai or Han, or a laughing emoji. People joke with the words of danger
// ("my supervisor will literally murder me if I'm late lol"), and a message
// that laughs lets the model set aside a threat or a kidnapping as well as
// the storySignals (modelWeighs). Words that name a joke are not counted,
// because "not joking" says the opposite; nor is 😅, which is as often
// nervous as amused.
func laughs(text string) bool {
	if strings.ContainsAny(text, "😂🤣😆") {
		return true
	}
	// Scripts written without spaces laugh inside a run of text.
	for _, l := range []string{"哈哈", "呵呵", "ฮ่าฮ่า", "ฮ่าๆ"} {
		if strings.Contains(text, l) {
			return true
		}
	}
	// 555 is laughter only in Thai, Lao and Khmer texting, not in a number.
	fives := strings.ContainsFunc(text, func(r rune) bool { return unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer) })
	for i := 0; i < len(text); {
		// One word: letters, digits and combining marks.
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
				break
			}
			j += n
		}
		if j > i && laughWord(text[i:j], fives) {
			return true
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(text[i:])
			j += n
		}
		i = j
	}
	return false
}

// laughWord reports whether one word is laughter.
func laughWord(w string, fives bool) bool {
	for _, l := range []string{"lol", "lols", "lmao", "lmfao", "rofl"} {
		if strings.EqualFold(w, l) {
			return true
		}
	}
	if fives && len(w) >= 3 && strings.Trim(w, "5") == "" {
		return true
	}
	for _, l := range []string{"ha", "he", "hi", "wk", "kw", "হা", "हा"} {
		if repeats(w, l) {
			return true
		}
	}
	return false
}

// repeats reports whether w is unit two or more times, with the last one
// cut short or a letter added ("hahah", "hahaha", "wkwkwk", "wkwkw").
func repeats(w, unit string) bool {
	n := 0
	for len(w) >= len(unit) && strings.EqualFold(w[:len(unit)], unit) {
		w, n = w[len(unit):], n+1
	}
	return n >= 2 && utf8.RuneCountInString(w) <= 1
}
