package server

import "testing"

func TestGCPercentCapsTheHeadroomOfABigHeap(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, defaultGCPercent},
		{8 << 20, defaultGCPercent},  // a small heap keeps Go's default
		{32 << 20, defaultGCPercent}, // headroom 32 MiB: the cap exactly
		{64 << 20, 50},               // a loaded server: headroom still 32 MiB
		{1 << 30, minGCPercent},      // never collected all the time
	} {
		if got := gcPercentFor(tc.live); got != tc.want {
			t.Errorf("live %d MiB: GOGC %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}
