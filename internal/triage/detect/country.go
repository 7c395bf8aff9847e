package detect

import (
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// zoneCountry maps IANA time zones to the country they are in.
var zoneCountry = map[string]string{
	"Asia/Bangkok": "TH", "Asia/Kuala_Lumpur": "MY", "Asia/Kuching": "MY", "Asia/Hong_Kong": "HK",
	"Asia/Singapore": "SG", "Asia/Jakarta": "ID", "Asia/Makassar": "ID", "Asia/Jayapura": "ID",
	"Asia/Pontianak": "ID", "Asia/Manila": "PH", "Asia/Yangon": "MM", "Asia/Rangoon": "MM",
	"Asia/Phnom_Penh": "KH", "Asia/Vientiane": "LA", "Asia/Ho_Chi_Minh": "VN", "Asia/Saigon": "VN",
	"Asia/Dhaka": "BD", "Asia/Dacca": "BD", "Asia/Brunei": "BN", "Asia/Riyadh": "SA", "Asia/Taipei": "TW",
	"Asia/Macau": "MO", "Asia/Shanghai": "CN", "Asia/Kathmandu": "NP", "Asia/Katmandu": "NP",
	"Asia/Kolkata": "IN", "Asia/Calcutta": "IN", "Asia/Dubai": "AE", "Asia/Qatar": "QA",
	"Asia/Kuwait": "KW", "Asia/Muscat": "OM", "Asia/Bahrain": "BH", "Asia/Amman": "JO",
	"Asia/Beirut": "LB", "Asia/Seoul": "KR", "Asia/Tokyo": "JP", "Asia/Dili": "TL",
	"Asia/Colombo": "LK", "Asia/Karachi": "PK", "Indian/Maldives": "MV", "Asia/Jerusalem": "IL",
	"Asia/Tel_Aviv": "IL", "Asia/Nicosia": "CY", "Europe/Nicosia": "CY",
}

// Confidence of each source of the country.
const (
	confChoice   = 1.0
	confExplicit = 0.95 // "I am in Kuala Lumpur"
	confCity     = 0.85 // a city named bare
	confName     = 0.75 // a country named bare
	confPrior    = 0.8
	confZone     = 0.6
	confPhone    = 0.5
	confEmail    = 0.4
	confLocale   = 0.3
)

// country fills Country, CountryConfidence, CountrySource and Nationality.
func (a *analysis) country(res *Result) {
	loc, locConf, nat, natConf := a.textPlaces()

	switch cc := strings.ToUpper(strings.TrimSpace(a.in.ChosenCountry)); {
	case len(cc) == 2:
		res.Country, res.CountryConfidence, res.CountrySource = cc, confChoice, "choice"
	case loc != "" && locConf >= confCity:
		res.Country, res.CountryConfidence, res.CountrySource = loc, locConf, "text"
	case len(a.in.PriorCountry) == 2:
		res.Country, res.CountryConfidence, res.CountrySource = strings.ToUpper(a.in.PriorCountry), confPrior, "prior"
	case loc != "":
		res.Country, res.CountryConfidence, res.CountrySource = loc, locConf, "text"
	}
	phone := a.phone
	locale := localeRegion(a.in.Locale)
	if res.Country == "" {
		switch {
		case zoneCountry[a.in.TimeZone] != "":
			res.Country, res.CountryConfidence, res.CountrySource = zoneCountry[a.in.TimeZone], confZone, "timezone"
		case phone != "":
			res.Country, res.CountryConfidence, res.CountrySource = phone, confPhone, "phone"
		case emailRegion(a.in.Email) != "":
			res.Country, res.CountryConfidence, res.CountrySource = emailRegion(a.in.Email), confEmail, "email"
		case locale != "":
			res.Country, res.CountryConfidence, res.CountrySource = locale, confLocale, "locale"
		}
	}
	res.Nationality = nat
	if nat == "" || natConf < 0.5 {
		switch {
		case phone != "" && phone != res.Country:
			res.Nationality = phone
		case nat != "":
		case locale != "" && locale != res.Country:
			res.Nationality = locale
		}
	}
}

// phoneRegion returns the country of an international number.
func phoneRegion(p string) string {
	p = strings.TrimSpace(p)
	if p == "" {
		return ""
	}
	if strings.HasPrefix(p, "00") {
		p = "+" + p[2:]
	}
	if !strings.HasPrefix(p, "+") {
		return ""
	}
	num, err := phonenumbers.Parse(p, "")
	if err != nil {
		return ""
	}
	r := phonenumbers.GetRegionCodeForCountryCode(int(num.GetCountryCode()))
	if r == "ZZ" || r == "001" {
		return ""
	}
	return r
}

// emailRegion returns the country of an address's ccTLD.
func emailRegion(addr string) string {
	i := strings.LastIndexByte(addr, '.')
	if i < 0 || strings.IndexByte(addr, '@') < 0 || len(addr)-i != 3 {
		return ""
	}
	tld := strings.ToUpper(addr[i+1:])
	switch tld {
	case "CO", "IO", "ME", "TV", "AI", "LY", "TO", "CC", "WS", "FM", "GG", "AM", "IM", "LA", "NU", "SH", "ST", "VC", "AC":
		return ""
	case "UK":
		return "GB"
	}
	if tld[0] < 'A' || tld[0] > 'Z' || tld[1] < 'A' || tld[1] > 'Z' {
		return ""
	}
	return tld
}

// localeRegion returns the region of a locale such as "th-TH".
func localeRegion(l string) string {
	l = strings.ReplaceAll(l, "_", "-")
	for _, part := range strings.Split(l, "-")[1:] {
		if len(part) == 2 {
			r := strings.ToUpper(part)
			if r == "US" || r == "GB" {
				return ""
			}
			return r
		}
	}
	return ""
}

// textPlaces reads the places a message names: where the writer is now and
// where they come from.
func (a *analysis) textPlaces() (loc string, locConf float64, nat string, natConf float64) {
	locAt := -1
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.p.kind != kPlace || a.covered(mi) {
			continue
		}
		pi, kind := int(m.p.val)/nPlaceKinds, int(m.p.val)%nPlaceKinds
		cc := places[pi].cc
		if cc == "--" {
			continue
		}
		role, conf := a.placeRole(mi, kind)
		switch role {
		case roleLocation:
			if conf > locConf || (conf == locConf && m.start > locAt) {
				loc, locConf, locAt = cc, conf, m.start
			}
		case roleOrigin:
			if conf > natConf {
				nat, natConf = cc, conf
			}
		case roleHome:
			if conf > locConf || (conf == locConf && m.start > locAt) {
				loc, locConf, locAt = cc, conf, m.start
			}
			if natConf < 0.8 {
				nat, natConf = cc, 0.8
			}
		}
	}
	locConf = min(locConf, 1)
	return
}

// covered reports whether a longer place match contains match mi.
func (a *analysis) covered(mi int) bool {
	m := &a.ms[mi]
	for j := range a.ms {
		o := &a.ms[j]
		if j == mi || o.p.kind != kPlace {
			continue
		}
		if o.start <= m.start && o.end >= m.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}

const (
	roleNone = iota
	roleLocation
	roleOrigin
	roleHome // back home: where they are, and where they are from
)

var postRank = map[int]int{cueInPost: 1, cueGenPost: 2, cueDemPost: 3, cueGoPost: 4, cueBackPost: 5, cueFromPost: 6}

// postWindow is how far after a name each kind of cue may start.
var postWindow = map[int]int{cueInPost: 4, cueGenPost: 1, cueDemPost: 1, cueFromPost: 4, cueGoPost: 45, cueBackPost: 45}

// placeRole decides what a place mention says about the writer.
func (a *analysis) placeRole(mi, kind int) (int, float64) {
	m := &a.ms[mi]
	// The nearest cue before and after.
	pre, post := -1, -1
	preStart, preEnd := -1, -1
	goCue, backCue, kin, kinEnd, self, now, selfNear := false, false, -1, -1, -1, false, false
	for j := range a.ms {
		c := &a.ms[j]
		if c.p.kind != kCue {
			continue
		}
		k := int(c.p.val)
		if c.end <= m.start {
			switch k {
			case cueGo:
				if a.near(c.end, m.start, 6, 60) {
					goCue = true
				}
			case cueBack:
				if a.near(c.end, m.start, 4, 30) {
					backCue = true
				}
			case cueKin:
				if !a.clauseBreak(c.end, m.start) && m.start-c.end < 120 {
					kin, kinEnd = c.start, c.end
				}
			case cueSelf:
				if !a.clauseBreak(c.end, m.start) && a.near(c.end, m.start, 6, 45) && !a.coveredByKin(c) {
					selfNear = true
				}
				// "adik saya", "ប្តីខ្ញុំ", "kapatid ko": a possessive right
				// after the relative is not the writer as subject.
				if !a.clauseBreak(c.end, m.start) && !(kin >= 0 && c.start >= kinEnd && c.start-kinEnd <= 12) && !a.coveredByKin(c) {
					self = c.start
				}
			case cueNow:
				if a.near(c.end, m.start, 4, 40) {
					now = true
				}
			case cueSpeak:
				if a.near(c.end, m.start, 1, 9) {
					return roleNone, 0
				}
			case cueIn, cueFrom, cueDem, cueHome:
				// The nearest; of two that end together, the longer ("đã
				// về quê" over "quê").
				if (c.end > preEnd || c.end == preEnd && c.start < preStart) && a.near(c.end, m.start, 1, 21) {
					pre, preStart, preEnd = k, c.start, c.end
				}
			}
		} else if c.start >= m.end {
			switch k {
			case cueInPost, cueFromPost, cueGoPost, cueBackPost, cueDemPost, cueGenPost:
				// The strongest cue just after the name: origin, return, a
				// plan, the people, and only then the locative.
				if a.near(m.end, c.start, 1, postWindow[k]) && (post < 0 || postRank[k] > postRank[post]) {
					post = k
				}
			}
		}
	}
	if post == cueGoPost {
		return roleNone, 0 // "... ko jaane", "Bengali speaking"
	}
	if kind == pDem || pre == cueDem || post == cueDemPost {
		if self >= 0 {
			return roleOrigin, 0.85
		}
		return roleOrigin, 0.6
	}
	if pre == cueFrom || post == cueFromPost {
		return roleOrigin, 0.9
	}
	// "went back to", unless they are there now ("sudah pulang ke").
	if backCue && pre != cueHome || post == cueBackPost {
		return roleOrigin, 0.7
	}
	if goCue || post == cueGoPost {
		return roleNone, 0
	}
	if kin >= 0 && self < kin {
		return roleNone, 0 // about a relative or friend
	}
	conf := confName
	if kind == pCity {
		conf = confCity
	}
	if pre == cueIn || post == cueInPost || pre == cueHome {
		conf = confExplicit
	}
	if now {
		conf += 0.02
	}
	if pre == cueHome {
		return roleHome, conf + 0.03
	}
	if selfNear {
		conf += 0.02 // "I am in ...", "I came to ..."
	}
	return roleLocation, conf
}

// coveredByKin reports a cue inside a longer family word ("em" in "em gái").
func (a *analysis) coveredByKin(m *match) bool {
	for j := range a.ms {
		o := &a.ms[j]
		if o.p.kind == kCue && o.p.val == cueKin && o.start <= m.start && o.end >= m.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}
