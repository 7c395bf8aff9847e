// Package directory holds helpbot's helpline directory: one YAML file per
// country that staff edit, validated with line-numbered problems, looked up
// from memory by the triage engine, reloaded while serving, and shown as
// printable Find Help pages.
package directory

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	_ "time/tzdata" // the image may lack a zoneinfo database

	"helpbot/internal/triage"
)

var _ triage.Directory = (*Directory)(nil)

// Severity says whether a Problem blocks loading.
type Severity string

// Severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Problem is one thing wrong with a directory file.
type Problem struct {
	File     string
	Line     int
	Severity Severity
	Message  string
}

// String formats the problem as "file:line: message".
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
}

// HasErrors reports whether any problem is an error.
func HasErrors(problems []Problem) bool {
	for _, p := range problems {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Service kinds.
var Kinds = []string{"hotline", "government", "ngo", "embassy", "migrant_resource_centre", "shelter", "legal_aid", "union"}

// Sectors a service can specialise in.
var Sectors = []string{"fishing", "domestic_work", "manufacturing", "construction", "agriculture", "sexual_exploitation", "forced_marriage"}

// Contact kinds.
var ContactKinds = []string{"phone", "sms", "whatsapp", "line", "viber", "messenger", "telegram", "email", "web"}

// Text is one piece of text in several languages, keyed by BCP 47 tag.
type Text map[string]string

// Emergency is a number to call or text in immediate danger.
type Emergency struct {
	Service    string // police, ambulance, fire, sms_police, emergency, ...
	Number     string // digits as dialled inside the country
	Note       Text
	Source     string // the URL the number was checked against
	VerifiedOn string // when, YYYY-MM-DD
	Line       int
}

// Contact is one way to reach a service.
type Contact struct {
	Kind     string // one of ContactKinds
	Value    string // E.164 number, short code (Domestic), address, handle or URL
	Display  string // the way it is written locally
	Domestic bool   // works only inside the country
	Abroad   string // E.164 number to dial instead from outside the country
	// AbroadDisplay is the abroad number as the source writes it.
	AbroadDisplay string
	Languages     []string // languages answered on this contact, when it differs by contact
	Note          Text
	// FormatException explains why a number that libphonenumber rejects is
	// published anyway (for example the Philippines' "+63 2 1348").
	FormatException string
	Line            int
}

// Interpreter is interpretation offered by a service.
type Interpreter struct {
	Languages []string
	Hours     Hours
	Note      Text
}

// Service is one directory entry.
type Service struct {
	ID            string
	Kind          string
	Name          Text
	Description   Text
	Contacts      []Contact
	Languages     []string
	Interpreters  []Interpreter
	Hours         Hours
	Sectors       []string
	Nationalities []string // ISO alpha-2; empty means everyone
	Source        string
	MoreSources   []string
	VerifiedOn    string // YYYY-MM-DD
	Verified      bool
	Note          string // for staff: how it was checked
	Cautions      []Text

	// Country is the country of the file the service is in: where it is,
	// or, for a line for nationals abroad, whose nationals it serves.
	Country string
	// NationalsAbroad marks a home-country line that also serves the
	// country's nationals in any other country.
	NationalsAbroad bool
	// AbroadOnly marks a line only for nationals abroad; it is not offered
	// to people inside the country.
	AbroadOnly bool
	// LocatedIn is where an embassy or labour office abroad is (alpha-2).
	LocatedIn string

	File string
	Line int

	prep *prepared
}

// Country is one place the directory covers.
type Country struct {
	Code      string // ISO 3166 alpha-2, upper case
	Name      Text
	TimeZone  string
	Languages []string // local languages, most used first
	Emergency []Emergency
	Services  []*Service // in file order, including abroad-only lines
	File      string

	loc *time.Location
}

// Directory is a loaded, validated set of directory files. It is immutable
// and safe for concurrent use.
type Directory struct {
	countries     map[string]*Country
	codes         []string              // sorted
	abroad        map[string][]*Service // home-country lines by nationality
	international []*Service
	byID          map[string]*Service
	files         int
	// everywhere is the answer's emergency numbers while the person's
	// country is not known (find.go), made once per directory.
	everywhere []triage.EmergencyNumber

	answers  sync.Map // findKey → triage.Help, for Find
	answered atomic.Int64
}

// Country returns the country with the alpha-2 code, or nil.
func (d *Directory) Country(code string) *Country {
	if d == nil {
		return nil
	}
	return d.countries[strings.ToUpper(code)]
}

// Codes returns the alpha-2 codes of the countries the directory covers, sorted.
func (d *Directory) Codes() []string {
	if d == nil {
		return nil
	}
	return append([]string(nil), d.codes...)
}

// Service returns the service with the id, or nil.
func (d *Directory) Service(id string) *Service {
	if d == nil {
		return nil
	}
	return d.byID[id]
}

// Abroad returns the home-country lines for nationals of the country abroad.
func (d *Directory) Abroad(nationality string) []*Service {
	if d == nil {
		return nil
	}
	return d.abroad[strings.ToUpper(nationality)]
}

// AbroadHomes returns the nationalities that have lines for nationals
// abroad, sorted.
func (d *Directory) AbroadHomes() []string {
	if d == nil {
		return nil
	}
	out := make([]string, 0, len(d.abroad))
	for k := range d.abroad {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// International returns the services offered whatever the country.
func (d *Directory) International() []*Service {
	if d == nil {
		return nil
	}
	return d.international
}

// Stats counts what the directory holds.
type Stats struct {
	Files, Countries, Services, Verified int
}

// Stats counts the directory's files, countries and services.
func (d *Directory) Stats() Stats {
	if d == nil {
		return Stats{}
	}
	s := Stats{Files: d.files, Countries: len(d.countries), Services: len(d.byID)}
	for _, svc := range d.byID {
		if svc.Verified {
			s.Verified++
		}
	}
	return s
}

// Load reads every *.yaml file at the top of fsys and validates it. It
// returns the directory built from the entries that are valid (nil when
// nothing could be read) and every problem found; callers refuse a load
// that has errors (see HasErrors).
func Load(fsys fs.FS) (*Directory, []Problem) {
	return load(fsys, time.Now())
}

// Check validates the directory files in fsys as of now and returns every
// problem, errors and warnings, ordered by file and line.
func Check(fsys fs.FS, now time.Time) []Problem {
	_, problems := load(fsys, now)
	return problems
}

func load(fsys fs.FS, now time.Time) (*Directory, []Problem) {
	var problems []Problem
	names, err := yamlFiles(fsys)
	if err != nil {
		return nil, []Problem{{File: ".", Line: 0, Severity: Error, Message: fmt.Sprintf("read directory: %v", err)}}
	}
	if len(names) == 0 {
		return nil, []Problem{{File: ".", Line: 0, Severity: Error, Message: "no *.yaml files"}}
	}
	var files []*file
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			problems = append(problems, Problem{File: name, Severity: Error, Message: fmt.Sprintf("read: %v", err)})
			continue
		}
		f, probs := parseFile(name, data, now)
		problems = append(problems, probs...)
		if f != nil {
			files = append(files, f)
		}
	}
	d, probs := assemble(files)
	problems = append(problems, probs...)
	sortProblems(problems)
	return d, problems
}

func yamlFiles(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") {
			continue
		}
		if ext := path.Ext(n); ext == ".yaml" || ext == ".yml" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}

// assemble checks what spans files (duplicate ids and countries) and builds
// the lookup structures.
func assemble(files []*file) (*Directory, []Problem) {
	var problems []Problem
	d := &Directory{
		countries: map[string]*Country{},
		abroad:    map[string][]*Service{},
		byID:      map[string]*Service{},
		files:     len(files),
	}
	countryFile := map[string]string{}
	for _, f := range files {
		c := f.country
		if c != nil && c.Code != "" {
			if prev, ok := countryFile[c.Code]; ok {
				problems = append(problems, Problem{File: f.name, Line: f.countryLine, Severity: Error,
					Message: fmt.Sprintf("country %s is already described in %s", c.Code, prev)})
				continue
			}
			countryFile[c.Code] = f.name
			if len(c.Emergency) > 0 || len(c.Services) > 0 {
				d.countries[c.Code] = c
			}
		}
		all := append([]*Service(nil), f.services()...)
		for _, s := range all {
			if prev, ok := d.byID[s.ID]; ok {
				problems = append(problems, Problem{File: f.name, Line: s.Line, Severity: Error,
					Message: fmt.Sprintf("duplicate service id %q (first used at %s:%d)", s.ID, prev.File, prev.Line)})
				continue
			}
			d.byID[s.ID] = s
			switch {
			case s.Country == "":
				d.international = append(d.international, s)
			case s.NationalsAbroad || s.AbroadOnly:
				d.abroad[s.Country] = append(d.abroad[s.Country], s)
			}
		}
	}
	// Drop duplicates from the per-country lists too, so a refused entry is
	// never served.
	for _, c := range d.countries {
		kept := c.Services[:0:0]
		for _, s := range c.Services {
			if d.byID[s.ID] == s {
				kept = append(kept, s)
			}
		}
		c.Services = kept
	}
	for code := range d.countries {
		d.codes = append(d.codes, code)
	}
	sort.Strings(d.codes)
	d.everywhere = policeEverywhere(d)
	for _, s := range d.byID {
		s.prepare(d.countries[s.Country])
	}
	if len(d.countries) == 0 && len(d.byID) == 0 {
		return nil, problems
	}
	return d, problems
}
