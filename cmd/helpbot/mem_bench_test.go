package main

import (
	"os"
	"runtime"
	"testing"

	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/triage"
)

// BenchmarkLoadedEngine reports the heap the loaded triage engine holds
// (the directory, the message files and the detector's tables) as
// engine-MB, and the whole heap in use as heap-MB.
func BenchmarkLoadedEngine(b *testing.B) {
	for range b.N {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		text, err := locale.Load(os.DirFS("../../locales"))
		if err != nil {
			b.Fatal(err)
		}
		d, _ := directory.Load(os.DirFS("../../directory"))
		e := &triage.Engine{Directory: d, Text: text}
		e.Assess(triage.Message{Text: "warm the detector's tables"}, triage.State{})
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "engine-MB")
		b.ReportMetric(float64(after.HeapInuse)/(1<<20), "heap-MB")
		runtime.KeepAlive(e)
	}
}
