package directory

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestRunExportJSON(t *testing.T) {
	d, problems := Load(os.DirFS("../../directory"))
	if HasErrors(problems) {
		t.Fatal(problems)
	}
	var out bytes.Buffer
	if err := RunExport(d, "", &out); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Countries []struct {
			Country   string `json:"country"`
			Emergency []struct {
				Service, Number string
			} `json:"emergency"`
			Services []map[string]any `json:"services"`
		} `json:"countries"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Countries) != 12 {
		t.Errorf("%d countries, want 12", len(got.Countries))
	}
	for _, c := range got.Countries {
		if len(c.Emergency) == 0 {
			t.Errorf("%s: no emergency numbers", c.Country)
		}
		for _, s := range c.Services {
			for _, k := range []string{"id", "name", "kind", "contacts", "source", "verified_on", "verified"} {
				if _, ok := s[k]; !ok {
					t.Errorf("%s %v: no %q", c.Country, s["id"], k)
				}
			}
		}
	}
}

func TestRunExportHSDS(t *testing.T) {
	d, problems := Load(os.DirFS("../../directory"))
	if HasErrors(problems) {
		t.Fatal(problems)
	}
	var out bytes.Buffer
	if err := RunExport(d, "hsds", &out); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Organizations []struct{ ID, Name string } `json:"organizations"`
		Services      []struct {
			ID             string `json:"id"`
			OrganizationID string `json:"organization_id"`
			Name           string `json:"name"`
			Status         string `json:"status"`
			AssuredDate    string `json:"assured_date"`
			Phones         []struct {
				Number, Type string
			} `json:"phones"`
			Schedules []struct {
				Freq     string `json:"freq"`
				Byday    string `json:"byday"`
				OpensAt  string `json:"opens_at"`
				ClosesAt string `json:"closes_at"`
			} `json:"schedules"`
			Languages []struct{ Code string } `json:"languages"`
		} `json:"services"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Services) == 0 || len(got.Services) != len(got.Organizations) {
		t.Fatalf("%d services, %d organizations", len(got.Services), len(got.Organizations))
	}
	seen := map[string]bool{}
	for _, s := range got.Services {
		if seen[s.ID] || len(s.ID) != 36 || s.OrganizationID == "" || s.Name == "" || s.Status != "active" {
			t.Errorf("bad service %+v", s)
		}
		seen[s.ID] = true
		if s.Name == "Department of Employment hotline 1694 for migrant workers" {
			if len(s.Schedules) != 1 || s.Schedules[0].Byday != "MO,TU,WE,TH,FR" || s.Schedules[0].OpensAt != "08:30+07:00" || s.Schedules[0].ClosesAt != "16:30+07:00" {
				t.Errorf("1694 schedule = %+v", s.Schedules)
			}
			if len(s.Phones) != 1 || s.Phones[0].Number != "1694" || s.Phones[0].Type != "voice" {
				t.Errorf("1694 phones = %+v", s.Phones)
			}
		}
	}
	if err := RunExport(d, "xml", &out); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("unknown format: %v", err)
	}
}
