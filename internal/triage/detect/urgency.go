package detect

import (
	"bytes"
	"strings"
)

// urgency fills Priority, Signals and Sector.
func (a *analysis) urgency(res *Result) {
	var fired uint64
	var secCount [8]int
	var secLast [8]int
	minor, vuln := a.e.minorPart, a.e.vulnPart
	a.resolved = a.resolvedAt()
	for mi := range a.ms {
		m := &a.ms[mi]
		switch m.p.kind {
		case kSignal, kTopic:
			if m.start < a.resolved || a.resolvedClause(m) || a.signalCovered(mi) || a.coveredBy(m, kPlace) || a.coveredBy(m, kBlock) || a.negated(m) {
				continue
			}
			if m.p.kind == kTopic && a.reportContext(m) {
				continue // "where do I report human trafficking?"
			}
			sig := Signals[m.p.val]
			if sig == "confinement" && (a.partInClause(m, a.e.safePart) || a.partInClause(m, a.e.cupboardPart) && a.partInClause(m, a.e.docPart)) {
				continue // papers locked in a safe, not a person locked in
			}
			if sig == "medical_emergency" && a.partInClause(m, a.e.familyPart) && a.partInSentence(m, a.e.hometownPart) {
				continue // "my mother is very sick at home"
			}
			if sig == "medical_emergency" && a.serviceAsked(m) {
				continue // "what number do I call for an ambulance?"
			}
			if a.e.paySig&(1<<uint(m.p.val)) != 0 && a.lawfulAround(m) {
				continue // "how much tax is deducted from my salary?"
			}
			if sig == "sold" && a.vietFriend(m) {
				continue // "bạn em" (my friend) folds like "bán em" (sell me)
			}
			if a.hypotheticalAct(m, threatAct(sig)) {
				continue // a threat is conditional by nature: "if you run, I kill you"
			}
			fired |= 1 << uint(m.p.val)
		case kSector:
			secCount[m.p.val]++
			secLast[m.p.val] = m.end
		case kPart:
			if int(m.p.val) == a.e.hoursPart && a.longHours(m) && !a.hypothetical(m) {
				fired |= 1 << uint(signalIndex("excessive_overtime"))
			}
		}
	}
	// Rules: every part in one sentence, outside any hypothetical.
	var present [4]uint64 // parts matched anywhere: a rule needs them all
	for j := range a.ms {
		if m := &a.ms[j]; m.p.kind == kPart {
			present[m.p.val>>6&3] |= 1 << uint(m.p.val&63)
		}
	}
rules:
	for ri, ps := range a.e.rules {
		for _, p := range ps {
			if present[p>>6&3]&(1<<uint(p&63)) == 0 {
				continue rules
			}
		}
		if a.ruleFires(ps, a.e.ruleNeg[ri], a.e.ruleCond[ri], a.e.ruleAsk[ri], 1<<uint(a.e.rulesSig[ri])) {
			fired |= 1 << uint(a.e.rulesSig[ri])
		}
	}
	for _, r := range a.e.adj {
		if present[r[0]>>6&3]&(1<<uint(r[0]&63)) != 0 && present[r[1]>>6&3]&(1<<uint(r[1]&63)) != 0 && a.adjFires(r[0], r[1]) {
			fired |= 1 << uint(r[2])
		}
	}
	if fired != 0 && a.anyPart(a.e.hearsayPart) && a.anyPart(a.e.truthPart) && !a.anyPart(a.e.familyPart) {
		fired = 0 // "I heard a boss locked his workers in, is it true?"
	}
	if a.longDay() {
		fired |= 1 << uint(signalIndex("excessive_overtime"))
	}
	if a.f.sos {
		fired |= 1 << uint(signalIndex("sos"))
	}
	if fired&(1<<uint(signalIndex("sold"))) != 0 && a.partPresent(a.e.marryPart) {
		fired |= 1 << uint(signalIndex("forced_marriage"))
	}
	young := a.youngAge()
	if young && secCount[sectorIndex("sexual_exploitation")] > 0 {
		fired |= 1 << uint(signalIndex("minor_at_risk")) // a child in a bar or massage shop
	}
	if fired != 0 {
		if minor >= 0 && (a.partPresent(minor) || young) {
			fired |= 1 << uint(signalIndex("minor_at_risk"))
		}
		if vuln >= 0 && a.partPresent(vuln) {
			fired |= 1 << uint(signalIndex("abuse_of_vulnerability"))
		}
	}
	res.Priority = "normal"
	if fired != 0 {
		res.Signals = make([]string, 0, 4)
		for i := range Signals {
			if fired&(1<<uint(i)) != 0 {
				res.Signals = append(res.Signals, Signals[i])
			}
		}
		if fired&(1<<nCritical-1) != 0 {
			res.Priority = "critical"
		} else {
			res.Priority = "high"
		}
	}
	// Sector.
	switch {
	case fired&(1<<uint(signalIndex("forced_sex_work"))) != 0:
		res.Sector = "sexual_exploitation"
	case fired&(1<<uint(signalIndex("forced_marriage"))) != 0:
		res.Sector = "forced_marriage"
	default:
		best := -1
		for i := range Sectors {
			if secCount[i] > 0 && (best < 0 || secCount[i] > secCount[best] || secCount[i] == secCount[best] && secLast[i] > secLast[best]) {
				best = i
			}
		}
		if best >= 0 {
			res.Sector = Sectors[best]
		}
	}
}

// longHours reports "16 hours", "18 jam", "20 tiếng": a number of 13 or
// more just before an hours word.
func (a *analysis) longHours(m *match) bool {
	i := m.start
	for i > 0 && a.t[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && a.t[j-1] >= '0' && a.t[j-1] <= '9' {
		j--
	}
	if j == i || i-j > 2 {
		return false
	}
	n := 0
	for _, c := range a.t[j:i] {
		n = n*10 + int(c-'0')
	}
	return n >= 12 && n <= 24
}

// signalCovered reports whether a longer signal match contains match mi
// ("kill myself" inside a threat to kill is self-harm).
func (a *analysis) signalCovered(mi int) bool {
	m := &a.ms[mi]
	for j := range a.ms {
		o := &a.ms[j]
		if j == mi || o.p.kind != kSignal {
			continue
		}
		if o.start <= m.start && o.end >= m.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}

// threatAct reports the signals that stay facts after a bare condition:
// "if I try to leave they beat me" tells what happens, it asks nothing.
func threatAct(sig string) bool {
	switch sig {
	case "violence", "threat_to_kill", "intimidation", "confinement", "sexual_violence", "kidnapping", "sold", "forced_sex_work", "self_harm", "medical_emergency", "danger":
		return true
	}
	return false
}

// resolvedAt returns the end of the last resolution marker that is not
// negated ("she got it back", "sudah lunas", "ได้คืนแล้ว"), -1 for none:
// what the message tells before it is over.
func (a *analysis) resolvedAt() int {
	r := -1
	for j := range a.ms {
		m := &a.ms[j]
		if m.p.kind == kResolved && !a.negated(m) && !a.condBefore(m) && !a.conceded(m) && !a.signalOver(m) && !a.coveredBy(m, kBlock) {
			r = m.end
		}
	}
	return r
}

// resolvedClause reports a resolution marker in the clause of match m:
// "bayad na utang ko" (the debt is paid).
func (a *analysis) resolvedClause(m *match) bool {
	if a.resolved < 0 {
		return false
	}
	for j := range a.ms {
		r := &a.ms[j]
		if r.p.kind != kResolved {
			continue
		}
		i, k := r.end, m.start
		if m.end <= r.start {
			i, k = m.end, r.start
		}
		if m.start >= r.end && m.p.noNeg {
			continue // "I asked for it back, he won't give it back"
		}
		if i <= k && !a.clauseBreak(i, k) && !a.negated(r) && !a.conceded(r) && !a.condBefore(r) && !a.signalOver(r) && !a.coveredBy(r, kBlock) {
			return true
		}
	}
	return false
}

// signalOver reports a signal match that holds resolution marker r inside
// it: "harus lunas dulu" (must be paid off first) is a debt, not a payment.
func (a *analysis) signalOver(r *match) bool {
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kSignal && o.start <= r.start && o.end >= r.end && o.end-o.start > r.end-r.start {
			return true
		}
	}
	return false
}

// condBefore reports a condition or hypothetical opening the clause of m:
// "if the debt is paid off, can I go home?".
func (a *analysis) condBefore(m *match) bool {
	for j := range a.ms {
		h := &a.ms[j]
		if (h.p.kind == kHyp || h.p.kind == kCond) && h.end <= m.start && m.start-h.end <= 90 && !a.clauseBreak(h.end, m.start) && !a.coveredBy(h, kBlock) {
			return true
		}
	}
	return false
}

// vietFriend reports a Vietnamese "ban ..." match in a message that writes
// "bạn" (friend) and never "bán" (sell): folding lost the difference.
func (a *analysis) vietFriend(m *match) bool {
	if a.f.viMarks == 0 || m.end-m.start < 3 || string(a.t[m.start:m.start+3]) != "ban" {
		return false
	}
	return (strings.Contains(a.orig, "bạn") || strings.Contains(a.orig, "Bạn")) && !strings.Contains(a.orig, "bán") && !strings.Contains(a.orig, "Bán")
}

// conceded reports a concession just before a resolution marker in its
// clause: "padahal sudah lunas", "eh bayad na ako".
func (a *analysis) conceded(m *match) bool {
	for j := range a.ms {
		c := &a.ms[j]
		if c.p.kind == kConcede && c.end <= m.start && m.start-c.end <= 30 && !a.clauseBreak(c.end, m.start) {
			return true
		}
	}
	return false
}

// sentenceBounds returns the sentence around match m.
func (a *analysis) sentenceBounds(m *match) (int, int) {
	start, end := 0, len(a.t)
	for _, p := range a.seps {
		if a.t[p] != '|' {
			continue
		}
		if p < m.start {
			start = p + 1
		} else if p >= m.end {
			end = p
			break
		}
	}
	return start, end
}

// conditionalQuestion reports a sentence t[start:end] that asks about a
// condition or a possibility: "if I run away, will the police catch me?",
// "they say I must pay first, can I believe it?".
func (a *analysis) conditionalQuestion(start, end int) bool {
	hyp, ask := false, false
	for _, p := range a.f.qmarks {
		if p == end {
			ask = true
		}
	}
	for j := range a.ms {
		o := &a.ms[j]
		if o.start < start || o.end > end {
			continue
		}
		switch o.p.kind {
		case kHyp, kCond, kHypPost, kCondPost, kModal:
			if !a.coveredBy(o, kBlock) {
				hyp = true
			}
		case kAsk:
			ask = true
		}
	}
	return hyp && ask
}

// sentenceAsks reports a sentence that is a question: it ends with a
// question mark or holds a question word.
func (a *analysis) sentenceAsks(m *match) bool {
	start, end := a.sentenceBounds(m)
	for _, p := range a.f.qmarks {
		if p == end {
			return true
		}
	}
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kAsk && o.start >= start && o.end <= end {
			return true
		}
	}
	return false
}

// reportContext reports a topic noun in a sentence about reporting or
// asking ("where can I report human trafficking").
func (a *analysis) reportContext(m *match) bool {
	start, end := a.sentenceBounds(m)
	for j := range a.ms {
		o := &a.ms[j]
		if (o.p.kind == kReport || o.p.kind == kAsk) && o.start >= start && o.end <= end {
			return true
		}
	}
	for _, p := range a.f.qmarks {
		if p == end {
			return true
		}
	}
	return a.hypothetical(m)
}

// negated reports a negator just before (or, in Bengali, Nepali and
// Burmese, just after) match m.
func (a *analysis) negated(m *match) bool {
	if m.p.noNeg {
		return false
	}
	for j := range a.ms {
		n := &a.ms[j]
		switch n.p.kind {
		case kNeg:
			if a.f.viMarks > 0 && n.end-n.start == 2 && string(a.t[n.start:n.end]) == "no" {
				continue // Vietnamese "nó" (he, it) folds like "no"
			}
			if n.end <= m.start && a.near(n.end, m.start, 4, 18) && !a.hasSpaceNonASCII(n.end, m.start) && !a.coveredBy(n, kBlock) && !a.hasConjunction(n.end, m.start) {
				return true
			}
		case kNegPost:
			if n.start >= m.end && a.near(m.end, n.start, 1, 18) {
				return true
			}
		}
	}
	// Bengali writes the negative "নি"/"না" joined to the verb: "মারেনি".
	if e := m.end; e+6 <= len(a.t) && (string(a.t[e:e+6]) == "\u09a8\u09bf" || string(a.t[e:e+6]) == "\u09a8\u09be") && (e+6 == len(a.t) || a.t[e+6] < 0x80) {
		return true
	}
	// Burmese negates with the prefix "မ" (U+1019) right before the verb.
	if m.start >= 3 && string(a.t[m.start-3:m.start]) == "\u1019" && (m.start == 3 || a.t[m.start-4] == ' ' || a.t[m.start-4] < 0x80) {
		return true
	}
	return false
}

// hypothetical reports whether match m lies in a conditional or a
// question about the law ("what if...", "can my employer...").
func (a *analysis) hypothetical(m *match) bool { return a.hypotheticalAct(m, false) }

// hypotheticalAct is hypothetical for a match that tells an act of
// violence or confinement: a bare condition does not make it one ("if I
// try to leave they beat me"), a condition in a question does ("if my boss
// hits me what can I do?").
func (a *analysis) hypotheticalAct(m *match, act bool) bool {
	asks := -1
	for j := range a.ms {
		h := &a.ms[j]
		switch h.p.kind {
		case kHyp, kCond:
			if a.coveredBy(h, kBlock) {
				continue
			}
			if h.end <= m.start && m.start-h.end <= 90 && !a.clauseBreak(h.end, m.start) {
				if h.p.kind == kCond && act {
					if asks < 0 {
						asks = 0
						if a.sentenceAsks(m) || a.resolved >= 0 {
							asks = 1
						}
					}
					if asks == 0 {
						continue
					}
				}
				return true
			}
		case kHypPost, kCondPost:
			if a.coveredBy(h, kBlock) {
				continue
			}
			if h.start >= m.end && h.start-m.end <= 45 && !a.clauseBreak(m.end, h.start) {
				if h.p.kind == kCondPost && act {
					if asks < 0 {
						asks = 0
						if a.sentenceAsks(m) || a.resolved >= 0 {
							asks = 1
						}
					}
					if asks == 0 {
						continue
					}
				}
				return true
			}
		}
	}
	return a.modalQuestion(m)
}

// modalQuestion reports a match in a clause that asks, with a modal, what
// may happen: "Can my employer keep my passport?", "Majikan boleh tahan
// pasport ke?", "僱主可唔可以扣我護照？".
func (a *analysis) modalQuestion(m *match) bool {
	if len(a.f.qmarks) == 0 {
		return false
	}
	start, end := 0, len(a.t)
	for _, p := range a.seps {
		if p < m.start {
			start = p + 1
		} else if p >= m.end {
			end = p
			break
		}
	}
	q := false
	for _, p := range a.f.qmarks {
		if p == end {
			q = true
		}
	}
	if !q {
		return false
	}
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kModal && o.start >= start && o.end <= end && !a.coveredBy(o, kBlock) {
			return true
		}
	}
	return false
}

// partPresent reports a part matched outside any hypothetical.
func (a *analysis) partPresent(p int) bool {
	for j := range a.ms {
		m := &a.ms[j]
		if m.p.kind == kPart && int(m.p.val) == p && !a.hypothetical(m) && !a.coveredBy(m, kBlock) {
			return true
		}
	}
	return false
}

// ruleFires reports whether every part of a rule matches in one sentence,
// as facts. In a rule that carries its own negation ("not" + "pay") the
// negation must sit close to another part, in the same clause.
func (a *analysis) ruleFires(ps []int16, ownNeg, cond, ask bool, sig uint64) bool {
	pay, remit := a.e.paySig&sig != 0, a.e.remitSig&sig != 0
	start := 0
	for {
		end := len(a.t)
		for _, p := range a.seps {
			if p >= start && a.t[p] == '|' {
				end = p
				break
			}
		}
		if !(ask && a.conditionalQuestion(start, end)) && !(pay && a.partIn(a.e.lawfulPart, start, end)) && !(remit && a.partIn(a.e.remitPart, start, end)) &&
			!(sig == a.e.isolationSig && a.partIn(a.e.workPart, start, end)) &&
			!(sig == a.e.moveSig && a.partIn(a.e.costPart, start, end) && a.partIn(a.e.becausePart, start, end)) && a.ruleInSentence(ps, ownNeg, cond, start, end) {
			return true
		}
		if end >= len(a.t) {
			return false
		}
		start = end + 1
	}
}

func (a *analysis) partOK(m *match, p int16, start, end int, cond bool) bool {
	if m.p.kind != kPart || m.p.val != p || m.start < start || m.end > end || m.start < a.resolved || a.resolvedClause(m) {
		return false
	}
	if int(p) == a.e.negPart && a.askParticle(m) {
		return false // Lao "...ຖືກບໍ່?": a question, not a "not"
	}
	return (cond && !a.sentenceAsks(m) || !a.hypothetical(m)) && !(int(p) == a.e.takePart && a.negated(m)) && !a.coveredBy(m, kPlace) && !a.coveredBy(m, kBlock)
}

func (a *analysis) ruleInSentence(ps []int16, ownNeg, cond bool, start, end int) bool {
	for _, p := range ps {
		found := false
		for j := range a.ms {
			if a.partOK(&a.ms[j], p, start, end, cond) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if !ownNeg {
		return true
	}
	// The negating part (the last one) must be near the part it negates,
	// the one listed before it: in "I am not locked in, I can go out" the
	// "not" is the lock's, not the going out's.
	neg, of := ps[len(ps)-1], ps[len(ps)-2]
	for j := range a.ms {
		n := &a.ms[j]
		if !a.partOK(n, neg, start, end, cond) {
			continue
		}
		for k := range a.ms {
			o := &a.ms[k]
			if k == j || o.p.kind != kPart || o.p.val != of || o.start < start || o.end > end || a.signalBetween(n, o) {
				continue
			}
			if a.close(n, o) {
				return true
			}
		}
	}
	return false
}

// signalBetween reports a signal keyword between negator n and part o: the
// negator is that keyword's ("ไม่ได้ถูกขัง วันหยุด...": not locked in).
func (a *analysis) signalBetween(n, o *match) bool {
	i, j := n.end, o.start
	if o.end <= n.start {
		i, j = o.end, n.start
	}
	for k := range a.ms {
		s := &a.ms[k]
		if s.p.kind == kSignal && s.start >= i && s.end <= j {
			return true
		}
	}
	return false
}

// serviceAsked reports a match that names the emergency service itself
// ("ambulance") in a sentence asking for its number.
func (a *analysis) serviceAsked(m *match) bool {
	service, number := false, false
	start, end := a.sentenceBounds(m)
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind != kPart || o.start < start || o.end > end {
			continue
		}
		switch int(o.p.val) {
		case a.e.servicePart:
			if o.start <= m.start && o.end >= m.end || m.start <= o.start && m.end >= o.end {
				service = true
			}
		case a.e.numberPart:
			number = true
		}
	}
	return service && number && a.sentenceAsks(m)
}

// anyPart reports part p matched anywhere in the message.
func (a *analysis) anyPart(p int) bool {
	for j := range a.ms {
		if m := &a.ms[j]; m.p.kind == kPart && int(m.p.val) == p {
			return true
		}
	}
	return false
}

// askParticle reports a negator that is also the question word ending its
// sentence: Lao and Thai ask with "not" at the end.
func (a *analysis) askParticle(m *match) bool {
	if m.end < len(a.t) && a.t[m.end] != '|' && a.t[m.end] != ' ' && a.t[m.end] != ',' {
		return false // not at the end of a word, so not the particle
	}
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kAsk && o.start == m.start && o.end == m.end {
			return true
		}
	}
	return false
}

// partInSentence reports part p in the sentence of match m.
func (a *analysis) partInSentence(m *match, p int) bool {
	start, end := a.sentenceBounds(m)
	return a.partIn(p, start, end)
}

// lawfulAround reports a deduction the law makes in the sentence of m.
func (a *analysis) lawfulAround(m *match) bool {
	start, end := a.sentenceBounds(m)
	return a.partIn(a.e.lawfulPart, start, end)
}

// partIn reports part p matched in the sentence t[start:end]: a deduction
// the law makes (tax, social security) means pay cut for it is not
// withheld; sending money home means the money and the home are the
// remittance's.
func (a *analysis) partIn(p, start, end int) bool {
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kPart && int(o.p.val) == p && o.start >= start && o.end <= end {
			return true
		}
	}
	return false
}

// close reports two matches in one clause, a few words or characters apart
// (or overlapping).
func (a *analysis) close(x, y *match) bool {
	if x.start > y.start {
		x, y = y, x
	}
	if y.start <= x.end {
		return true
	}
	return a.near(x.end, y.start, 4, 30)
}

// hasSpaceNonASCII reports a space in a gap of another script: in Thai,
// Lao, Khmer and Burmese a space ends a phrase.
func (a *analysis) hasSpaceNonASCII(i, j int) bool {
	sp, ascii := false, true
	for _, c := range a.t[i:j] {
		if c == ' ' {
			sp = true
		} else if c >= 0x80 {
			ascii = false
		}
	}
	return sp && !ascii
}

// youngAge reports an age under 18 ("15 years old", "16 tuổi", "อายุ 15 ปี",
// "my cousin is 15 and ...").
func (a *analysis) youngAge() bool {
	if a.isAge() {
		return true
	}
	for j := range a.ms {
		m := &a.ms[j]
		if m.p.kind != kPart || int(m.p.val) != a.e.agePart {
			continue
		}
		if n, ok := a.numberBefore(m.start); ok && n >= 5 && n <= 17 {
			return true
		}
		if n, ok := a.numberAfter(m.end); ok && n >= 5 && n <= 17 && a.agePrefix(m) {
			return true
		}
	}
	return false
}

// isAge reports "is 15" closing a clause or followed by "and": an age
// told without an age word. It reads the text, not the matches: "is" is
// too common a word to weigh as a keyword.
func (a *analysis) isAge() bool {
	t := a.t
	for off := 0; ; {
		x := bytes.Index(t[off:], isWord)
		if x < 0 {
			return false
		}
		i := off + x
		off = i + 3
		if i > 0 && t[i-1] != ' ' {
			continue
		}
		j := i + 3
		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k == j || k-j > 2 {
			continue
		}
		n := 0
		for _, c := range t[j:k] {
			n = n*10 + int(c-'0')
		}
		if n < 5 || n > 17 {
			continue
		}
		rest := t[k:]
		if len(rest) == 0 || rest[0] == '|' || rest[0] == ',' || len(rest) >= 4 && string(rest[:4]) == " and" {
			return true
		}
	}
}

var isWord = []byte("is ")

func inParts(ps []int16, p int16) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// numberBefore reads a one- or two-digit number ending just before i.
func (a *analysis) numberBefore(i int) (int, bool) {
	for i > 0 && a.t[i-1] == ' ' {
		i--
	}
	k := i
	for k > 0 && a.t[k-1] >= '0' && a.t[k-1] <= '9' {
		k--
	}
	if k == i || i-k > 2 || (k > 0 && isWordByte(a.t[k-1])) {
		return 0, false
	}
	n := 0
	for _, c := range a.t[k:i] {
		n = n*10 + int(c-'0')
	}
	return n, true
}

// numberAfter reads a one- or two-digit number starting just after i.
func (a *analysis) numberAfter(i int) (int, bool) {
	for i < len(a.t) && a.t[i] == ' ' {
		i++
	}
	k := i
	for k < len(a.t) && a.t[k] >= '0' && a.t[k] <= '9' {
		k++
	}
	if k == i || k-i > 2 || (k < len(a.t) && isWordByte(a.t[k])) {
		return 0, false
	}
	n := 0
	for _, c := range a.t[i:k] {
		n = n*10 + int(c-'0')
	}
	return n, true
}

// agePrefix reports an age word that comes before the number ("aged 15",
// "umur 15", "อายุ 15").
func (a *analysis) agePrefix(m *match) bool {
	switch string(a.t[m.start:m.end]) {
	case "age", "aged", "only", "is", "she is", "he is", "is only", "is just", "umur", "usia", "edad", "tuoi", "อายุ", "အသက်", "អាយុ", "ອາຍຸ", "年紀", "বয়স", "उमेर":
		return true
	}
	return false
}

// conjunction reports a word that starts a new proposition, so a negator
// before it does not reach past it ("the job was not real and they sold me").
func conjunction(w []byte) bool {
	switch string(w) {
	case "and", "but", "then", "so", "because", "dan", "tapi", "lalu", "terus", "pero", "at", "kasi", "tapos", "va", "nhung", "roi":
		return true
	}
	return false
}

func (a *analysis) hasConjunction(i, j int) bool {
	found := false
	forTokens(a.t[i:j], func(w []byte) {
		if conjunction(w) {
			found = true
		}
	})
	return found
}

// partInClause reports part p matched in the clause of match m.
func (a *analysis) partInClause(m *match, p int) bool {
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind != kPart || int(o.p.val) != p {
			continue
		}
		i, k := o.end, m.start
		if m.end <= o.start {
			i, k = m.end, o.start
		}
		if i > k || !a.clauseBreak(i, k) {
			return true
		}
	}
	return false
}
