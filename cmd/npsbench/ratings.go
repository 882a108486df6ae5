package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/npsdesk/npsdesk/storage"
	bolt "go.etcd.io/bbolt"
)

// ratingsSpan is the history the seeded ratings cover.
const ratingsSpan = 2 * 365 * 24 * time.Hour

// ratingsRows stops npsdesk, seeds its database with m.ratings ratings through the
// storage package, times a raw bbolt scan of them, then starts npsdesk again (the
// start-up row, against an empty database) and times /nps/stats for 30 and 365 days.
func (b *bench) ratingsRows(ctx context.Context) error {
	if !b.wants("stats") && !b.wants("startup") {
		return nil
	}
	m := b.mode
	if err := b.real.stop(10 * time.Second); err != nil {
		return err
	}
	end := time.Now()
	logf("seeding %s ratings over two years (storage.SeedRatings, no fsync)", fmtCount(float64(m.ratings)))
	t0 := time.Now()
	if err := seedRatings(b.realData, m.ratings, b.team.userIDs, end); err != nil {
		return err
	}
	logf("  seeded in %v", time.Since(t0).Round(time.Millisecond))

	periods := []int{30, 365}
	scans := map[int]time.Duration{}
	if b.wants("stats") {
		for _, days := range periods {
			d, n, err := rawScan(b.realData, end, days, 3)
			if err != nil {
				return err
			}
			scans[days] = d
			logf("  raw scan, %d days: %d ratings in the period, %v (best of 3)", days, n, d.Round(time.Microsecond))
		}
	}
	if b.wants("startup") {
		if err := b.startupRow(ctx); err != nil {
			return err
		}
	}
	if b.real == nil || !b.real.alive() {
		if err := b.startReal(); err != nil {
			return err
		}
	}
	if !b.wants("stats") {
		return nil
	}
	client := newAPI(b.real.addr, 1, "")
	defer client.close()
	for _, days := range periods {
		from := end.AddDate(0, 0, -days+1).Format("2006-01-02")
		to := end.Format("2006-01-02")
		path := "/api/v1/nps/stats?from=" + from + "&to=" + to
		var stats struct {
			Total int64 `json:"total"`
		}
		if err := client.call(ctx, "GET", path, b.team.adminToken, nil, 200, &stats); err != nil {
			return err
		}
		var times []time.Duration
		for i := 0; i < m.statsRepeats; i++ {
			t := time.Now()
			if _, err := client.raw(ctx, "GET", path, b.team.adminToken, nil); err != nil {
				return err
			}
			times = append(times, time.Since(t))
		}
		med := median(times)
		logf("  GET /nps/stats, %d days: total %d, median %v", days, stats.Total, med.Round(time.Microsecond))
		ratio := float64(med) / float64(scans[days])
		b.table.check(row{Scenario: fmt.Sprintf("NPS stats, %d days, %s ratings stored", days, fmtCount(float64(m.ratings))),
			Figure: fmtDur(ms(med)) + " (GET /nps/stats, median)", Baseline: fmtDur(ms(scans[days])) + " (raw bbolt scan)",
			Ratio: fmt.Sprintf("%.4f×", ratio), Target: "≤ 0.30×"}, ratio <= 0.3, "stats not fast enough against a scan")
	}
	return nil
}

// seedRatings opens the stopped server's database without fsync and seeds it.
func seedRatings(dir string, n int, userIDs []uint64, end time.Time) error {
	db, err := storage.Open(dir, storage.Options{NoSync: true})
	if err != nil {
		return err
	}
	if err := db.SeedRatings(n, userIDs, end, ratingsSpan); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// scanRating is what a scan needs of a stored rating.
type scanRating struct {
	Score     int       `json:"score"`
	CreatedAt time.Time `json:"created_at"`
}

// rawScan is the baseline of the stats rows: what answering "NPS for the last days"
// costs without counters — a read-only bbolt cursor over every rating, decoding each
// and keeping those of the period. It returns the best of tries.
func rawScan(dir string, end time.Time, days, tries int) (time.Duration, int, error) {
	db, err := bolt.Open(filepath.Join(dir, storage.FileName), 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	from := end.AddDate(0, 0, -days)
	best, found := time.Duration(0), 0
	for i := 0; i < tries; i++ {
		t := time.Now()
		var scores [11]int
		err := db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("ratings"))
			if b == nil {
				return fmt.Errorf("no ratings bucket in %s", dir)
			}
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				var r scanRating
				if err := json.Unmarshal(v, &r); err != nil {
					return err
				}
				if !r.CreatedAt.Before(from) && !r.CreatedAt.After(end) && r.Score >= 0 && r.Score <= 10 {
					scores[r.Score]++
				}
			}
			return nil
		})
		if err != nil {
			return 0, 0, err
		}
		d := time.Since(t)
		if i == 0 || d < best {
			best = d
		}
		found = 0
		for _, n := range scores {
			found += n
		}
	}
	return best, found, nil
}

// median is the middle duration.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
