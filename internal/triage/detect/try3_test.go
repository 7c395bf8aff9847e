package detect

import (
	"fmt"
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	e := getEngine()
	var f folded
	f.fold(s)
	fmt.Printf("folded: %q\n", f.b)
	for _, m := range e.m.scan(f.b, nil) {
		name := ""
		switch m.p.kind {
		case kSignal:
			name = "signal:" + Signals[m.p.val]
		case kPart:
			name = "part:" + e.parts[m.p.val]
		case kPlace:
			name = "place:" + places[int(m.p.val)/nPlaceKinds].cc
		case kCue:
			name = fmt.Sprint("cue:", m.p.val)
		case kSector:
			name = "sector:" + Sectors[m.p.val]
		default:
			name = fmt.Sprint("kind", m.p.kind)
		}
		fmt.Printf("  %-28s %q\n", name, f.b[m.start:m.end])
	}
	r := Analyze(Input{Text: s})
	fmt.Printf("%+v\n", r)
}
