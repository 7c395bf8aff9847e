package detect

import "strings"

// Devanagari: words Nepali uses and Hindi does not, and the reverse.
const nepaliWords = "चाहिन्छ चाहिने कागजात गर्छु छ छु छन् छौं छैन हो मेरो मेरा मलाई हामी हाम्रो तपाईं तपाई गर्न गर्नु गर्नुहोस् भयो दिएन दिँदैन दिदैन गरेको थियो थिएँ लाई बाट पनि सहयोग साहु कामदार तलब राहदानी नेपाली हुन्छ गर्छ गर्दै भने अहिले धेरै मद्दत गर्नुहोला कृपया म मेरी छोरी छोरा श्रीमान श्रीमती आमा बुबा दाइ भाइ बहिनी दिदी कम्पनीले मालिकले पैसा दिएको भएको आएको गएको सक्छु सक्दिन सकिन सक्नुहुन्छ खोस्यो राखेको कुट्छ पिट्छ थुनेर घर फर्कन चाहन्छु चाहन्छ पर्यो पाएको रहेछ भन्छ भन्यो गरे गर्यो थुनिएको मार्छु एजेन्ट म्यानपावर रुपैयाँ काम बिदा खाना छैनन् हुँ छौ पाएँ फिर्ता"

const hindiWords = "है हैं हूँ हूं मेरा मेरी मुझे हमें नहीं का की के में रहा रही रहे था थी थे गया गयी गई दिया कर करो करें आप क्या मदद और से लिए हम यह वह कोई कुछ बहुत पर भी तो जा रहा मालिक वेतन पासपोर्ट मुझको कृपया करके जाने चाहता चाहती सकता सकती"

// language fills Language, LanguageConfidence and ReplyLanguage.
func (a *analysis) language(res *Result) {
	f := a.f
	best, bestN := -1, 0
	for sc := scThai; sc < nScripts; sc++ {
		if f.scripts[sc] > bestN {
			best, bestN = sc, f.scripts[sc]
		}
	}
	latin := f.scripts[scLatin]
	lang, conf := "", 0.0
	short := false
	switch {
	case best >= 0 && (bestN*scriptWeight(best) >= latin || bestN >= 12):
		conf = 0.97
		if bestN < 4 {
			conf = 0.7
		}
		switch best {
		case scThai:
			lang = "th"
		case scLao:
			lang = "lo"
		case scKhmer:
			lang = "km"
		case scMyanmar:
			lang = "my"
		case scBengali:
			lang = "bn"
		case scArabic:
			lang = "ar"
		case scDevanagari:
			lang = a.devanagari()
		case scHan:
			lang = "zh-Hant"
			if f.scripts[scKana] > 0 {
				lang = "ja"
			}
		case scKana:
			lang = "ja"
		case scHangul:
			lang = "ko"
		}
	case latin > 0:
		lang, conf, short = a.latinLanguage(res)
		if l, p, ok := a.latinModel(); ok && !(idms(l) && idms(lang) && p < idmsSure) {
			lang, conf = l, p
		}
	}
	res.Language, res.LanguageConfidence = lang, conf

	prior := normLang(a.in.PriorLanguage)
	if short && prior != "" && conf < 0.9 {
		res.Language, res.LanguageConfidence = prior, 0.3
	}
	res.ReplyLanguage = a.replyLanguage(res.Language, short)
}

// latinModel gives the language model's reading of Latin-script text of
// langMinRunes or more when it is langSure or surer: it knows Bengali,
// Nepali, Burmese and Khmer typed in Latin letters, and Indonesian from
// Malay, better than the word lists; below that the word lists and the
// hints decide.
func (a *analysis) latinModel() (string, float64, bool) {
	m := a.e.langs
	if m == nil || a.in.rulesOnly || a.runes < langMinRunes {
		return "", 0, false
	}
	var p [maxClasses]float32
	m.probs(a.features(), p[:m.k])
	best := 0
	for c := range m.k {
		if p[c] > p[best] {
			best = c
		}
	}
	if p[best] < langSure {
		return "", 0, false
	}
	return replyLanguages[best], float64(p[best]), true
}

// idms reports Indonesian or Malay: between the two the word lists, which
// weigh the hints (phone, time zone, locale), decide unless the model is
// idmsSure.
func idms(l string) bool { return l == "id" || l == "ms" }

func (a *analysis) replyLanguage(lang string, short bool) string {
	if c := normLang(a.in.ChosenLanguage); supported(c) {
		return c
	}
	prior := normLang(a.in.PriorLanguage)
	if supported(lang) && !(short && supported(prior)) {
		return lang
	}
	if supported(prior) {
		return prior
	}
	for i := len(a.in.Recent) - 1; i >= 0; i-- {
		if l := normLang(a.in.Recent[i]); supported(l) {
			return l
		}
	}
	if l := normLang(a.in.Locale); supported(l) {
		return l
	}
	if l := normLang(a.in.TelegramLanguage); supported(l) {
		return l
	}
	return "en"
}

var replyLanguages = [...]string{"en", "th", "my", "km", "lo", "vi", "id", "ms", "fil", "bn", "zh-Hant", "ne"}

func supported(l string) bool {
	for _, v := range replyLanguages {
		if v == l {
			return true
		}
	}
	return false
}

// normLang maps a BCP 47 tag or Telegram code to helpbot's tags.
func normLang(tag string) string {
	if tag == "" {
		return ""
	}
	if supported(tag) || tag == "ar" || tag == "hi" {
		return tag
	}
	t := strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
	base, rest, _ := strings.Cut(t, "-")
	switch base {
	case "zh", "yue", "zho", "chi", "cmn":
		return "zh-Hant"
	case "tl", "fil", "tgl":
		return "fil"
	case "in", "id", "ind":
		return "id"
	case "ms", "zsm", "msa", "may":
		return "ms"
	case "my", "mya", "bur":
		return "my"
	case "km", "khm":
		return "km"
	case "lo", "lao":
		return "lo"
	case "th", "tha":
		return "th"
	case "vi", "vie":
		return "vi"
	case "bn", "ben":
		return "bn"
	case "ne", "nep", "npi":
		return "ne"
	case "en", "eng":
		return "en"
	case "ar", "ara":
		return "ar"
	case "hi", "hin":
		return "hi"
	}
	_ = rest
	return base
}

// devanagari tells Nepali from Hindi by their function words; Nepali when
// nothing decides, as helpbot answers in Nepali.
func (a *analysis) devanagari() string {
	score := float32(0)
	forTokens(a.t, func(w []byte) {
		v, ok := a.e.dev[string(w)]
		if !ok {
			v = nepaliEnding(w)
		}
		score += v
	})
	if score < 0 {
		return "hi"
	}
	return "ne"
}

// nepaliEndings are the case endings and verb endings Nepali joins to a
// word and Hindi does not ("मालिकले", "कामदारको", "तलबबाट", "काटिन्छ").
var nepaliEndings = []string{"ले", "लाई", "बाट", "देखि", "सँग", "हरू", "हरु", "को", "मा", "छ", "छन्", "छु", "्यो", "नुहोस्", "पर्छ"}

// nepaliEnding weighs a Devanagari word outside the word lists by its
// ending: half a Nepali word.
func nepaliEnding(w []byte) float32 {
	if len(w) < 12 { // four letters or more
		return 0
	}
	for _, e := range nepaliEndings {
		if len(w) > len(e) && string(w[len(w)-len(e):]) == e {
			return 0.5
		}
	}
	return 0
}

// forTokens calls fn for every space-separated token of t.
func forTokens(t []byte, fn func([]byte)) {
	i := 0
	for i < len(t) {
		for i < len(t) && (t[i] == ' ' || t[i] == '|' || t[i] == ',') {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != '|' && t[j] != ',' {
			j++
		}
		if j > i {
			fn(t[i:j])
		}
		i = j
	}
}

// latinLanguage scores the Latin-script languages. short reports a message
// too slight to change a conversation's language.
func (a *analysis) latinLanguage(res *Result) (string, float64, bool) {
	var sc [nLatin]float32
	tokens, known := 0, 0
	t := a.t
	var pair [48]byte
	prevStart, prevEnd := -1, -1
	for i := 0; i < len(t); {
		if !(t[i] >= 'a' && t[i] <= 'z') {
			i++
			continue
		}
		j := i
		digit := false
		for j < len(t) && isWordByte(t[j]) {
			if t[j] <= '9' {
				digit = true
			}
			j++
		}
		if !digit && (i == 0 || !isWordByte(t[i-1])) {
			if prevStart >= 0 && prevEnd == i-1 && t[prevEnd] == ' ' && j-prevStart <= len(pair) {
				n := copy(pair[:], t[prevStart:j])
				if v, ok := a.e.pairs[string(pair[:n])]; ok {
					for k := range sc {
						sc[k] += v[k]
					}
				}
			}
			prevStart, prevEnd = i, j
			tokens++
			// Malay asks with a final "ke" ("dah siap ke?"); Indonesian's
			// "ke" is a preposition and never ends a sentence.
			if j-i == 2 && t[i] == 'k' && t[i+1] == 'e' && (j == len(t) || t[j] == '|' || t[j] == ',') && tokens > 1 {
				sc[3] += 2
			}
			if v, ok := a.e.latin[string(t[i:j])]; ok {
				known++
				for k := range sc {
					sc[k] += v[k]
				}
			} else if j-i >= 3 {
				a.trigramVote(t[i:j], &sc)
			}
		}
		i = j
	}
	sc[1] += 1.5 * float32(a.f.viMarks)
	sc[0] *= 0.6 // English loanwords pepper every language's texting
	if latinTrace != nil {
		latinTrace(sc)
	}
	bi, si := 0, -1
	for k := 1; k < nLatin; k++ {
		if sc[k] > sc[bi] {
			bi = k
		}
	}
	for k := 0; k < nLatin; k++ {
		if k != bi && (si < 0 || sc[k] > sc[si]) {
			si = k
		}
	}
	short := tokens <= 1 || a.f.scripts[scLatin] < 6
	if l := a.romanized(tokens); l != "" {
		return l, 0.8, short
	}
	if sc[bi] == 0 {
		return "", 0, short
	}
	// Indonesian or Malay by a narrow margin: let the hints decide; with
	// none, the words do, and a tie goes to Indonesian (most people who
	// write either are Indonesian migrant workers).
	if (bi == 2 || bi == 3) && (si == 2 || si == 3) && sc[bi]-sc[si] < 2 {
		if h := a.idmsHint(res); h >= 0 {
			bi, si = h, 5-h
		} else if bi == 3 && sc[bi]-sc[si] < 1 {
			bi, si = 2, 3
		}
	}
	margin := float64(sc[bi] - sc[si])
	if sc[si] > sc[bi] {
		margin = 0.2
	}
	conf := margin / float64(sc[bi]+1)
	if conf > 1 {
		conf = 1
	}
	conf = 0.5 + conf/2
	if known < 2 {
		conf *= 0.7
	}
	return latinLangs[bi], conf, short
}

// latinTrace, when set (by a test), sees the Latin-script scores.
var latinTrace func([nLatin]float32)

// idmsHint returns 2 (id) or 3 (ms) from the hints, -1 when they say nothing.
func (a *analysis) idmsHint(res *Result) int {
	for _, l := range []string{a.in.ChosenLanguage, a.in.PriorLanguage, a.in.TelegramLanguage} {
		switch normLang(l) {
		case "id":
			return 2
		case "ms":
			return 3
		}
	}
	for i := len(a.in.Recent) - 1; i >= 0; i-- {
		switch normLang(a.in.Recent[i]) {
		case "id":
			return 2
		case "ms":
			return 3
		}
	}
	switch normLang(a.in.Locale) {
	case "id":
		return 2
	case "ms":
		return 3
	}
	// The phone's country and the nationality say who the person is;
	// the time zone and where they are say less (Indonesians work all
	// over Malaysia, and a ringgit is no Malay word).
	for _, cc := range []string{a.phone, res.Nationality, zoneCountry[a.in.TimeZone], res.Country} {
		switch cc {
		case "ID":
			return 2
		case "MY", "BN":
			return 3
		}
	}
	if a.ringgit() {
		return 3
	}
	return -1
}

// ringgit reports whether the text prices something in ringgit.
func (a *analysis) ringgit() bool {
	found := false
	forTokens(a.t, func(w []byte) {
		if string(w) == "ringgit" || (len(w) >= 2 && w[0] == 'r' && w[1] == 'm' && (len(w) == 2 || w[2] >= '0' && w[2] <= '9')) {
			found = true
		}
	})
	return found
}

// trigramVote scores a word the lists do not hold by its character
// trigrams: the language that makes it likeliest gets a small vote.
func (a *analysis) trigramVote(w []byte, sc *[nLatin]float32) {
	var lp [nLatin]float32
	var buf [3]byte
	n := 0
	for i := -1; i+2 <= len(w); i++ {
		for k := 0; k < 3; k++ {
			p := i + k
			switch {
			case p < 0 || p >= len(w):
				buf[k] = ' '
			default:
				buf[k] = w[p]
			}
		}
		n++
		v, ok := a.e.trigrams[trigramKey(buf[0], buf[1], buf[2])]
		for l := range lp {
			if ok {
				lp[l] += v[l]
			} else {
				lp[l] += a.e.triFloor[l]
			}
		}
	}
	best, second := 0, -1
	for l := 1; l < nLatin; l++ {
		if lp[l] > lp[best] {
			best = l
		}
	}
	for l := 0; l < nLatin; l++ {
		if l != best && (second < 0 || lp[l] > lp[second]) {
			second = l
		}
	}
	// Votes grow with how clearly one language wins, per trigram.
	d := (lp[best] - lp[second]) / float32(n)
	if d > 0.15 {
		v := d
		if v > 0.4 {
			v = 0.4
		}
		sc[best] += v
	}
}

// scriptWeight is about how many Latin letters one character of a script
// stands for: a Chinese character is a word.
func scriptWeight(sc int) int {
	if sc == scHan || sc == scKana || sc == scHangul {
		return 6
	}
	return 3
}

// Bengali and Nepali typed in Latin letters: words of each that the
// Latin-script languages do not use. romanWeak holds words that are Bengali
// or Nepali too but also short words of other languages ("ma", "ki", "ho"):
// they count half.
var romanWords = map[string]string{
	"bn": "bole korle debe dibe dhoriye pathiye pathabe ami amar amake amay amader tumi tomar apni apnar kaj kaaj kori korchi korche korbo korte koreche korse dey dicche diche dise dilo diyechi nai nei achi chilo chhilo taka beton malik ekhon kintu theke jonno hobe hoyeche hocche parchi parbo parina bolche boleche keno kothay kivabe deshe khub onek ekta oder ora amra bachte bachao icche ichche chai chaiche dorkar sahajjo sahajya shob ghumer oshudh kheye felechi ekjon jeleke nouka samudre fele diyeche sinduke rekhe chukti shesh dine koto ghonta kora maliker chele dhorshon korar cheshta shokal porjonto chuti " +
		"bhai apu bhaiya mash mas dhore pai pabo paini pacchi pachi gele ghore ghor atke rekheche rakhse rakhche tala mere mare marche mereche marlo niye nie niyeche nilo nise geche gechi bangla bujhen bujhi bujhte jon bondi bari kotha bolte kache ache shodh chharbe chhadbe jete jabo jaite ferot fert morte pari parchina bikri kore koreche dalal gali somossa shomossa bhalo valo kono proshno jiggesh janen jani jante abedon dibe dey deyna dicchena mashe takay lakh hoye hoy holo kobe kothai kemne kivabe amr tmr apnar apnake amaderke shudhu shudu ekhane okhane",
	"ne": "malai mero meri hamro hami hamilai chha chhu chhan chaina chhaina garna garnu gareko garchu garcha garchha garyo garera bhayo bhaneko bhanera thiyo thyo huncha hunchha hudaina paisa talab sathi didi bahini ghar kaam sanga dherai sakdina sakchu sakdaina pardaina parchha parcha ahile feri garnuhos sahayog maddat sahu sahuji bachna marna lagcha lagchha tirisakey tirna maile sabai nindra chakki khaidiye jahaj samundra dhakelidiyo tijori rakheko sakepachi dinchu bhancha bihana baje dekhi rati samma dinko ghanta bida paincha kati " +
		"farkna farkana chahanchu chahanchhu chahiyo chahincha kasari garne bechdiyo becheko bechyo thik chu kura sodhna bahira jana dinna didaina diyena diyeko khosyo khoseko firta chhuti kahile thaha dai dinus dinuhos aba marchu kutyo kutcha kutchha thunera thuneko bandi banayera rakhyo tirdaina mahina hajur kasto kina kaha kahaa yaha tyaha garnus garnuhola paidaina paucha pauchu aaucha aaune bhane bhanchha bimar birami rin karja nasake hola lagyo dar manpower sakcha kotha",
}

var romanWeak = map[string]string{
	"bn": "ki ar ek na re e to o er ta",
	"ne": "ma ko le lai ho cha ek na ta pani ke",
}

// romanSet holds each word's weight in half-words, four bits a language.
var romanSet = func() map[string]int {
	m := map[string]int{}
	for i, l := range []string{"bn", "ne"} {
		for _, w := range strings.Fields(romanWords[l]) {
			m[w] |= 2 << (4 * i)
		}
		for _, w := range strings.Fields(romanWeak[l]) {
			if m[w]>>(4*i)&15 == 0 {
				m[w] |= 1 << (4 * i)
			}
		}
	}
	return m
}()

// romanized returns "bn" or "ne" for a Latin-script message in which at
// least two words' worth, and a quarter of all words, are romanised Bengali
// or Nepali.
func (a *analysis) romanized(tokens int) string {
	var bn, ne int
	forTokens(a.t, func(w []byte) {
		v := romanSet[string(w)]
		bn += v & 15
		ne += v >> 4 & 15
	})
	switch {
	case bn >= 4 && bn > ne && 2*bn >= tokens:
		return "bn"
	case ne >= 4 && ne > bn && 2*ne >= tokens:
		return "ne"
	}
	return ""
}
