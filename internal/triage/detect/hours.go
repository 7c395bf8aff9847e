package detect

// Hours written with numbers: "from 6am to 1am", "jam 5 pagi sampai jam
// 12 malam", "มนက် ၆ နာရီကနေ ည ၁၁ နာရီထိ", "朝早五點做到夜晚十二點". longDay
// finds two clock times in one sentence joined by a range word ("to",
// "sampai", "ถึง", "到", "থেকে ... পর্যন্ত") or a start and a finish ("start
// ... finish", "masuk ... pulang", "เข้างาน ... เลิก"), reads each as a
// 24-hour time from its cue words (am, pagi, sáng, เช้า, ည, យប់, 夜, রাত,
// राति ...) and reports a working day of 12 hours or more. A time without
// a cue is read only as a start in the morning; a pair with no cue at all
// ("from 6 to 10") says nothing.

import "bytes"

// Periods a cue puts a time in.
const (
	perNone = iota
	perMorning
	perAfternoon // a time after noon: n+12 for n < 12
	perNight     // evening and night: 6..11 are n+12, 12 is midnight, 1..4 past midnight
	perMidnight  // the word itself is a time, 24:00
)

type cue struct {
	w   string
	per int
}

// clockCues are the words that place a number on the clock, folded.
// They are folded in init, after the folding tables (fold.go) are built.
var (
	clockCues  []cue
	clockUnits []string
	rangeWords []string
	openWords  []string
)

func init() {
	clockCues = buildClockCues()
	clockUnits = buildClockUnits()
	rangeWords = buildRangeWords()
	var f folded
	for _, w := range splitBar("open|opens|opening hours|buka|dibuka|bukas|mở cửa|mở|เปิด|បើក|ເປີດ|開|营业|營業|খোলা|খোলে|খুল्छ|खुल्छ|ဖွင့်") {
		f.fold(w)
		if w := string(bytes.TrimSpace(f.b)); w != "" {
			openWords = append(openWords, w)
		}
	}
}

// opensAt reports a sentence about opening hours ("the shop is open from
// 7am to 11pm"), not working hours.
func opensAt(g []byte) bool {
	for _, w := range openWords {
		if indexWord(g, w, false) >= 0 {
			return true
		}
	}
	return false
}

func buildClockCues() []cue {
	var cs []cue
	add := func(per int, list string) {
		var f folded
		for _, w := range splitBar(list) {
			f.fold(w)
			if w := string(bytes.TrimSpace(f.b)); w != "" {
				cs = append(cs, cue{w, per})
			}
		}
	}
	add(perMorning, "am|a m|morning|in the morning|pagi|subuh|umaga|ng umaga|sáng|buổi sáng|เช้า|โมงเช้า|มนက်|မနက်|ព្រឹក|ເຊົ້າ|朝|朝早|早上|早晨|凌晨|সকাল|ভোর|বিহান|बिहान|bihana|bihan|shokal|sokal|bhor")
	add(perAfternoon, "pm|p m|afternoon|in the afternoon|evening|in the evening|sore|petang|hapon|ng hapon|chiều|บ่าย|เย็น|โมงเย็น|ညနေ|ល្ងាច|ແລງ|ບ່າຍ|下晝|下午|傍晚|বিকাল|বিকেল|সন্ধ্যা|बेलुका|साँझ|beluka|bikal|bikel")
	add(perNight, "night|at night|malam|gabi|ng gabi|tối|đêm|คืน|กลางคืน|ည|យប់|ກາງຄືນ|夜|夜晚|晚|晚上|夜晚|রাত|রাতে|राति|रात|rati|raat|rat")
	add(perMidnight, "midnight|12 midnight|tengah malam|hatinggabi|ng hatinggabi|nửa đêm|เที่ยงคืน|ညသန်းခေါင်|សន្ធ្យា|អធ្រាត្រ|ທ່ຽງຄືນ|半夜|深夜|মধ্যরাত|मध्यरात")
	return cs
}

// clockUnits follow or precede a number to make it a time of day.
func buildClockUnits() []string {
	var us []string
	var f folded
	for _, w := range splitBar("am|pm|h|o clock|oclock|giờ|gio|jam|pukul|nang|ng|alas|นาฬิกา|โมง|ทุ่ม|ตี|နာရီ|ម៉ោង|ໂມງ|點|点|時|টা|টায়|টার|বাজে|बजे|बजेदेखि|बजेसम्म|baje|ta|tay") {
		f.fold(w)
		if w := string(bytes.TrimSpace(f.b)); w != "" {
			us = append(us, w)
		}
	}
	return us
}

// rangeWords join a start and an end time, or mark the end.
func buildRangeWords() []string {
	var us []string
	var f folded
	for _, w := range splitBar("to|till|until|til|-|through|finish|finishes|finished|end|ends|get off|sampai|hingga|sehingga|pulang|balik|selesai|hanggang|uwi|tapos|đến|tới|den|toi|về|ve|xong|ถึง|จน|ยัน|เลิก|ထိ|အထိ|ကနေ|ပြီး|ដល់|ចេញ|ទើប|ຮອດ|ເຖິງ|ເລີກ|到|至|收工|放工|做到|থেকে|পর্যন্ত|শেষ|देखि|सम्म|सकिन्छ|theke|porjonto|dekhi|samma") {
		f.fold(w)
		if w := string(bytes.TrimSpace(f.b)); w != "" {
			us = append(us, w)
		}
	}
	return us
}

func splitBar(s string) []string {
	var out []string
	for len(s) > 0 {
		i := bytes.IndexByte([]byte(s), '|')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
	return out
}

// clockTime is a time of day found in the text.
type clockTime struct {
	start, end int // bytes of the number (or the midnight word)
	n          int // the number as written
	per        int
	unit       bool // a clock unit or cue stands next to it
	thum, tee  bool // Thai "n ทุ่ม" (n+18) and "ตี n" (n, before dawn)
}

// hour returns the time on a 0..24+ scale and whether it is known.
func (c clockTime) hour(asStart bool) (int, bool) {
	n := c.n
	switch {
	case c.per == perMidnight && n == 0:
		return 24, true
	case c.thum:
		return 18 + n, n >= 1 && n <= 5
	case c.tee:
		return n, true
	}
	switch c.per {
	case perMorning:
		if n == 12 {
			return 0, true
		}
		return n, true
	case perAfternoon:
		if n < 12 {
			return n + 12, true
		}
		return n, true
	case perNight, perMidnight:
		switch {
		case n == 12:
			return 24, true
		case n <= 4:
			return n + 24, true
		case n < 12:
			return n + 12, true
		}
		return n, true
	}
	if asStart && c.unit && n >= 3 && n <= 11 {
		return n, true // "จาก 8 โมง", "9點": a start in the morning
	}
	return 0, false
}

// chineseNumber reads 一..二十四 at t[i:], returning the value and length.
func chineseNumber(t []byte, i int) (int, int) {
	digit := func(j int) (int, int) {
		for d, s := range []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "兩"} {
			if bytes.HasPrefix(t[j:], []byte(s)) {
				if d == 11 {
					d = 2
				}
				return d, len(s)
			}
		}
		return -1, 0
	}
	a, la := digit(i)
	if a < 0 {
		return -1, 0
	}
	if a == 10 { // 十, 十一..十九
		b, lb := digit(i + la)
		if b > 0 && b < 10 {
			return 10 + b, la + lb
		}
		return 10, la
	}
	if a >= 1 && a <= 2 {
		if b, lb := digit(i + la); b == 10 {
			c, lc := digit(i + la + lb)
			if c > 0 && c < 10 {
				return a*10 + c, la + lb + lc
			}
			return a * 10, la + lb
		}
	}
	return a, la
}

// clockTimes lists the times of day in t[start:end].
func (a *analysis) clockTimes(start, end int, out []clockTime) []clockTime {
	t := a.t
	for i := start; i < end; {
		n, l := -1, 0
		if t[i] >= '0' && t[i] <= '9' && (i == 0 || !isWordByte(t[i-1])) {
			j := i
			for j < end && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			if j-i <= 2 {
				n, l = 0, j-i
				for _, c := range t[i:j] {
					n = n*10 + int(c-'0')
				}
			} else {
				i = j
				continue
			}
		} else if t[i] >= 0xE4 && t[i] <= 0xE5 {
			n, l = chineseNumber(t, i)
		}
		if n < 0 || l == 0 {
			i++
			continue
		}
		j := i + l
		// minutes: "6:30", "6.30"
		if j+2 < end && (t[j] == ':' || t[j] == '.') && t[j+1] >= '0' && t[j+1] <= '9' {
			j += 2
			for j < end && t[j] >= '0' && t[j] <= '9' {
				j++
			}
		}
		if n <= 24 {
			c := clockTime{start: i, end: j, n: n}
			a.readClock(&c, start, end)
			if c.unit {
				out = append(out, c)
			}
		}
		i = j
	}
	// Midnight written as a word.
	for _, cu := range clockCues {
		if cu.per != perMidnight || cu.w[0] >= '0' && cu.w[0] <= '9' {
			continue
		}
		off := start
		for {
			k := bytes.Index(t[off:end], []byte(cu.w))
			if k < 0 {
				break
			}
			k += off
			if !a.numberNear(k, start) {
				out = append(out, clockTime{start: k, end: k + len(cu.w), per: perMidnight, unit: true})
			}
			off = k + len(cu.w)
		}
	}
	return out
}

// numberNear reports a digit just before offset k ("12 midnight").
func (a *analysis) numberNear(k, start int) bool {
	for j := k - 1; j >= start && j >= k-12; j-- {
		c := a.t[j]
		if c >= '0' && c <= '9' {
			return true
		}
		if c == ',' || c == '|' {
			return false
		}
	}
	return false
}

// readClock looks around the number for units and period cues, not past a
// comma or a range word.
func (a *analysis) readClock(c *clockTime, start, end int) {
	t := a.t
	const win = 40
	// After the number.
	hi := min(end, c.end+win)
	after := t[c.end:hi]
	if k := bytes.IndexAny(after, ",|"); k >= 0 {
		after = after[:k]
	}
	lo := max(start, c.start-win)
	before := t[lo:c.start]
	if k := bytes.LastIndexAny(before, ",|"); k >= 0 {
		before = before[k+1:]
	}
	trimmed := bytes.TrimLeft(after, " ")
	for _, u := range clockUnits {
		if hasWordPrefix(trimmed, u) {
			c.unit = true
			break
		}
	}
	if bytes.HasPrefix(trimmed, []byte("ทุ่ม")) {
		c.thum = true
	}
	tb := bytes.TrimRight(before, " ")
	if bytes.HasSuffix(tb, []byte("ตี")) {
		c.tee, c.unit = true, true
	}
	for _, u := range clockUnits {
		if len(u) > 2 && bytes.HasSuffix(tb, []byte(u)) {
			c.unit = true // "jam 5", "pukul 6", "ម៉ោង ៦"
		}
	}
	// The nearest cue after, up to a range word; else the nearest before,
	// back to a range word.
	if per, ok := nearestCue(after, true); ok {
		c.per, c.unit = per, true
		return
	}
	if per, ok := nearestCue(before, false); ok {
		c.per, c.unit = per, true
	}
}

func hasWordPrefix(b []byte, w string) bool {
	if !bytes.HasPrefix(b, []byte(w)) {
		return false
	}
	if len(b) == len(w) || w[len(w)-1] >= 0x80 {
		return true
	}
	return !isWordByte(b[len(w)])
}

// nearestCue finds the cue closest to the number in the gap, cut at the
// first range word seen from the number.
func nearestCue(g []byte, forward bool) (int, bool) {
	// Cut the gap at a range word.
	cut := len(g)
	if !forward {
		cut = 0
	}
	for _, r := range rangeWords {
		k := -1
		if forward {
			k = indexWord(g, r, false)
			if k >= 0 && r == "toi" && !digitNext(g[k+3:]) {
				continue // Vietnamese "tối" (evening), not "tới" (to)
			}
		} else {
			k = indexWord(g, r, true)
		}
		if k < 0 {
			continue
		}
		if forward && k < cut {
			cut = k
		}
		if !forward && k+len(r) > cut {
			cut = k + len(r)
		}
	}
	if forward {
		g = g[:cut]
	} else {
		g = g[cut:]
	}
	best, bestPer, bestLen := -1, 0, 0
	for _, cu := range clockCues {
		k := indexWord(g, cu.w, !forward)
		if k < 0 {
			continue
		}
		d := k
		if !forward {
			d = len(g) - (k + len(cu.w))
		}
		if best < 0 || d < best || d == best && len(cu.w) > bestLen {
			best, bestPer, bestLen = d, cu.per, len(cu.w)
		}
	}
	if best < 0 || best > 24 {
		return 0, false
	}
	return bestPer, true
}

// indexWord finds w in g (the last one when last), on word boundaries for
// Latin words.
func indexWord(g []byte, w string, last bool) int {
	off := 0
	found := -1
	for off <= len(g) {
		k := bytes.Index(g[off:], []byte(w))
		if k < 0 {
			break
		}
		k += off
		ok := true
		if w[0] < 0x80 && isWordByte(w[0]) && k > 0 && isWordByte(g[k-1]) {
			ok = false
		}
		if e := k + len(w); ok && w[len(w)-1] < 0x80 && isWordByte(w[len(w)-1]) && e < len(g) && isWordByte(g[e]) {
			ok = false
		}
		if ok {
			found = k
			if !last {
				return k
			}
		}
		off = k + 1
	}
	return found
}

// longDay reports a working day of 12 hours or more written as two clock
// times in one sentence, outside any hypothetical or question.
func (a *analysis) longDay() bool {
	if !a.hasDigitOrHan() {
		return false
	}
	var buf [8]clockTime
	start := 0
	for start <= len(a.t) {
		end := len(a.t)
		for _, p := range a.seps {
			if p >= start && a.t[p] == '|' {
				end = p
				break
			}
		}
		ts := a.clockTimes(start, end, buf[:0])
		if len(ts) >= 2 && !opensAt(a.t[start:end]) && a.longPair(ts, end) {
			return true
		}
		start = end + 1
	}
	return false
}

func (a *analysis) hasDigitOrHan() bool {
	for _, c := range a.t {
		if c >= '0' && c <= '9' || c >= 0xE4 && c <= 0xE9 {
			return true
		}
	}
	return false
}

func (a *analysis) longPair(ts []clockTime, end int) bool {
	// Order by position.
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].start < ts[j-1].start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		s, e := ts[i], ts[i+1]
		// Overlapping times are one time read twice ("hatinggabi" inside
		// "ng hatinggabi"): no pair, and no gap between them.
		if e.start < s.end || e.start-s.end > 80 || s.per == perNone && e.per == perNone && !s.thum && !s.tee && !e.thum && !e.tee {
			continue
		}
		gap := a.t[s.end:e.start]
		tail := a.t[e.end:min(end, e.end+30)]
		joined := false
		for _, r := range rangeWords {
			if indexWord(gap, r, false) >= 0 || indexWord(tail, r, false) >= 0 {
				joined = true
				break
			}
		}
		if !joined {
			continue
		}
		h1, ok1 := s.hour(true)
		h2, ok2 := e.hour(false)
		if !ok1 || !ok2 {
			continue
		}
		d := h2 - h1
		for d <= 0 {
			d += 24
		}
		if d >= 12 && d <= 22 {
			m := match{start: s.start, end: e.end}
			if !a.hypothetical(&m) {
				return true
			}
		}
	}
	return false
}

// digitNext reports a digit after optional spaces.
func digitNext(g []byte) bool {
	g = bytes.TrimLeft(g, " ")
	return len(g) > 0 && g[0] >= '0' && g[0] <= '9'
}
