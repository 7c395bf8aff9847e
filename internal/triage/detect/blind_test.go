package detect

import "testing"

// TestBlind measures the detector on the sets in testdata/blind at the
// repository root: messages written by people who saw neither this code
// nor its development set, and which nobody tuning the detector reads. The
// figures are reported in docs/triage.md; the floors here only catch a
// collapse, they are not the targets.
func TestBlind(t *testing.T) {
	for _, name := range []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14"} {
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

// TestRound6 measures the detector on testdata/eval/round6.jsonl: 2,396
// messages written for a sixth round of training by helpers who saw
// nothing of the code or the sets, nine in ten of their normal messages
// hard ones. Training on them moved the models along the same trade of
// recall for false escalation instead of improving it (docs/triage.md), so
// the models were not trained on them, and they serve as a large unseen
// set. The floors only catch a collapse.
func TestRound6(t *testing.T) {
	m := evaluate(loadRows(t, "testdata/eval/round6.jsonl"))
	m.log(t, "round6")
	if r := pct(m.escOK, m.escN); r < 90 {
		t.Errorf("round6 escalation recall %.1f%%", r)
	}
	if fe := pct(m.normEsc, m.normN); fe > 40 {
		t.Errorf("round6 false escalation %.1f%%", fe)
	}
}
