package detect

import (
	"runtime"
	"strings"
	"testing"
)

func BenchmarkAnalyze(b *testing.B) {
	rows := loadRows(b, "testdata/devset.jsonl")
	inputs := make([]Input, len(rows))
	for i, r := range rows {
		inputs[i] = r.input()
	}
	Analyze(inputs[0]) // build the tables outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(inputs[i%len(inputs)])
	}
}

// TestMemory checks that the loaded package stays small: far under the
// 60 MB the engine may take, and near what it takes now (8.2 MB with the
// home provinces of the sixth session), so that a table that grows by
// mistake is seen.
func TestMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	e := buildEngine()
	Analyze(Input{Text: strings.Repeat("help ", 10)})
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(e)
	used := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("tables: %d states, %d edges, %d payloads, %d Latin words; %.2f MB; whole test heap %.2f MB",
		len(e.m.nodes), len(e.m.edges), len(e.m.outs), len(e.latin), float64(used)/(1<<20), float64(after.HeapAlloc)/(1<<20))
	if used > 9<<20 {
		t.Errorf("tables use %.1f MB, want under 9 MB", float64(used)/(1<<20))
	}
}
