package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/npsdesk/npsdesk/storage"
)

// counts builds counters from score → count pairs.
func counts(pairs ...int) storage.NPSCounts {
	var c storage.NPSCounts
	for i := 0; i+1 < len(pairs); i += 2 {
		c.Scores[pairs[i]] += int64(pairs[i+1])
	}
	return c
}

// TestNPSFiguresFrom checks hand-computed cases, rounding included.
func TestNPSFiguresFrom(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name                                  string
		in                                    storage.NPSCounts
		total, promoters, passives, detractor int64
		pPct, paPct, dPct, nps                float64
	}{
		{name: "no ratings", in: counts()},
		{name: "all promoters", in: counts(9, 3, 10, 2), total: 5, promoters: 5, pPct: 100, nps: 100},
		{name: "all detractors", in: counts(0, 1, 6, 4), total: 5, detractor: 5, dPct: 100, nps: -100},
		{name: "one of each: thirds", in: counts(10, 1, 7, 1, 3, 1), total: 3, promoters: 1, passives: 1, detractor: 1,
			pPct: 33.3, paPct: 33.3, dPct: 33.3, nps: 0},
		{name: "two promoters, one passive", in: counts(9, 2, 8, 1), total: 3, promoters: 2, passives: 1,
			pPct: 66.7, paPct: 33.3, nps: 66.7},
		// 1/3 and 2/3: exact NPS is −33.33…, the difference of the rounded shares −33.4.
		{name: "rounded shares, then difference", in: counts(10, 1, 0, 2), total: 3, promoters: 1, detractor: 2,
			pPct: 33.3, dPct: 66.7, nps: -33.4},
		{name: "sixths", in: counts(9, 1, 7, 5), total: 6, promoters: 1, passives: 5, pPct: 16.7, paPct: 83.3, nps: 16.7},
		{name: "half up: 1/8", in: counts(10, 1, 8, 7), total: 8, promoters: 1, passives: 7, pPct: 12.5, paPct: 87.5, nps: 12.5},
		{name: "half away from zero: 1/16", in: counts(1, 1, 8, 15), total: 16, passives: 15, detractor: 1, paPct: 93.8, dPct: 6.3, nps: -6.3},
		{name: "boundaries 6/7/8/9", in: counts(6, 1, 7, 1, 8, 1, 9, 1), total: 4, promoters: 1, passives: 2, detractor: 1,
			pPct: 25, paPct: 50, dPct: 25, nps: 0},
		{name: "1–10 scale: 1 is a detractor", in: counts(1, 1, 10, 1), total: 2, promoters: 1, detractor: 1, pPct: 50, dPct: 50, nps: 0},
	}
	for _, tc := range cases {
		f := npsFiguresFrom(tc.in)
		if f.Total != tc.total || f.Promoters != tc.promoters || f.Passives != tc.passives || f.Detractors != tc.detractor {
			t.Errorf("%s: counts %d/%d/%d of %d", tc.name, f.Promoters, f.Passives, f.Detractors, f.Total)
		}
		if f.PromotersPct != tc.pPct || f.PassivesPct != tc.paPct || f.DetractorsPct != tc.dPct || f.NPS != tc.nps {
			t.Errorf("%s: %v/%v/%v nps %v, want %v/%v/%v nps %v", tc.name,
				f.PromotersPct, f.PassivesPct, f.DetractorsPct, f.NPS, tc.pPct, tc.paPct, tc.dPct, tc.nps)
		}
		if len(f.Scores) != 11 {
			t.Errorf("%s: %d score keys, want 0…10", tc.name, len(f.Scores))
		}
	}
}

func TestNPSFiguresResponseRateAndJSON(t *testing.T) {
	t.Parallel()
	c := counts(9, 1, 3, 1)
	c.Sent, c.Answered = 3, 2
	f := npsFiguresFrom(c)
	if f.ResponseRate != 66.7 || f.Sent != 3 || f.Answered != 2 {
		t.Fatalf("response rate %+v", f)
	}
	if npsFiguresFrom(storage.NPSCounts{}).ResponseRate != 0 {
		t.Fatal("nothing sent must read 0%")
	}
	data, _ := json.Marshal(npsFiguresFrom(counts(9, 2, 8, 1)))
	for _, frag := range []string{`"total":3`, `"promoters_pct":66.7`, `"passives_pct":33.3`, `"detractors_pct":0`, `"nps":66.7`, `"scores":{"0":0,"1":0,`, `"9":2`} {
		if !strings.Contains(string(data), frag) {
			t.Errorf("%s lacks %s", data, frag)
		}
	}
}
