package directory

import (
	"io/fs"
	"os"
	"testing"
	"time"

	"helpbot/internal/triage"
)

// checkDay is the date the shipped files were last checked against their sources.
var checkDay = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func TestShippedDirectoryHasNoErrors(t *testing.T) {
	problems := Check(os.DirFS("../../directory"), checkDay)
	for _, p := range problems {
		if p.Severity == Error {
			t.Errorf("%s", p)
		} else {
			t.Logf("warning: %s", p)
		}
	}
}

func TestShippedDirectoryCoversEveryPlace(t *testing.T) {
	d, problems := Load(os.DirFS("../../directory"))
	if HasErrors(problems) {
		t.Fatalf("shipped directory has errors; see TestShippedDirectoryHasNoErrors")
	}
	for _, cc := range []string{"BD", "BN", "KH", "HK", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"} {
		c := d.Country(cc)
		if c == nil {
			t.Errorf("%s: no file", cc)
			continue
		}
		services := map[string]bool{}
		for _, e := range c.Emergency {
			services[e.Service] = true
		}
		if !services["police"] {
			t.Errorf("%s: no police number", cc)
		}
		if len(c.Services) == 0 {
			t.Errorf("%s: no services", cc)
		}
		for _, s := range c.Services {
			if s.Source == "" || s.VerifiedOn == "" {
				t.Errorf("%s: %s has no source or verified_on", cc, s.ID)
			}
		}
		h := d.Find(triage.Query{Country: cc, Language: "en", Now: checkDay})
		if !h.Known || len(h.Emergency) == 0 {
			t.Errorf("%s: Find gives no emergency numbers", cc)
		}
	}
	for _, nat := range []string{"PH", "ID", "BD", "TH", "VN"} {
		if len(d.Abroad(nat)) == 0 {
			t.Errorf("no lines for %s nationals abroad", nat)
		}
	}
}

func osDirFS(dir string) fs.FS { return os.DirFS(dir) }

// TestUnknownCountryGetsEveryPlacesNumber: a person whose country is not
// known yet gets each place's police number, with the place; one
// whose country is known gets that country's numbers alone.
func TestUnknownCountryGetsEveryPlacesNumber(t *testing.T) {
	d, problems := Load(os.DirFS("../../directory"))
	if HasErrors(problems) {
		t.Fatalf("shipped directory has errors; see TestShippedDirectoryHasNoErrors")
	}
	for _, p := range []triage.Priority{triage.Critical, triage.High, triage.Normal} {
		h := d.Find(triage.Query{Language: "th", Priority: p})
		got := map[string]string{}
		for _, n := range h.Emergency {
			got[n.Country] = n.Number
		}
		for _, cc := range triage.Countries {
			want := ""
			for _, e := range d.Country(cc).Emergency {
				if e.Service == "police" {
					want = e.Number
					break
				}
			}
			if got[cc] != want {
				t.Errorf("%s, %s: number %q, want the police number, %q", p, cc, got[cc], want)
			}
		}
		if len(h.Emergency) != len(triage.Countries) {
			t.Errorf("%s: %d numbers, want one for each of the %d places", p, len(h.Emergency), len(triage.Countries))
		}
	}
	h := d.Find(triage.Query{Country: "MY", Language: "th", Priority: triage.Critical})
	for _, n := range h.Emergency {
		if n.Country != "" {
			t.Errorf("a person known to be in Malaysia got a number for %s: %+v", n.Country, n)
		}
	}
	if len(h.Emergency) != len(d.Country("MY").Emergency) {
		t.Errorf("a person known to be in Malaysia got %+v", h.Emergency)
	}
}
