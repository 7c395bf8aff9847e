package detect

import (
	"math/rand/v2"
	"testing"
)

// TestProbsUnrolled checks the unrolled scoring of three and twelve
// classes against the plain loop, on random weights and features.
func TestProbsUnrolled(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, k := range []int{3, 5, 12} {
		m := &linearModel{k: k, mask: 1<<10 - 1, w: make([]byte, k<<10), scale: make([]float32, k), bias: make([]float32, k)}
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		for c := range k {
			m.scale[c], m.bias[c] = rng.Float32()/50, rng.Float32()-0.5
		}
		for range 200 {
			feats := make([]uint32, rng.IntN(60))
			for i := range feats {
				feats[i] = rng.Uint32()
			}
			var got [maxClasses]float32
			m.probs(feats, got[:k])
			var acc [maxClasses]int32
			for _, f := range feats {
				for c := range k {
					acc[c] += int32(int8(m.w[int(f&m.mask)*k+c]))
				}
			}
			want := make([]float32, k)
			for c := range k {
				want[c] = m.bias[c] + float32(acc[c])*m.scale[c]*featureValue(len(feats))
			}
			softmax(want)
			for c := range k {
				if got[c] != want[c] {
					t.Fatalf("k=%d class %d: %v, the plain loop gives %v", k, c, got[c], want[c])
				}
			}
		}
	}
}
