package directory

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"helpbot/internal/triage"
)

// mapLocalizer is a Localizer backed by a map of English strings; other
// languages get the English text tagged with the language, so tests can
// see which language was asked for.
type mapLocalizer map[string]string

func (m mapLocalizer) Text(lang, id string, data map[string]any) string {
	s, ok := m[id]
	if !ok {
		return id
	}
	for k, v := range data {
		s = strings.ReplaceAll(s, "{{."+k+"}}", fmt.Sprint(v))
	}
	if lang != "en" {
		s = "[" + lang + "] " + s
	}
	return s
}

var testLocalizer = mapLocalizer{
	"help.title": "Find help", "help.choose_country": "Choose the country you are in now",
	"help.emergency": "Emergency numbers", "help.services": "Services that can help",
	"help.verified_on": "Checked on {{.Date}}", "help.unverified": "Not yet verified: check before you rely on it",
	"help.hours": "Hours", "help.languages": "Languages", "help.from_abroad": "From abroad", "help.caution": "Be careful",
	"help.source": "Source", "help.not_found": "We have no list for this country yet.", "help.other_countries": "Other countries",
	"help.chat": "Chat with us", "bot.open_24_7": "24 hours, every day", "bot.open_now": "open now", "bot.closed_now": "closed now",
	"bot.domestic_only": "only works inside the country",
	"service.police":    "Police", "service.ambulance": "Ambulance", "service.fire": "Fire", "service.sms_police": "Police by text message",
	"service.emergency": "Emergency",
	"contact.phone":     "Phone", "contact.sms": "SMS", "contact.whatsapp": "WhatsApp", "contact.line": "LINE", "contact.viber": "Viber",
	"contact.messenger": "Messenger", "contact.telegram": "Telegram", "contact.email": "Email", "contact.web": "Website",
	"country.BD": "Bangladesh", "country.BN": "Brunei", "country.KH": "Cambodia", "country.HK": "Hong Kong", "country.ID": "Indonesia",
	"country.LA": "Laos", "country.MY": "Malaysia", "country.MM": "Myanmar", "country.PH": "Philippines", "country.SG": "Singapore",
	"country.TH": "Thailand", "country.VN": "Vietnam",
}

func shippedPages(t testing.TB) (http.Handler, *Store) {
	t.Helper()
	s, err := NewStore("../../directory", nil)
	if err != nil {
		t.Fatal(err)
	}
	h := Pages(s, testLocalizer, triage.Languages)
	return h, s
}

func get(t testing.TB, h http.Handler, target string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestPagesEveryCountryEveryLanguage(t *testing.T) {
	h, s := shippedPages(t)
	for _, code := range s.Directory().Codes() {
		for _, lang := range triage.Languages {
			target := "/help/" + strings.ToLower(code) + "?lang=" + lang
			res, body := get(t, h, target)
			if res.StatusCode != http.StatusOK {
				t.Errorf("%s: status %d", target, res.StatusCode)
				continue
			}
			if n := len(body); n >= 30*1024 {
				t.Errorf("%s: %d bytes, want < 30 KB", target, n)
			}
			if !strings.Contains(body, `<html lang="`+lang+`">`) {
				t.Errorf("%s: no lang attribute for %s", target, lang)
			}
			if !strings.Contains(body, `href="tel:`) {
				t.Errorf("%s: no tel: link", target)
			}
			if strings.Contains(body, "<script") {
				t.Errorf("%s: has a script", target)
			}
			if strings.Contains(body, "ZgotmplZ") {
				t.Errorf("%s: a link was rejected by html/template", target)
			}
			if got := res.Header.Get("Content-Language"); got != lang {
				t.Errorf("%s: Content-Language %q", target, got)
			}
		}
	}
}

func TestPagesContent(t *testing.T) {
	h, _ := shippedPages(t)
	_, body := get(t, h, "/help/th?lang=en")
	for _, want := range []string{
		`<title>Find help</title>`, `href="tel:191"`, "Police", "Labour Protection and Welfare hotline 1546",
		"Checked on 2026-11-29", "Not yet verified", "@media print", "Be careful",
		"From abroad", "Philippines", // home-country lines for Filipinos in Thailand
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/help/th missing %q", want)
		}
	}
	// A domestic short code of another country is never offered on this page.
	if strings.Contains(body, `href="tel:16135"`) {
		t.Errorf("/help/th offers Bangladesh's domestic 16135")
	}
	if !strings.Contains(body, `href="tel:&#43;8809610102030"`) {
		t.Errorf("/help/th lacks Probash Bandhu's number from abroad")
	}
	// Verified entries come before unverified ones.
	if i, j := strings.Index(body, "Labour Protection and Welfare"), strings.Index(body, "Issara Institute"); i < 0 || j < 0 || i > j {
		t.Errorf("verified 1546 (%d) should come before unverified Issara (%d)", i, j)
	}
	_, body = get(t, h, "/help/th?lang=my")
	if !strings.Contains(body, "အလုပ်သမား အကာအကွယ်") {
		t.Errorf("/help/th?lang=my lacks the Burmese service name")
	}
}

func TestPagesChooserAndLanguageChoice(t *testing.T) {
	h, _ := shippedPages(t)
	res, body := get(t, h, "/help", "Accept-Language", "th-TH,th;q=0.9,en;q=0.5")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, `<html lang="th">`) {
		t.Fatalf("chooser: status %d, lang th? %v", res.StatusCode, strings.Contains(body, `lang="th"`))
	}
	for _, code := range []string{"bd", "bn", "kh", "hk", "id", "la", "my", "mm", "ph", "sg", "th", "vn"} {
		if !strings.Contains(body, `href="/help/`+code+`?lang=th"`) {
			t.Errorf("chooser lacks a link to %s", code)
		}
	}
	if _, body := get(t, h, "/help?lang=fil", "Accept-Language", "th"); !strings.Contains(body, `<html lang="fil">`) {
		t.Errorf("?lang= should win over Accept-Language")
	}
	if _, body := get(t, h, "/help", "Accept-Language", "tl-PH"); !strings.Contains(body, `<html lang="fil">`) {
		t.Errorf("tl should be served in fil")
	}
	if _, body := get(t, h, "/help", "Accept-Language", "de-DE"); !strings.Contains(body, `<html lang="en">`) {
		t.Errorf("an unsupported language should fall back to en")
	}
	res, body = get(t, h, "/help/sa?lang=en")
	if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "We have no list") || !strings.Contains(body, `href="tel:&#43;`) {
		t.Errorf("/help/sa: status %d; want 404 with the not-found text and home-country lines", res.StatusCode)
	}
}
