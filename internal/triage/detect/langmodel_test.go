package detect

import (
	"fmt"
	"os"
	"testing"
	"unicode/utf8"
)

// latinRow reports whether the rules read a row by its Latin letters.
func latinRow(text string) bool {
	f := foldedFor(text)
	other := 0
	for sc := scThai; sc < nScripts; sc++ {
		other = max(other, f.scripts[sc])
	}
	return f.scripts[scLatin] > 0 && f.scripts[scLatin] > other
}

func langClass(l string) int {
	for i, v := range replyLanguages {
		if v == l {
			return i
		}
	}
	return -1
}

func langExamples(rows []devRow) ([]devRow, []example) {
	var rs []devRow
	var ex []example
	for _, r := range rows {
		if c := langClass(r.Language); c >= 0 && latinRow(r.Text) {
			rs = append(rs, r)
			ex = append(ex, example{feats: modelFeatures(nil, foldFor(r.Text)), class: c})
		}
	}
	return rs, ex
}

func TestLangModelCV(t *testing.T) {
	if os.Getenv("HELPBOT_MODEL_CV") == "" {
		t.Skip("set HELPBOT_MODEL_CV=1")
	}
	all, fresh := loadTrainingFresh(t)
	// keep fresh aligned with the Latin rows
	var rows []devRow
	var fr []bool
	for i, r := range all {
		if langClass(r.Language) >= 0 && latinRow(r.Text) {
			rows = append(rows, r)
			fr = append(fr, fresh[i])
		}
	}
	_, ex := langExamples(rows)
	k := len(replyLanguages)
	probs := make([][]float32, len(rows))
	for fold := range 5 {
		var tr []example
		for i := range ex {
			if i%5 != fold {
				tr = append(tr, ex[i])
			}
		}
		m := train(tr, k, langBits)
		for i := range ex {
			if i%5 == fold {
				probs[i] = m.probs(ex[i].feats, make([]float32, k))
			}
		}
	}
	langReport(t, "all", rows, probs, nil)
	langReport(t, "train/ only", rows, probs, fr)
	m := train(ex, k, langBits)
	var brows []devRow
	for _, n := range []string{"blind", "blind2", "blind3", "blind4", "blind5"} {
		brows = append(brows, loadRows(t, "../../../testdata/blind/"+n+".jsonl")...)
	}
	brows, bex := langExamples(brows)
	bp := make([][]float32, len(brows))
	for i := range bex {
		bp[i] = m.probs(bex[i].feats, make([]float32, k))
	}
	langReport(t, "blind1-5", brows, bp, nil)
}

func langReport(t *testing.T, name string, rows []devRow, probs [][]float32, only []bool) {
	type acc struct {
		n, rules, model int
		comb            [4]int
	}
	per := map[string]*acc{}
	taus := [4]float32{0.5, 0.7, 0.9, 0.97}
	tot := &acc{}
	for i, r := range rows {
		if only != nil && !only[i] || utf8.RuneCountInString(r.Text) < 15 {
			continue
		}
		a := per[r.Language]
		if a == nil {
			a = &acc{}
			per[r.Language] = a
		}
		got := Analyze(r.rules()).Language
		best := 0
		for c := range probs[i] {
			if probs[i][c] > probs[i][best] {
				best = c
			}
		}
		ml := replyLanguages[best]
		for _, x := range []*acc{a, tot} {
			x.n++
			if got == r.Language {
				x.rules++
			}
			if ml == r.Language {
				x.model++
			}
			for j, tau := range taus {
				pick := got
				if probs[i][best] >= tau {
					pick = ml
				}
				if idms(ml) && idms(got) && probs[i][best] < idmsSure {
					pick = got
				}
				if pick == r.Language {
					x.comb[j]++
				}
			}
		}
	}
	line := func(l string, a *acc) string {
		s := fmt.Sprintf("%-8s n=%4d rules %5.1f model %5.1f", l, a.n, pct(a.rules, a.n), pct(a.model, a.n))
		for j, tau := range taus {
			s += fmt.Sprintf("  model>=%.2f %5.1f", tau, pct(a.comb[j], a.n))
		}
		return s
	}
	t.Logf("== %s", name)
	for _, l := range replyLanguages {
		if a := per[l]; a != nil {
			t.Log(line(l, a))
		}
	}
	t.Log(line("total", tot))
}
