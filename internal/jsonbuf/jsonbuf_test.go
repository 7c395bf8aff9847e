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
