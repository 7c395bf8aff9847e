package detect

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMatcherFindsEveryPattern builds an automaton from random patterns
// over a few letters and checks that scan finds exactly the occurrences a
// search for each pattern finds.
func TestMatcherFindsEveryPattern(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const letters = "abcdefghijklmnop"
	var pats []string
	seen := map[string]bool{}
	for len(pats) < 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		if p := b.String(); !seen[p] {
			seen[p] = true
			pats = append(pats, p)
		}
	}
	bld := newBuilder()
	for i, p := range pats {
		bld.add("*"+p+"*", kSignal, i)
	}
	m := bld.build()
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		text := b.String()
		var got, want []string
		for _, mt := range m.scan([]byte(text), nil) {
			got = append(got, fmt.Sprint(mt.start, mt.end, mt.p.val))
		}
		for i, p := range pats {
			for off := 0; ; {
				k := strings.Index(text[off:], p)
				if k < 0 {
					break
				}
				want = append(want, fmt.Sprint(off+k, off+k+len(p), i))
				off += k + 1
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: scan found %v, the patterns occur at %v", text, got, want)
		}
	}
}
