package widget

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeFrame(t *testing.T) {
	cases := []struct {
		in, code string
	}{
		{`{"type":"message","id":"a","text":" hi "}`, ""},
		{`{not json`, "invalid_json"},
		{`[]`, "invalid_json"},
		{`{"type":"dance"}`, "unknown_type"},
		{`{}`, "unknown_type"},
		{`{"type":"message","text":"   "}`, "empty_text"},
		{`{"type":"message","text":"` + strings.Repeat("x", 11) + `"}`, "too_long"},
		{`{"type":"message","id":"` + strings.Repeat("i", 65) + `","text":"x"}`, "bad_id"},
		{`{"type":"language"}`, "bad_choice"},
		{`{"type":"country","country":"TH"}`, ""},
		{`{"type":"resume","token":"x"}`, ""},
	}
	for _, tc := range cases {
		in, err := decodeFrame([]byte(tc.in), 10)
		got := ""
		if err != nil {
			got = err.code
		}
		if got != tc.code {
			t.Errorf("%s: code %q, want %q", tc.in, got, tc.code)
		}
		if tc.code == "" && in.Type == "message" && in.Text != "hi" {
			t.Errorf("%s: text %q not trimmed", tc.in, in.Text)
		}
	}
}

// FuzzDecodeFrame: no input panics, and what passes is a known type with
// valid, bounded text.
func FuzzDecodeFrame(f *testing.F) {
	for _, s := range []string{
		`{"type":"message","id":"c1","text":"help me","locale":"th-TH","timezone":"Asia/Bangkok"}`,
		`{"type":"resume","token":"AAAAAAAAAAAAAAAAAAAAAAAA","since":"1-0"}`,
		`{"type":"language","language":"my"}`, `{"type":"country","country":"MY"}`,
		`{"type":"message","text":"\u0000\ud800"}`, "\xff\xfe", `{"type":"message","text":1}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := decodeFrame(data, 4000)
		if err != nil {
			return
		}
		switch in.Type {
		case "message":
			if in.Text == "" || !utf8.ValidString(in.Text) || utf8.RuneCountInString(in.Text) > 4000 {
				t.Fatalf("accepted bad text %q", in.Text)
			}
		case "resume", "language", "country":
		default:
			t.Fatalf("accepted type %q", in.Type)
		}
		if len(in.ID) > 64 {
			t.Fatalf("accepted id of %d bytes", len(in.ID))
		}
	})
}
