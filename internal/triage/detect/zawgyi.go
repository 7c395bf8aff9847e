package detect

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// Zawgyi is a font encoding of Burmese that reuses Myanmar code points for
// glyphs: the vowel "ေ" and the medial "ြ" are typed before the consonant,
// the asat is U+1039 instead of U+103A, and stacked letters have code
// points of their own (U+1060..U+1097). Detection weighs these signs
// against those only Unicode text has; conversion applies the
// reordering rules published with the Rabbit converter.

func hasMyanmar(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE1 && (s[i+1] == 0x80 || s[i+1] == 0x81 || s[i+1] == 0x82) {
			return true
		}
	}
	return false
}

func isConsonant(r rune) bool { return r >= 0x1000 && r <= 0x1021 }

// zawgyiScore is positive for Zawgyi text, negative for Unicode.
func zawgyiScore(s string) int {
	score := 0
	prev := rune(' ')
	var prev2 rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		next, _ := utf8.DecodeRuneInString(s[i:])
		wordStart := !(prev >= 0x1000 && prev <= 0x109F)
		switch {
		case r == 0x1031 && wordStart && isConsonant(next):
			score += 3 // "ေ" before its consonant
		case r == 0x1031 && (prev >= 0x102B && prev <= 0x1032 || prev >= 0x1036 && prev <= 0x1038):
			score += 3 // "ေ" after a vowel sign: it opens the next syllable
		case (r == 0x103B || (r >= 0x107E && r <= 0x1084)) && wordStart && isConsonant(next):
			score += 3 // medial ra before its consonant
		case r == 0x1039 && !isConsonant(next):
			score += 2 // Zawgyi asat
		case r == 0x1039 && isConsonant(next):
			if prev == 0x103A && prev2 == 0x1004 {
				score -= 3 // Unicode kinzi
			}
		case r == 0x103A:
			score--
			if isConsonant(prev) && (next == 0x1038 || next == 0x1037 || next == ' ' || next == utf8.RuneError || next < 0x1000) {
				score-- // Unicode asat closing a syllable
			}
		case r == 0x103E:
			score -= 3 // Unicode medial ha; Zawgyi has none
		case r == 0x1033 || r == 0x1034:
			score += 2
		case r >= 0x1060 && r <= 0x1097:
			score += 2
		case r == 0x1031 && prev == 0x1031:
			score++
		}
		prev2, prev = prev, r
	}
	return score
}

func isZawgyi(s string) bool { return zawgyiScore(s) > 0 }

// zg2uni is the Zawgyi to Unicode rule table: each pattern is replaced in
// turn over the whole text.
var zg2uni = [][2]string{
	{`(\x{103d}|\x{1087})`, "\u103e"},
	{`\x{103c}`, "\u103d"},
	{`(\x{103b}|\x{107e}|\x{107f}|\x{1080}|\x{1081}|\x{1082}|\x{1083}|\x{1084})`, "\u103c"},
	{`(\x{103a}|\x{107d})`, "\u103b"},
	{`\x{1039}`, "\u103a"},
	{`(\x{1066}|\x{1067})`, "\u1039\u1006"},
	{`\x{106a}`, "\u1009"},
	{`\x{106b}`, "\u100a"},
	{`\x{106c}`, "\u1039\u100b"},
	{`\x{106d}`, "\u1039\u100c"},
	{`\x{106e}`, "\u100d\u1039\u100d"},
	{`\x{106f}`, "\u100d\u1039\u100e"},
	{`\x{1070}`, "\u1039\u100f"},
	{`(\x{1071}|\x{1072})`, "\u1039\u1010"},
	{`\x{1060}`, "\u1039\u1000"},
	{`\x{1061}`, "\u1039\u1001"},
	{`\x{1062}`, "\u1039\u1002"},
	{`\x{1063}`, "\u1039\u1003"},
	{`\x{1065}`, "\u1039\u1005"},
	{`\x{1068}`, "\u1039\u1007"},
	{`\x{1069}`, "\u1039\u1008"},
	{`(\x{1073}|\x{1074})`, "\u1039\u1011"},
	{`\x{1075}`, "\u1039\u1012"},
	{`\x{1076}`, "\u1039\u1013"},
	{`\x{1077}`, "\u1039\u1014"},
	{`\x{1078}`, "\u1039\u1015"},
	{`\x{1079}`, "\u1039\u1016"},
	{`\x{107a}`, "\u1039\u1017"},
	{`\x{107c}`, "\u1039\u1019"},
	{`\x{1085}`, "\u1039\u101c"},
	{`\x{1033}`, "\u102f"},
	{`\x{1034}`, "\u1030"},
	{`\x{103f}`, "\u1030"},
	{`\x{1086}`, "\u103f"},
	{`\x{1036}\x{1088}`, "\u1088\u1036"},
	{`\x{1088}`, "\u103e\u102f"},
	{`\x{1089}`, "\u103e\u1030"},
	{`\x{108a}`, "\u103d\u103e"},
	{`([\x{1000}-\x{1021}])\x{1064}`, "\u1004\u103a\u1039${1}"},
	{`([\x{1000}-\x{1021}])\x{108b}`, "\u1004\u103a\u1039${1}\u102d"},
	{`([\x{1000}-\x{1021}])\x{108c}`, "\u1004\u103a\u1039${1}\u102e"},
	{`([\x{1000}-\x{1021}])\x{108d}`, "\u1004\u103a\u1039${1}\u1036"},
	{`\x{108e}`, "\u102d\u1036"},
	{`\x{108f}`, "\u1014"},
	{`\x{1090}`, "\u101b"},
	{`\x{1091}`, "\u100f\u1039\u100d"},
	{`\x{1019}\x{102c}(\x{107b}|\x{1093})`, "\u1019\u1039\u1018\u102c"},
	{`(\x{107b}|\x{1093})`, "\u1039\u1018"},
	{`(\x{1094}|\x{1095})`, "\u1037"},
	{`\x{1096}`, "\u1039\u1010\u103d"},
	{`\x{1097}`, "\u100b\u1039\u100b"},
	{`\x{103c}([\x{1000}-\x{1021}])([\x{1000}-\x{1021}])?`, "${1}\u103c${2}"},
	{`([\x{1000}-\x{1021}])\x{103c}\x{103a}`, "\u103c${1}\u103a"},
	{`\x{1031}([\x{1000}-\x{1021}])(\x{103e})?(\x{103b})?`, "${1}${2}${3}\u1031"},
	{`([\x{1000}-\x{1021}])\x{1031}([\x{103b}\x{103c}\x{103d}\x{103e}]+)`, "${1}${2}\u1031"},
	{`\x{1032}\x{103d}`, "\u103d\u1032"},
	{`\x{103d}\x{103b}`, "\u103b\u103d"},
	{`\x{103a}\x{1037}`, "\u1037\u103a"},
	{`\x{102f}(\x{102d}|\x{102e}|\x{1036}|\x{1037})\x{102f}`, "\u102f${1}"},
	{`\x{102f}\x{102f}`, "\u102f"},
	{`(\x{102f}|\x{1030})(\x{102d}|\x{102e})`, "${2}${1}"},
	{`(\x{103e})(\x{103b}|\x{1037})`, "${2}${1}"},
	{`\x{1025}(\x{103a}|\x{102c})`, "\u1009${1}"},
	{`\x{1025}\x{102e}`, "\u1026"},
	{`\x{1005}\x{103b}`, "\u1008"},
	{`\x{1036}(\x{102f}|\x{1030})`, "${1}\u1036"},
	{`\x{1031}\x{1037}\x{103e}`, "\u103e\u1031\u1037"},
	{`\x{1031}\x{103e}\x{102c}`, "\u103e\u1031\u102c"},
	{`\x{105a}`, "\u102b\u103a"},
	{`\x{1031}\x{103b}\x{103e}`, "\u103b\u103e\u1031"},
	{`(\x{102d}|\x{102e})(\x{103d}|\x{103e})`, "${2}${1}"},
	{`\x{102c}\x{1039}([\x{1000}-\x{1021}])`, "\u1039${1}\u102c"},
	{`\x{103c}\x{1004}\x{103a}\x{1039}([\x{1000}-\x{1021}])`, "\u1004\u103a\u1039${1}\u103c"},
	{`\x{1039}\x{103c}\x{103a}\x{1039}([\x{1000}-\x{1021}])`, "\u103a\u1039${1}\u103c"},
	{`\x{103c}\x{1039}([\x{1000}-\x{1021}])`, "\u1039${1}\u103c"},
	{`\x{1036}\x{1039}([\x{1000}-\x{1021}])`, "\u1039${1}\u1036"},
	{`\x{1092}`, "\u100b\u1039\u100c"},
	{`\x{104e}`, "\u104e\u1004\u103a\u1038"},
	{`\x{1040}(\x{102b}|\x{102c}|\x{1036})`, "\u101d${1}"},
	{`\x{1025}\x{1039}`, "\u1009\u1039"},
	{`([\x{1000}-\x{1021}])\x{103c}\x{1031}\x{103d}`, "${1}\u103c\u103d\u1031"},
	{`([\x{1000}-\x{1021}])\x{103d}\x{1031}\x{103b}`, "${1}\u103b\u103d\u1031"},
	{`([\x{1000}-\x{1021}])\x{1031}(\x{1039}[\x{1000}-\x{1021}])`, "${1}${2}\u1031"},
	{` \x{1037}`, "\u1037"},
}

type zgRule struct {
	re   *regexp.Regexp
	to   string
	need zgSet // a match has a rune of this set; all ones when not known
}

var (
	zgOnce  sync.Once
	zgRules []zgRule
)

// zawgyiToUnicode converts Zawgyi-encoded Burmese to Unicode. It applies
// the rules in order, as published, but skips a rule when the text lacks
// every rune a match would need.
func zawgyiToUnicode(s string) string {
	zgOnce.Do(func() {
		for _, r := range zg2uni {
			re := regexp.MustCompile(r[0])
			need := zgAll
			if tree, err := syntax.Parse(r[0], syntax.Perl); err == nil {
				need = zgNeed(tree)
			}
			zgRules = append(zgRules, zgRule{re, r[1], need})
		}
	})
	have := zgRunes(s)
	for _, r := range zgRules {
		if !have.meets(r.need) {
			continue
		}
		if strings.Contains(r.to, "$") {
			s = r.re.ReplaceAllString(s, r.to)
		} else {
			s = r.re.ReplaceAllLiteralString(s, r.to)
		}
		have = zgRunes(s)
	}
	return s
}

// zgSet is a set of the runes U+1000..U+109F, with bit zgSpace for ' '.
type zgSet [3]uint64

const zgSpace = 0xA0

var zgAll = zgSet{^uint64(0), ^uint64(0), ^uint64(0)}

func (z *zgSet) add(r rune) bool {
	switch {
	case r == ' ':
		r = zgSpace
	case r >= 0x1000 && r < 0x1000+zgSpace:
		r -= 0x1000
	default:
		return false
	}
	z[r/64] |= 1 << (r % 64)
	return true
}

func (z zgSet) meets(o zgSet) bool { return z[0]&o[0] != 0 || z[1]&o[1] != 0 || z[2]&o[2] != 0 }

func (z zgSet) size() int {
	return bits.OnesCount64(z[0]) + bits.OnesCount64(z[1]) + bits.OnesCount64(z[2])
}

// zgRunes is the set of the runes in s.
func zgRunes(s string) zgSet {
	var z zgSet
	for _, r := range s {
		z.add(r)
	}
	return z
}

// zgNeed returns a set that every match of re has a rune from: the
// smallest among those of the single runes re must match, or zgAll.
func zgNeed(re *syntax.Regexp) zgSet {
	best := zgAll
	try := func(z zgSet, ok bool) {
		if ok && z.size() < best.size() {
			best = z
		}
	}
	switch re.Op {
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			try(zgNeed(sub), true)
		}
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			var z zgSet
			try(z, re.Flags&syntax.FoldCase == 0 && z.add(r))
		}
	case syntax.OpCapture, syntax.OpPlus:
		return zgNeed(re.Sub[0])
	default:
		try(zgOne(re))
	}
	return best
}

// zgOne returns the runes re matches when it matches exactly one rune.
func zgOne(re *syntax.Regexp) (zgSet, bool) {
	var z zgSet
	switch re.Op {
	case syntax.OpLiteral:
		return z, len(re.Rune) == 1 && re.Flags&syntax.FoldCase == 0 && z.add(re.Rune[0])
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > zgSpace {
				return z, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !z.add(r) {
					return z, false
				}
			}
		}
		return z, true
	case syntax.OpCapture:
		return zgOne(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			o, ok := zgOne(sub)
			if !ok {
				return z, false
			}
			z[0], z[1], z[2] = z[0]|o[0], z[1]|o[1], z[2]|o[2]
		}
		return z, true
	}
	return z, false
}
