package detect

import (
	"os"
	"strings"
	"testing"
)

// TestDebugText prints the keyword matches of DEBUG_TEXT (a tuning aid).
func TestDebugText(t *testing.T) {
	txt := os.Getenv("DEBUG_TEXT")
	if txt == "" {
		t.Skip("set DEBUG_TEXT")
	}
	for _, line := range strings.Split(txt, "\n") {
		e := getEngine()
		var f folded
		f.fold(Normalize(line))
		ms := e.m.scan(f.b, nil)
		res := Analyze(Input{Text: line})
		t.Logf("%q -> %s %v %s", line, res.Priority, res.Signals, res.Language)
		for _, m := range ms {
			name := ""
			switch m.p.kind {
			case kSignal, kTopic:
				name = Signals[m.p.val]
			case kPart:
				name = e.parts[m.p.val]
			}
			if m.p.kind == kPlace || m.p.kind == kCue {
				continue
			}
			t.Logf("   kind=%d %s %q", m.p.kind, name, f.b[m.start:m.end])
		}
	}
}
