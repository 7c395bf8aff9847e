package detect

import "testing"

// TestBlind measures the detector on the sets in testdata/blind at the
// repository root: messages written by people who saw neither this code
// nor its development set, and which nobody tuning the detector reads. The
// figures are reported in docs/triage.md; the floors here only catch a
// collapse, they are not the targets.
func TestBlind(t *testing.T) {
	for _, name := range []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10"} {
		t.Run(name, func(t *testing.T) {
			m := evaluate(loadRows(t, "../../../testdata/blind/"+name+".jsonl"))
			m.log(t, name)
			for l, n := range m.langN {
				if acc := pct(m.langOK[l], n); acc < 75 {
					t.Errorf("%s language %s accuracy %.1f%%", name, l, acc)
				}
			}
			if r := pct(m.escOK, m.escN); r < 80 {
				t.Errorf("%s escalation recall %.1f%%", name, r)
			}
			if fe := pct(m.normEsc, m.normN); fe > 20 {
				t.Errorf("%s false escalation %.1f%%", name, fe)
			}
		})
	}
}
