package locale_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"helpbot/internal/locale"
	"helpbot/internal/triage"
)

func readFlat(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "locales", lang+".json"))
	if err != nil {
		t.Fatalf("read %s: %v", lang, err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s.json: %v", lang, err)
	}
	return m
}

// sameAsEnglish reports whether a value may read as in English: brand
// names, the bot's name, and proper nouns spelled the same in Latin-script
// languages (country names in id, ms, vi, fil; "Email" in Filipino).
func sameAsEnglish(key string) bool {
	switch key {
	case "contact.whatsapp", "contact.line", "contact.viber", "contact.messenger",
		"contact.telegram", "contact.sms", "contact.email", "widget.bot":
		return true
	}
	return strings.HasPrefix(key, "country.")
}

// TestEveryLanguageHasEveryKey fails when a locale lacks a key, has one the
// English file lacks, drops a placeholder, or leaves English text in place.
func TestEveryLanguageHasEveryKey(t *testing.T) {
	en := readFlat(t, "en")
	for _, lang := range triage.Languages {
		t.Run(lang, func(t *testing.T) {
			m := readFlat(t, lang)
			var missing, extra, untranslated, placeholders []string
			for k, v := range en {
				got, ok := m[k]
				switch {
				case !ok:
					missing = append(missing, k)
				case strings.TrimSpace(got) == "":
					missing = append(missing, k+" (empty)")
				case lang != "en" && got == v && !sameAsEnglish(k):
					untranslated = append(untranslated, k)
				}
				for _, ph := range []string{"{{.Country}}", "{{.Date}}"} {
					if ok && strings.Contains(v, ph) && !strings.Contains(got, ph) {
						placeholders = append(placeholders, k)
					}
				}
			}
			for k := range m {
				if _, ok := en[k]; !ok {
					extra = append(extra, k)
				}
			}
			for name, l := range map[string][]string{"missing": missing, "extra": extra,
				"same as English": untranslated, "placeholder dropped": placeholders} {
				if len(l) > 0 {
					sort.Strings(l)
					t.Errorf("%s.json: %s: %s", lang, name, strings.Join(l, ", "))
				}
			}
		})
	}
}

func TestText(t *testing.T) {
	c, err := locale.Load(os.DirFS(filepath.Join("..", "..", "locales")))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Text("en", "bot.country_set", map[string]any{"Country": "Thailand"}); !strings.Contains(got, "Thailand") {
		t.Errorf("template not filled: %q", got)
	}
	if got := c.Text("xx", "widget.send", nil); got != "Send" {
		t.Errorf("unknown language should fall back to English, got %q", got)
	}
	if got := c.Text("en", "no.such.key", nil); got != "no.such.key" {
		t.Errorf("unknown key: got %q", got)
	}
	if got := c.Text("th", "widget.send", nil); got == "Send" || got == "" {
		t.Errorf("Thai send button: got %q", got)
	}
	if len(c.Languages()) < len(triage.Languages) {
		t.Errorf("loaded %v, want all of %v", c.Languages(), triage.Languages)
	}
}

// TestFastPathMatchesGoI18n: every message with placeholders renders the
// same through the fast path as through go-i18n.
func TestFastPathMatchesGoI18n(t *testing.T) {
	c, err := locale.Load(os.DirFS(filepath.Join("..", "..", "locales")))
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Country": "ประเทศไทย", "Date": "2026-11-29"}
	for _, lang := range triage.Languages {
		for _, id := range []string{"bot.country_set", "bot.normal", "bot.no_directory", "help.verified_on"} {
			fast := c.Text(lang, id, data)
			slow := locale.ViaGoI18n(c, lang, id, data)
			if fast != slow || strings.Contains(fast, "{{") {
				t.Errorf("%s %s: fast %q, go-i18n %q", lang, id, fast, slow)
			}
		}
	}
}
