package widget

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"helpbot/internal/directory"
	"helpbot/internal/jsonbuf"
	"helpbot/internal/locale"
	"helpbot/internal/triage"
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

// checkUnmarshalFrame fails t when unmarshalFrame reads data otherwise
// than json.Unmarshal.
func checkUnmarshalFrame(t *testing.T, data []byte) {
	t.Helper()
	var got, want inFrame
	gerr, werr := unmarshalFrame(data, &got), json.Unmarshal(data, &want)
	if (gerr == nil) != (werr == nil) || got != want {
		t.Errorf("%q: unmarshalFrame gives %+v (%v), json.Unmarshal %+v (%v)", data, got, gerr, want, werr)
	}
}

func TestUnmarshalFrame(t *testing.T) {
	for _, s := range []string{
		`{"type":"message","id":"c1","text":"help me","locale":"th-TH","timezone":"Asia/Bangkok"}`,
		`{"type":"resume","token":"AAAA","since":"1-0","extra":[1]}`, `{"type":"language","language":"my","n":1.5,"b":true}`,
		`{"Type":"message","text":"case"}`, `{"type":null,"text":"x"}`, `{"type":"message","text":"a","text":null}`,
		`{"type":"message","text":"a","text":"b"}`, `{"type":"message","text":5}`, `{"type":"message","text":"\u0048i \ud83c\udd98"}`,
		"{\"type\":\"message\",\"text\":\"bad \xff\"}", `{"type":"message"} x`, `[]`, `null`, ``, `{`,
	} {
		checkUnmarshalFrame(t, []byte(s))
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
		checkUnmarshalFrame(t, data)
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

// TestReplyAndAckFrames checks the frames that write themselves against
// the protocol: every field of the reply, as json.Marshal gives it, and
// nothing else; kept answers (from the engine, twice) and replies a caller
// built or changed alike.
func TestReplyAndAckFrames(t *testing.T) {
	text, err := locale.Load(os.DirFS("../../../locales"))
	if err != nil {
		t.Fatal(err)
	}
	dir, problems := directory.Load(os.DirFS("../../../directory"))
	if dir == nil {
		t.Fatal(problems)
	}
	e := &triage.Engine{Directory: dir, Text: text}
	var replies []triage.Reply
	for _, m := range []string{
		"my boss locked me in the room in Kuala Lumpur, help",
		"boss took passport, no pay 3 month, i am in Bangkok",
		"what is the minimum wage for domestic workers in Hong Kong?",
		"hello",
		"<b>&</b> \u2028 ช่วยด้วย",
	} {
		for range 2 {
			replies = append(replies, e.Assess(triage.Message{ID: "m<1>", Text: m, Channel: triage.ChannelWidget}, triage.State{}).Reply)
		}
	}
	changed := replies[0]
	changed.Services = append(changed.Services[:0:0], triage.ServiceCard{Name: "Other", Kind: "ngo"})
	changed.Emergency = nil
	replies = append(replies, changed, triage.Reply{Language: "th", Text: "x", Priority: triage.High, InReplyTo: "a\"b"})

	seq, at := "1732000000000-0", time.Date(2026, 11, 29, 14, 0, 0, 5, time.UTC)
	for i, r := range replies {
		o := replyOut{r: &r}
		if i%2 == 1 {
			o.seq, o.at = &seq, &at
		}
		want := map[string]any{"type": "reply", "language": r.Language, "text": r.Text}
		for k, v := range map[string]any{"emergency": r.Emergency, "services": r.Services, "quick_replies": r.QuickReplies} {
			if reflect.ValueOf(v).Len() > 0 {
				want[k] = v
			}
		}
		if r.Priority != "" {
			want["priority"] = r.Priority
		}
		if r.InReplyTo != "" {
			want["in_reply_to"] = r.InReplyTo
		}
		if o.seq != nil {
			want["seq"], want["at"] = seq, at
		}
		sameJSON(t, o, want)
	}
	sameJSON(t, replyOut{text: "only text"}, map[string]any{"type": "reply", "text": "only text"})
	sameJSON(t, ackOut{id: "m1", seq: seq, replySeq: "2-0", stored: true},
		map[string]any{"type": "ack", "id": "m1", "seq": seq, "reply_seq": "2-0", "stored": true, "duplicate": false})
	sameJSON(t, ackOut{id: "m1", duplicate: true},
		map[string]any{"type": "ack", "id": "m1", "seq": "", "stored": false, "duplicate": true})
}

// sameJSON fails unless v's own encoding and json.Marshal of want decode
// to the same value.
func sameJSON(t *testing.T, v jsonbuf.Appender, want map[string]any) {
	t.Helper()
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got := v.AppendJSON(nil)
	var g, x any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("frame is not JSON: %v\n%s", err, got)
	}
	json.Unmarshal(w, &x)
	if !reflect.DeepEqual(g, x) {
		t.Errorf("frame\n%s\nwant\n%s", got, w)
	}
}
