package storage

import (
	"fmt"
	"math/rand/v2"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SeedRatings writes n ratings for load benchmarks (cmd/npsbench): spread evenly over
// span up to end, in time order, with random scores from a fixed seed, the survey of
// each sent by one of userIDs in turn. Each goes through the path a live rating takes
// (record, time and manager indexes, score counters) plus its survey's sent and
// answered counters, 20,000 to a transaction. It is not for the app: open the database
// with Options.NoSync and no server running.
func (db *DB) SeedRatings(n int, userIDs []uint64, end time.Time, span time.Duration) error {
	if n <= 0 || len(userIDs) == 0 || span <= 0 {
		return fmt.Errorf("seed ratings: need n > 0, users and a span")
	}
	rng := rand.New(rand.NewPCG(7, 11))
	step := span / time.Duration(n)
	at := end.Add(-span)
	const perTx = 20_000
	for done := 0; done < n; {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			for i := 0; i < perTx && done < n; i++ {
				at = at.Add(step)
				user := userIDs[done%len(userIDs)]
				r := Rating{SurveyID: uint64(done + 1), ConversationID: uint64(1 + done%5000), ContactID: uint64(1 + done%5000),
					UserID: user, Score: rng.IntN(MaxScore + 1), CreatedAt: at.UTC()}
				if _, err := storeRating(tx, r, db.loc); err != nil {
					return err
				}
				if err := countSurvey(tx, outcomeSent, user, r.CreatedAt, db.loc); err != nil {
					return err
				}
				if err := countSurvey(tx, outcomeAnswered, user, r.CreatedAt, db.loc); err != nil {
					return err
				}
				done++
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("seed ratings: %w", err)
		}
	}
	return nil
}

// SeedEvents writes n events for load benchmarks: spread evenly over span up to end,
// cycling through the event types and userIDs, each through addEvent (record, type index
// and counters), 50,000 to a transaction. Like SeedRatings it is not for the app.
func (db *DB) SeedEvents(n int, userIDs []uint64, end time.Time, span time.Duration) error {
	if n <= 0 || len(userIDs) == 0 || span <= 0 {
		return fmt.Errorf("seed events: need n > 0, users and a span")
	}
	step := span / time.Duration(n)
	at := end.Add(-span)
	const perTx = 50_000
	for done := 0; done < n; {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			for i := 0; i < perTx && done < n; i++ {
				at = at.Add(step)
				user := userIDs[done%len(userIDs)]
				e := Event{Type: EventTypes[done%len(EventTypes)], CreatedAt: at.UTC(), UserID: user,
					Author: Ref{Type: RefUser, ID: user}, Entity: Ref{Type: RefConversation, ID: uint64(1 + done%5000)}}
				if _, err := addEvent(tx, e, db.loc); err != nil {
					return err
				}
				done++
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("seed events: %w", err)
		}
	}
	return nil
}
