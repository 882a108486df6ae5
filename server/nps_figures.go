package server

import (
	"math"
	"strconv"

	"github.com/npsdesk/npsdesk/storage"
)

// npsFigures is the NPS widget's object (GET /nps/stats and the dashboard's nps
// widget): the split of scores and the NPS itself, computed from counters only.
type npsFigures struct {
	Total         int64   `json:"total"`
	Promoters     int64   `json:"promoters"`
	Passives      int64   `json:"passives"`
	Detractors    int64   `json:"detractors"`
	PromotersPct  float64 `json:"promoters_pct"`
	PassivesPct   float64 `json:"passives_pct"`
	DetractorsPct float64 `json:"detractors_pct"`
	// NPS is PromotersPct − DetractorsPct: the difference of the rounded percentages
	// (what the widget shows side by side), rounded again to one decimal.
	NPS    float64          `json:"nps"`
	Scores map[string]int64 `json:"scores"`
	// Sent counts surveys sent in the period; Answered those of them that got a score.
	Sent     int64 `json:"sent"`
	Answered int64 `json:"answered"`
	// ResponseRate is Answered / Sent in percent, one decimal (0 when nothing was sent).
	ResponseRate float64 `json:"response_rate"`
}

// npsFiguresFrom computes the figures from a period's counters. Promoters score 9–10,
// passives 7–8, detractors 0–6; a survey on the 1–10 scale uses the same buckets
// (1–6 are detractors). Every percentage is rounded to one decimal, half away from
// zero; all are 0 when there is no rating.
func npsFiguresFrom(c storage.NPSCounts) npsFigures {
	f := npsFigures{Scores: make(map[string]int64, len(c.Scores)), Sent: c.Sent, Answered: c.Answered}
	for score, n := range c.Scores {
		f.Scores[strconv.Itoa(score)] = n
		f.Total += n
		switch {
		case score >= 9:
			f.Promoters += n
		case score >= 7:
			f.Passives += n
		default:
			f.Detractors += n
		}
	}
	if f.Total > 0 {
		f.PromotersPct = percent(f.Promoters, f.Total)
		f.PassivesPct = percent(f.Passives, f.Total)
		f.DetractorsPct = percent(f.Detractors, f.Total)
		f.NPS = round1(f.PromotersPct - f.DetractorsPct)
	}
	if c.Sent > 0 {
		f.ResponseRate = math.Min(percent(c.Answered, c.Sent), 100)
	}
	return f
}

// percent is part/whole in percent, rounded to one decimal.
func percent(part, whole int64) float64 {
	return round1(float64(part) * 100 / float64(whole))
}

// round1 rounds to one decimal, half away from zero; -0 becomes 0.
func round1(x float64) float64 {
	r := math.Round(x*10) / 10
	if r == 0 {
		return 0
	}
	return r
}
