package directory

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"

	"helpbot/internal/triage"
)

// DefaultLimit is how many services Find returns when the query sets none.
const DefaultLimit = 6

const nLang = 12 // len(triage.Languages)

// langIndex returns the index in triage.Languages of the bot language a
// tag is read in, English for anything else.
func langIndex(tag string) int {
	b := botLanguage(tag)
	for i, l := range triage.Languages {
		if l == b {
			return i
		}
	}
	return 0
}

// prepared is what Find needs of a service, worked out once at load.
type prepared struct {
	local  [nLang]triage.ServiceCard // contacts as used inside the country
	abroad [nLang]triage.ServiceCard // contacts usable from abroad; no contacts when none
	native uint16                    // bot languages answered in, as bits of triage.Languages
	interp []interpreterMask
	always bool
}

type interpreterMask struct {
	mask  uint16
	hours *Hours
}

func langMask(tags []string) uint16 {
	var m uint16
	for _, t := range tags {
		if b := botLanguage(t); b != "" {
			m |= 1 << langIndex(b)
		}
	}
	return m
}

// pick returns the text in the bot language with index li, else English,
// else a local language, else any.
func pick(t Text, li int, local []string) string {
	if len(t) == 0 {
		return ""
	}
	lang := triage.Languages[li]
	if s, ok := t[lang]; ok {
		return s
	}
	for k, s := range t { // e.g. "zh-Hant-HK" for zh-Hant, "tl" for fil
		if botLanguage(k) == lang {
			return s
		}
	}
	if s, ok := t["en"]; ok {
		return s
	}
	for _, l := range local {
		if s, ok := t[l]; ok {
			return s
		}
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return t[keys[0]]
}

func (s *Service) prepare(c *Country) {
	var local []string
	if c != nil {
		local = c.Languages
	}
	p := &prepared{
		native: langMask(s.Languages),
		always: s.Hours.Known && s.Hours.Always,
	}
	for _, c := range s.Contacts {
		p.native |= langMask(c.Languages)
	}
	for i := range s.Interpreters {
		p.interp = append(p.interp, interpreterMask{mask: langMask(s.Interpreters[i].Languages), hours: &s.Interpreters[i].Hours})
	}
	for li := 0; li < nLang; li++ {
		lang := triage.Languages[li]
		card := triage.ServiceCard{
			ID:          s.ID,
			Name:        pick(s.Name, li, local),
			Description: pick(s.Description, li, local),
			Kind:        s.Kind,
			Hours:       s.Hours.Format(lang),
			Verified:    s.Verified,
			Source:      s.Source,
		}
		if s.Verified {
			card.VerifiedOn = s.VerifiedOn // an unverified entry's date is only its source's
		}
		for _, t := range s.Cautions {
			card.Cautions = append(card.Cautions, pick(t, li, local))
		}
		ordered := orderContacts(s.Contacts, lang)
		loc := card
		for _, c := range ordered {
			loc.Contacts = append(loc.Contacts, triage.Contact{Kind: c.Kind, Value: c.Value, Label: label(c), Domestic: c.Domestic})
		}
		ab := card
		for _, c := range ordered {
			switch {
			case !c.Domestic:
				ab.Contacts = append(ab.Contacts, triage.Contact{Kind: c.Kind, Value: c.Value, Label: label(c)})
			case c.Abroad != "":
				l := c.AbroadDisplay
				if l == "" {
					l = formatE164(c.Abroad)
				}
				ab.Contacts = append(ab.Contacts, triage.Contact{Kind: c.Kind, Value: c.Abroad, Label: l})
			}
		}
		p.local[li], p.abroad[li] = loc, ab
	}
	s.prep = p
}

// orderContacts puts the contacts answered in lang first, keeping file order.
func orderContacts(cs []Contact, lang string) []Contact {
	out := make([]Contact, 0, len(cs))
	for _, c := range cs {
		if speaks(c.Languages, lang) {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if !speaks(c.Languages, lang) {
			out = append(out, c)
		}
	}
	return out
}

func speaks(tags []string, lang string) bool {
	for _, t := range tags {
		if botLanguage(t) == lang {
			return true
		}
	}
	return false
}

func label(c Contact) string {
	if c.Display != "" {
		return c.Display
	}
	if strings.HasPrefix(c.Value, "+") {
		return formatE164(c.Value)
	}
	return c.Value
}

func formatE164(num string) string {
	pn, err := phonenumbers.Parse(num, "")
	if err != nil || !phonenumbers.IsValidNumber(pn) {
		return num
	}
	return phonenumbers.Format(pn, phonenumbers.INTERNATIONAL)
}

// nationalityOf guesses a nationality from a language that is spoken mainly
// in one origin country, for when the person has not said.
func nationalityOf(li int) string {
	switch triage.Languages[li] {
	case "th":
		return "TH"
	case "my":
		return "MM"
	case "km":
		return "KH"
	case "lo":
		return "LA"
	case "vi":
		return "VN"
	case "id":
		return "ID"
	case "fil":
		return "PH"
	case "bn":
		return "BD"
	case "ne":
		return "NP"
	}
	return ""
}

type candidate struct {
	s       *Service
	local   bool // offered inside its own country: domestic numbers work
	key     [6]uint8
	order   int
	open    bool
	hasOpen bool
}

// Find answers a query from memory. It never fails: with no file for the
// country it offers the person's home-country lines for nationals abroad
// and international options.
func (d *Directory) Find(q triage.Query) triage.Help {
	if d == nil {
		return triage.Help{Country: strings.ToUpper(q.Country)}
	}
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	// The same question in the same minute gets the same answer: keep it.
	// Callers must not change the slices of a Help.
	k := findKey{q.Country, q.Language, q.Sector, q.Nationality, q.Priority, q.Limit, q.Now.Unix() / 60}
	if h, ok := d.answers.Load(k); ok {
		return h.(triage.Help)
	}
	h := d.find(q)
	if d.answered.Add(1) > maxAnswers {
		d.answers.Clear()
		d.answered.Store(0)
	}
	d.answers.Store(k, h)
	return h
}

// policeEverywhere lists the police number (or else the first emergency
// number) of every place the directory knows, in the country picker's
// order and then the others', each with its place.
func policeEverywhere(d *Directory) []triage.EmergencyNumber {
	codes := slices.Clone(triage.Countries)
	for _, cc := range d.codes {
		if !slices.Contains(codes, cc) {
			codes = append(codes, cc)
		}
	}
	var out []triage.EmergencyNumber
	for _, cc := range codes {
		c := d.countries[cc]
		if c == nil || len(c.Emergency) == 0 {
			continue
		}
		// The police number where there is one: the answer's text says to
		// call the police.
		e := c.Emergency[0]
		for _, x := range c.Emergency {
			if x.Service == "police" {
				e = x
				break
			}
		}
		out = append(out, triage.EmergencyNumber{Service: e.Service, Number: e.Number, Country: cc})
	}
	return out
}

// maxAnswers bounds the answers a Directory keeps.
const maxAnswers = 4096

type findKey struct {
	country, language, sector, nationality string
	priority                               triage.Priority
	limit                                  int
	minute                                 int64
}

func (d *Directory) find(q triage.Query) triage.Help {
	cc := strings.ToUpper(q.Country)
	h := triage.Help{Country: cc}
	if d == nil {
		return h
	}
	li := langIndex(q.Language)
	nat, guessed := strings.ToUpper(q.Nationality), false
	if nat == "" {
		nat, guessed = nationalityOf(li), true
	}
	now := q.Now
	if now.IsZero() {
		now = time.Now()
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	var buf [48]candidate
	cands := buf[:0]
	add := func(s *Service, local bool) {
		if len(s.Nationalities) > 0 && nat != "" && !guessed && !contains(s.Nationalities, nat) {
			return // an embassy or line for other nationals
		}
		if !local && len(s.prep.abroad[li].Contacts) == 0 {
			return // nothing that works from where the person is
		}
		cands = append(cands, candidate{s: s, local: local, order: len(cands)})
	}
	if c := d.countries[cc]; c != nil {
		h.Known = true
		if n, ok := c.Name[triage.Languages[li]]; ok {
			h.CountryName = n
		}
		h.Emergency = make([]triage.EmergencyNumber, len(c.Emergency))
		for i, e := range c.Emergency {
			h.Emergency[i] = triage.EmergencyNumber{Service: e.Service, Number: e.Number}
		}
		for _, s := range c.Services {
			if !s.AbroadOnly {
				add(s, true)
			}
		}
	}
	if cc == "" {
		// No one whose country is not known yet is left without a
		// number: each place's police number, with its place.
		h.Emergency = d.everywhere
	}
	if nat != "" && nat != cc {
		for _, s := range d.abroad[nat] {
			if s.LocatedIn == "" || s.LocatedIn == cc {
				add(s, false)
			}
		}
	}
	for _, s := range d.international {
		add(s, false)
	}
	for i := range cands {
		cands[i].rank(q, li, nat, now)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i].key, cands[j].key
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return cands[i].order < cands[j].order
	})
	if len(cands) > limit {
		cands = cands[:limit]
	}
	h.Services = make([]triage.ServiceCard, len(cands))
	for i, c := range cands {
		card := c.s.prep.abroad[li]
		if c.local {
			card = c.s.prep.local[li]
		}
		card.Contacts = append([]triage.Contact(nil), card.Contacts...)
		card.Cautions = append([]string(nil), card.Cautions...)
		if c.hasOpen {
			open := c.open
			card.OpenNow = &open
		}
		h.Services[i] = card
	}
	return h
}

// rank fills the candidate's sort key; lower sorts first, compared in
// order: verified, 24/7 when critical, open now, language, sector,
// nationality.
func (c *candidate) rank(q triage.Query, li int, nat string, now time.Time) {
	s, p := c.s, c.s.prep
	if !s.Verified {
		c.key[0] = 1 // never above a verified entry
	}
	if q.Priority == triage.Critical && !p.always {
		c.key[1] = 1
	}
	c.open, c.hasOpen = s.Hours.OpenAt(now)
	switch {
	case !c.hasOpen:
		c.key[2] = 1
	case !c.open:
		c.key[2] = 2
	}
	bit := uint16(1) << li
	if p.native&bit == 0 {
		c.key[3] = 1
		for _, in := range p.interp {
			if in.mask&bit == 0 {
				continue
			}
			if open, ok := in.hours.OpenAt(now); !ok || open {
				c.key[3] = 0
				break
			}
		}
	}
	switch {
	case q.Sector != "" && contains(s.Sectors, q.Sector):
	case len(s.Sectors) == 0:
		if q.Sector != "" {
			c.key[4] = 1
		}
	default:
		c.key[4] = 2
	}
	switch {
	case nat != "" && (contains(s.Nationalities, nat) || (!c.local && s.Country == nat)):
	case len(s.Nationalities) == 0:
		c.key[5] = 1
	default:
		c.key[5] = 2
	}
}
