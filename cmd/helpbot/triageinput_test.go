package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// inputLines are lines the decoder must read as encoding/json does, or
// leave to it.
var inputLines = []string{
	``, `not json`, `{`, `[]`, `{}`, `{"text": 5}`, `{"text": null}`, `{"TEXT": "help"}`, `{"Text": "x", "TimeZone": "Asia/Bangkok"}`,
	`{"text":"a","text":"b"}`, `{"text":"a","text":null}`, `{"te\u0078t": "escaped key"}`,
	`{"text": "\u0048elp \ud83c\udd98 \uD83C\uDD98", "phone": "+60123456789"}`, `{"text": "\ud800 lone \udc00 low \ud800\u0041 \ud800\uZZZZ"}`,
	`{"text": "tab\tnew\nline \"q\" \\ \/ \b\f\r"}`, `{"text": "x", "extra": {"a": [1]}}`, `{"text": "x", "n": -1.5e3, "m": 0, "k": 1E+2, "t": true, "f": false, "z": null, "s": "str"}`,
	`{"text": "x", "n": 01}`, `{"text": "x", "n": 1.}`, `{"text": "x", "n": -}`, `{"text": "x", "n": 1e}`, `{"text": "x", "n": +1}`,
	"  {\"text\" : \"spaced\" }\r\n", `{"text": "a"} trailing`, `{"text": "a",}`, `{"text": "ok", "locale": 5}`, "{\"text\":\"\x01ctl\"}",
	`{"text":"x","phone":null}`, `{"text":"x","phone":"\u002b66"}`, `"str"`, `null`, `{"text":"a"}{"text":"b"}`, `{"text":"\u00e9"}`,
	"{\"text\": \"bad \xff\xfe utf8\"}", "{\"te\xffxt\": \"k\"}", `{"text":"\`, `{"text":"\u12`, `{"text"}`, `{"text":}`, `{"text" "x"}`,
	`{"channel":"email","locale":"th-TH","timezone":"Asia/Bangkok","phone":"+66","email":"a@b.th","telegram_language":"th","text":"ok"}`,
	`{"ſ": 1, "text": "long s key"}`, `{"channeL": "x", "text": "y"}`, `{"text": "x", "unknown_\u0041": 1}`, `{"text": tru}`, `{"a": nul}`,
}

// TestDecodeTriageInput checks the decoder against encoding/json on every
// line above and every labelled line of the detector's sets.
func TestDecodeTriageInput(t *testing.T) {
	lines := append([]string(nil), inputLines...)
	files, _ := filepath.Glob("../../internal/triage/detect/testdata/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no labelled sets found")
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
	}
	fast := 0
	for _, l := range lines {
		if checkDecode(t, []byte(l)) {
			fast++
		}
	}
	// Nearly every line takes the fast path; the rest are the oddities.
	if fast < len(lines)-len(inputLines) {
		t.Errorf("fast path took %d of %d lines", fast, len(lines))
	}
}

// checkDecode fails t when decodeTriageInput reads line otherwise than
// json.Unmarshal; it reports whether the fast path took the line.
func checkDecode(t *testing.T, line []byte) bool {
	t.Helper()
	var got, want triageInput
	if !decodeTriageInput(line, &got) {
		return false
	}
	if err := json.Unmarshal(line, &want); err != nil {
		t.Errorf("%q: decoded, but encoding/json says %v", line, err)
		return true
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q: decoded %+v, encoding/json %+v", line, show(got), show(want))
	}
	return true
}

func show(in triageInput) triageInput {
	if in.Text != nil {
		s := "text=" + *in.Text
		in.Channel = s + " channel=" + in.Channel
	}
	return in
}

func FuzzTriageInput(f *testing.F) {
	for _, l := range inputLines {
		f.Add([]byte(l))
	}
	f.Fuzz(func(t *testing.T, line []byte) { checkDecode(t, line) })
}
