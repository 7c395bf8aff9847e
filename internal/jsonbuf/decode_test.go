package jsonbuf

import (
	"encoding/json"
	"testing"
)

// TestDecodeObject checks DecodeObject against json.Unmarshal into a struct
// of two string fields, and that it leaves to encoding/json what it does
// not read.
func TestDecodeObject(t *testing.T) {
	type pair struct {
		A string `json:"a"`
		B string `json:"b"`
	}
	for _, tc := range []struct {
		in   string
		fast bool
	}{
		{`{"a":"x","b":"y"}`, true},
		{` { "b" : "y" , "skip": [1] } `, false},
		{`{"a":"x","n":-1.5e3,"t":true,"f":false,"z":null,"s":"s"}`, true},
		{`{"a":"x","a":null}`, true},
		{`{"a":"x","a":"z"}`, true},
		{`{"A":"x"}`, false},
		{`{"a":1}`, false},
		{`{"a":"\u00e9 \ud83c\udd98 \ud800"}`, true},
		{"{\"a\":\"\xff\"}", false},
		{`{"a":"x"} tail`, false},
		{`{"a":"x",}`, false},
		{`{}`, true},
	} {
		var got, want pair
		set := func(field int, v string, null bool) {
			if !null {
				*[...]*string{&got.A, &got.B}[field] = v
			}
		}
		fast := DecodeObject([]byte(tc.in), []string{"a", "b"}, set)
		if fast != tc.fast {
			t.Errorf("%s: fast path %v, want %v", tc.in, fast, tc.fast)
		}
		if !fast {
			continue
		}
		if err := json.Unmarshal([]byte(tc.in), &want); err != nil || got != want {
			t.Errorf("%s: decoded %+v, json.Unmarshal %+v (%v)", tc.in, got, want, err)
		}
	}
}
