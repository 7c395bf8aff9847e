package directory

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// RunCheck validates the directory files in fsys, prints each problem as
// "file:line: message" (file names prefixed with name, the directory as the
// user gave it) and a summary, and returns the exit code: 1 when any
// problem is an error, 0 otherwise.
func RunCheck(fsys fs.FS, name string, stdout io.Writer, now time.Time) int {
	d, problems := load(fsys, now)
	errs, warns := 0, 0
	for _, p := range problems {
		if name != "" && name != "." {
			p.File = path.Join(name, p.File)
		}
		if p.Severity == Error {
			errs++
			fmt.Fprintln(stdout, p.String())
		} else {
			warns++
			p.Message = "warning: " + p.Message
			fmt.Fprintln(stdout, p.String())
		}
	}
	st := d.Stats()
	if names, err := yamlFiles(fsys); err == nil {
		st.Files = len(names)
	}
	fmt.Fprintf(stdout, "%d files, %d countries, %d services (%d verified, %d unverified): %d errors, %d warnings\n",
		st.Files, st.Countries, st.Services, st.Verified, st.Services-st.Verified, errs, warns)
	if errs > 0 {
		return 1
	}
	return 0
}

// RunExport writes the whole directory to stdout as "json" (the default,
// helpbot's own shape) or "hsds" (Open Referral Human Services Data
// Specification 3.0 JSON).
func RunExport(d *Directory, format string, stdout io.Writer) error {
	if d == nil {
		return fmt.Errorf("export directory: no directory loaded")
	}
	var v any
	switch format {
	case "", "json":
		v = d.exportJSON()
	case "hsds":
		v = d.exportHSDS()
	default:
		return fmt.Errorf("export directory: unknown format %q (json or hsds)", format)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("export directory: %w", err)
	}
	return nil
}

type jsonDirectory struct {
	Countries     []jsonCountry `json:"countries"`
	International []jsonService `json:"international"`
}

type jsonCountry struct {
	Country   string          `json:"country"`
	Name      Text            `json:"name,omitempty"`
	TimeZone  string          `json:"time_zone"`
	Languages []string        `json:"languages,omitempty"`
	Emergency []jsonEmergency `json:"emergency"`
	Services  []jsonService   `json:"services"`
}

type jsonEmergency struct {
	Service    string `json:"service"`
	Number     string `json:"number"`
	Note       Text   `json:"note,omitempty"`
	Source     string `json:"source,omitempty"`
	VerifiedOn string `json:"verified_on,omitempty"`
}

type jsonService struct {
	ID              string            `json:"id"`
	Name            Text              `json:"name"`
	Description     Text              `json:"description,omitempty"`
	Kind            string            `json:"kind"`
	Contacts        []jsonContact     `json:"contacts"`
	Languages       []string          `json:"languages,omitempty"`
	Interpreters    []jsonInterpreter `json:"interpreters,omitempty"`
	Hours           *jsonHours        `json:"hours,omitempty"`
	Sectors         []string          `json:"sectors,omitempty"`
	Nationalities   []string          `json:"nationalities,omitempty"`
	NationalsAbroad bool              `json:"for_nationals_abroad,omitempty"`
	AbroadOnly      bool              `json:"abroad_only,omitempty"`
	LocatedIn       string            `json:"located_in,omitempty"`
	Source          string            `json:"source"`
	MoreSources     []string          `json:"more_sources,omitempty"`
	VerifiedOn      string            `json:"verified_on"`
	Verified        bool              `json:"verified"`
	Note            string            `json:"note,omitempty"`
	Cautions        []Text            `json:"cautions,omitempty"`
}

type jsonContact struct {
	Kind          string   `json:"kind"`
	Value         string   `json:"value"`
	Display       string   `json:"display,omitempty"`
	Domestic      bool     `json:"domestic,omitempty"`
	Abroad        string   `json:"abroad,omitempty"`
	AbroadDisplay string   `json:"abroad_display,omitempty"`
	Languages     []string `json:"languages,omitempty"`
	Note          Text     `json:"note,omitempty"`
}

type jsonInterpreter struct {
	Languages []string   `json:"languages"`
	Hours     *jsonHours `json:"hours,omitempty"`
	Note      Text       `json:"note,omitempty"`
}

type jsonHours struct {
	Always   bool     `json:"always,omitempty"`
	Weekly   []string `json:"weekly,omitempty"`
	TimeZone string   `json:"time_zone,omitempty"`
	Holidays Text     `json:"holidays,omitempty"`
	Note     Text     `json:"note,omitempty"`
}

func exportHours(h Hours) *jsonHours {
	if !h.Known {
		return nil
	}
	return &jsonHours{Always: h.Always, Weekly: h.Weekly, TimeZone: h.TimeZone, Holidays: h.Holidays, Note: h.Note}
}

func exportService(s *Service) jsonService {
	out := jsonService{
		ID: s.ID, Name: s.Name, Description: s.Description, Kind: s.Kind, Languages: s.Languages,
		Hours: exportHours(s.Hours), Sectors: s.Sectors, Nationalities: s.Nationalities,
		NationalsAbroad: s.NationalsAbroad, AbroadOnly: s.AbroadOnly, LocatedIn: s.LocatedIn,
		Source: s.Source, MoreSources: s.MoreSources, VerifiedOn: s.VerifiedOn, Verified: s.Verified,
		Note: s.Note, Cautions: s.Cautions, Contacts: []jsonContact{},
	}
	for _, c := range s.Contacts {
		out.Contacts = append(out.Contacts, jsonContact{Kind: c.Kind, Value: c.Value, Display: c.Display, Domestic: c.Domestic,
			Abroad: c.Abroad, AbroadDisplay: c.AbroadDisplay, Languages: c.Languages, Note: c.Note})
	}
	for _, in := range s.Interpreters {
		out.Interpreters = append(out.Interpreters, jsonInterpreter{Languages: in.Languages, Hours: exportHours(in.Hours), Note: in.Note})
	}
	return out
}

func (d *Directory) exportJSON() jsonDirectory {
	out := jsonDirectory{Countries: []jsonCountry{}, International: []jsonService{}}
	for _, code := range d.codes {
		c := d.countries[code]
		jc := jsonCountry{Country: c.Code, Name: c.Name, TimeZone: c.TimeZone, Languages: c.Languages,
			Emergency: []jsonEmergency{}, Services: []jsonService{}}
		for _, e := range c.Emergency {
			jc.Emergency = append(jc.Emergency, jsonEmergency{Service: e.Service, Number: e.Number, Note: e.Note, Source: e.Source, VerifiedOn: e.VerifiedOn})
		}
		for _, s := range c.Services {
			jc.Services = append(jc.Services, exportService(s))
		}
		out.Countries = append(out.Countries, jc)
	}
	for _, s := range d.international {
		out.International = append(out.International, exportService(s))
	}
	return out
}

// HSDS 3.0 objects, with only the fields helpbot fills.

type hsdsExport struct {
	Version       string             `json:"hsds_version"`
	Organizations []hsdsOrganization `json:"organizations"`
	Services      []hsdsService      `json:"services"`
}

type hsdsOrganization struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Website     string `json:"website,omitempty"`
	Email       string `json:"email,omitempty"`
}

type hsdsService struct {
	ID                     string         `json:"id"`
	OrganizationID         string         `json:"organization_id"`
	Name                   string         `json:"name"`
	AlternateName          string         `json:"alternate_name,omitempty"`
	Description            string         `json:"description,omitempty"`
	URL                    string         `json:"url,omitempty"`
	Email                  string         `json:"email,omitempty"`
	Status                 string         `json:"status"`
	InterpretationServices string         `json:"interpretation_services,omitempty"`
	EligibilityDescription string         `json:"eligibility_description,omitempty"`
	AssuredDate            string         `json:"assured_date,omitempty"`
	Alert                  string         `json:"alert,omitempty"`
	Phones                 []hsdsPhone    `json:"phones"`
	Schedules              []hsdsSchedule `json:"schedules"`
	Languages              []hsdsLanguage `json:"languages"`
	ServiceAreas           []hsdsArea     `json:"service_areas"`
	Attributes             []hsdsAttr     `json:"attributes"`
	Metadata               []hsdsMetadata `json:"metadata"`
}

type hsdsPhone struct {
	ID          string         `json:"id"`
	ServiceID   string         `json:"service_id"`
	Number      string         `json:"number"`
	Type        string         `json:"type"`
	Description string         `json:"description,omitempty"`
	Languages   []hsdsLanguage `json:"languages,omitempty"`
}

type hsdsSchedule struct {
	ID          string `json:"id"`
	ServiceID   string `json:"service_id"`
	Freq        string `json:"freq"`
	Byday       string `json:"byday"`
	OpensAt     string `json:"opens_at"`
	ClosesAt    string `json:"closes_at"`
	Timezone    *int   `json:"timezone,omitempty"`
	Description string `json:"description,omitempty"`
	Notes       string `json:"notes,omitempty"`
}

type hsdsLanguage struct {
	ID        string `json:"id"`
	ServiceID string `json:"service_id,omitempty"`
	PhoneID   string `json:"phone_id,omitempty"`
	Name      string `json:"name,omitempty"`
	Code      string `json:"code"`
	Note      string `json:"note,omitempty"`
}

type hsdsArea struct {
	ID         string `json:"id"`
	ServiceID  string `json:"service_id"`
	Name       string `json:"name"`
	Extent     string `json:"extent,omitempty"`
	ExtentType string `json:"extent_type,omitempty"`
}

type hsdsAttr struct {
	ID           string           `json:"id"`
	LinkID       string           `json:"link_id"`
	LinkType     string           `json:"link_type"`
	LinkEntity   string           `json:"link_entity"`
	Value        string           `json:"value,omitempty"`
	TaxonomyTerm hsdsTaxonomyTerm `json:"taxonomy_term"`
}

type hsdsTaxonomyTerm struct {
	ID          string `json:"id"`
	Code        string `json:"code"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Taxonomy    string `json:"taxonomy"`
}

type hsdsMetadata struct {
	ID               string `json:"id"`
	ResourceID       string `json:"resource_id"`
	ResourceType     string `json:"resource_type"`
	LastActionDate   string `json:"last_action_date"`
	LastActionType   string `json:"last_action_type"`
	FieldName        string `json:"field_name"`
	PreviousValue    string `json:"previous_value"`
	ReplacementValue string `json:"replacement_value"`
	UpdatedBy        string `json:"updated_by"`
}

// uuidFor makes a stable name-based UUID (version 5 layout) so exports of
// the same directory have the same ids.
func uuidFor(parts ...string) string {
	h := sha1.Sum([]byte("helpbot-directory\x00" + strings.Join(parts, "\x00")))
	h[6] = (h[6] & 0x0f) | 0x50
	h[8] = (h[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

var icalDays = []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

func (d *Directory) exportHSDS() hsdsExport {
	out := hsdsExport{Version: "3.0", Organizations: []hsdsOrganization{}, Services: []hsdsService{}}
	var all []*Service
	for _, code := range d.codes {
		all = append(all, d.countries[code].Services...)
	}
	all = append(all, d.international...)
	for _, s := range all {
		out.Organizations = append(out.Organizations, hsdsOrganization{})
		org := &out.Organizations[len(out.Organizations)-1]
		sid := uuidFor("service", s.ID)
		org.ID = uuidFor("organization", s.ID)
		org.Name = s.Name["en"]
		org.Description = s.Description["en"]
		if org.Description == "" {
			org.Description = org.Name
		}
		hs := hsdsService{
			ID: sid, OrganizationID: org.ID, Name: s.Name["en"], Description: s.Description["en"],
			Status: "active", AssuredDate: s.VerifiedOn,
			Phones: []hsdsPhone{}, Schedules: []hsdsSchedule{}, Languages: []hsdsLanguage{},
			ServiceAreas: []hsdsArea{}, Attributes: []hsdsAttr{}, Metadata: []hsdsMetadata{},
		}
		if s.Country != "" {
			if local := d.countries[s.Country]; local != nil && len(local.Languages) > 0 {
				if alt := s.Name[local.Languages[0]]; alt != "" && alt != hs.Name {
					hs.AlternateName = alt
				}
			}
		}
		if !s.Verified {
			hs.Alert = "Not yet verified: check before you rely on it."
		}
		if len(s.Cautions) > 0 {
			var cs []string
			for _, c := range s.Cautions {
				cs = append(cs, c["en"])
			}
			if hs.Alert != "" {
				hs.Alert += " "
			}
			hs.Alert += strings.Join(cs, " ")
		}
		if len(s.Nationalities) > 0 {
			hs.EligibilityDescription = "Nationals of " + strings.Join(s.Nationalities, ", ")
		}
		for i, c := range s.Contacts {
			switch c.Kind {
			case "web":
				if hs.URL == "" {
					hs.URL = c.Value
					org.Website = c.Value
				}
			case "email":
				if hs.Email == "" {
					hs.Email = c.Value
					org.Email = c.Value
				}
			case "phone", "sms", "whatsapp", "viber":
				typ := "voice"
				if c.Kind != "phone" {
					typ = "text"
				}
				p := hsdsPhone{ID: uuidFor("phone", s.ID, fmt.Sprint(i)), ServiceID: sid, Number: c.Value, Type: typ}
				var desc []string
				if c.Kind == "whatsapp" || c.Kind == "viber" {
					desc = append(desc, c.Kind)
				}
				if c.Domestic {
					desc = append(desc, "works only inside the country")
				}
				if c.Display != "" {
					desc = append(desc, "written locally as "+c.Display)
				}
				p.Description = strings.Join(desc, "; ")
				for j, l := range c.Languages {
					p.Languages = append(p.Languages, hsdsLanguage{ID: uuidFor("phone-language", s.ID, fmt.Sprint(i), fmt.Sprint(j)), PhoneID: p.ID, Code: l})
				}
				hs.Phones = append(hs.Phones, p)
				if c.Abroad != "" {
					hs.Phones = append(hs.Phones, hsdsPhone{ID: uuidFor("phone-abroad", s.ID, fmt.Sprint(i)), ServiceID: sid,
						Number: c.Abroad, Type: typ, Description: "from abroad"})
				}
			}
		}
		for i, l := range s.Languages {
			hs.Languages = append(hs.Languages, hsdsLanguage{ID: uuidFor("language", s.ID, fmt.Sprint(i)), ServiceID: sid, Code: l})
		}
		var interp []string
		for _, in := range s.Interpreters {
			t := "Interpretation in " + strings.Join(in.Languages, ", ")
			if f := in.Hours.Format("en"); f != "" {
				t += " (" + f + ")"
			}
			interp = append(interp, t)
		}
		hs.InterpretationServices = strings.Join(interp, "; ")
		hs.Schedules = hsdsSchedules(s, sid, d.countries[s.Country])
		area := s.Country
		if s.NationalsAbroad {
			area = "Nationals of " + s.Country + " abroad"
		}
		if area != "" {
			hs.ServiceAreas = append(hs.ServiceAreas, hsdsArea{ID: uuidFor("area", s.ID), ServiceID: sid, Name: area})
		}
		hs.Attributes = append(hs.Attributes, hsdsAttr{ID: uuidFor("attr-kind", s.ID), LinkID: sid, LinkType: "service_type", LinkEntity: "service",
			TaxonomyTerm: hsdsTaxonomyTerm{ID: uuidFor("term", "kind", s.Kind), Code: s.Kind, Name: s.Kind, Description: "helpbot service kind", Taxonomy: "helpbot"}})
		for _, sec := range s.Sectors {
			hs.Attributes = append(hs.Attributes, hsdsAttr{ID: uuidFor("attr-sector", s.ID, sec), LinkID: sid, LinkType: "sector", LinkEntity: "service",
				TaxonomyTerm: hsdsTaxonomyTerm{ID: uuidFor("term", "sector", sec), Code: sec, Name: sec, Description: "helpbot sector", Taxonomy: "helpbot"}})
		}
		hs.Metadata = append(hs.Metadata, hsdsMetadata{ID: uuidFor("meta", s.ID), ResourceID: sid, ResourceType: "service",
			LastActionDate: s.VerifiedOn, LastActionType: "verified", FieldName: "verified", PreviousValue: "",
			ReplacementValue: fmt.Sprint(s.Verified), UpdatedBy: s.Source})
		out.Services = append(out.Services, hs)
	}
	return out
}

func hsdsSchedules(s *Service, sid string, c *Country) []hsdsSchedule {
	out := []hsdsSchedule{}
	h := s.Hours
	if !h.Known {
		return out
	}
	loc := h.loc
	if loc == nil && c != nil {
		loc = c.loc
	}
	offset := func() (string, *int) {
		if loc == nil {
			return "Z", nil
		}
		_, secs := time.Now().In(loc).Zone()
		hours := secs / 3600
		sign := "+"
		if secs < 0 {
			sign, secs = "-", -secs
		}
		return fmt.Sprintf("%s%02d:%02d", sign, secs/3600, secs%3600/60), &hours
	}
	suffix, tz := offset()
	note := ""
	if h.Holidays["en"] != "" {
		note = h.Holidays["en"]
	}
	if h.Always {
		out = append(out, hsdsSchedule{ID: uuidFor("schedule", s.ID), ServiceID: sid, Freq: "WEEKLY", Byday: "MO,TU,WE,TH,FR,SA,SU",
			OpensAt: "00:00" + suffix, ClosesAt: "23:59" + suffix, Timezone: tz, Description: "24 hours, every day", Notes: note})
		return out
	}
	// One schedule per distinct opening, listing the days it applies to.
	type key struct{ open, close int }
	days := map[key][]string{}
	var keys []key
	for _, wd := range weekdayOrder {
		for _, sp := range h.days[wd] {
			k := key{sp.open, sp.close}
			if _, ok := days[k]; !ok {
				keys = append(keys, k)
			}
			days[k] = append(days[k], icalDays[wd])
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].open < keys[j].open })
	for i, k := range keys {
		sp := span{k.open, k.close}
		o, c, _ := strings.Cut(sp.String(), "-")
		if c == "24:00" {
			c = "23:59"
		}
		out = append(out, hsdsSchedule{ID: uuidFor("schedule", s.ID, fmt.Sprint(i)), ServiceID: sid, Freq: "WEEKLY",
			Byday: strings.Join(days[k], ","), OpensAt: o + suffix, ClosesAt: c + suffix, Timezone: tz,
			Description: h.Format("en"), Notes: note})
	}
	return out
}
