package telegram

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("word ", 500) // 2500 bytes
	emoji := strings.Repeat("😀", 3000)   // 6000 UTF-16 units, no spaces
	tests := []struct {
		name  string
		text  string
		limit int
		parts int
	}{
		{"short", "hello", 4096, 1},
		{"empty", "   ", 4096, 0},
		{"two paragraphs", strings.TrimSpace(para) + "\n\n" + strings.TrimSpace(para), 4096, 2},
		{"5000 ascii", strings.Repeat("a", 5000), 4096, 2},
		{"surrogates", emoji, 4096, 2},
		{"lines", strings.Repeat("line of text\n", 400), 4096, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.text, tt.limit)
			if len(got) != tt.parts {
				t.Fatalf("got %d parts, want %d", len(got), tt.parts)
			}
			var runes int
			for i, p := range got {
				if n := utf16Len(p); n > tt.limit {
					t.Errorf("part %d is %d units, over %d", i, n, tt.limit)
				}
				if !utf8.ValidString(p) {
					t.Errorf("part %d is not valid UTF-8", i)
				}
				runes += utf8.RuneCountInString(strings.Join(strings.Fields(p), ""))
			}
			if want := utf8.RuneCountInString(strings.Join(strings.Fields(tt.text), "")); runes != want {
				t.Errorf("parts hold %d non-space runes, want %d", runes, want)
			}
		})
	}
	// A paragraph break is preferred over a hard cut.
	got := split(strings.Repeat("a", 3000)+"\n\n"+strings.Repeat("b", 3000), 4096)
	if len(got) != 2 || got[0] != strings.Repeat("a", 3000) || got[1] != strings.Repeat("b", 3000) {
		t.Errorf("did not split at the paragraph break: %d parts", len(got))
	}
}

func TestCountryAt(t *testing.T) {
	t.Parallel()
	places := []struct {
		name     string
		lat, lon float64
		want     string
	}{
		{"Singapore", 1.3521, 103.8198, "SG"},
		{"Johor Bahru", 1.4927, 103.7414, "MY"},
		{"Hong Kong", 22.3193, 114.1694, "HK"},
		{"Bandar Seri Begawan", 4.9031, 114.9398, "BN"},
		{"Kuala Lumpur", 3.139, 101.6869, "MY"},
		{"Penang", 5.4141, 100.3288, "MY"},
		{"Kota Kinabalu", 5.9804, 116.0735, "MY"},
		{"Kuching", 1.5535, 110.3593, "MY"},
		{"Bangkok", 13.7563, 100.5018, "TH"},
		{"Chiang Mai", 18.7883, 98.9853, "TH"},
		{"Phuket", 7.8804, 98.3923, "TH"},
		{"Samut Sakhon", 13.5475, 100.2744, "TH"},
		{"Mae Sot", 16.7131, 98.5747, "TH"},
		{"Udon Thani", 17.4138, 102.787, "TH"},
		{"Yangon", 16.8409, 96.1735, "MM"},
		{"Mandalay", 21.9588, 96.0891, "MM"},
		{"Dawei", 14.0823, 98.1915, "MM"},
		{"Phnom Penh", 11.5564, 104.9282, "KH"},
		{"Siem Reap", 13.3671, 103.8448, "KH"},
		{"Vientiane", 17.9757, 102.6331, "LA"},
		{"Luang Prabang", 19.8856, 102.1347, "LA"},
		{"Pakse", 15.1202, 105.7993, "LA"},
		{"Hanoi", 21.0278, 105.8342, "VN"},
		{"Ho Chi Minh City", 10.8231, 106.6297, "VN"},
		{"Da Nang", 16.0544, 108.2022, "VN"},
		{"Manila", 14.5995, 120.9842, "PH"},
		{"Davao", 7.1907, 125.4553, "PH"},
		{"Jakarta", -6.2088, 106.8456, "ID"},
		{"Medan", 3.5952, 98.6722, "ID"},
		{"Batam", 1.0456, 104.0305, "ID"},
		{"Dhaka", 23.8103, 90.4125, "BD"},
		{"Cox's Bazar", 21.4272, 92.0058, "BD"},
		{"Riyadh", 24.7136, 46.6753, ""},
		{"Taipei", 25.033, 121.5654, ""},
		{"Kolkata", 22.5726, 88.3639, ""},
	}
	for _, p := range places {
		if got := CountryAt(p.lat, p.lon); got != p.want {
			t.Errorf("%s: CountryAt(%v, %v) = %q, want %q", p.name, p.lat, p.lon, got, p.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	t.Parallel()
	for code, want := range map[string]string{
		"en": "en", "en-US": "en", "th": "th", "my": "my", "km": "km", "lo": "lo", "vi": "vi",
		"id": "id", "in": "id", "ms": "ms", "fil": "fil", "tl": "fil", "bn": "bn", "ne": "ne",
		"zh": "zh-Hant", "zh-hant": "zh-Hant", "zh-hk": "zh-Hant", "zh-TW": "zh-Hant", "zh_tw": "zh-Hant",
		"ar": "", "": "", "ru": "",
	} {
		if got := Language(code); got != want {
			t.Errorf("Language(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestCommand(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"/start": "start", "/start payload": "start", "/Language@helpbot_bot": "language", "hello": "", "/": "",
	} {
		got, _ := command(text)
		if got != want {
			t.Errorf("command(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestConversationKey(t *testing.T) {
	t.Parallel()
	secret := []byte("0123456789abcdef0123456789abcdef")
	k := ConversationKey(secret, 123456789)
	if len(k) != 33 || k[0] != 't' || strings.Contains(k, "123456789") {
		t.Errorf("key %q: want t + 32 hex, not containing the id", k)
	}
	if k != ConversationKey(secret, 123456789) || k == ConversationKey(secret, 123456788) ||
		k == ConversationKey([]byte("another secret, another key!!"), 123456789) {
		t.Error("key not stable per (secret, chat)")
	}
}

func TestScrub(t *testing.T) {
	t.Parallel()
	in := `{"update_id":9007199254740993,"message":{"message_id":1,"from":{"id":42,"first_name":"Somchai","last_name":"K","username":"som","language_code":"th"},"chat":{"id":42,"type":"private","first_name":"Somchai"},"date":1,"text":"hi"}}`
	out := string(scrub([]byte(in)))
	for _, s := range []string{"Somchai", "som\"", "last_name"} {
		if strings.Contains(out, s) {
			t.Errorf("scrubbed update still has %q: %s", s, out)
		}
	}
	for _, s := range []string{"9007199254740993", `"language_code":"th"`, `"text":"hi"`} {
		if !strings.Contains(out, s) {
			t.Errorf("scrubbed update lost %q: %s", s, out)
		}
	}
	if !json.Valid([]byte(out)) {
		t.Error("not JSON")
	}
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }
