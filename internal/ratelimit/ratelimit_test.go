package ratelimit

import (
	"testing"
	"time"
)

func TestLimiterRefills(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(2, 3)
	l.now = func() time.Time { return now }
	for i := range 3 {
		if !l.Allow("a") {
			t.Fatalf("burst token %d refused", i)
		}
	}
	if l.Allow("a") {
		t.Fatal("fourth event within the burst allowed")
	}
	if !l.Allow("b") {
		t.Fatal("another key is limited by the first")
	}
	now = now.Add(500 * time.Millisecond) // one token back at 2/s
	if !l.Allow("a") || l.Allow("a") {
		t.Fatal("refill after 500ms should give exactly one token")
	}
	now = now.Add(10 * time.Minute)
	l.Allow("c")
	if _, ok := l.buckets["a"]; ok {
		t.Error("idle full bucket not swept")
	}
}

func TestZeroRateAllowsAll(t *testing.T) {
	l := New(0, 0)
	for range 100 {
		if !l.Allow("x") {
			t.Fatal("refused with rate 0")
		}
	}
}

func TestCounter(t *testing.T) {
	c := NewCounter(2)
	if !c.Acquire("ip") || !c.Acquire("ip") || c.Acquire("ip") {
		t.Fatal("max 2 not enforced")
	}
	c.Release("ip")
	if !c.Acquire("ip") {
		t.Fatal("release did not free a place")
	}
	if !NewCounter(0).Acquire("x") {
		t.Fatal("max 0 should allow")
	}
}
