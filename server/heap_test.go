package server

import "testing"

func TestGCPercentKeepsTheHeadroomAt32MiB(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, defaultGCPercent},
		{1 << 20, maxGCPercent},      // a tiny heap: bounded, not 3,200
		{8 << 20, 400},               // a small heap: headroom 32 MiB, not 8 MiB
		{32 << 20, defaultGCPercent}, // headroom 32 MiB: Go's default exactly
		{64 << 20, 50},               // a loaded server: headroom still 32 MiB
		{128 << 20, 25},              // 5,000 sockets: 32 MiB exactly at the floor
		{1 << 30, minGCPercent},      // never collected all the time
	} {
		if got := gcPercentFor(tc.live); got != tc.want {
			t.Errorf("live %d MiB: GOGC %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}
