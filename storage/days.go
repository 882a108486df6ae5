package storage

import "time"

// day numbers a calendar day in the server's time zone (days since 1970-01-01 there):
// counters are kept per day, and a period is a range of days.
func (db *DB) day(t time.Time) uint32 {
	return dayOf(t, db.loc)
}

func dayOf(t time.Time, loc *time.Location) uint32 {
	y, m, d := t.In(loc).Date()
	return uint32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DayOf numbers the day of t in the server's time zone, as the counters do.
func (db *DB) DayOf(t time.Time) uint32 { return db.day(t) }

// DayStart is the first instant of a day number in the server's time zone.
func (db *DB) DayStart(day uint32) time.Time {
	u := time.Unix(int64(day)*86400, 0).UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, db.loc)
}

// Location is the server's time zone, in which dates of queries and counters are read.
func (db *DB) Location() *time.Location { return db.loc }
