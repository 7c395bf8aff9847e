package detect

import "testing"

// TestBlind measures the detector on testdata/blind/blind.jsonl at the
// repository root: messages written by someone who saw neither this code
// nor its development set. The figures are reported in docs/triage.md; the
// floors here only catch a collapse, they are not the targets.
func TestBlind(t *testing.T) {
	m := evaluate(loadRows(t, "../../../testdata/blind/blind.jsonl"))
	m.log(t, "blind")
	for l, n := range m.langN {
		if acc := pct(m.langOK[l], n); acc < 90 {
			t.Errorf("blind language %s accuracy %.1f%%", l, acc)
		}
	}
	if r := pct(m.escOK, m.escN); r < 80 {
		t.Errorf("blind escalation recall %.1f%%", r)
	}
	if fe := pct(m.normEsc, m.normN); fe > 20 {
		t.Errorf("blind false escalation %.1f%%", fe)
	}
}
