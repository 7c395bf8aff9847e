package detect

import (
	"os"
	"strings"
	"testing"
)

// TestTraceLatin prints the Latin-script scores of each line of TRACE_TEXT
// (a tuning aid).
func TestTraceLatin(t *testing.T) {
	txt := os.Getenv("TRACE_TEXT")
	if txt == "" {
		t.Skip("set TRACE_TEXT")
	}
	defer func() { latinTrace = nil }()
	for _, line := range strings.Split(txt, "\n") {
		var sc [nLatin]float32
		latinTrace = func(s [nLatin]float32) { sc = s }
		res := Analyze(Input{Text: line})
		t.Logf("%-45q %-4s en=%.1f vi=%.1f id=%.1f ms=%.1f fil=%.1f", line, res.Language, sc[0], sc[1], sc[2], sc[3], sc[4])
	}
}

// TestIdmsHints checks that the hints decide Malay or Indonesian only when
// the words leave it open.
func TestIdmsHints(t *testing.T) {
	amb := "saya perlu bantuan sekarang"
	for _, c := range []struct {
		in   Input
		want string
	}{
		{Input{Text: amb}, "id"},
		{Input{Text: amb, Phone: "+60 12-345 6789"}, "ms"},
		{Input{Text: amb, Phone: "+673 712 3456"}, "ms"},
		{Input{Text: amb, Phone: "+62 812 3456 7890"}, "id"},
		{Input{Text: amb, TimeZone: "Asia/Kuala_Lumpur"}, "ms"},
		{Input{Text: amb, TimeZone: "Asia/Jakarta"}, "id"},
		{Input{Text: amb, Locale: "ms-MY"}, "ms"},
		{Input{Text: "saya perlu bantuan, gaji RM500 sahaja"}, "ms"},
		{Input{Text: "saya perlu bantuan, harga RM500"}, "ms"},
		// Distinctive words outweigh the hints.
		{Input{Text: "saya nggak bisa pulang, paspor ditahan", Phone: "+60 12-345 6789"}, "id"},
		{Input{Text: "saya tak boleh balik, pasport kena simpan", Phone: "+62 812 3456 7890"}, "ms"},
		{Input{Text: "saya kerja di Kuala Lumpur, gaji belum dibayar, gimana?"}, "id"},
	} {
		if got := Analyze(c.in).Language; got != c.want {
			t.Errorf("%q %+v: %s, want %s", c.in.Text, c.in, got, c.want)
		}
	}
}
