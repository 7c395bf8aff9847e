package directory

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Hours is when a service answers, in its time zone.
type Hours struct {
	Known    bool     // false when the source does not say
	Always   bool     // 24 hours, every day
	Weekly   []string // as written, such as "Mon-Fri 08:30-16:30"
	TimeZone string   // IANA zone; the country's when empty
	Holidays Text     // such as "closed on public holidays"
	Note     Text

	days [7][]span // by time.Weekday
	loc  *time.Location
}

// span is an opening in minutes after midnight, [open, close).
type span struct{ open, close int }

var dayNames = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

var timeRangeRE = regexp.MustCompile(`^([0-9]{1,2}):([0-9]{2})-([0-9]{1,2}):([0-9]{2})$`)

func (d *decoder) hours(n *yaml.Node) Hours {
	h := Hours{Known: true}
	f := d.fields(n, "hours", "always", "weekly", "time_zone", "holidays", "note")
	if v := f["time_zone"]; v != nil {
		h.loc = d.zone(v)
		if h.loc != nil {
			h.TimeZone = h.loc.String()
		}
	} else {
		h.loc = d.loc
	}
	if v := f["always"]; v != nil {
		h.Always = d.boolean(v)
	}
	if v := f["weekly"]; v != nil {
		if h.Always {
			d.errorf(v, "hours cannot be both always and weekly")
		}
		if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
			d.errorf(v, `weekly must be a list such as ["Mon-Fri 08:30-16:30", "Sat 09:00-12:00"]`)
		} else {
			for _, item := range v.Content {
				s := d.str(item)
				if s == "" {
					continue
				}
				h.Weekly = append(h.Weekly, s)
				d.weeklyLine(item, s, &h)
			}
			d.overlaps(v, &h)
		}
	}
	if len(h.Weekly) > 0 && h.loc == nil && f["time_zone"] == nil && d.country == "" {
		d.errorf(n, "hours need a time_zone")
	}
	if !h.Always && len(h.Weekly) == 0 {
		d.errorf(n, "hours needs always: true or a weekly schedule")
		h.Known = false
	}
	if v := f["holidays"]; v != nil {
		h.Holidays = d.text(v, "holidays", true)
	}
	if v := f["note"]; v != nil {
		h.Note = d.text(v, "note", true)
	}
	return h
}

// weeklyLine parses "Mon-Fri 08:30-12:00, 13:00-16:30".
func (d *decoder) weeklyLine(n *yaml.Node, s string, h *Hours) {
	dayPart, timePart, ok := strings.Cut(s, " ")
	if !ok {
		d.errorf(n, "hours %q: write days then times, such as \"Mon-Fri 08:30-16:30\"", s)
		return
	}
	days, err := parseDays(dayPart)
	if err != nil {
		d.errorf(n, "hours %q: %v", s, err)
		return
	}
	for _, tr := range strings.Split(timePart, ",") {
		tr = strings.ReplaceAll(strings.TrimSpace(tr), " ", "")
		sp, err := parseSpan(tr)
		if err != nil {
			d.errorf(n, "hours %q: %v", s, err)
			continue
		}
		for _, day := range days {
			h.days[day] = append(h.days[day], sp)
		}
	}
}

func (d *decoder) overlaps(n *yaml.Node, h *Hours) {
	for day := range h.days {
		spans := h.days[day]
		sort.Slice(spans, func(i, j int) bool { return spans[i].open < spans[j].open })
		for i := 1; i < len(spans); i++ {
			if spans[i].open < spans[i-1].close {
				d.errorf(n, "hours overlap on %s: %s and %s", shortDays["en"][day], spans[i-1], spans[i])
			}
		}
	}
}

func (s span) String() string {
	return fmt.Sprintf("%02d:%02d-%02d:%02d", s.open/60, s.open%60, s.close/60, s.close%60)
}

func parseDays(s string) ([]time.Weekday, error) {
	var out []time.Weekday
	for _, part := range strings.Split(s, ",") {
		from, to, isRange := strings.Cut(part, "-")
		a, ok := dayIndex(from)
		if !ok {
			return nil, fmt.Errorf("unknown day %q (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)", from)
		}
		if !isRange {
			out = append(out, a)
			continue
		}
		b, ok := dayIndex(to)
		if !ok {
			return nil, fmt.Errorf("unknown day %q (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)", to)
		}
		for day := a; ; day = (day + 1) % 7 {
			out = append(out, day)
			if day == b {
				break
			}
		}
	}
	return out, nil
}

func dayIndex(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, n := range dayNames {
		if s == n {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

func parseSpan(s string) (span, error) {
	m := timeRangeRE.FindStringSubmatch(s)
	if m == nil {
		return span{}, fmt.Errorf("time %q must be HH:MM-HH:MM", s)
	}
	n := make([]int, 4)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	if n[0] > 23 || n[1] > 59 || n[2] > 24 || n[3] > 59 || (n[2] == 24 && n[3] != 0) {
		return span{}, fmt.Errorf("time %q is not a time of day", s)
	}
	sp := span{open: n[0]*60 + n[1], close: n[2]*60 + n[3]}
	if sp.close <= sp.open {
		return span{}, fmt.Errorf("time %q closes before it opens; split hours past midnight across two days", s)
	}
	return sp, nil
}

// OpenAt reports whether the service is open at t. ok is false when the
// hours are not known.
func (h *Hours) OpenAt(t time.Time) (open, ok bool) {
	if !h.Known {
		return false, false
	}
	if h.Always {
		return true, true
	}
	if h.loc != nil {
		t = t.In(h.loc)
	}
	m := t.Hour()*60 + t.Minute()
	for _, sp := range h.days[t.Weekday()] {
		if m >= sp.open && m < sp.close {
			return true, true
		}
	}
	return false, true
}

// weekdayOrder lists days Monday first, as schedules are written.
var weekdayOrder = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// shortDays are weekday abbreviations, Sunday first, per bot language.
var shortDays = map[string][7]string{
	"en":      {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
	"th":      {"อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."},
	"my":      {"တနင်္ဂနွေ", "တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ"},
	"km":      {"អាទិត្យ", "ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍"},
	"lo":      {"ອາທິດ", "ຈັນ", "ອັງຄານ", "ພຸດ", "ພະຫັດ", "ສຸກ", "ເສົາ"},
	"vi":      {"CN", "T2", "T3", "T4", "T5", "T6", "T7"},
	"id":      {"Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"},
	"ms":      {"Ahd", "Isn", "Sel", "Rab", "Kha", "Jum", "Sab"},
	"fil":     {"Lin", "Lun", "Mar", "Miy", "Huw", "Biy", "Sab"},
	"bn":      {"রবি", "সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি"},
	"zh-Hant": {"週日", "週一", "週二", "週三", "週四", "週五", "週六"},
	"ne":      {"आइत", "सोम", "मंगल", "बुध", "बिही", "शुक्र", "शनि"},
}

// Format writes the schedule briefly in a bot language: "24/7", or days
// and times such as "Mon–Fri 08:30–16:30; Sat 09:00–12:00".
func (h *Hours) Format(lang string) string {
	if !h.Known {
		return ""
	}
	if h.Always {
		return "24/7"
	}
	names, ok := shortDays[lang]
	if !ok {
		names = shortDays["en"]
	}
	// Group consecutive days (Monday first) with the same spans.
	var parts []string
	for i := 0; i < 7; {
		day := weekdayOrder[i]
		spans := h.days[day]
		j := i + 1
		for j < 7 && sameSpans(h.days[weekdayOrder[j]], spans) {
			j++
		}
		if len(spans) > 0 {
			label := names[day]
			if j-i > 1 {
				label += "–" + names[weekdayOrder[j-1]]
			}
			var times []string
			for _, sp := range spans {
				times = append(times, strings.Replace(sp.String(), "-", "–", 1))
			}
			parts = append(parts, label+" "+strings.Join(times, ", "))
		}
		i = j
	}
	return strings.Join(parts, "; ")
}

func sameSpans(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
