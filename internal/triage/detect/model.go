package detect

import (
	_ "embed"
	"encoding/binary"
	"math"
	"slices"
	"unicode/utf8"
)

// The wording model: a linear classifier over hashed word and character
// n-grams of the folded text, trained on every labelled message in
// testdata/ (never testdata/blind at the repository root) by TestModel. It
// gives the probability that a message is urgent (high or critical), and
// weighs in on what the keyword rules found:
//   - a critical signal from the rules stands, unless every critical
//     signal is of a kind that stories, news and figures of speech also
//     use (storySignals: "they beat us on the boat, but I am home now
//     and safe") and the model is all but sure the message is not urgent
//     (below criticalDoubt); self-harm, a medical emergency, sexual
//     violence, forced sex work, kidnapping, a threat to kill, a minor at
//     risk and SOS always stand; in a message that laughs ("lol", "haha",
//     😂: laughs), a threat to kill and a kidnapping may be set aside the
//     same way (jokeSignals);
//   - a high signal stands unless the model is sure the message is not
//     urgent (below modelDoubt): a question about the law, a denial;
//   - when the rules find nothing and the model reads the message as urgent
//     (modelThreshold or more), it escalates with the signal "urgent_wording".
//
// model.bin is the weights, int8 with one scale per class; TestModel
// retrains from the data and fails when the file is not what the data
// gives. lang.bin, below, is the language model, made the same way.

const (
	modelBits  = 16
	modelSize  = 1 << modelBits
	nClasses   = 3 // normal, high, critical
	modelMagic = "HBM2"
)

// modelMinRunes is the least text, in runes of the folded message, the
// model weighs in on: on less ("tolong", "I am from Myanmar") it has
// little more than its prior to go on, and the rules decide alone.
const modelMinRunes = 20

// modelReads reports whether the model weighs in on a message of the
// given runes, folded: one in a language it was trained on, with text
// enough.
func modelReads(lang string, runes int) bool {
	return supported(lang) && runes >= modelMinRunes
}

// modelThreshold is the probability of high or critical from which a
// message the rules call normal escalates, modelDoubt the one under which
// a high signal from the rules is set aside, and criticalDoubt the one
// under which a critical signal of storySignals is. They were chosen from
// TestModelCV and TestModelBlind (docs/triage.md has the figures): when
// criticalDoubt was chosen, cross-validation on the 14,306 labelled
// messages of the time lost no urgent one at it but one labelled critical
// that says "she was beaten last year but now she is fine".
const (
	modelThreshold = 0.5
	modelDoubt     = 0.15
	criticalDoubt  = 0.10
)

// storySignals are the critical signals the model may set aside: the
// words of beatings, being held, danger, being sold and forced marriage
// turn up in past stories, news, warnings and jokes as often as in cries
// for help.
var storySignals = []string{"violence", "confinement", "danger", "sold", "forced_marriage"}

// jokeSignals are the critical signals the model may also set aside in a
// message that laughs (laughs): "she'll kill me with kindness lol",
// "kidnapped by my friends for a birthday surprise hahaha". Self-harm,
// a medical emergency, sexual violence, forced sex work, a minor at risk
// and SOS still always stand: people make light of those and mean them.
var jokeSignals = []string{"threat_to_kill", "kidnapping"}

func isJokeSignal(s string) bool { return slices.Contains(jokeSignals, s) }

// modelWeighs reports whether the model may weigh in on a message the
// rules rated prio with signals: any but a critical one with a signal
// outside storySignals (and, in a message that laughs, jokeSignals).
func modelWeighs(prio string, signals []string, laughs bool) bool {
	if prio != "critical" {
		return true
	}
	for _, s := range signals {
		if slices.Index(Signals, s) < nCritical && !slices.Contains(storySignals, s) &&
			!(laughs && isJokeSignal(s)) {
			return false
		}
	}
	return true
}

//go:embed model.bin
var modelBin []byte

// The language model reads Latin-script text (lang.go's latinModel): the
// same features, a class for each of replyLanguages, trained by TestModel
// on the labelled messages written in Latin letters.
//
//go:embed lang.bin
var langBin []byte

// langMinRunes and langSure: the least text the language model reads, and
// the probability from which its reading wins over the word lists and hints
// (TestLangModelCV has the figures).
const (
	langMinRunes = 15
	langSure     = 0.5
	idmsSure     = 0.8
	langBits     = 14 // a smaller table than the urgency model's: 12 classes
)

// judge weighs the rules' priority against the model's class
// probabilities p; ok is false when the rules' priority stands.
func judge(prio string, p []float32) (string, bool) {
	return judgeAt(prio, p, modelThreshold, modelDoubt)
}

func judgeAt(prio string, p []float32, threshold, doubt float32) (string, bool) {
	switch u := p[1] + p[2]; {
	case prio == "critical" && u < criticalDoubt:
		// Only for storySignals (modelWeighs): "the captain beat us, but
		// that was in 2019 and I am home now".
		return "normal", true
	case prio == "high" && u < doubt:
		// A keyword fired, in wording the model is sure is not urgent:
		// "is it legal for the agency to keep my passport?"
		return "normal", true
	case prio == "normal" && u >= threshold:
		if p[2] > p[1] {
			return "critical", true
		}
		return "high", true
	}
	return prio, false
}

// linearModel is a loaded classifier: for feature f and class c, the weight
// w[f*k+c], an int8 held in a byte, times scale[c]; the loaded model reads
// the weights where its file is embedded, without a copy.
type linearModel struct {
	k     int
	mask  uint32 // rows-1: a model may have fewer rows than modelSize
	w     []byte
	scale []float32
	bias  []float32
}

// maxClasses bounds k, so that scoring needs no allocation.
const maxClasses = 16

// loadModel reads a model file of k classes; a missing or damaged file
// gives nil, and the rules decide alone.
func loadModel(b []byte, k int) *linearModel {
	head := len(modelMagic) + 1 + 8*k
	if k > maxClasses || len(b) <= head || string(b[:len(modelMagic)]) != modelMagic || int(b[len(modelMagic)]) != k {
		return nil
	}
	rows := (len(b) - head) / k
	if (len(b)-head)%k != 0 || rows > modelSize || rows&(rows-1) != 0 {
		return nil
	}
	m := &linearModel{k: k, mask: uint32(rows - 1), scale: make([]float32, k), bias: make([]float32, k)}
	off := len(modelMagic) + 1
	for c := range k {
		m.scale[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[off:]))
		m.bias[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[off+4:]))
		off += 8
	}
	m.w = b[off:]
	return m
}

// encodeModel is loadModel's inverse.
func encodeModel(m *linearModel) []byte {
	b := make([]byte, 0, len(modelMagic)+1+8*m.k+len(m.w))
	b = append(append(b, modelMagic...), byte(m.k))
	for c := range m.k {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale[c]))
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.bias[c]))
	}
	return append(b, m.w...)
}

// probs fills p (of length k) with the class probabilities for a
// message's features.
func (m *linearModel) probs(feats []uint32, p []float32) []float32 {
	var acc [maxClasses]int32
	if m.k == 3 { // the urgency model, unrolled
		for _, f := range feats {
			f &= m.mask
			row := m.w[int(f)*3 : int(f)*3+3 : int(f)*3+3]
			acc[0] += int32(int8(row[0]))
			acc[1] += int32(int8(row[1]))
			acc[2] += int32(int8(row[2]))
		}
	} else if m.k == 12 { // the language model, unrolled
		for _, f := range feats {
			f &= m.mask
			row := m.w[int(f)*12 : int(f)*12+12 : int(f)*12+12]
			acc[0] += int32(int8(row[0]))
			acc[1] += int32(int8(row[1]))
			acc[2] += int32(int8(row[2]))
			acc[3] += int32(int8(row[3]))
			acc[4] += int32(int8(row[4]))
			acc[5] += int32(int8(row[5]))
			acc[6] += int32(int8(row[6]))
			acc[7] += int32(int8(row[7]))
			acc[8] += int32(int8(row[8]))
			acc[9] += int32(int8(row[9]))
			acc[10] += int32(int8(row[10]))
			acc[11] += int32(int8(row[11]))
		}
	} else {
		for _, f := range feats {
			f &= m.mask
			for c, v := range m.w[int(f)*m.k : int(f)*m.k+m.k] {
				acc[c] += int32(int8(v))
			}
		}
	}
	val := featureValue(len(feats))
	for c := range m.k {
		p[c] = m.bias[c] + float32(acc[c])*m.scale[c]*val
	}
	softmax(p)
	return p
}

// softmax turns scores into probabilities in place.
func softmax(z []float32) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	var sum float32
	for c, v := range z {
		z[c] = float32(math.Exp(float64(v - mx)))
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
}

// featureValue is every feature's value in a message with n features: the
// vector has unit length, so a long e-mail weighs no more than a short text.
func featureValue(n int) float32 {
	if n == 0 {
		return 0
	}
	return float32(1 / math.Sqrt(float64(n)))
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// mix scatters a hash over the table.
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x7feb352d
	h ^= h >> 15
	h *= 0x846ca68b
	h ^= h >> 16
	return h & (modelSize - 1)
}

// modelFeatures appends the hashed features of folded text b to dst: each
// word, each pair of words in a sentence, and the 2- and 3-rune
// sequences of the text with its breaks turned to spaces (scripts written
// without spaces between words are read through these).
func modelFeatures(dst []uint32, b []byte) []uint32 {
	// Words and word pairs.
	var prev uint32
	havePrev := false
	for i := 0; i < len(b); {
		if c := b[i]; c == ' ' || c == ',' || c == '|' {
			if c == '|' {
				havePrev = false
			}
			i++
			continue
		}
		j := i
		h := uint32(fnvOffset)
		for j < len(b) && b[j] != ' ' && b[j] != ',' && b[j] != '|' {
			h = fnvByte(h, b[j])
			j++
		}
		dst = append(dst, mix(h^0x9e3779b9))
		if havePrev {
			dst = append(dst, mix(prev*31+h+0x85ebca6b))
		}
		prev, havePrev = h, true
		i = j
	}
	// Rune n-grams: the start offsets of the last three runes.
	var starts [3]int
	n := 0
	space := true // a leading space, so word starts are marked
	for i := 0; i <= len(b); {
		var c byte = ' '
		size := 1
		if i < len(b) {
			c = b[i]
			if c >= utf8.RuneSelf {
				_, size = utf8.DecodeRune(b[i:])
			}
		}
		isSp := c == ' ' || c == ',' || c == '|'
		if isSp && space {
			i += size
			continue
		}
		space = isSp
		starts[0], starts[1], starts[2] = starts[1], starts[2], i
		n++
		end := i + size
		for k := 2; k <= 3 && k <= n; k++ {
			h := uint32(fnvOffset) + uint32(k)
			for p := starts[3-k]; p < end; p++ {
				c := byte(' ')
				if p < len(b) && b[p] != ',' && b[p] != '|' {
					c = b[p]
				}
				h = fnvByte(h, c)
			}
			dst = append(dst, mix(h))
		}
		i += size
	}
	return dst
}
