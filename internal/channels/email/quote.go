package email

import (
	"regexp"
	"strings"
	"unicode"
)

// wroteMarkers end the attribution line a mail client writes above a quoted
// reply ("On Mon, 3 Mar 2025 at 10:00, Somchai <…> wrote:"), in the
// languages helpbot speaks and a few it sees.
var wroteMarkers = []string{
	"wrote",    // en
	"เขียนว่า", // th
	"đã viết",  // vi
	"menulis",  // id, ms
	"sumulat",  // fil
	"寫道", "写道", // zh
	"লিখেছেন",              // bn
	"लेख्नुभयो", "ले लेखे", // ne
	"ရေးခဲ့သည်", "ရေးသည်", // my
	"បានសរសេរ", // km
	"ຂຽນວ່າ",   // lo
	"schrieb", "a écrit", "escribió", "كتب",
}

var (
	originalMessage = regexp.MustCompile(`(?i)^\s*-{2,}\s*(original message|forwarded by|ข้อความต้นฉบับ|邮件原件|原始郵件)\s*-{2,}\s*$`)
	outlookFrom     = regexp.MustCompile(`(?i)^\s*\*?(from|จาก|từ|dari|mula|mula sa|寄件者|发件人)\s*\*?\s*[:：]`)
	outlookDate     = regexp.MustCompile(`(?i)^\s*\*?(sent|date|ส่ง|đã gửi|dikirim|dihantar|ipinadala|傳送時間|发送时间|日期)\s*\*?\s*[:：]`)
)

// stripQuotes removes what a person's mail repeats rather than says: quoted
// lines (">"), the quoted original under an attribution line or an
// "-----Original Message-----" or Outlook header block, and the signature
// after "-- ". Text written below a ">" quote (bottom posting) is kept.
func stripQuotes(text string) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	var out []string
lines:
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(strings.TrimLeft(line, " \t"), ">"):
			continue
		case line == "-- " || line == "--\u00a0":
			break lines
		case originalMessage.MatchString(line):
			break lines
		case outlookFrom.MatchString(line) && headerBlockFollows(lines[i+1:]):
			break lines
		}
		if n := attribution(lines, i); n > 0 {
			// Skip the attribution; the ">" lines under it go by the rule
			// above. Without ">" lines under it the rest is the quote.
			next := nextNonEmpty(lines, i+n)
			if next < 0 || !strings.HasPrefix(strings.TrimLeft(lines[next], " \t"), ">") {
				break lines
			}
			i += n - 1
			continue
		}
		out = append(out, strings.TrimRightFunc(line, unicode.IsSpace))
	}
	return tidy(out)
}

// attribution reports how many lines (1 or 2, as clients wrap it) from i
// form an attribution line, or 0.
func attribution(lines []string, i int) int {
	one := strings.TrimSpace(lines[i])
	if isAttribution(one) {
		return 1
	}
	if i+1 < len(lines) && one != "" {
		two := one + " " + strings.TrimSpace(lines[i+1])
		if isAttribution(two) {
			return 2
		}
	}
	return 0
}

func isAttribution(s string) bool {
	if s == "" || len([]rune(s)) > 400 {
		return false
	}
	last, _ := lastRune(s)
	if last != ':' && last != '：' && last != '៖' && last != '။' {
		return false
	}
	// A date or an address is always there; a sentence like "My boss
	// wrote:" has neither.
	if !strings.ContainsAny(s, "0123456789@") && !containsNonASCIIDigit(s) {
		return false
	}
	lower := strings.ToLower(s)
	for _, m := range wroteMarkers {
		if strings.Contains(lower, m) {
			if m == "wrote" && !strings.HasPrefix(lower, "on ") {
				return false
			}
			return true
		}
	}
	return false
}

func containsNonASCIIDigit(s string) bool {
	for _, r := range s {
		if r > 127 && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

// headerBlockFollows reports whether a "Sent:" or "Date:" line follows
// within the next few lines (an Outlook reply header).
func headerBlockFollows(rest []string) bool {
	for i := 0; i < len(rest) && i < 4; i++ {
		if outlookDate.MatchString(rest[i]) {
			return true
		}
	}
	return false
}

func nextNonEmpty(lines []string, from int) int {
	for j := from; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// tidy trims blank lines at both ends and folds runs of blank lines.
func tidy(lines []string) string {
	var b strings.Builder
	blank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(l)
	}
	return b.String()
}
