package email

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse: no mail, however malformed, panics the parser, and what it
// hands to triage is valid text within the length cap.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.eml")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("From: a@b\r\n\r\nhi"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\nFrom: <a@b.c>\r\n\r\n--x\r\nContent-Type: text/plain; charset=tis-620\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n--x--"))
	f.Add([]byte("\xff\xfe\x00"))
	c := testChannel(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		in, _, err := c.parse(raw)
		if err != nil || in == nil {
			return
		}
		if utf8.RuneCountInString(in.text) > c.opts.MaxTextRunes+utf8.RuneCountInString(in.subject)+2 {
			t.Fatalf("text of %d runes passed the cap", utf8.RuneCountInString(in.text))
		}
		for _, a := range in.attachments {
			if a.Size < 0 {
				t.Fatalf("negative attachment size %d", a.Size)
			}
		}
	})
}
