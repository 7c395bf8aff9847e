package detect

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugPlaces(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	e := getEngine()
	var f folded
	f.fold(s)
	a := analysis{e: e, in: &Input{Text: s}, t: f.b, f: &f}
	a.ms = e.m.scan(f.b, nil)
	for i, c := range f.b {
		if c == '|' || c == ',' {
			a.seps = append(a.seps, i)
		}
	}
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.p.kind != kPlace {
			continue
		}
		role, conf := a.placeRole(mi, int(m.p.val)%nPlaceKinds)
		fmt.Printf("%q covered=%v role=%d conf=%.2f\n", f.b[m.start:m.end], a.covered(mi), role, conf)
	}
}

func TestDebugLatin(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	e := getEngine()
	var f folded
	f.fold(s)
	a := analysis{e: e, in: &Input{Text: s}, t: f.b, f: &f}
	forTokens(f.b, func(w []byte) {
		var sc [nLatin]float32
		v, ok := e.latin[string(w)]
		if !ok {
			a.trigramVote(w, &sc)
			v = sc
		}
		fmt.Printf("%-12s known=%v %v\n", w, ok, v)
	})
}
