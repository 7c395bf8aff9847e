package triage

import (
	"strings"
	"testing"
)

func TestPlainTextPutsNumbersAfterTheFirstParagraph(t *testing.T) {
	r := Reply{Language: "en", Text: "Call now.\n\nA caseworker will write.",
		Emergency: []EmergencyNumber{{Service: "police", Number: "999", Label: "Police"}},
		Services:  []ServiceCard{{Name: "Helpline", Verified: false, Contacts: []Contact{{Kind: "phone", Value: "+60312345678", Label: "03-1234 5678"}}}},
	}
	got := PlainText(r, nil)
	want := []string{"Call now.", "Police: 999", "Helpline", "03-1234 5678", "A caseworker will write."}
	last := -1
	for _, w := range want {
		i := strings.Index(got, w)
		if i < 0 || i < last {
			t.Fatalf("%q out of order in:\n%s", w, got)
		}
		last = i
	}
}
