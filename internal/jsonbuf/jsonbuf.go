// Package jsonbuf encodes JSON into pooled buffers, for the paths that run
// for every message: the bytes are used and the buffer handed back, instead
// of a new slice per value for the garbage collector.
package jsonbuf

import (
	"bytes"
	"encoding/json"
	"sync"
)

// Buffers larger than this are dropped rather than pooled, so one huge
// value does not stay in memory for good.
const maxPooled = 64 << 10

var pool = sync.Pool{New: func() any { return new(Buffer) }}

// Buffer holds encoded JSON until Free.
type Buffer struct{ b bytes.Buffer }

// Marshal encodes v as json.Marshal does (the same bytes) into a pooled
// buffer. The bytes are valid until b.Free; Free the buffer even on error.
func Marshal(v any) (*Buffer, []byte, error) {
	b := pool.Get().(*Buffer)
	b.b.Reset()
	if err := json.NewEncoder(&b.b).Encode(v); err != nil {
		return b, nil, err
	}
	return b, bytes.TrimSuffix(b.b.Bytes(), []byte("\n")), nil
}

// Free hands the buffer back; its bytes must not be used after.
func (b *Buffer) Free() {
	if b.b.Cap() <= maxPooled {
		pool.Put(b)
	}
}
