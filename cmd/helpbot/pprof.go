//go:build pprof

package main

// Built with -tags pprof, helpbot serves net/http/pprof on HELPBOT_PPROF_ADDR
// (loopback only) for profiling under load; release builds do not have it.

import (
	"net/http"
	_ "net/http/pprof"
	"os"
)

func init() {
	if addr := os.Getenv("HELPBOT_PPROF_ADDR"); addr != "" {
		go http.ListenAndServe(addr, nil)
	}
}
