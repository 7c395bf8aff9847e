package directory

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"

	"helpbot/internal/triage"
)

// file is one parsed directory file.
type file struct {
	name          string
	country       *Country
	countryLine   int
	international []*Service
}

func (f *file) services() []*Service {
	var all []*Service
	if f.country != nil {
		all = append(all, f.country.Services...)
	}
	return append(all, f.international...)
}

// decoder walks a yaml.Node tree, collecting problems with line numbers.
type decoder struct {
	file     string
	now      time.Time
	problems []Problem
	country  string   // the file's country code, once known
	local    []string // the file's local languages
	loc      *time.Location
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: line(n), Severity: Error, Message: fmt.Sprintf(format, args...)})
}

func (d *decoder) warnf(n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: line(n), Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

func line(n *yaml.Node) int {
	if n == nil {
		return 1
	}
	return n.Line
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseFile decodes and validates one file.
func parseFile(name string, data []byte, now time.Time) (*file, []Problem) {
	d := &decoder{file: name, now: now}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.errorf(nil, "file is empty")
			return nil, d.problems
		}
		msg, ln := err.Error(), 1
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			ln, _ = strconv.Atoi(m[1])
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		d.problems = append(d.problems, Problem{File: name, Line: ln, Severity: Error, Message: "broken YAML: " + msg})
		return nil, d.problems
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.errorf(&extra, "a directory file holds one YAML document; remove the second")
	}
	if len(doc.Content) == 0 {
		d.errorf(&doc, "file is empty")
		return nil, d.problems
	}
	if bad, why := resolveAliases(&doc); bad != nil {
		d.errorf(bad, "%s", why)
		return nil, d.problems
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "a directory file is a mapping with country, time_zone, emergency and services")
		return nil, d.problems
	}
	f := &file{name: name}
	fields := d.fields(root, "file", "country", "name", "time_zone", "languages", "emergency", "services", "international")

	if n := fields["country"]; n != nil {
		code := d.str(n)
		if !isAlpha2(code) {
			d.errorf(n, "country must be an ISO 3166 alpha-2 code in capitals, such as TH")
		} else {
			d.country = code
			f.countryLine = n.Line
			if want := strings.ToLower(code) + "."; !strings.HasPrefix(name, want) {
				d.warnf(n, "file for country %s should be named %s", code, strings.ToLower(code)+".yaml")
			}
		}
	}
	if n := fields["time_zone"]; n != nil {
		d.loc = d.zone(n)
	} else if d.country != "" {
		d.errorf(root, "missing time_zone (an IANA zone such as Asia/Bangkok)")
	}
	if n := fields["languages"]; n != nil {
		d.local = d.tags(n)
	}
	if d.country != "" {
		c := &Country{Code: d.country, File: name, Languages: d.local, loc: d.loc}
		if d.loc != nil {
			c.TimeZone = d.loc.String()
		}
		if n := fields["name"]; n != nil {
			c.Name = d.text(n, "name", false)
		}
		if n := fields["emergency"]; n != nil {
			c.Emergency = d.emergency(n)
		}
		if n := fields["services"]; n != nil {
			c.Services = d.serviceList(n, d.country)
		}
		f.country = c
	} else {
		if fields["country"] == nil && (fields["services"] != nil || fields["emergency"] != nil) {
			d.errorf(root, "missing country (an ISO 3166 alpha-2 code such as TH)")
		}
	}
	if n := fields["international"]; n != nil {
		f.international = d.serviceList(n, "")
	}
	return f, d.problems
}

// maxValues bounds how many values a file may hold once its aliases are
// expanded, so a file of nested aliases cannot make the loader work for ever.
const maxValues = 100000

// resolveAliases replaces YAML aliases (*name) by the nodes they point to,
// so the walk below sees plain values. It refuses an alias that refers to a
// value containing it (a cycle) and a file whose aliases expand it beyond
// maxValues. Each node is visited once: shared nodes are counted, not walked
// again.
func resolveAliases(root *yaml.Node) (*yaml.Node, string) {
	onPath := map[*yaml.Node]bool{}
	size := map[*yaml.Node]int{}
	var bad *yaml.Node
	var why string
	var walk func(n *yaml.Node) int
	walk = func(n *yaml.Node) int {
		if s, ok := size[n]; ok {
			return s
		}
		onPath[n] = true
		total := 1
		for i, c := range n.Content {
			for hops := 0; c.Kind == yaml.AliasNode && c.Alias != nil && hops < 100; hops++ {
				c = c.Alias
			}
			n.Content[i] = c
			if onPath[c] {
				bad, why = c, "an alias refers to a value that contains it"
				return 0
			}
			total += walk(c)
			if bad != nil {
				return 0
			}
			if total > maxValues {
				bad, why = n, fmt.Sprintf("aliases expand this file beyond %d values", maxValues)
				return 0
			}
		}
		delete(onPath, n)
		size[n] = total
		return total
	}
	walk(root)
	return bad, why
}

// fields returns the values of a mapping by key and reports unknown and
// repeated keys.
func (d *decoder) fields(n *yaml.Node, what string, known ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of field: value", what)
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if !contains(known, key) {
			msg := fmt.Sprintf("unknown field %q in %s", key, what)
			if s := suggest(key, known); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			d.errorf(k, "%s", msg)
			continue
		}
		if _, dup := out[key]; dup {
			d.errorf(k, "field %q appears twice in %s", key, what)
			continue
		}
		out[key] = v
	}
	return out
}

func (d *decoder) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "expected a single value, not a list or mapping")
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (d *decoder) boolean(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.errorf(n, "expected true or false")
		return false
	}
	b, _ := strconv.ParseBool(n.Value)
	return b
}

func (d *decoder) strList(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode && n.Value != "" {
		return []string{strings.TrimSpace(n.Value)}
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "expected a list")
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s := d.str(c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (d *decoder) zone(n *yaml.Node) *time.Location {
	name := d.str(n)
	if name == "" {
		d.errorf(n, "time_zone is empty")
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "Local" {
		d.errorf(n, "unknown time zone %q (use an IANA name such as Asia/Bangkok)", name)
		return nil
	}
	return loc
}

// tag validates one BCP 47 language tag.
func (d *decoder) tag(n *yaml.Node, s string) bool {
	if _, err := language.Parse(s); err != nil || strings.Contains(s, "_") {
		d.errorf(n, "%q is not a BCP 47 language tag (such as en, th, zh-Hant)", s)
		return false
	}
	return true
}

func (d *decoder) tags(n *yaml.Node) []string {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "languages must be a list of BCP 47 tags")
		return nil
	}
	var out []string
	for _, c := range n.Content {
		s := d.str(c)
		if s != "" && d.tag(c, s) {
			out = append(out, s)
		}
	}
	return out
}

// text decodes localized text: a mapping of language tag to text, or a
// plain string taken as English.
func (d *decoder) text(n *yaml.Node, what string, required bool) Text {
	t := Text{}
	switch n.Kind {
	case yaml.ScalarNode:
		if v := strings.TrimSpace(n.Value); v != "" {
			t["en"] = v
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if !d.tag(k, k.Value) {
				continue
			}
			if _, dup := t[k.Value]; dup {
				d.errorf(k, "%s has %s twice", what, k.Value)
				continue
			}
			s := d.str(v)
			if s == "" {
				d.errorf(v, "%s in %s is empty", what, k.Value)
				continue
			}
			t[k.Value] = s
		}
	default:
		d.errorf(n, "%s must be text or a mapping of language tag: text", what)
		return t
	}
	if t["en"] == "" && (required || len(t) > 0) {
		d.errorf(n, "%s has no English (en) text", what)
	}
	return t
}

// wantTranslations warns when text lacks a language the service should be
// readable in.
func (d *decoder) wantTranslations(n *yaml.Node, what string, t Text, langs []string) {
	var missing []string
	for _, l := range langs {
		if l == "en" {
			continue // reported as an error by text
		}
		if _, ok := t[l]; !ok && !contains(missing, l) {
			missing = append(missing, l)
		}
	}
	if len(missing) > 0 {
		d.warnf(n, "%s has no translation for %s", what, strings.Join(missing, ", "))
	}
}

func (d *decoder) emergency(n *yaml.Node) []Emergency {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "emergency must be a list")
		return nil
	}
	var out []Emergency
	for _, item := range n.Content {
		f := d.fields(item, "emergency number", "service", "number", "note", "source", "verified_on")
		e := Emergency{Line: item.Line}
		if v := f["service"]; v != nil {
			e.Service = d.str(v)
			if !serviceNameRE.MatchString(e.Service) {
				d.errorf(v, "service must be a lower-case word such as police, ambulance, fire, sms_police")
			}
		} else {
			d.errorf(item, "emergency number has no service (police, ambulance, fire, ...)")
		}
		if v := f["number"]; v != nil {
			e.Number = d.str(v)
			d.shortCode(v, e.Number, true)
		} else {
			d.errorf(item, "emergency number has no number")
		}
		if v := f["note"]; v != nil {
			e.Note = d.text(v, "note", false)
		}
		// Where the number was checked, and when: a warning, not an error,
		// so that a place's numbers are never refused for a missing source.
		if v := f["source"]; v != nil {
			e.Source = d.str(v)
			d.url(v, e.Source)
		}
		if v := f["verified_on"]; v != nil {
			e.VerifiedOn = d.verifiedOn(v, true)
		}
		switch {
		case e.Source == "" && e.VerifiedOn == "":
			d.warnf(item, "emergency number has no source and verified_on: add the URL it was checked against and the date")
		case e.Source == "":
			d.warnf(item, "emergency number has no source (the URL it was checked against)")
		case e.VerifiedOn == "":
			d.warnf(item, "emergency number has no verified_on date")
		}
		if e.Service != "" && e.Number != "" {
			out = append(out, e)
		}
	}
	return out
}

// verifiedOn reads and checks a verified_on date; full says the entry
// claims to be verified, which needs the whole date.
func (d *decoder) verifiedOn(v *yaml.Node, full bool) string {
	s := d.str(v)
	on, whole, err := parseDate(s)
	switch {
	case err != nil:
		d.errorf(v, "verified_on must be a date written YYYY-MM-DD (YYYY or YYYY-MM for an unverified entry from an undated source)")
	case !whole && full:
		d.errorf(v, "a verified entry needs the full date it was checked, YYYY-MM-DD")
	case on.After(d.now.AddDate(0, 0, 1)):
		d.errorf(v, "verified_on is in the future")
	case on.Before(d.now.AddDate(-1, 0, 0)):
		d.warnf(v, "verified_on is more than 12 months old; check the entry again")
	}
	return s
}

var (
	digitsRE      = regexp.MustCompile(`^[0-9]{3,15}$`)
	serviceNameRE = regexp.MustCompile(`^[a-z_]+$`)
	emailRE       = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
)

// shortCode checks a number dialled inside the country without a country
// code: a short code or a national number.
func (d *decoder) shortCode(n *yaml.Node, num string, emergency bool) {
	if !digitsRE.MatchString(num) {
		d.errorf(n, "a number dialled inside the country is written as digits only (3 to 15), without spaces or +; put the written form in display")
		return
	}
	if d.country == "" {
		return
	}
	pn, err := phonenumbers.Parse(num, d.country)
	if err != nil {
		d.errorf(n, "number cannot be read as a %s number: %v", d.country, err)
		return
	}
	switch {
	case emergency && phonenumbers.IsEmergencyNumber(num, d.country):
	case phonenumbers.IsValidShortNumberForRegion(pn, d.country):
	case phonenumbers.IsValidNumberForRegion(pn, d.country):
	default:
		d.warnf(n, "number is not in libphonenumber's data for %s; confirm it by a call", d.country)
	}
}

// e164 checks a full international number for the region.
func (d *decoder) e164(n *yaml.Node, num, region, exception string) {
	if !strings.HasPrefix(num, "+") || !digitsRE.MatchString(num[1:]) {
		d.errorf(n, "phone number must be E.164: + and digits only, such as +6564350000; put the written form in display")
		return
	}
	pn, err := phonenumbers.Parse(num, "")
	if err != nil {
		d.errorf(n, "phone number cannot be read: %v", err)
		return
	}
	if region == "" {
		if !phonenumbers.IsValidNumber(pn) {
			d.reject(n, exception, "phone number is not a valid number")
		}
		return
	}
	if !phonenumbers.IsValidNumberForRegion(pn, region) {
		d.reject(n, exception, fmt.Sprintf("phone number is not a valid %s number", region))
	}
}

func (d *decoder) reject(n *yaml.Node, exception, msg string) {
	if exception != "" {
		d.warnf(n, "%s (published anyway: %s)", msg, exception)
		return
	}
	d.errorf(n, "%s", msg)
}

func (d *decoder) serviceList(n *yaml.Node, country string) []*Service {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "services must be a list")
		return nil
	}
	var out []*Service
	seen := map[string]int{}
	for _, item := range n.Content {
		s := d.service(item, country)
		if s == nil {
			continue
		}
		if ln, ok := seen[s.ID]; ok {
			d.errorf(item, "duplicate service id %q (first used at line %d)", s.ID, ln)
			continue
		}
		seen[s.ID] = s.Line
		out = append(out, s)
	}
	return out
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

var serviceFields = []string{"id", "kind", "name", "description", "contacts", "languages", "interpreters", "hours",
	"sectors", "nationalities", "source", "more_sources", "verified_on", "verified", "note", "cautions",
	"for_nationals_abroad", "abroad_only", "located_in"}

func (d *decoder) service(n *yaml.Node, country string) *Service {
	f := d.fields(n, "service", serviceFields...)
	s := &Service{Country: country, File: d.file, Line: n.Line}
	before := len(d.problems)
	if v := f["id"]; v != nil {
		s.ID = d.str(v)
		if !idRE.MatchString(s.ID) {
			d.errorf(v, "id must be lower-case letters, digits and hyphens, such as th-dlpw-1546")
		}
	} else {
		d.errorf(n, "service has no id")
	}
	if v := f["kind"]; v != nil {
		s.Kind = d.str(v)
		if !contains(Kinds, s.Kind) {
			msg := fmt.Sprintf("unknown kind %q (one of %s)", s.Kind, strings.Join(Kinds, ", "))
			if sg := suggest(s.Kind, Kinds); sg != "" {
				msg = fmt.Sprintf("unknown kind %q; did you mean %q?", s.Kind, sg)
			}
			d.errorf(v, "%s", msg)
		}
	} else {
		d.errorf(n, "service has no kind")
	}
	if v := f["languages"]; v != nil {
		s.Languages = d.tags(v)
	}
	if v := f["name"]; v != nil {
		s.Name = d.text(v, "name", true)
		d.wantTranslations(v, "name", s.Name, d.readable(s))
	} else {
		d.errorf(n, "service has no name")
	}
	if v := f["description"]; v != nil {
		s.Description = d.text(v, "description", false)
		d.wantTranslations(v, "description", s.Description, d.readable(s))
	}
	if v := f["for_nationals_abroad"]; v != nil {
		s.NationalsAbroad = d.boolean(v)
	}
	if v := f["abroad_only"]; v != nil {
		s.AbroadOnly = d.boolean(v)
		if s.AbroadOnly {
			s.NationalsAbroad = true
		}
	}
	if (s.NationalsAbroad || s.AbroadOnly) && country == "" {
		d.errorf(n, "a line for nationals abroad belongs in its home country's file")
	}
	if v := f["located_in"]; v != nil {
		s.LocatedIn = d.str(v)
		if !isAlpha2(s.LocatedIn) {
			d.errorf(v, "located_in must be an ISO 3166 alpha-2 code in capitals")
		}
		if !s.AbroadOnly {
			d.errorf(v, "located_in is for offices abroad; set abroad_only: true")
		}
	}
	if v := f["contacts"]; v != nil {
		s.Contacts = d.contacts(v, s)
	} else {
		d.errorf(n, "service has no contacts")
	}
	if v := f["interpreters"]; v != nil {
		s.Interpreters = d.interpreters(v)
	}
	if v := f["hours"]; v != nil {
		s.Hours = d.hours(v)
	}
	if v := f["sectors"]; v != nil {
		for i, sec := range d.strList(v) {
			if !contains(Sectors, sec) {
				node := v
				if v.Kind == yaml.SequenceNode && i < len(v.Content) {
					node = v.Content[i]
				}
				msg := fmt.Sprintf("unknown sector %q (one of %s)", sec, strings.Join(Sectors, ", "))
				if sg := suggest(sec, Sectors); sg != "" {
					msg = fmt.Sprintf("unknown sector %q; did you mean %q?", sec, sg)
				}
				d.errorf(node, "%s", msg)
				continue
			}
			s.Sectors = append(s.Sectors, sec)
		}
	}
	if v := f["nationalities"]; v != nil {
		for _, c := range d.strList(v) {
			if !isAlpha2(c) {
				d.errorf(v, "nationality %q must be an ISO 3166 alpha-2 code in capitals", c)
				continue
			}
			s.Nationalities = append(s.Nationalities, c)
		}
	}
	if v := f["source"]; v != nil {
		s.Source = d.str(v)
		d.url(v, s.Source)
	} else {
		d.errorf(n, "service has no source (the URL the entry was taken from)")
	}
	if v := f["more_sources"]; v != nil {
		s.MoreSources = d.strList(v)
		for i, u := range s.MoreSources {
			node := v
			if v.Kind == yaml.SequenceNode && i < len(v.Content) {
				node = v.Content[i]
			}
			d.url(node, u)
		}
	}
	if v := f["verified"]; v != nil {
		s.Verified = d.boolean(v)
	} else {
		d.errorf(n, "service has no verified: true or false")
	}
	if v := f["verified_on"]; v != nil {
		s.VerifiedOn = d.verifiedOn(v, s.Verified)
	} else {
		d.errorf(n, "service has no verified_on date")
	}
	if v := f["note"]; v != nil {
		s.Note = d.str(v)
	}
	if s.Verified && s.Note == "" {
		d.warnf(n, "a verified entry should say in note how it was checked")
	}
	if v := f["cautions"]; v != nil {
		if v.Kind != yaml.SequenceNode {
			d.errorf(v, "cautions must be a list")
		} else {
			for _, c := range v.Content {
				t := d.text(c, "caution", true)
				if len(t) > 0 {
					d.wantTranslations(c, "caution", t, d.readable(s))
					s.Cautions = append(s.Cautions, t)
				}
			}
		}
	}
	if len(d.problems) > before && HasErrors(d.problems[before:]) {
		return nil
	}
	return s
}

// readable lists the bot languages a service's texts should be in: the
// local languages of the file and the languages the service answers in.
// parseDate reads YYYY-MM-DD, or YYYY-MM and YYYY (taken as the end of the
// period, so staleness is not overstated); full reports a whole date.
func parseDate(s string) (t time.Time, full bool, err error) {
	if t, err = time.Parse(time.DateOnly, s); err == nil {
		return t, true, nil
	}
	if t, err = time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1), false, nil
	}
	if t, err = time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1), false, nil
	}
	return time.Time{}, false, err
}

func (d *decoder) readable(s *Service) []string {
	out := []string{"en"}
	for _, l := range append(append([]string(nil), d.local...), s.Languages...) {
		if b := botLanguage(l); b != "" && !contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

var contactFields = []string{"kind", "value", "display", "domestic", "abroad", "abroad_display", "languages", "note", "format_exception"}

func (d *decoder) contacts(n *yaml.Node, s *Service) []Contact {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		d.errorf(n, "contacts must be a list with at least one contact")
		return nil
	}
	region := d.country
	var out []Contact
	for _, item := range n.Content {
		f := d.fields(item, "contact", contactFields...)
		c := Contact{Line: item.Line}
		if v := f["kind"]; v != nil {
			c.Kind = d.str(v)
			if !contains(ContactKinds, c.Kind) {
				msg := fmt.Sprintf("unknown contact kind %q (one of %s)", c.Kind, strings.Join(ContactKinds, ", "))
				if sg := suggest(c.Kind, ContactKinds); sg != "" {
					msg = fmt.Sprintf("unknown contact kind %q; did you mean %q?", c.Kind, sg)
				}
				d.errorf(v, "%s", msg)
				continue
			}
		} else {
			d.errorf(item, "contact has no kind (phone, sms, whatsapp, line, viber, messenger, telegram, email, web)")
			continue
		}
		if v := f["format_exception"]; v != nil {
			c.FormatException = d.str(v)
		}
		if v := f["domestic"]; v != nil {
			c.Domestic = d.boolean(v)
			if c.Domestic && region == "" {
				d.errorf(v, "an international service has no country for a domestic number to work in")
			}
		}
		if v := f["display"]; v != nil {
			c.Display = d.str(v)
		}
		if v := f["languages"]; v != nil {
			c.Languages = d.tags(v)
		}
		if v := f["note"]; v != nil {
			c.Note = d.text(v, "note", false)
		}
		v := f["value"]
		if v == nil {
			d.errorf(item, "contact has no value")
			continue
		}
		c.Value = d.str(v)
		switch c.Kind {
		case "phone", "sms":
			if strings.HasPrefix(c.Value, "+") {
				d.e164(v, c.Value, region, c.FormatException)
			} else if c.Domestic {
				d.shortCode(v, c.Value, false)
			} else {
				d.errorf(v, "phone number must be E.164 (+ and digits), or set domestic: true for a short code or toll-free number that works only inside the country")
			}
		case "whatsapp", "viber":
			d.e164(v, c.Value, "", c.FormatException)
			if c.Domestic {
				d.errorf(item, "%s works from anywhere; remove domestic", c.Kind)
			}
		case "email":
			if !emailRE.MatchString(c.Value) {
				d.errorf(v, "not an email address")
			}
		case "web", "line", "messenger", "telegram":
			d.url(v, c.Value)
		}
		if v := f["abroad"]; v != nil {
			c.Abroad = d.str(v)
			if !c.Domestic {
				d.errorf(v, "abroad is the number to dial instead of a domestic one; set domestic: true or remove abroad")
			}
			d.e164(v, c.Abroad, region, c.FormatException)
		}
		if v := f["abroad_display"]; v != nil {
			c.AbroadDisplay = d.str(v)
			if c.Abroad == "" {
				d.errorf(v, "abroad_display without abroad")
			}
		}
		if c.Display == "" && (c.Kind == "phone" || c.Kind == "sms") {
			d.warnf(item, "contact has no display (the number as written locally)")
		}
		out = append(out, c)
	}
	if s.AbroadOnly {
		usable := false
		for _, c := range out {
			if !c.Domestic || c.Abroad != "" {
				usable = true
			}
		}
		if !usable {
			d.errorf(n, "a line for nationals abroad needs a contact that works from abroad")
		}
	}
	return out
}

func (d *decoder) interpreters(n *yaml.Node) []Interpreter {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "interpreters must be a list")
		return nil
	}
	var out []Interpreter
	for _, item := range n.Content {
		f := d.fields(item, "interpreter", "languages", "hours", "note")
		var in Interpreter
		if v := f["languages"]; v != nil {
			in.Languages = d.tags(v)
		} else {
			d.errorf(item, "interpreter has no languages")
		}
		if v := f["hours"]; v != nil {
			in.Hours = d.hours(v)
		}
		if v := f["note"]; v != nil {
			in.Note = d.text(v, "note", false)
		}
		out = append(out, in)
	}
	return out
}

func (d *decoder) url(n *yaml.Node, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s, " \t") {
		d.errorf(n, "not a web address (http:// or https://)")
	}
}

func isAlpha2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// suggest returns the known word closest to s, when it is close enough to
// be a typo.
func suggest(s string, known []string) string {
	best, bestDist := "", 1<<30
	for _, k := range known {
		if dist := editDistance(strings.ToLower(s), k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	limit := 2
	if len(s) > 8 {
		limit = 3
	}
	if bestDist <= limit && bestDist < len(s) {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// botLanguage maps a language tag to the bot language it is read in, or "".
func botLanguage(tag string) string {
	switch strings.ToLower(tag) {
	case "tl", "fil":
		return "fil"
	case "zh-hant", "zh-hk", "zh-tw", "zh-mo", "zh-hant-hk", "zh-hant-tw", "yue", "yue-hant", "yue-hant-hk":
		return "zh-Hant"
	}
	base := strings.ToLower(tag)
	if i := strings.IndexByte(base, '-'); i > 0 {
		base = base[:i]
	}
	if base == "zh" {
		return "zh-Hant"
	}
	for _, l := range triage.Languages {
		if l == base {
			return l
		}
	}
	return ""
}
