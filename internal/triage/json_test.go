package triage

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"helpbot/internal/jsonbuf"
)

// fill sets every field of v at random: empty and set strings (with
// characters JSON escapes), nil and empty and full lists, nil and set
// pointers, so a field the appenders miss or misspell shows up.
func fill(r *rand.Rand, v reflect.Value) {
	pieces := []string{"", "a", "ช่วยด้วย", "<b>&</b>", `"q"\`, "\n\t\x01\x1f", "\xff\xfe", "\u2028\u2029", "🆘", "+66 1300", "日本"}
	switch v.Kind() {
	case reflect.String:
		var s string
		for range r.IntN(3) {
			s += pieces[r.IntN(len(pieces))]
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 1)
	case reflect.Int, reflect.Int64:
		v.SetInt(r.Int64N(2000) - 1000)
	case reflect.Pointer:
		if r.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(r, v.Elem())
		}
	case reflect.Slice:
		switch k := r.IntN(4); k {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			v.Set(reflect.MakeSlice(v.Type(), k, k))
			for i := range k {
				fill(r, v.Index(i))
			}
		}
	case reflect.Struct:
		if t, ok := v.Addr().Interface().(*time.Time); ok {
			if r.IntN(4) > 0 {
				*t = time.Unix(r.Int64N(4e9), r.Int64N(1e9)).In(time.FixedZone("", 3600*(r.IntN(25)-12)))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i))
			}
		}
	default:
		panic("fill: " + v.Kind().String())
	}
}

func TestAppendJSONMatchesMarshal(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for i := range 3000 {
		var e Entry
		var s State
		fill(r, reflect.ValueOf(&e).Elem())
		fill(r, reflect.ValueOf(&s).Elem())
		for _, v := range []any{e, s, e.Reply} {
			if p, ok := v.(*Reply); ok && p == nil {
				continue
			}
			want, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			buf, got, err := jsonbuf.Marshal(v)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("case %d: %T\n got %s\nwant %s", i, v, got, want)
			}
			buf.Free()
		}
	}
}

func BenchmarkAppendJSONEntry(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	var e Entry
	fill(r, reflect.ValueOf(&e).Elem())
	e.Reply = &Reply{Text: "x", Services: make([]ServiceCard, 6)}
	for i := range e.Reply.Services {
		fill(r, reflect.ValueOf(&e.Reply.Services[i]).Elem())
	}
	b.Run("append", func(b *testing.B) {
		for b.Loop() {
			buf, _, _ := jsonbuf.Marshal(e)
			buf.Free()
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			json.Marshal(e)
		}
	})
}
