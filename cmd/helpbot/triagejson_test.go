package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestTriageOutputJSON checks that a triage line writes itself as the
// Encoder did before (SetEscapeHTML(false)): nulls, empty and full signal
// lists, and strings JSON escapes.
func TestTriageOutputJSON(t *testing.T) {
	s := func(v string) *string { return &v }
	for _, o := range []triageOutput{
		{},
		{Language: "en", Country: s("MY"), Priority: "critical", Escalate: true, Signals: []string{"confinement", "sos"}, Reply: "Call 999 & 112 <now>\n\"quoted\" \\ \u2028 \x01"},
		{Language: "th", Nationality: s("MM"), Signals: []string{}, Sector: s("fishing"), Reply: "สวัสดี\xff"},
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(o); err != nil {
			t.Fatal(err)
		}
		if got := append(o.AppendJSON(nil), '\n'); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("AppendJSON = %s\nwant        %s", got, want.Bytes())
		}
	}
}
