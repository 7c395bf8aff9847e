package triage

import "testing"

type mapText map[string]string

func (m mapText) Text(lang, id string, data map[string]any) string {
	if s, ok := m[id]; ok {
		return s
	}
	return id
}

func TestEmergencyNumbersSharingANumberAreJoined(t *testing.T) {
	e := &Engine{Text: mapText{"service.police": "Police", "service.ambulance": "Ambulance", "service.fire": "Fire", "service.sms_police": "Police by text"}}
	got := e.labelEmergency("en", []EmergencyNumber{
		{Service: "police", Number: "999"}, {Service: "ambulance", Number: "999"},
		{Service: "fire", Number: "994"}, {Service: "sms_police", Number: "999"},
	})
	want := []EmergencyNumber{
		{Service: "police", Number: "999", Label: "Police, Ambulance"},
		{Service: "fire", Number: "994", Label: "Fire"},
		{Service: "sms_police", Number: "999", Label: "Police by text"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
