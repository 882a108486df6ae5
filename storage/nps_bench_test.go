package storage

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// benchRatings is how many ratings the stats benchmarks seed (NPSDESK_BENCH_RATINGS
// overrides it for a quicker run).
func benchRatings() int {
	if n, err := strconv.Atoi(os.Getenv("NPSDESK_BENCH_RATINGS")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}

// benchEnd is the last instant of the seeded history.
var benchEnd = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// seedRatings writes n ratings spread evenly (in time order, random scores) over the
// two years before end, by users managers 1..users, through the same code a live
// rating takes (record, time and manager indexes, score counters) plus the sent and
// answered survey counters, in large transactions. It returns the seeding time.
func seedRatings(tb testing.TB, db *DB, n, users int, end time.Time) time.Duration {
	tb.Helper()
	began := time.Now()
	rng := rand.New(rand.NewPCG(7, 11))
	span := end.Sub(end.AddDate(-2, 0, 0))
	step := span / time.Duration(n)
	at := end.Add(-span)
	const perTx = 20_000
	for done := 0; done < n; {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			for i := 0; i < perTx && done < n; i++ {
				at = at.Add(step)
				user := uint64(1 + rng.IntN(users))
				r := Rating{SurveyID: uint64(done + 1), ConversationID: uint64(1 + done%5000), ContactID: uint64(1 + done%5000),
					UserID: user, Score: rng.IntN(11), CreatedAt: at}
				if _, err := storeRating(tx, r, db.loc); err != nil {
					return err
				}
				if err := countSurvey(tx, outcomeSent, user, at, db.loc); err != nil {
					return err
				}
				if err := countSurvey(tx, outcomeAnswered, user, at, db.loc); err != nil {
					return err
				}
				done++
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return time.Since(began)
}

// scanRating is what a stats scan needs of a stored rating.
type scanRating struct {
	UserID    uint64    `json:"user_id"`
	Score     int       `json:"score"`
	CreatedAt time.Time `json:"created_at"`
}

// BenchmarkNPSStats answers "NPS for the last 30 / 365 days" over 1,000,000 ratings
// (two years, 20 managers) three ways: from the per-day counters (what /nps/stats
// does), by a raw bbolt cursor scan of every rating, and by a scan of the time index
// over the period (the best one can do without counters).
func BenchmarkNPSStats(b *testing.B) {
	n := benchRatings()
	db, err := Open(b.TempDir(), Options{NoSync: true, Location: time.UTC})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	took := seedRatings(b, db, n, 20, benchEnd)
	if info, err := os.Stat(db.Path()); err == nil {
		b.Logf("seeded %d ratings in %v; file %d MB", n, took.Round(time.Millisecond), info.Size()>>20)
	}
	lastDay := db.DayOf(benchEnd.Add(-time.Nanosecond))
	for _, days := range []uint32{30, 365} {
		from := lastDay - days + 1
		fromT, toT := db.DayStart(from), db.DayStart(lastDay+1)
		var want int64
		b.Run("counters/"+strconv.Itoa(int(days))+"d", func(b *testing.B) {
			for b.Loop() {
				c, err := db.NPSCounts(0, from, lastDay)
				if err != nil {
					b.Fatal(err)
				}
				want = 0
				for _, s := range c.Scores {
					want += s
				}
			}
			b.ReportMetric(float64(want), "ratings")
		})
		b.Run("counters_one_manager/"+strconv.Itoa(int(days))+"d", func(b *testing.B) {
			for b.Loop() {
				if _, err := db.NPSCounts(7, from, lastDay); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("counters_by_manager/"+strconv.Itoa(int(days))+"d", func(b *testing.B) {
			var managers int
			for b.Loop() {
				byUser, err := db.NPSCountsByUser(from, lastDay)
				if err != nil {
					b.Fatal(err)
				}
				var got int64
				for _, c := range byUser {
					got += sum(c.Scores)
				}
				if got != want {
					b.Fatalf("per manager counted %d, counters %d", got, want)
				}
				managers = len(byUser)
			}
			b.ReportMetric(float64(managers), "managers")
		})
		b.Run("scan_all_ratings/"+strconv.Itoa(int(days))+"d", func(b *testing.B) {
			for b.Loop() {
				var scores [MaxScore + 1]int64
				db.view(func(tx *bolt.Tx) error {
					c := tx.Bucket(bucketRatings).Cursor()
					for k, v := c.First(); k != nil; k, v = c.Next() {
						var r scanRating
						if err := json.Unmarshal(v, &r); err != nil {
							return err
						}
						if !r.CreatedAt.Before(fromT) && r.CreatedAt.Before(toT) {
							scores[r.Score]++
						}
					}
					return nil
				})
				if got := sum(scores); got != want {
					b.Fatalf("scan counted %d, counters %d", got, want)
				}
			}
		})
		b.Run("scan_time_index/"+strconv.Itoa(int(days))+"d", func(b *testing.B) {
			for b.Loop() {
				var scores [MaxScore + 1]int64
				db.view(func(tx *bolt.Tx) error {
					ratings := tx.Bucket(bucketRatings)
					c := tx.Bucket(bucketRatingsByTime).Cursor()
					end := uint64(toT.UnixNano())
					for k, _ := c.Seek(compositeKey(uint64(fromT.UnixNano()))); k != nil && btoi(k[:8]) < end; k, _ = c.Next() {
						var r scanRating
						if err := json.Unmarshal(ratings.Get(k[8:]), &r); err != nil {
							return err
						}
						scores[r.Score]++
					}
					return nil
				})
				if got := sum(scores); got != want {
					b.Fatalf("index scan counted %d, counters %d", got, want)
				}
			}
		})
	}
}

func sum(scores [MaxScore + 1]int64) int64 {
	var n int64
	for _, s := range scores {
		n += s
	}
	return n
}
