package jsonbuf

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestMarshalMatchesJSONMarshal(t *testing.T) {
	for _, v := range []any{
		map[string]any{"type": "reply", "text": "<b>&</b> ช่วยด้วย \u2028", "n": 3},
		struct {
			A string `json:"a,omitempty"`
			B []int  `json:"b"`
		}{B: []int{1, 2}},
		"plain", nil,
	} {
		want, _ := json.Marshal(v)
		b, got, err := Marshal(v)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("Marshal(%v) = %s, %v; want %s", v, got, err, want)
		}
		b.Free()
	}
	b, _, err := Marshal(func() {})
	if err == nil {
		t.Error("a func encoded without error")
	}
	b.Free()
}

func BenchmarkMarshal(b *testing.B) {
	v := map[string]any{"type": "reply", "text": string(bytes.Repeat([]byte("help "), 700))}
	b.ReportAllocs()
	for b.Loop() {
		buf, _, _ := Marshal(v)
		buf.Free()
	}
}

// FuzzString checks String against json.Marshal on any string.
func FuzzString(f *testing.F) {
	for _, s := range []string{"", "plain", "<&>", "\u2028x\u2029", "\xe2\x80", "\xff", "ช่วย\n\"\\", "\x00\x1f\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := String(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("String(%q) = %s, want %s", s, got, want)
		}
		var plain bytes.Buffer
		enc := json.NewEncoder(&plain)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got, want := StringNoHTML(nil, s), bytes.TrimSuffix(plain.Bytes(), []byte("\n")); !bytes.Equal(got, want) {
			t.Fatalf("StringNoHTML(%q) = %s, want %s", s, got, want)
		}
	})
}

type named string

type item struct{ A string }

func (i item) AppendJSON(dst []byte) []byte {
	return append(String(append(append(dst, '{'), `"A":`...), i.A), '}')
}

// TestMarshalMap checks the map fast path against json.Marshal, and that
// it takes the fast path for the values it knows.
func TestMarshalMap(t *testing.T) {
	m := map[string]any{"type": "reply", "priority": named("high<"), "n": 3, "ok": true, "none": nil,
		"list": Slice[item]{{"x"}, {"&"}}, "empty": Slice[item](nil), "z\u2028": "\xff"}
	want, _ := json.Marshal(m)
	if got, ok := appendMap(nil, m); !ok || !bytes.Equal(got, want) {
		t.Fatalf("appendMap = %s, %v; want %s", got, ok, want)
	}
	b, got, err := Marshal(m)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("Marshal = %s, %v; want %s", got, err, want)
	}
	b.Free()
	if _, ok := appendMap(nil, map[string]any{"f": 1.5}); ok {
		t.Fatal("appendMap took a float it does not encode")
	}
}
