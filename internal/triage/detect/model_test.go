package detect

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var updateModel = flag.Bool("update-model", false, "retrain model.bin from testdata")

// trainingFiles are the labelled sets the model learns from: everything in
// testdata/ and testdata/train/. The blind sets at the repository root are
// never among them.
func trainingFiles(tb testing.TB) []string {
	tb.Helper()
	a, _ := filepath.Glob("testdata/*.jsonl")
	b, _ := filepath.Glob("testdata/train/*.jsonl")
	files := append(a, b...)
	slices.Sort(files)
	if len(files) == 0 {
		tb.Fatal("no training data")
	}
	return files
}

type example struct {
	feats []uint32
	class int
}

func classOf(priority string) int {
	switch priority {
	case "critical":
		return 2
	case "high":
		return 1
	}
	return 0
}

// foldFor folds text as Analyze does before it reads a message.
func foldFor(text string) []byte { return foldedFor(text).b }

func foldedFor(text string) *folded {
	t, _ := normalize(text)
	var f folded
	f.fold(prefix(t, maxAnalyse))
	return &f
}

func examples(rows []devRow) []example {
	ex := make([]example, len(rows))
	for i, r := range rows {
		ex[i] = example{feats: modelFeatures(nil, foldFor(r.Text)), class: classOf(r.Priority)}
	}
	return ex
}

// Training settings.
const (
	trainEpochs = 12
	trainRate   = 0.1
	trainL2     = 1e-5
)

// train fits multinomial logistic regression by AdaGrad, in a fixed order
// of examples per epoch, so the same data always gives the same model.
func train(ex []example, k, bits int) *linearModel {
	mask := uint32(1)<<bits - 1
	w := make([]float32, (mask+1)*uint32(k))
	g2 := make([]float32, len(w))
	bias, bg2 := make([]float32, k), make([]float32, k)
	z, grad := make([]float32, k), make([]float32, k)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range trainEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, oi := range order {
			x := &ex[oi]
			val := featureValue(len(x.feats))
			copy(z, bias)
			for _, f := range x.feats {
				i := int(f&mask) * k
				for c := range k {
					z[c] += w[i+c] * val
				}
			}
			softmax(z)
			for c := range k {
				grad[c] = z[c]
				if c == x.class {
					grad[c]--
				}
				bg2[c] += grad[c] * grad[c]
				bias[c] -= trainRate * grad[c] / float32(math.Sqrt(float64(bg2[c])+1e-8))
			}
			for _, f := range x.feats {
				i := int(f&mask) * k
				for c := range k {
					g := grad[c]*val + trainL2*w[i+c]
					g2[i+c] += g * g
					w[i+c] -= trainRate * g / float32(math.Sqrt(float64(g2[i+c])+1e-8))
				}
			}
		}
	}
	m := &linearModel{k: k, mask: mask, w: make([]byte, len(w)), bias: bias, scale: make([]float32, k)}
	for c := range k {
		var mx float32
		for i := c; i < len(w); i += k {
			mx = max(mx, float32(math.Abs(float64(w[i]))))
		}
		m.scale[c] = mx / 127
		if mx == 0 {
			m.scale[c] = 1
		}
		for i := c; i < len(w); i += k {
			m.w[i] = byte(int8(math.Round(float64(w[i] / m.scale[c]))))
		}
	}
	return m
}

func loadTraining(tb testing.TB) []devRow {
	rows, _ := loadTrainingFresh(tb)
	return rows
}

// loadTrainingFresh also marks the rows of testdata/train/, which the
// rules were never tuned on.
func loadTrainingFresh(tb testing.TB) (rows []devRow, fresh []bool) {
	for _, f := range trainingFiles(tb) {
		r := loadRows(tb, f)
		rows = append(rows, r...)
		for range r {
			fresh = append(fresh, filepath.Base(filepath.Dir(f)) == "train")
		}
	}
	return rows, fresh
}

// rules is the row's input with the models left out.
func (r devRow) rules() Input {
	in := r.input()
	in.rulesOnly = true
	return in
}

// TestModel retrains the wording model and checks model.bin is what the
// training data gives (go test -run TestModel -update-model rewrites it).
func TestModel(t *testing.T) {
	rows := loadTraining(t)
	_, lex := langExamples(rows)
	for _, f := range []struct {
		name   string
		got    []byte
		have   []byte
		loaded bool
	}{
		{"model.bin", encodeModel(train(examples(rows), nClasses, modelBits)), modelBin, getEngine().model != nil},
		{"lang.bin", encodeModel(train(lex, len(replyLanguages), langBits)), langBin, getEngine().langs != nil},
	} {
		if *updateModel {
			if err := os.WriteFile(f.name, f.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if runtime.GOARCH != "amd64" {
			t.Skip("float rounding differs by architecture; the models are trained on amd64")
		}
		if !bytes.Equal(f.got, f.have) {
			t.Errorf("%s is not the model testdata gives: run go test ./internal/triage/detect -run TestModel -update-model", f.name)
		}
		if !f.loaded {
			t.Errorf("%s did not load", f.name)
		}
	}
}

// TestModelCV reports, by five-fold cross-validation over the training
// data, the rules alone, the model alone and the two together; on all of
// it, and on testdata/train/ alone, which the rules were never tuned on.
// Set HELPBOT_MODEL_CV=1 to run it.
func TestModelCV(t *testing.T) {
	if os.Getenv("HELPBOT_MODEL_CV") == "" {
		t.Skip("set HELPBOT_MODEL_CV=1")
	}
	rows, fresh := loadTrainingFresh(t)
	ex := examples(rows)
	const folds = 5
	probs := make([][nClasses]float32, len(rows))
	for k := range folds {
		var tr []example
		for i := range ex {
			if i%folds != k {
				tr = append(tr, ex[i])
			}
		}
		m := train(tr, nClasses, modelBits)
		for i := range ex {
			if i%folds == k {
				m.probs(ex[i].feats, probs[i][:])
			}
		}
	}
	t.Logf("== all (%d messages)", len(rows))
	options(t, rows, probs)
	var fr []devRow
	var fp [][nClasses]float32
	for i := range rows {
		if fresh[i] {
			fr, fp = append(fr, rows[i]), append(fp, probs[i])
		}
	}
	t.Logf("== testdata/train/ only (%d messages)", len(fr))
	options(t, fr, fp)
}

// TestModelBlind reports the same on blind sets at the repository root
// that have been measured before: HELPBOT_MODEL_BLIND=1 reads blind sets
// 1-5, and a comma-separated list of names reads those sets
// (HELPBOT_MODEL_BLIND=blind9).
func TestModelBlind(t *testing.T) {
	sets := os.Getenv("HELPBOT_MODEL_BLIND")
	if sets == "" {
		t.Skip("set HELPBOT_MODEL_BLIND=1")
	}
	names := strings.Split(sets, ",")
	if sets == "1" {
		names = []string{"blind", "blind2", "blind3", "blind4", "blind5"}
	}
	m := train(examples(loadTraining(t)), nClasses, modelBits)
	var rows []devRow
	for _, n := range names {
		rows = append(rows, loadRows(t, "../../../testdata/blind/"+n+".jsonl")...)
	}
	ex := examples(rows)
	probs := make([][nClasses]float32, len(rows))
	for i := range ex {
		m.probs(ex[i].feats, probs[i][:])
	}
	options(t, rows, probs)
}

// options reports the rules alone, the model alone and the rules and the
// model together as Analyze puts them, at the deployed thresholds and
// around them. p holds each message's class probabilities.
func options(t *testing.T, rows []devRow, p [][nClasses]float32) {
	prio := make([]string, len(rows))
	sigs := make([][]string, len(rows))
	reads := make([]bool, len(rows))
	laugh := make([]bool, len(rows))
	for i, r := range rows {
		res := Analyze(r.rules())
		prio[i], sigs[i] = res.Priority, res.Signals
		reads[i] = modelReads(res.Language, utf8.RuneCount(foldFor(r.Text)))
		t, _ := normalize(r.Text)
		laugh[i] = laughs(prefix(t, maxAnalyse))
	}
	line := func(name string, esc func(i int) bool) {
		var escN, escOK, normN, normEsc int
		for i, r := range rows {
			if r.Priority == "normal" {
				normN++
				if esc(i) {
					normEsc++
				}
			} else {
				escN++
				if esc(i) {
					escOK++
				}
			}
		}
		t.Logf("%-34s recall %5.1f%%  false escalation %5.1f%% (%d/%d, %d/%d)", name, pct(escOK, escN), pct(normEsc, normN), escOK, escN, normEsc, normN)
	}
	// escalates is Analyze's decision for message i, with or without the
	// joke exception, at the given threshold and doubt.
	escalates := func(i int, laughs bool, threshold, doubt float32) bool {
		if !modelWeighs(prio[i], sigs[i], laughs) || !reads[i] {
			return prio[i] != "normal"
		}
		j, _ := judgeAt(prio[i], p[i][:], threshold, doubt)
		return j != "normal"
	}
	deployed := func(i int) bool { return escalates(i, laugh[i], modelThreshold, modelDoubt) }
	line("deployed, no joke exception", func(i int) bool { return escalates(i, false, modelThreshold, modelDoubt) })
	line("rules alone", func(i int) bool { return prio[i] != "normal" })
	line("model alone (p >= 0.5)", func(i int) bool { return p[i][1]+p[i][2] >= 0.5 })
	line(fmt.Sprintf("deployed (%.2f, %.2f)", modelThreshold, modelDoubt), deployed)
	line("deployed, every critical keyword kept", func(i int) bool {
		return prio[i] == "critical" || deployed(i)
	})
	line("deployed, any critical keyword set aside", func(i int) bool {
		if prio[i] == "critical" && reads[i] {
			j, _ := judge(prio[i], p[i][:])
			return j != "normal"
		}
		return deployed(i)
	})
	for _, th := range []float32{0.4, 0.5, 0.6} {
		for _, d := range []float32{0, 0.15, 0.3, 0.45} {
			line(fmt.Sprintf("threshold %.2f, doubt %.2f", th, d), func(i int) bool { return escalates(i, laugh[i], th, d) })
		}
	}
}

// TestJudge pins how the model weighs in on the rules' priority.
func TestJudge(t *testing.T) {
	for _, c := range []struct {
		prio string
		p    []float32
		want string
		ok   bool
	}{
		{"critical", []float32{0.99, 0.005, 0.005}, "normal", true}, // storySignals only (modelWeighs)
		{"critical", []float32{0.85, 0.1, 0.05}, "critical", false}, // 0.15 urgent: it stands
		{"high", []float32{0.9, 0.05, 0.05}, "normal", true},        // sure it is not urgent
		{"high", []float32{0.8, 0.1, 0.1}, "high", false},           // 0.2 urgent: the keyword stands
		{"normal", []float32{0.6, 0.3, 0.1}, "normal", false},
		{"normal", []float32{0.4, 0.35, 0.25}, "high", true},
		{"normal", []float32{0.4, 0.2, 0.4}, "critical", true},
	} {
		got, ok := judge(c.prio, c.p)
		if got != c.want || ok != c.ok {
			t.Errorf("judge(%s, %v) = %s, %v; want %s, %v", c.prio, c.p, got, ok, c.want, c.ok)
		}
	}
}

// TestModelWeighs pins which critical signals the model may set aside.
func TestModelWeighs(t *testing.T) {
	for _, c := range []struct {
		prio    string
		signals []string
		laughs  bool
		want    bool
	}{
		{"normal", nil, false, true},
		{"high", []string{"document_retention"}, false, true},
		{"critical", []string{"violence", "wage_withholding"}, false, true},
		{"critical", []string{"confinement", "danger", "sold", "forced_marriage"}, false, true},
		{"critical", []string{"violence", "self_harm"}, false, false},
		{"critical", []string{"medical_emergency"}, false, false},
		{"critical", []string{"threat_to_kill"}, false, false},
		{"critical", []string{"minor_at_risk", "confinement"}, false, false},
		{"critical", []string{"sexual_violence"}, false, false},
		{"critical", []string{"sos"}, false, false},
		{"critical", []string{"threat_to_kill"}, true, true},
		{"critical", []string{"kidnapping", "violence"}, true, true},
		{"critical", []string{"threat_to_kill", "self_harm"}, true, false},
		{"critical", []string{"medical_emergency"}, true, false},
		{"critical", []string{"minor_at_risk", "kidnapping"}, true, false},
		{"critical", []string{"sexual_violence"}, true, false},
	} {
		if got := modelWeighs(c.prio, c.signals, c.laughs); got != c.want {
			t.Errorf("modelWeighs(%s, %v, laughs %v) = %v", c.prio, c.signals, c.laughs, got)
		}
	}
}

// TestModelInAnalyze checks the models act in Analyze: urgency the rules
// have no keyword for, and Khmer typed in Latin letters.
func TestModelInAnalyze(t *testing.T) {
	for text, want := range map[string]string{
		// A story of the past, safe now: the beating's keyword is set aside.
		"I used to work on a fishing boat where they beat us, but I am home in Kampot since 2022 and I am safe now. How can I know if the court case in Thailand will give us compensation?": "normal",
		// A joke: the threat is set aside only because the message laughs.
		"my manager will kill me if the report is late again haha. by the way when is the public holiday in Singapore this year?": "normal",
		"my manager will kill me if the report is late again. by the way when is the public holiday in Singapore this year?":      "critical",
		"haha not funny, the boss said he will kill me tonight if i tell the police, he has a knife":                              "critical",
		// A farewell is self-harm, and a goodbye is not.
		"i am so tired. i left a goodbye letter in my bag for my family, tonight i end it": "critical",
		"thank you for the numbers, I will call them tomorrow. goodbye and take care":      "normal",
		"ini pesan terakhir sy, tolong bilang ke ibu sy minta maaf":                        "critical",
		// Never set aside, whatever the model reads.
		"I swallowed a whole bottle of paracetamol, I just want to sleep forever":             "critical",
		"please come quickly there is a fight in the dormitory and one worker is unconscious": "critical",
	} {
		if res := Analyze(Input{Text: text}); res.Priority != want {
			t.Errorf("%q: %s %v, want %s", text, res.Priority, res.Signals, want)
		}
	}
	res := Analyze(Input{Text: "the boss takes the key when he goes out and I stay inside all day"})
	if res.Priority == "normal" || !slices.Contains(res.Signals, "urgent_wording") {
		t.Errorf("locked in without a keyword: %s %v, want escalated with urgent_wording", res.Priority, res.Signals)
	}
	rules := Analyze(Input{Text: "the boss takes the key when he goes out and I stay inside all day", rulesOnly: true})
	if rules.Priority != "normal" {
		t.Errorf("the rules alone now escalate (%s %v): pick another example", rules.Priority, rules.Signals)
	}
	if res := Analyze(Input{Text: "knhom trov ke chab dak knong bantob, som chuoy"}); res.Language != "km" {
		t.Errorf("romanized Khmer read as %q", res.Language)
	}
	if res := Analyze(Input{Text: "Is it legal for the agency to keep my passport?"}); res.Priority != "normal" {
		t.Errorf("a question about the law escalated: %s %v", res.Priority, res.Signals)
	}
}
