//go:build pprof

package main

// Built with -tags pprof, helpbot serves net/http/pprof on HELPBOT_PPROF_ADDR
// (loopback only) for profiling under load, and writes a CPU profile of the
// whole run to HELPBOT_CPUPROFILE (for `helpbot triage`); release builds do
// not have it.

import (
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime/pprof"
)

func init() {
	if addr := os.Getenv("HELPBOT_PPROF_ADDR"); addr != "" {
		go http.ListenAndServe(addr, nil)
	}
	if path := os.Getenv("HELPBOT_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
		}
	}
}
