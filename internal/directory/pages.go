package directory

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"helpbot/internal/triage"
)

//go:embed pages.html
var pagesHTML string

var pagesTmpl = template.Must(template.New("page").Parse(pagesHTML))

// autonyms name languages in themselves, for the language switcher and the
// languages a service answers in.
var autonyms = map[string]string{
	"en": "English", "th": "ไทย", "my": "မြန်မာ", "km": "ខ្មែរ", "lo": "ລາວ", "vi": "Tiếng Việt",
	"id": "Bahasa Indonesia", "ms": "Bahasa Melayu", "fil": "Filipino", "tl": "Tagalog", "bn": "বাংলা",
	"zh-Hant": "繁體中文", "zh": "中文", "yue": "廣東話", "ne": "नेपाली", "hi": "हिन्दी", "pa": "ਪੰਜਾਬੀ",
	"ur": "اردو", "ta": "தமிழ்", "shn": "တႆး", "ksw": "ကညီ", "mnw": "ဘာသာ မန်", "ceb": "Cebuano", "ilo": "Ilokano",
	"jv": "Basa Jawa", "ar": "العربية",
}

func autonym(tag string) string {
	if n, ok := autonyms[tag]; ok {
		return n
	}
	return tag
}

// emergencyServices are the emergency kinds the localizer names.
var emergencyServices = map[string]bool{"police": true, "ambulance": true, "fire": true, "sms_police": true, "emergency": true}

type pages struct {
	store     *Store
	loc       triage.Localizer
	languages []string
	matcher   language.Matcher
	now       func() time.Time
}

// Pages serves the Find Help pages: GET /help to choose a country and
// GET /help/{cc} for one country's emergency numbers and services. Pages
// are rendered on the server in the language from ?lang= or
// Accept-Language (one of languages, the first as default), need no
// JavaScript and print cleanly.
func Pages(s *Store, loc triage.Localizer, languages []string) http.Handler {
	if len(languages) == 0 {
		languages = triage.Languages
	}
	tags := make([]language.Tag, 0, len(languages))
	for _, l := range languages {
		tags = append(tags, language.Make(l))
	}
	p := &pages{store: s, loc: loc, languages: languages, matcher: language.NewMatcher(tags), now: time.Now}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /help", p.handleChooser)
	mux.HandleFunc("GET /help/{$}", p.handleChooser)
	mux.HandleFunc("GET /help/{cc}", p.handleCountry)
	return mux
}

func (p *pages) lang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l != "" {
		for _, s := range p.languages {
			if strings.EqualFold(s, l) {
				return s
			}
		}
		if b := botLanguage(l); b != "" {
			for _, s := range p.languages {
				if s == b {
					return s
				}
			}
		}
	}
	if al := r.Header.Get("Accept-Language"); al != "" {
		// Filipino is often sent as "tl"; Chinese in Hong Kong as zh-HK.
		al = strings.NewReplacer("tl", "fil", "zh-HK", "zh-Hant", "zh-TW", "zh-Hant").Replace(al)
		_, i, conf := p.matcher.Match(parseAccept(al)...)
		if conf != language.No {
			return p.languages[i]
		}
	}
	return p.languages[0]
}

func parseAccept(al string) []language.Tag {
	tags, _, err := language.ParseAcceptLanguage(al)
	if err != nil {
		return nil
	}
	return tags
}

type texts struct {
	Languages, ChooseCountry, NotFound, Emergency, Services, FromAbroad, OtherCountries, Chat,
	Unverified, Hours, Caution, Source, Domestic, OpenNow, ClosedNow, Open247 string
}

type langLink struct {
	Tag, Name string
	Href      template.URL
	Current   bool
}

type countryLink struct {
	Name string
	Href template.URL
}

type emergencyView struct {
	Label, Number, Note string
	Href                template.URL
}

type contactView struct {
	Kind, Text, Domestic    string
	Href                    template.URL
	Tel, External           bool
	AbroadLabel, AbroadText string
	AbroadHref              template.URL
}

type serviceView struct {
	T                                   *texts
	Name, Description, Hours, HoursNote string
	OpenNow, OpenClass, Languages       string
	VerifiedOn                          string
	Source                              template.URL
	Verified                            bool
	Contacts                            []contactView
	Cautions                            []string
}

type abroadGroup struct {
	Name     string
	Services []serviceView
}

type pageData struct {
	Lang, Title, Heading string
	T                    *texts
	Langs                []langLink
	Chooser, NotFound    bool
	Countries            []countryLink
	Emergency            []emergencyView
	Services             []serviceView
	Abroad               []abroadGroup
}

func (p *pages) base(r *http.Request, lang string) *pageData {
	t := func(id string) string { return p.loc.Text(lang, id, nil) }
	tx := &texts{
		Languages: t("help.languages"), ChooseCountry: t("help.choose_country"), NotFound: t("help.not_found"),
		Emergency: t("help.emergency"), Services: t("help.services"), FromAbroad: t("help.from_abroad"),
		OtherCountries: t("help.other_countries"), Chat: t("help.chat"), Unverified: t("help.unverified"),
		Hours: t("help.hours"), Caution: t("help.caution"), Source: t("help.source"),
		Domestic: t("bot.domestic_only"), OpenNow: t("bot.open_now"), ClosedNow: t("bot.closed_now"), Open247: t("bot.open_24_7"),
	}
	d := &pageData{Lang: lang, Title: t("help.title"), T: tx}
	// Links back to this page are built from the route, never from the raw request path.
	self := "/help"
	if cc := r.PathValue("cc"); isAlpha2(strings.ToUpper(cc)) {
		self += "/" + strings.ToLower(cc)
	}
	for _, l := range p.languages {
		q := url.Values{"lang": {l}}
		d.Langs = append(d.Langs, langLink{Tag: l, Name: autonym(l), Href: template.URL(self + "?" + q.Encode()), Current: l == lang})
	}
	dir := p.store.Directory()
	for _, code := range dir.Codes() {
		d.Countries = append(d.Countries, countryLink{
			Name: p.loc.Text(lang, "country."+code, nil),
			Href: template.URL("/help/" + strings.ToLower(code) + "?lang=" + url.QueryEscape(lang)),
		})
	}
	sort.SliceStable(d.Countries, func(i, j int) bool { return d.Countries[i].Name < d.Countries[j].Name })
	return d
}

func (p *pages) handleChooser(w http.ResponseWriter, r *http.Request) {
	lang := p.lang(r)
	d := p.base(r, lang)
	d.Chooser = true
	d.Heading = d.Title
	p.render(w, lang, http.StatusOK, d)
}

func (p *pages) handleCountry(w http.ResponseWriter, r *http.Request) {
	lang := p.lang(r)
	cc := strings.ToUpper(r.PathValue("cc"))
	d := p.base(r, lang)
	dir := p.store.Directory()
	c := dir.Country(cc)
	li := langIndex(lang)
	now := p.now()
	status := http.StatusOK
	if c == nil {
		status = http.StatusNotFound
		d.NotFound = true
		d.Heading = d.Title
		if isAlpha2(cc) {
			if n := p.loc.Text(lang, "country."+cc, nil); n != "" && n != "country."+cc {
				d.Heading = n
			}
		}
	} else {
		d.Heading = p.loc.Text(lang, "country."+cc, nil)
		for _, e := range c.Emergency {
			label := e.Service
			if emergencyServices[e.Service] {
				label = p.loc.Text(lang, "service."+e.Service, nil)
			} else if n := pick(e.Note, li, c.Languages); n != "" {
				label = n
			}
			ev := emergencyView{Label: label, Number: e.Number, Href: telHref(e.Number, e.Service == "sms_police")}
			if emergencyServices[e.Service] {
				ev.Note = pick(e.Note, li, c.Languages)
			}
			d.Emergency = append(d.Emergency, ev)
		}
		for _, s := range c.Services {
			if !s.AbroadOnly {
				d.Services = append(d.Services, p.serviceView(s, d.T, lang, li, true, now))
			}
		}
		sortViews(d.Services)
	}
	// Home-country lines for people from elsewhere.
	for _, home := range dir.AbroadHomes() {
		if home == cc {
			continue
		}
		var views []serviceView
		for _, s := range dir.Abroad(home) {
			if s.LocatedIn != "" && s.LocatedIn != cc {
				continue
			}
			if v := p.serviceView(s, d.T, lang, li, false, now); len(v.Contacts) > 0 {
				views = append(views, v)
			}
		}
		if len(views) > 0 {
			sortViews(views)
			d.Abroad = append(d.Abroad, abroadGroup{Name: p.loc.Text(lang, "country."+home, nil), Services: views})
		}
	}
	for _, s := range dir.International() {
		if v := p.serviceView(s, d.T, lang, li, false, now); len(v.Contacts) > 0 {
			d.Services = append(d.Services, v)
		}
	}
	p.render(w, lang, status, d)
}

// sortViews puts verified entries before unverified ones, keeping file order.
func sortViews(v []serviceView) {
	sort.SliceStable(v, func(i, j int) bool { return v[i].Verified && !v[j].Verified })
}

func (p *pages) serviceView(s *Service, tx *texts, lang string, li int, local bool, now time.Time) serviceView {
	var langs []string
	for _, l := range s.Languages {
		langs = append(langs, autonym(l))
	}
	v := serviceView{
		T: tx, Name: pick(s.Name, li, nil), Description: pick(s.Description, li, nil),
		Verified: s.Verified, Source: template.URL(s.Source), Languages: strings.Join(langs, ", "),
	}
	if s.Verified && s.VerifiedOn != "" {
		v.VerifiedOn = p.loc.Text(lang, "help.verified_on", map[string]any{"Date": s.VerifiedOn})
	}
	if s.Hours.Known {
		v.Hours = s.Hours.Format(lang)
		if s.Hours.Always {
			v.Hours = tx.Open247
		} else if open, ok := s.Hours.OpenAt(now); ok {
			v.OpenNow, v.OpenClass = tx.ClosedNow, "closed"
			if open {
				v.OpenNow, v.OpenClass = tx.OpenNow, "open"
			}
		}
		var notes []string
		if h := pick(s.Hours.Holidays, li, nil); h != "" {
			notes = append(notes, h)
		}
		if n := pick(s.Hours.Note, li, nil); n != "" {
			notes = append(notes, n)
		}
		v.HoursNote = strings.Join(notes, " ")
	}
	for _, in := range s.Interpreters {
		var names []string
		for _, l := range in.Languages {
			names = append(names, autonym(l))
		}
		extra := "+ " + strings.Join(names, ", ")
		if f := in.Hours.Format(lang); f != "" {
			extra += " (" + f + ")"
		}
		if v.Languages != "" {
			v.Languages += "; "
		}
		v.Languages += extra
	}
	for _, c := range s.Cautions {
		v.Cautions = append(v.Cautions, pick(c, li, nil))
	}
	for _, c := range orderContacts(s.Contacts, lang) {
		cv := contactView{Kind: p.loc.Text(lang, "contact."+c.Kind, nil), Text: label(c)}
		switch c.Kind {
		case "phone":
			cv.Href, cv.Tel = telHref(c.Value, false), true
		case "sms":
			cv.Href, cv.Tel = telHref(c.Value, true), true
		case "whatsapp":
			cv.Href, cv.External = template.URL("https://wa.me/"+strings.TrimPrefix(c.Value, "+")), true
		case "viber":
			cv.Href = template.URL("viber://chat?number=" + url.QueryEscape(c.Value))
		case "email":
			cv.Href = template.URL("mailto:" + c.Value)
		default:
			cv.Href, cv.External = template.URL(c.Value), true
		}
		if c.Domestic {
			if !local {
				if c.Abroad == "" {
					continue // never offer a number that cannot work from where the person is
				}
				cv.Text = c.AbroadDisplay
				if cv.Text == "" {
					cv.Text = formatE164(c.Abroad)
				}
				cv.Href = telHref(c.Abroad, c.Kind == "sms")
			} else {
				cv.Domestic = tx.Domestic
				if c.Abroad != "" {
					cv.AbroadLabel = tx.FromAbroad
					cv.AbroadText = c.AbroadDisplay
					if cv.AbroadText == "" {
						cv.AbroadText = formatE164(c.Abroad)
					}
					cv.AbroadHref = telHref(c.Abroad, c.Kind == "sms")
				}
			}
		}
		v.Contacts = append(v.Contacts, cv)
	}
	return v
}

// telHref builds a tel: or sms: link from a number already validated as
// digits with an optional leading +.
func telHref(num string, sms bool) template.URL {
	clean := strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || r == '+' {
			return r
		}
		return -1
	}, num)
	if sms {
		return template.URL("sms:" + clean)
	}
	return template.URL("tel:" + clean)
}

func (p *pages) render(w http.ResponseWriter, lang string, status int, d *pageData) {
	var buf bytes.Buffer
	if err := pagesTmpl.Execute(&buf, d); err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", lang)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'")
	h.Set("Vary", "Accept-Language")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
