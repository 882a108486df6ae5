package storage

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// BenchmarkEventWidget measures what an events widget reads for a 30- and a 365-day
// period (its count and its per-day sparkline) over a history of seeded events: one
// counter key per day, whatever the history holds. NPSDESK_BENCH_EVENTS sets the history
// (default 1,000,000; the figure is 10,000,000, about 4 GB and 15 minutes to seed):
//
//	NPSDESK_BENCH_EVENTS=10000000 go test -run '^$' -bench EventWidget -benchtime 2000x -timeout 60m ./storage/
func BenchmarkEventWidget(b *testing.B) {
	n := 1_000_000
	if s := os.Getenv("NPSDESK_BENCH_EVENTS"); s != "" {
		if v, err := strconv.Atoi(s); err == nil && v > 0 {
			n = v
		}
	}
	db, err := Open(b.TempDir(), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	end := time.Now()
	users := []uint64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
	start := time.Now()
	if err := db.SeedEvents(n, users, end, 2*365*24*time.Hour); err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d events in %v", n, time.Since(start).Round(time.Millisecond))
	today := db.DayOf(end)
	for _, days := range []uint32{30, 365} {
		for _, user := range []uint64{0, 9} { // user 9 has nps_rating_added events: types and users cycle together
			name := strconv.Itoa(int(days)) + "d/all"
			if user != 0 {
				name = strconv.Itoa(int(days)) + "d/one-user"
			}
			b.Run(name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					total, _, err := db.CountEvents(EventNPSRatingAdded, user, today-days+1, today)
					if err != nil || total == 0 {
						b.Fatalf("count %d, %v", total, err)
					}
				}
			})
		}
	}
}
