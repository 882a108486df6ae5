package storage

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// MaxScore is the top of every NPS scale (0–10, or 1–10): counters keep one key per
// score from 0 to MaxScore.
const MaxScore = 10

// Outcomes counted per sent day in bucketSurveyCounters.
const (
	outcomeSent     byte = 's'
	outcomeAnswered byte = 'a'
	outcomeExpired  byte = 'x'
)

// NPSCounts are the counters of a period, for everyone or one manager: what the NPS
// widget and /nps/stats are computed from.
type NPSCounts struct {
	// Scores[n] counts the ratings of score n given in the period.
	Scores [MaxScore + 1]int64
	// Sent counts the surveys sent in the period; Answered and Expired count those of
	// them that were answered or expired (whenever that happened).
	Sent, Answered, Expired int64
}

// npsCounterKey is day(4)|user(8)|score(1).
func npsCounterKey(day uint32, user uint64, score int) []byte {
	k := dayUserKey(day, user)
	return append(k, byte(score))
}

// surveyCounterKey is day(4)|user(8)|outcome(1).
func surveyCounterKey(day uint32, user uint64, outcome byte) []byte {
	return append(dayUserKey(day, user), outcome)
}

// dayUserKey is the day(4)|user(8) prefix both counter buckets share.
func dayUserKey(day uint32, user uint64) []byte {
	k := make([]byte, 12, 13)
	k[0], k[1], k[2], k[3] = byte(day>>24), byte(day>>16), byte(day>>8), byte(day)
	copy(k[4:], itob(user))
	return k
}

// countRating adds a rating to its day's counters, for everyone and for the manager
// who sent the survey, in the rating's own transaction.
func countRating(tx *bolt.Tx, score int, userID uint64, at time.Time, loc *time.Location) error {
	if score < 0 || score > MaxScore {
		return fmt.Errorf("score %d is off the scale", score)
	}
	b := tx.Bucket(bucketNPSCounters)
	day := dayOf(at, loc)
	for _, user := range countedUsers(userID) {
		if err := incrementCounter(b, npsCounterKey(day, user, score), 1); err != nil {
			return err
		}
	}
	return nil
}

// countSurvey adds one outcome of a survey to the counters of the day it was sent.
func countSurvey(tx *bolt.Tx, outcome byte, userID uint64, sentAt time.Time, loc *time.Location) error {
	b := tx.Bucket(bucketSurveyCounters)
	day := dayOf(sentAt, loc)
	for _, user := range countedUsers(userID) {
		if err := incrementCounter(b, surveyCounterKey(day, user, outcome), 1); err != nil {
			return err
		}
	}
	return nil
}

// countedUsers are the counter owners of a fact: everyone (0) and its manager, if any.
func countedUsers(userID uint64) []uint64 {
	if userID == 0 {
		return []uint64{0}
	}
	return []uint64{0, userID}
}

// NPSCounts sums the counters of days fromDay..toDay (inclusive) for one manager, or for
// everyone when userID is 0. Its cost grows with the days asked for, never with the
// ratings stored.
func (db *DB) NPSCounts(userID uint64, fromDay, toDay uint32) (NPSCounts, error) {
	var out NPSCounts
	days, err := db.NPSDailyCounts(userID, fromDay, toDay)
	for _, d := range days {
		out.add(d)
	}
	return out, err
}

// add adds another period's counters to c.
func (c *NPSCounts) add(o NPSCounts) {
	for s := range c.Scores {
		c.Scores[s] += o.Scores[s]
	}
	c.Sent += o.Sent
	c.Answered += o.Answered
	c.Expired += o.Expired
}

// Add returns the sum of two periods' counters (to group days into weeks and months).
func (c NPSCounts) Add(o NPSCounts) NPSCounts {
	c.add(o)
	return c
}

// NPSDailyCounts returns one NPSCounts per day from fromDay to toDay (inclusive), for
// one manager or everyone (0): the NPS trend. It reads one short key range per day in
// each counter bucket.
func (db *DB) NPSDailyCounts(userID uint64, fromDay, toDay uint32) ([]NPSCounts, error) {
	if toDay < fromDay {
		return nil, nil
	}
	out := make([]NPSCounts, toDay-fromDay+1)
	err := db.view(func(tx *bolt.Tx) error {
		scores := tx.Bucket(bucketNPSCounters).Cursor()
		surveys := tx.Bucket(bucketSurveyCounters).Cursor()
		for i := range out {
			day := &out[i]
			prefix := dayUserKey(fromDay+uint32(i), userID)
			for k, v := scores.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = scores.Next() {
				if s := int(k[len(k)-1]); s <= MaxScore {
					day.Scores[s] += int64(btoi(v))
				}
			}
			for k, v := surveys.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = surveys.Next() {
				switch k[len(k)-1] {
				case outcomeSent:
					day.Sent += int64(btoi(v))
				case outcomeAnswered:
					day.Answered += int64(btoi(v))
				case outcomeExpired:
					day.Expired += int64(btoi(v))
				}
			}
		}
		return nil
	})
	return out, err
}

// NPSCountsByUser sums the counters of days fromDay..toDay (inclusive) per manager:
// NPS per manager. Only managers with a counter in the period appear (the everyone
// counters, user 0, are left out). It reads one key range per day in each counter
// bucket (every manager's keys of that day), so its cost follows the days and the
// managers active in them, never the ratings stored.
func (db *DB) NPSCountsByUser(fromDay, toDay uint32) (map[uint64]NPSCounts, error) {
	out := map[uint64]NPSCounts{}
	if toDay < fromDay {
		return out, nil
	}
	sums := map[uint64]*NPSCounts{}
	of := func(k []byte) *NPSCounts {
		user := btoi(k[4:12])
		c := sums[user]
		if c == nil {
			c = &NPSCounts{}
			sums[user] = c
		}
		return c
	}
	err := db.view(func(tx *bolt.Tx) error {
		scores := tx.Bucket(bucketNPSCounters).Cursor()
		surveys := tx.Bucket(bucketSurveyCounters).Cursor()
		for day := fromDay; ; day++ {
			// The day's keys are day|user|…; user 0 (everyone) sorts first and is skipped.
			first, prefix := dayUserKey(day, 1), dayUserKey(day, 0)[:4]
			for k, v := scores.Seek(first); k != nil && bytes.HasPrefix(k, prefix); k, v = scores.Next() {
				if s := int(k[len(k)-1]); len(k) == 13 && s <= MaxScore {
					of(k).Scores[s] += int64(btoi(v))
				}
			}
			for k, v := surveys.Seek(first); k != nil && bytes.HasPrefix(k, prefix); k, v = surveys.Next() {
				if len(k) != 13 {
					continue
				}
				switch k[len(k)-1] {
				case outcomeSent:
					of(k).Sent += int64(btoi(v))
				case outcomeAnswered:
					of(k).Answered += int64(btoi(v))
				case outcomeExpired:
					of(k).Expired += int64(btoi(v))
				}
			}
			if day == toDay {
				break
			}
		}
		return nil
	})
	for user, c := range sums {
		out[user] = *c
	}
	return out, err
}
