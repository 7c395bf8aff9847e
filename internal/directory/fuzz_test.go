package directory

import (
	"os"
	"testing"
	"testing/fstest"
	"time"
)

// FuzzCheck: no directory file, however broken, panics the loader, and
// every problem it reports names the file and a line.
func FuzzCheck(f *testing.F) {
	for _, name := range []string{"th.yaml", "sg.yaml", "la.yaml"} {
		if b, err := os.ReadFile("../../directory/" + name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("country: TH\nservices:\n- id: x\n  contacts: [{kind: phone, value: '+66'}]\n"))
	f.Add([]byte("\t- : : [\n"))
	f.Add([]byte("a: &a [*a]\n"))
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		// A file that keeps the loader busy is a failure too: it would hold
		// up a reload for ever.
		done := make(chan []Problem, 1)
		go func() { done <- Check(fstest.MapFS{"zz.yaml": {Data: data}}, now) }()
		var problems []Problem
		select {
		case problems = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Check did not return within 5s")
		}
		for _, p := range problems {
			if p.File == "" || p.Message == "" {
				t.Fatalf("problem without a file or message: %+v", p)
			}
		}
	})
}
