package console

import (
	"testing"

	"helpbot/internal/triage/detect"
)

// TestEverySignalHasWords: a caseworker sees why a case was flagged in
// plain words, for every signal the detector can raise.
func TestEverySignalHasWords(t *testing.T) {
	for _, s := range detect.Signals {
		if _, ok := signalWords[s]; !ok {
			t.Errorf("signal %q has no plain words in signalWords", s)
		}
	}
}
