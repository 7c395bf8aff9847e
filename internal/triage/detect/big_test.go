package detect

import (
	"strings"
	"testing"
	"time"
)

// TestLargeInput checks that a 1 MB message, Zawgyi or not, is handled
// quickly: analysis reads a bounded prefix.
func TestLargeInput(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("my boss locked me in ", 1<<16)[:1<<20],
		strings.Repeat("\u101e\u1030\u1031\u100c\u1038\u1000 \u101c\u1005\u102c\u1019\u1031\u1015\u1038\u1018\u1030\u1038 ", 1<<15),
		strings.Repeat("\xff\xfe a\u0301", 1<<18),
	} {
		start := time.Now()
		r := Analyze(Input{Text: s})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%d bytes took %v", len(s), d)
		}
		if r.Text == "" {
			t.Errorf("empty Text for %d bytes", len(s))
		}
		t.Logf("%d bytes: %v, %s %s", len(s), time.Since(start), r.Language, r.Priority)
	}
}
