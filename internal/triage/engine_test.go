package triage

import (
	"log/slog"
	"strings"
	"testing"

	"helpbot/internal/triage/detect"
)

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

// TestNumbersByPlaceAreNamedByPlace: numbers listed for several places
// (the person's is not known yet) are labelled with the places' names, and
// places that share a number are joined, with no single place named.
func TestNumbersByPlaceAreNamedByPlace(t *testing.T) {
	e := &Engine{Text: mapText{"service.police": "Police", "country.MY": "Malaysia", "country.SG": "Singapore", "country.TH": "Thailand"}}
	got := e.labelEmergency("en", []EmergencyNumber{
		{Service: "police", Number: "999", Country: "MY"}, {Service: "police", Number: "999", Country: "SG"},
		{Service: "police", Number: "191", Country: "TH"},
	})
	want := []EmergencyNumber{
		{Service: "police", Number: "999", Label: "Malaysia, Singapore"},
		{Service: "police", Number: "191", Label: "Thailand", Country: "TH"},
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

// TestDetectorFailure checks that a message the detector fails on (a bug)
// is still answered with the emergency numbers, in the conversation's
// language and country, and escalated for a human with AnalysisFailed.
func TestDetectorFailure(t *testing.T) {
	defer func(a func(detect.Input) detect.Result, n func(string) string) { detectAnalyze, detectNormalize = a, n }(detectAnalyze, detectNormalize)
	detectAnalyze = func(detect.Input) detect.Result { panic("index out of range [9] with length 3") }
	detectNormalize = func(string) string { panic("bad table") }

	d := &versionedDirectory{}
	d.load("191", "Thai Police")
	var logs strings.Builder
	e := &Engine{Directory: d, Text: mapText{"service.police": "Police"}, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	a := e.Assess(Message{Channel: ChannelWidget, Text: "ช่วยด้วย \xff"}, State{Language: "th", Country: "TH"})
	if a.Priority != "high" || len(a.Signals) != 1 || a.Signals[0] != AnalysisFailed {
		t.Errorf("priority %s, signals %v; want high, [%s]", a.Priority, a.Signals, AnalysisFailed)
	}
	if a.ReplyLanguage != "th" || a.Country != "TH" || len(a.Reply.Emergency) == 0 || a.Reply.Emergency[0].Number != "191" {
		t.Errorf("reply in %q for %q with %+v; want Thai, TH, 191", a.ReplyLanguage, a.Country, a.Reply.Emergency)
	}
	if a.Text != "ช่วยด้วย \uFFFD" || normalize("ok \xff") != "ok \uFFFD" {
		t.Errorf("text kept as %q", a.Text)
	}
	if strings.Contains(logs.String(), "ช่วยด้วย") || !strings.Contains(logs.String(), "detector failed") {
		t.Errorf("log: %s", logs.String())
	}
}
