package directory

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestCheckGolden runs the checker on broken directories under
// testdata/check and compares its output with the .golden files beside
// them. Refresh with: go test ./internal/directory/ -run CheckGolden -update
func TestCheckGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/check/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			code := RunCheck(os.DirFS(dir), "", &out, checkDay)
			got := out.String() + "exit " + string(rune('0'+code)) + "\n"
			golden := dir + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("check %s:\n--- got\n%s--- want\n%s", name, got, want)
			}
			if code != 1 {
				t.Errorf("exit code %d, want 1 for a broken directory", code)
			}
		})
	}
}

func TestRunCheckShippedExitsZero(t *testing.T) {
	var out bytes.Buffer
	if code := RunCheck(os.DirFS("../../directory"), "directory", &out, checkDay); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "0 errors") {
		t.Errorf("summary missing: %s", out.String())
	}
}

func TestProblemString(t *testing.T) {
	p := Problem{File: "th.yaml", Line: 12, Severity: Error, Message: "unknown field"}
	if got, want := p.String(), "th.yaml:12: unknown field"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"nmae", "name"}, {"contcts", "contacts"}, {"verifed_on", "verified_on"}, {"colour", ""}, {"x", ""},
	} {
		if got := suggest(tc.in, serviceFields); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAliasesAreResolved(t *testing.T) {
	fsys := fstest.MapFS{"sg.yaml": {Data: []byte(`country: SG
time_zone: Asia/Singapore
languages: [en]
emergency:
  - {service: police, number: "999"}
services:
  - id: sg-a
    kind: ngo
    name: {en: A}
    contacts: [{kind: web, value: "https://example.org/a"}]
    source: https://example.org/a
    verified_on: "2026-11-01"
    verified: false
    cautions: [&c {en: Be careful.}]
  - id: sg-b
    kind: ngo
    name: {en: B}
    contacts: [{kind: web, value: "https://example.org/b"}]
    source: https://example.org/b
    verified_on: "2026-11-01"
    verified: false
    cautions: [*c]
`)}}
	d, problems := load(fsys, checkDay)
	if HasErrors(problems) {
		t.Fatalf("problems: %v", problems)
	}
	if got := d.Service("sg-b").Cautions; len(got) != 1 || got[0]["en"] != "Be careful." {
		t.Errorf("aliased caution = %v", got)
	}
}

func TestHoursFormatAndOpen(t *testing.T) {
	fsys := fstest.MapFS{"th.yaml": {Data: []byte(`country: TH
time_zone: Asia/Bangkok
languages: [th]
emergency: [{service: police, number: "191"}]
services:
  - id: th-office
    kind: government
    name: {en: Office, th: สำนักงาน}
    contacts: [{kind: phone, value: "1546", display: "1546", domestic: true}]
    hours: {weekly: ["Mon-Fri 08:30-12:00, 13:00-16:30", "Sat 09:00-12:00"]}
    source: https://example.org
    verified_on: "2026-11-01"
    verified: false
`)}}
	d, problems := load(fsys, checkDay)
	if HasErrors(problems) {
		t.Fatalf("problems: %v", problems)
	}
	h := d.Service("th-office").Hours
	if got, want := h.Format("en"), "Mon–Fri 08:30–12:00, 13:00–16:30; Sat 09:00–12:00"; got != want {
		t.Errorf("Format(en) = %q, want %q", got, want)
	}
	if got := h.Format("th"); !strings.HasPrefix(got, "จ.–ศ.") {
		t.Errorf("Format(th) = %q", got)
	}
	bkk, _ := time.LoadLocation("Asia/Bangkok")
	for _, tc := range []struct {
		at   time.Time
		open bool
	}{
		{time.Date(2026, 11, 30, 9, 0, 0, 0, bkk), true},      // Monday morning
		{time.Date(2026, 11, 30, 12, 30, 0, 0, bkk), false},   // lunch
		{time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC), true}, // 09:00 in Bangkok
		{time.Date(2026, 11, 29, 10, 0, 0, 0, bkk), false},    // Sunday
		{time.Date(2026, 12, 5, 11, 59, 0, 0, bkk), true},     // Saturday
	} {
		if open, ok := h.OpenAt(tc.at); !ok || open != tc.open {
			t.Errorf("OpenAt(%v) = %v, %v; want %v", tc.at, open, ok, tc.open)
		}
	}
}

// TestAliasBombsAreRefused: a file of nested or self-referring aliases is
// refused with a clear problem instead of keeping the loader busy for ever.
func TestAliasBombsAreRefused(t *testing.T) {
	var bomb strings.Builder
	bomb.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&bomb, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	for name, in := range map[string]string{
		"nested":         bomb.String(),
		"self-referring": "x: &a [*a, *a, *a]\ny: &b [*a, *a, *a]\nz: [*b, *b]\n",
	} {
		t.Run(name, func(t *testing.T) {
			done := make(chan []Problem, 1)
			go func() { done <- Check(fstest.MapFS{"th.yaml": {Data: []byte(in)}}, checkDay) }()
			select {
			case problems := <-done:
				if !HasErrors(problems) || !strings.Contains(fmt.Sprint(problems), "alias") {
					t.Errorf("problems = %v, want an error about aliases", problems)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Check did not return: the aliases were expanded")
			}
		})
	}
}

// TestEmergencySourceIsChecked: an emergency number says where and when it
// was checked; a missing source is a warning (the number is still served),
// a source that is not a URL or a date in the future is an error.
func TestEmergencySourceIsChecked(t *testing.T) {
	fsys := fstest.MapFS{"sg.yaml": {Data: []byte(`country: SG
time_zone: Asia/Singapore
languages: [en]
emergency:
  - {service: police, number: "999", source: "https://example.org/999", verified_on: "2026-11-01"}
  - {service: ambulance, number: "995"}
  - {service: fire, number: "995", source: "a phone book", verified_on: "2026-11-01"}
  - {service: sms_police, number: "70999", source: "https://example.org/sms", verified_on: "2099-01-01"}
services:
  - id: sg-a
    kind: ngo
    name: {en: A}
    contacts: [{kind: web, value: "https://example.org/a"}]
    source: https://example.org/a
    verified_on: "2026-11-01"
    verified: false
`)}}
	d, problems := load(fsys, checkDay)
	got := map[int]Severity{}
	for _, p := range problems {
		got[p.Line] = p.Severity
	}
	want := map[int]Severity{6: Warning, 7: Error, 8: Error}
	for line, sev := range want {
		if got[line] != sev {
			t.Errorf("line %d: severity %v, want %v (problems: %v)", line, got[line], sev, problems)
		}
	}
	if _, ok := got[5]; ok {
		t.Errorf("a sourced, dated number has a problem: %v", problems)
	}
	if d != nil && d.Country("SG") != nil {
		if e := d.Country("SG").Emergency[0]; e.Source != "https://example.org/999" || e.VerifiedOn != "2026-11-01" {
			t.Errorf("emergency number read as %+v", e)
		}
	}
}
