package detect

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Signals is the stable vocabulary of urgency indicators Analyze reports,
// the critical ones first.
var Signals = []string{
	// critical: immediate danger
	"violence", "threat_to_kill", "confinement", "sexual_violence", "forced_sex_work",
	"kidnapping", "sold", "minor_at_risk", "self_harm", "medical_emergency", "danger",
	"forced_marriage", "sos",
	// high: the ILO indicators of forced labour, and a relative out of reach
	"document_retention", "wage_withholding", "debt_bondage", "movement_restriction",
	"isolation", "excessive_overtime", "deception", "intimidation", "abusive_conditions",
	"abuse_of_vulnerability", "forced_labour", "trafficking", "family_unreachable",
	// no rule fired, but the wording model reads the message as urgent (model.go)
	"urgent_wording",
}

// nCritical is how many of Signals make a message critical.
const nCritical = 13

// Sectors are the sectors of work Analyze names.
var Sectors = []string{"fishing", "domestic_work", "manufacturing", "construction", "agriculture", "sexual_exploitation", "forced_marriage"}

// Place kinds.
const (
	pName = iota
	pCity
	pDem
	nPlaceKinds
)

type engine struct {
	m        *matcher
	parts    []string
	rules    [][]int16 // part indices; rulesSig holds the signal
	rulesSig []int
	ruleNeg  []bool   // the rule carries its own negation
	ruleCond []bool   // the rule holds under a condition ("pay a fine if you go home")
	ruleAsk  []bool   // the rule does not hold in a conditional question ("if I run, will the police catch me?")
	adj      [][3]int // verb part, object part, signal: the object right after the verb (lexicon.go)

	// Parts the code looks at by name.
	hoursPart, minorPart, vulnPart int
	takePart, agePart, marryPart   int
	safePart, lawfulPart           int
	hearsayPart, truthPart         int
	familyPart                     int
	servicePart, numberPart        int
	cupboardPart, remitPart        int
	workPart, hometownPart         int
	negPart, docPart               int
	becausePart, costPart          int
	moveSig                        uint64
	isolationSig                   uint64
	remitSig                       uint64 // wage_withholding, debt_bondage and movement_restriction
	paySig                         uint64 // wage_withholding and debt_bondage

	latin    map[string][nLatin]float32 // word votes
	pairs    map[string][nLatin]float32 // two-word markers, "boleh ke"
	trigrams map[uint32][nLatin]float32 // log-probability of each trigram (trigramKey)
	triFloor [nLatin]float32            // log-probability of an unseen trigram
	dev      map[string]float32         // Devanagari words: >0 Nepali, <0 Hindi
	model    *linearModel               // urgency (model.go); nil when model.bin is damaged
	langs    *linearModel               // Latin-script language (model.go); nil when lang.bin is damaged
}

// Latin-script languages scored by the word model.
var latinLangs = [...]string{"en", "vi", "id", "ms", "fil"}

const nLatin = len(latinLangs)

var (
	engOnce sync.Once
	eng     *engine
)

func signalIndex(s string) int {
	for i, v := range Signals {
		if v == s {
			return i
		}
	}
	panic("detect: unknown signal " + s)
}

func sectorIndex(s string) int {
	for i, v := range Sectors {
		if v == s {
			return i
		}
	}
	panic("detect: unknown sector " + s)
}

// foldPattern folds a pattern like the text, keeping its markers.
func foldPattern(f *folded, p string) string {
	pre, suf := "", ""
	if p != "" && p[0] == '!' {
		return "!" + foldPattern(f, p[1:])
	}
	if p != "" && (p[0] == '*' || p[0] == '^') {
		pre, p = p[:1], p[1:]
	}
	if n := len(p); n > 0 && (p[n-1] == '*' || p[n-1] == '$') {
		suf, p = p[n-1:], p[:n-1]
	}
	f.fold(norm.NFC.String(p))
	return pre + string(f.b) + suf
}

func buildEngine() *engine {
	e := &engine{}
	b := newBuilder()
	var f folded
	add := func(list string, kind uint8, val int) {
		for _, p := range strings.Split(list, "|") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			b.add(foldPattern(&f, p), kind, val)
		}
	}
	for sig, list := range signalWords {
		add(list, kSignal, signalIndex(sig))
	}
	partIdx := map[string]int{}
	for name := range partWords {
		partIdx[name] = len(e.parts)
		e.parts = append(e.parts, name)
	}
	if len(e.parts) > 256 {
		panic("detect: more than 256 parts")
	}
	for name, list := range partWords {
		add(list, kPart, partIdx[name])
	}
	e.hoursPart, e.minorPart, e.vulnPart = partIdx["hoursword"], partIdx["minor"], partIdx["vuln"]
	e.takePart, e.agePart, e.marryPart = partIdx["take"], partIdx["ageword"], partIdx["marry"]
	e.safePart, e.lawfulPart = partIdx["safe"], partIdx["lawful"]
	e.hearsayPart, e.truthPart, e.familyPart = partIdx["hearsay"], partIdx["truthq"], partIdx["family"]
	e.servicePart, e.numberPart = partIdx["service"], partIdx["numberw"]
	e.cupboardPart, e.remitPart = partIdx["cupboard"], partIdx["remit"]
	e.workPart, e.isolationSig = partIdx["workhours"], 1<<uint(signalIndex("isolation"))
	e.hometownPart, e.negPart, e.docPart = partIdx["hometown"], partIdx["neg"], partIdx["doc"]
	e.becausePart, e.costPart = partIdx["becausew"], partIdx["costw"]
	e.moveSig = 1 << uint(signalIndex("movement_restriction"))
	e.paySig = 1<<uint(signalIndex("wage_withholding")) | 1<<uint(signalIndex("debt_bondage"))
	e.remitSig = e.paySig | 1<<uint(signalIndex("movement_restriction"))
	nOld := len(rules) - len(conceptRules) - len(taxRules)
	for ri, r := range rules {
		var ps []int16
		own := false
		for _, p := range r.parts {
			i, ok := partIdx[p]
			if !ok {
				panic("detect: unknown part " + p)
			}
			ps = append(ps, int16(i))
			if p == "neg" || p == "notallow" {
				own = true
			}
		}
		e.rules = append(e.rules, ps)
		e.rulesSig = append(e.rulesSig, signalIndex(r.signal))
		e.ruleNeg = append(e.ruleNeg, own)
		e.ruleCond = append(e.ruleCond, slices.Contains(r.parts, "penalty") || r.signal == "intimidation")
		e.ruleAsk = append(e.ruleAsk, ri >= nOld)
	}
	for _, r := range adjRules {
		v, okv := partIdx[r.verb]
		o, oko := partIdx[r.obj]
		if !okv || !oko {
			panic("detect: unknown part " + r.verb + " " + r.obj)
		}
		e.adj = append(e.adj, [3]int{v, o, signalIndex(r.signal)})
	}
	for i, pl := range places {
		add(pl.names, kPlace, i*nPlaceKinds+pName)
		add(pl.cities, kPlace, i*nPlaceKinds+pCity)
		add(pl.dems, kPlace, i*nPlaceKinds+pDem)
	}
	for kind, list := range cueWords {
		add(list, kCue, kind)
	}
	add(negWords, kNeg, 0)
	add(negPostWords, kNegPost, 0)
	add(hypWords, kHyp, 0)
	add(hypPostWords, kHypPost, 0)
	add(blockWords, kBlock, 0)
	add(modalWords, kModal, 0)
	add(condWords, kCond, 0)
	add(resolvedWords, kResolved, 0)
	add(askWords, kAsk, 0)
	add(reportWords, kReport, 0)
	add(concessionWords, kConcede, 0)
	add(condPostWords, kCondPost, 0)
	for sig, list := range topicWords {
		add(list, kTopic, signalIndex(sig))
	}
	for sec, list := range sectorWords {
		add(list, kSector, sectorIndex(sec))
	}
	e.m = b.build()

	e.latin = map[string][nLatin]float32{}
	count := map[string]int{}
	for li, l := range latinLangs {
		seen := map[string]bool{}
		for _, w := range strings.Fields(latinWords[l]) {
			w = foldPattern(&f, w)
			if w == "" || seen[w] {
				continue
			}
			seen[w] = true
			v := e.latin[w]
			v[li] = 1
			e.latin[w] = v
			count[w]++
		}
	}
	for w, v := range e.latin {
		k := float32(count[w])
		for i := range v {
			v[i] /= k
		}
		e.latin[w] = v
	}
	for li, l := range latinLangs {
		for _, w := range strings.Fields(markers[l]) {
			w = foldPattern(&f, w)
			v := e.latin[w]
			v[li] += 1.5
			e.latin[w] = v
		}
		for _, w := range strings.Fields(weakMarkers[l]) {
			w = foldPattern(&f, w)
			v := e.latin[w]
			v[li] += 0.7
			e.latin[w] = v
		}
	}
	e.pairs = map[string][nLatin]float32{}
	for li, l := range latinLangs {
		for _, p := range strings.Split(pairMarkers[l], "|") {
			if p = strings.TrimSpace(p); p != "" {
				k := foldPattern(&f, p)
				v := e.pairs[k]
				v[li] += 2
				e.pairs[k] = v
			}
		}
	}
	for p, w := range pairWeights {
		k := foldPattern(&f, p)
		v := e.pairs[k]
		for i := range v {
			v[i] += w[i]
		}
		e.pairs[k] = v
	}
	e.buildTrigrams(&f)
	e.model = loadModel(modelBin, nClasses)
	e.langs = loadModel(langBin, len(replyLanguages))
	e.dev = map[string]float32{}
	for _, w := range strings.Fields(nepaliWords + " " + moreNepaliWords + " " + evenMoreNepaliWords) {
		e.dev[w] += 1
	}
	for _, w := range strings.Fields(hindiWords + " " + moreHindiWords) {
		e.dev[w] -= 1
	}
	return e
}

func getEngine() *engine {
	engOnce.Do(func() { eng = buildEngine() })
	return eng
}

// Warm builds the tables now rather than on the first Analyze; a program
// calls it in the background while it loads the rest.
func Warm() { getEngine() }

// scratch is the per-call working memory, pooled.
type scratch struct {
	f       folded
	matches []match
	seps    []int
	feats   []uint32
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{f: folded{b: make([]byte, 0, 512)}, matches: make([]match, 0, 64)}
}}

// maxAnalyse caps the bytes examined, and maxMatches the keyword matches
// weighed, so the cost of a message is bounded; a longer message is still
// returned whole in Result.Text. Zawgyi conversion covers maxZawgyi bytes.
const (
	maxAnalyse = 8 << 10
	maxMatches = 400
	maxZawgyi  = 64 << 10
)

// prefix cuts s to at most n bytes at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Normalize returns text as it is stored and shown to caseworkers: valid
// UTF-8, NFC, and Zawgyi-encoded Burmese converted to Unicode. It is the
// Text of Analyze's Result.
func Normalize(text string) string {
	t, _ := normalize(text)
	return t
}

func normalize(text string) (string, bool) {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if !isNFC(text) {
		text = norm.NFC.String(text)
	}
	if head := prefix(text, maxZawgyi); hasMyanmar(head) && isZawgyi(prefix(head, maxAnalyse)) {
		// A message longer than maxZawgyi keeps its tail as sent.
		return zawgyiToUnicode(head) + text[len(head):], true
	}
	return text, false
}

// Analyze reads one message and its hints: it normalises the text (NFC,
// Zawgyi to Unicode), tells the language by script and, for Latin script,
// by word and character-trigram profiles built from text in this package,
// places the person from the places the text names (weighing "in", "from",
// "want to go to" and who the sentence is about) and then from the hints,
// and rates urgency from keywords and keyword pairs in every language,
// skipping negated and hypothetical ones. The tables are built on the first
// call (a few MB); Analyze is safe for concurrent use.
func Analyze(in Input) Result {
	e := getEngine()
	var res Result
	text, zawgyi := normalize(in.Text)
	res.Text, res.Zawgyi = text, zawgyi
	text = prefix(text, maxAnalyse)

	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	s.f.fold(text)
	t := s.f.b
	s.matches = e.m.scan(t, s.matches[:0])
	s.seps = s.seps[:0]
	for i, c := range t {
		if c == '|' || c == ',' {
			s.seps = append(s.seps, i)
		}
	}
	a := analysis{e: e, in: &in, t: t, ms: s.matches, seps: s.seps, f: &s.f, resolved: -1, orig: text, s: s, runes: utf8.RuneCount(t),
		phone: phoneRegion(in.Phone)}
	a.country(&res)
	a.language(&res)
	a.urgency(&res)
	// Laughter is looked for only where it could count: a joke signal fired.
	laughing := res.Priority == "critical" && slices.ContainsFunc(res.Signals, isJokeSignal) && laughs(text)
	if e.model != nil && !in.rulesOnly && modelWeighs(res.Priority, res.Signals, laughing) && modelReads(res.Language, a.runes) {
		var p [nClasses]float32
		if prio, ok := judge(res.Priority, e.model.probs(a.features(), p[:])); ok {
			res.Priority, res.Signals = prio, nil
			if prio != "normal" {
				res.Signals = []string{"urgent_wording"}
			}
		}
	}
	return res
}

type analysis struct {
	e    *engine
	in   *Input
	t    []byte
	ms   []match
	seps []int // offsets of '|' and ','
	f    *folded

	resolved int    // end of the last resolution marker, -1 for none
	orig     string // the text before folding

	s         *scratch
	featsDone bool // s.feats holds the models' features of t
	runes     int  // runes in t, for the models' minimum lengths

	phone string // the country of the phone hint (phoneRegion)
}

// features gives the models' features of the message, computed once.
func (a *analysis) features() []uint32 {
	if !a.featsDone {
		a.s.feats = modelFeatures(a.s.feats[:0], a.t)
		a.featsDone = true
	}
	return a.s.feats
}

// clauseBreak reports whether t[i:j] crosses a clause or sentence end.
func (a *analysis) clauseBreak(i, j int) bool {
	for _, p := range a.seps {
		if p >= i && p < j {
			return true
		}
	}
	return false
}

// sentenceBreak reports whether t[i:j] crosses a sentence end.
func (a *analysis) sentenceBreak(i, j int) bool {
	for _, p := range a.seps {
		if p >= i && p < j && a.t[p] == '|' {
			return true
		}
	}
	return false
}

// near reports whether the gap t[i:j] is short: at most words-1 words of
// Latin text between, or bytes of another script.
func (a *analysis) near(i, j, words, bytes int) bool {
	if j < i {
		return false
	}
	if a.clauseBreak(i, j) {
		return false
	}
	g := a.t[i:j]
	ascii := true
	sp := 0
	for _, c := range g {
		if c >= 0x80 {
			ascii = false
		} else if c == ' ' {
			sp++
		}
	}
	if ascii {
		return sp <= words
	}
	return len(g) <= bytes
}

// coveredBy reports whether a longer match of the given kind contains
// match mi.
func (a *analysis) coveredBy(m *match, kind uint8) bool {
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind != kind || o == m {
			continue
		}
		if o.start <= m.start && o.end >= m.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}

// trigramKey packs three bytes into a trigrams key.
func trigramKey(a, b, c byte) uint32 { return uint32(a)<<16 | uint32(b)<<8 | uint32(c) }

// buildTrigrams counts the character trigrams of each language's corpus
// and word list, padded with spaces, into add-one smoothed log
// probabilities.
func (e *engine) buildTrigrams(f *folded) {
	counts := map[uint32][nLatin]float32{}
	var totals [nLatin]float32
	for li, l := range latinLangs {
		f.fold(latinCorpus[l] + " " + latinWords[l])
		forTokens(f.b, func(w []byte) {
			if len(w) < 2 || !isWordByte(w[0]) {
				return
			}
			pw := " " + string(w) + " "
			for i := 0; i+3 <= len(pw); i++ {
				k := trigramKey(pw[i], pw[i+1], pw[i+2])
				c := counts[k]
				c[li]++
				counts[k] = c
				totals[li]++
			}
		})
	}
	v := float32(len(counts))
	e.trigrams = make(map[uint32][nLatin]float32, len(counts))
	for g, c := range counts {
		var lp [nLatin]float32
		for i := range lp {
			lp[i] = float32(math.Log(float64((c[i] + 1) / (totals[i] + v))))
		}
		e.trigrams[g] = lp
	}
	for i := range e.triFloor {
		e.triFloor[i] = float32(math.Log(float64(1 / (totals[i] + v))))
	}
}
