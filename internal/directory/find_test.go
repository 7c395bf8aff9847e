package directory

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"helpbot/internal/triage"
)

// rankingFS is a small directory that exercises each ranking rule.
var rankingFS = fstest.MapFS{
	"th.yaml": {Data: []byte(`country: TH
time_zone: Asia/Bangkok
languages: [th]
emergency:
  - {service: police, number: "191"}
  - {service: ambulance, number: "1669"}
services:
  - id: th-unverified-247
    kind: ngo
    name: {en: Unverified 24/7 in Burmese, th: ไม่ยืนยัน}
    contacts: [{kind: phone, value: "1300", display: "1300", domestic: true}]
    languages: [my, th]
    hours: {always: true}
    source: https://example.org/1
    verified_on: "2026-11-01"
    verified: false
  - id: th-office-thai
    kind: government
    name: {en: Office in Thai, th: สำนักงาน}
    contacts: [{kind: phone, value: "1546", display: "1546", domestic: true}]
    languages: [th]
    hours: {weekly: ["Mon-Fri 08:30-16:30"]}
    source: https://example.org/2
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-office-burmese
    kind: government
    name: {en: Office in Burmese, th: สำนักงานพม่า, my: ရုံး}
    contacts: [{kind: phone, value: "1694", display: "1694", domestic: true}]
    languages: [th, my]
    hours: {weekly: ["Mon-Fri 08:30-16:30"]}
    source: https://example.org/3
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-fishing-office
    kind: government
    name: {en: Fishing office, th: สำนักงานประมง}
    contacts: [{kind: phone, value: "1546", display: "1546", domestic: true}]
    languages: [th]
    sectors: [fishing]
    hours: {weekly: ["Mon-Fri 08:30-16:30"]}
    source: https://example.org/3b
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-fishing
    kind: ngo
    name: {en: Fishing NGO, th: ประมง}
    contacts: [{kind: web, value: "https://example.org/fish"}]
    languages: [th]
    sectors: [fishing]
    source: https://example.org/4
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-verified-247
    kind: hotline
    name: {en: Verified 24/7, th: ตลอด}
    contacts: [{kind: phone, value: "1300", display: "1300", domestic: true}]
    languages: [th]
    hours: {always: true}
    source: https://example.org/5
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-mm-embassy
    kind: embassy
    name: {en: Embassy for MM nationals, th: สถานทูต}
    contacts: [{kind: web, value: "https://example.org/emb"}]
    nationalities: [MM]
    source: https://example.org/6
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: th-abroad
    kind: hotline
    abroad_only: true
    name: {en: Line for Thais abroad, th: สายคนไทยในต่างประเทศ}
    contacts: [{kind: phone, value: "+66991301300", display: "+66 99 130 1300"}]
    languages: [th]
    hours: {always: true}
    source: https://example.org/7
    verified_on: "2026-11-01"
    verified: true
    note: test
`)},
	"ph.yaml": {Data: []byte(`country: PH
time_zone: Asia/Manila
languages: [fil, en]
emergency: [{service: police, number: "911"}]
services:
  - id: ph-home-line
    kind: hotline
    for_nationals_abroad: true
    name: {en: Home line, fil: Linya}
    contacts:
      - {kind: phone, value: "1343", display: "1343", domestic: true, abroad: "+63288344996", abroad_display: "(+632) 8834 4996"}
      - {kind: sms, value: "1343", display: "1343", domestic: true}
    languages: [fil, en]
    hours: {always: true}
    source: https://example.org/8
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: ph-domestic-only
    kind: hotline
    for_nationals_abroad: true
    name: {en: Domestic only, fil: Dito lang}
    contacts: [{kind: phone, value: "1348", display: "1348", domestic: true}]
    languages: [fil]
    source: https://example.org/9
    verified_on: "2026-11-01"
    verified: true
    note: test
  - id: ph-embassy-sa
    kind: embassy
    abroad_only: true
    located_in: SA
    name: {en: Embassy in Riyadh, fil: Embahada sa Riyadh}
    contacts: [{kind: phone, value: "+63288344996", display: "embassy"}]
    source: https://example.org/10
    verified_on: "2026-11-01"
    verified: false
`)},
}

func mustLoad(tb testing.TB) *Directory {
	tb.Helper()
	d, problems := load(rankingFS, checkDay)
	if HasErrors(problems) || d == nil {
		tb.Fatalf("load: %v", problems)
	}
	return d
}

func ids(h triage.Help) string {
	var out []string
	for _, s := range h.Services {
		out = append(out, s.ID)
	}
	return strings.Join(out, " ")
}

func TestFindRanking(t *testing.T) {
	d := mustLoad(t)
	bkk, _ := time.LoadLocation("Asia/Bangkok")
	mondayMorning := time.Date(2026, 11, 30, 10, 0, 0, 0, bkk)
	sundayNight := time.Date(2026, 11, 29, 23, 0, 0, 0, bkk)
	for _, tc := range []struct {
		name string
		q    triage.Query
		want string
	}{
		{"open offices first, own language first, unverified last",
			triage.Query{Country: "TH", Language: "my", Nationality: "MM", Now: mondayMorning, Limit: 10},
			"th-office-burmese th-office-thai th-verified-247 th-fishing-office th-mm-embassy th-fishing th-unverified-247"},
		{"critical puts 24/7 lines first",
			triage.Query{Country: "TH", Language: "my", Nationality: "MM", Priority: triage.Critical, Now: mondayMorning, Limit: 10},
			"th-verified-247 th-office-burmese th-office-thai th-fishing-office th-mm-embassy th-fishing th-unverified-247"},
		{"at night the closed offices drop",
			triage.Query{Country: "TH", Language: "th", Nationality: "TH", Now: sundayNight, Limit: 10},
			"th-verified-247 th-fishing th-office-thai th-office-burmese th-fishing-office th-unverified-247"},
		{"sector match ranks up among open services",
			triage.Query{Country: "TH", Language: "th", Nationality: "TH", Sector: "fishing", Now: mondayMorning, Limit: 10},
			"th-fishing-office th-office-thai th-office-burmese th-verified-247 th-fishing th-unverified-247"},
		{"embassy for other nationals is left out; home lines for nationals abroad added",
			triage.Query{Country: "TH", Language: "fil", Nationality: "PH", Now: sundayNight, Limit: 10},
			"ph-home-line th-verified-247 th-fishing th-office-thai th-office-burmese th-fishing-office th-unverified-247"},
		{"limit",
			triage.Query{Country: "TH", Language: "th", Nationality: "TH", Now: sundayNight, Limit: 2},
			"th-verified-247 th-fishing"},
		{"no file: home lines by nationality; domestic-only line left out; embassy elsewhere left out",
			triage.Query{Country: "KW", Language: "en", Nationality: "PH", Now: mondayMorning},
			"ph-home-line"},
		{"no file: embassy where known",
			triage.Query{Country: "SA", Language: "en", Nationality: "PH", Now: mondayMorning},
			"ph-home-line ph-embassy-sa"},
		{"unknown country, nationality guessed from the language",
			triage.Query{Country: "", Language: "th", Now: mondayMorning},
			"th-abroad"},
		{"unknown country and nationality",
			triage.Query{Country: "", Language: "en", Now: mondayMorning},
			""},
		{"at home, abroad-only lines are not offered",
			triage.Query{Country: "TH", Language: "th", Nationality: "TH", Now: sundayNight, Limit: 10},
			"th-verified-247 th-fishing th-office-thai th-office-burmese th-fishing-office th-unverified-247"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(d.Find(tc.q)); got != tc.want {
				t.Errorf("Find(%+v)\n got  %s\n want %s", tc.q, got, tc.want)
			}
		})
	}
}

func TestFindNeverOutranksVerified(t *testing.T) {
	d := mustLoad(t)
	for _, lang := range triage.Languages {
		for _, pr := range []triage.Priority{triage.Critical, triage.High, triage.Normal} {
			h := d.Find(triage.Query{Country: "TH", Language: lang, Priority: pr, Now: checkDay, Limit: 20})
			seenUnverified := false
			for _, s := range h.Services {
				if !s.Verified {
					seenUnverified = true
				} else if seenUnverified {
					t.Fatalf("%s/%s: verified %s after an unverified entry", lang, pr, s.ID)
				}
			}
		}
	}
}

func TestFindCards(t *testing.T) {
	d := mustLoad(t)
	h := d.Find(triage.Query{Country: "TH", Language: "th", Now: checkDay, Limit: 10})
	if !h.Known || h.Country != "TH" {
		t.Fatalf("Known=%v Country=%q", h.Known, h.Country)
	}
	if len(h.Emergency) != 2 || h.Emergency[0].Service != "police" || h.Emergency[0].Number != "191" {
		t.Errorf("emergency = %+v", h.Emergency)
	}
	byID := map[string]triage.ServiceCard{}
	for _, s := range h.Services {
		byID[s.ID] = s
	}
	if got := byID["th-office-thai"].Name; got != "สำนักงาน" {
		t.Errorf("name in Thai = %q", got)
	}
	if c := byID["th-verified-247"]; c.Hours != "24/7" || c.OpenNow == nil || !*c.OpenNow || c.VerifiedOn != "2026-11-01" {
		t.Errorf("24/7 card = %+v", c)
	}
	if c := byID["th-unverified-247"]; c.Verified || c.VerifiedOn != "" {
		t.Errorf("unverified card shows a check date: %+v", c)
	}
	if c := byID["th-office-thai"]; !c.Contacts[0].Domestic {
		t.Errorf("domestic flag lost: %+v", c.Contacts)
	}
	// Fallback to English for a language the entry lacks.
	h = d.Find(triage.Query{Country: "TH", Language: "vi", Now: checkDay, Limit: 10})
	for _, s := range h.Services {
		if s.ID == "th-office-thai" && s.Name != "Office in Thai" {
			t.Errorf("fallback name = %q", s.Name)
		}
	}
}

func TestFindAbroadUsesAbroadNumbers(t *testing.T) {
	d := mustLoad(t)
	h := d.Find(triage.Query{Country: "HK", Language: "fil", Nationality: "PH", Now: checkDay})
	if h.Known {
		t.Errorf("HK has no file in this directory but Known = true")
	}
	if len(h.Services) != 1 {
		t.Fatalf("services = %s", ids(h))
	}
	cs := h.Services[0].Contacts
	if len(cs) != 1 || cs[0].Value != "+63288344996" || cs[0].Domestic || cs[0].Label != "(+632) 8834 4996" {
		t.Errorf("contacts abroad = %+v (the domestic SMS short code must be dropped, the phone replaced by its abroad number)", cs)
	}
	// At home, the same line offers its domestic numbers.
	h = d.Find(triage.Query{Country: "PH", Language: "fil", Nationality: "PH", Now: checkDay})
	for _, s := range h.Services {
		if s.ID == "ph-home-line" && (len(s.Contacts) != 2 || s.Contacts[0].Value != "1343") {
			t.Errorf("contacts at home = %+v", s.Contacts)
		}
	}
}

func TestFindNilDirectory(t *testing.T) {
	var d *Directory
	if h := d.Find(triage.Query{Country: "th"}); h.Country != "TH" || h.Known {
		t.Errorf("nil directory: %+v", h)
	}
}

func BenchmarkFind(b *testing.B) {
	d, problems := Load(osDirFS("../../directory"))
	if HasErrors(problems) {
		b.Fatal(problems)
	}
	q := triage.Query{Country: "TH", Language: "my", Nationality: "MM", Sector: "fishing", Priority: triage.High, Now: checkDay}
	b.Run("ranked", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = d.find(q)
		}
	})
	b.Run("kept", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = d.Find(q)
		}
	})
}

func BenchmarkFindAbroad(b *testing.B) {
	d, problems := Load(osDirFS("../../directory"))
	if HasErrors(problems) {
		b.Fatal(problems)
	}
	q := triage.Query{Country: "SA", Language: "fil", Nationality: "PH", Priority: triage.Critical, Now: checkDay}
	b.ReportAllocs()
	for b.Loop() {
		_ = d.find(q)
	}
}

func BenchmarkLoadAndCheck(b *testing.B) {
	fsys := osDirFS("../../directory")
	b.ReportAllocs()
	for b.Loop() {
		if _, problems := load(fsys, checkDay); HasErrors(problems) {
			b.Fatal(problems)
		}
	}
}

// TestFindKeepsAnswersPerMinute: the same question in the same minute gets
// the kept answer; a new minute (opening hours change) is asked again.
func TestFindKeepsAnswersPerMinute(t *testing.T) {
	d, problems := Load(osDirFS("../../directory"))
	if HasErrors(problems) {
		t.Fatal(problems)
	}
	q := triage.Query{Country: "TH", Language: "th", Priority: triage.Normal, Now: checkDay}
	a, b := d.Find(q), d.Find(q)
	if len(a.Services) == 0 || &a.Services[0] != &b.Services[0] {
		t.Error("the same question in the same minute was ranked again")
	}
	q.Now = q.Now.Add(time.Minute)
	if c := d.Find(q); len(c.Services) > 0 && &c.Services[0] == &a.Services[0] {
		t.Error("a new minute reused the answer of the last")
	}
	if fresh := d.find(q); len(fresh.Services) != len(a.Services) {
		t.Errorf("kept answer has %d services, fresh %d", len(a.Services), len(fresh.Services))
	}
}
