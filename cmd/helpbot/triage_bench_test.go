package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"testing"
)

// BenchmarkTriageCommand runs `helpbot triage` in-process over the
// development set's messages as JSON lines (replies included); one op is
// one line.
func BenchmarkTriageCommand(b *testing.B) {
	f, err := os.Open("../../internal/triage/detect/testdata/devset.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, append([]byte(nil), sc.Bytes()...))
	}
	f.Close()
	var in bytes.Buffer
	for i := range b.N {
		in.Write(lines[i%len(lines)])
		in.WriteByte('\n')
	}
	env := map[string]string{"HELPBOT_DIRECTORY": "../../directory", "HELPBOT_LOCALES": "../../locales"}
	b.ResetTimer()
	if err := run(context.Background(), []string{"helpbot", "triage"}, func(k string) string { return env[k] },
		&in, io.Discard, io.Discard); err != nil {
		b.Fatal(err)
	}
}
