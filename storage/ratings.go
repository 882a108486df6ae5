package storage

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Rating is a customer's score for a survey: one per survey at most.
type Rating struct {
	ID             uint64 `json:"id"`
	SurveyID       uint64 `json:"survey_id"`
	ConversationID uint64 `json:"conversation_id"`
	ContactID      uint64 `json:"contact_id"`
	// UserID is the manager who sent the survey: whose work the score rates.
	UserID uint64 `json:"user_id"`
	Score  int    `json:"score"`
	// ScaleMin is where the survey's scale started (0 or 1); it always ends at 10.
	ScaleMin int `json:"scale_min"`
	// Comment is the customer's answer to a follow-up question, if the bot asked one.
	Comment   string    `json:"comment,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// RatingItem is a rating with its contact's name, for lists and live frames.
type RatingItem struct {
	Rating
	ContactName string `json:"contact_name,omitempty"`
}

// ratingTimeKey is unix nanos|rating id.
func ratingTimeKey(r Rating) []byte {
	return compositeKey(uint64(r.CreatedAt.UnixNano()), r.ID)
}

// ratingUserKey is user id|unix nanos|rating id.
func ratingUserKey(r Rating) []byte {
	return compositeKey(r.UserID, uint64(r.CreatedAt.UnixNano()), r.ID)
}

// addRating stores a new rating with its indexes, its counters and its "New NPS
// rating" event, all in the caller's transaction.
func addRating(tx *bolt.Tx, r Rating, loc *time.Location) (Rating, error) {
	r, err := storeRating(tx, r, loc)
	if err != nil {
		return r, err
	}
	_, err = addEvent(tx, Event{
		Type: EventNPSRatingAdded, CreatedAt: r.CreatedAt, UserID: r.UserID,
		Author:     Ref{Type: RefContact, ID: r.ContactID},
		Entity:     Ref{Type: RefConversation, ID: r.ConversationID},
		ValueAfter: jsonValue(r.Score),
	}, loc)
	return r, err
}

// storeRating stores the rating, its two indexes and its counters.
func storeRating(tx *bolt.Tx, r Rating, loc *time.Location) (Rating, error) {
	b := tx.Bucket(bucketRatings)
	id, err := b.NextSequence()
	if err != nil {
		return r, err
	}
	r.ID = id
	if err := putJSON(b, itob(id), r); err != nil {
		return r, err
	}
	if err := tx.Bucket(bucketRatingsByTime).Put(ratingTimeKey(r), nil); err != nil {
		return r, err
	}
	if err := tx.Bucket(bucketRatingsByUser).Put(ratingUserKey(r), nil); err != nil {
		return r, err
	}
	return r, countRating(tx, r.Score, r.UserID, r.CreatedAt, loc)
}

// setRatingComment stores the follow-up answer on a rating.
func setRatingComment(tx *bolt.Tx, id uint64, comment string) (Rating, error) {
	b := tx.Bucket(bucketRatings)
	var r Rating
	if err := getJSON(b, itob(id), &r); err != nil {
		return r, fmt.Errorf("rating %d: %w", id, err)
	}
	r.Comment = comment
	return r, putJSON(b, itob(id), r)
}

// RatingFilter narrows the ratings list; zero fields do not filter.
type RatingFilter struct {
	// From and To bound created_at: From ≤ t < To.
	From, To time.Time
	// UserID keeps the ratings of surveys that manager sent.
	UserID uint64
	// MinScore and MaxScore bound the score, inclusive; nil does not bound.
	MinScore, MaxScore *int
}

func (f RatingFilter) keepScore(score int) bool {
	return (f.MinScore == nil || score >= *f.MinScore) && (f.MaxScore == nil || score <= *f.MaxScore)
}

// maxRatingsScanned bounds one page's work when a score filter matches rarely: the
// page ends early with a cursor, and the client asks for the next.
const maxRatingsScanned = 20000

// ListRatings returns ratings newest first, through the time index (or the manager's
// index), so a period is a key range and never a scan of every rating. The cursor is
// the id of the last rating of the previous page; next is 0 on the last page.
func (db *DB) ListRatings(f RatingFilter, cursor uint64, limit int) ([]RatingItem, uint64, error) {
	var items []RatingItem
	var next uint64
	err := db.view(func(tx *bolt.Tx) error {
		ratings := tx.Bucket(bucketRatings)
		var c *bolt.Cursor
		var prefix []byte
		if f.UserID != 0 {
			c, prefix = tx.Bucket(bucketRatingsByUser).Cursor(), itob(f.UserID)
		} else {
			c = tx.Bucket(bucketRatingsByTime).Cursor()
		}
		var start []byte
		switch {
		case cursor != 0:
			var last Rating
			if err := getJSON(ratings, itob(cursor), &last); err != nil {
				return invalidField("cursor", "is not a cursor this server returned")
			}
			start = append(append([]byte(nil), prefix...), ratingTimeKey(last)...)
		case f.To.IsZero():
			start = append(append([]byte(nil), prefix...), compositeKey(^uint64(0))...)
		default:
			start = append(append([]byte(nil), prefix...), compositeKey(uint64(f.To.UnixNano()), 0)...)
		}
		from := uint64(0)
		if !f.From.IsZero() && f.From.UnixNano() > 0 {
			from = uint64(f.From.UnixNano())
		}
		contacts := map[uint64]string{}
		scanned, lastSeen := 0, uint64(0)
		for k, _ := seekBelow(c, start); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
			key := k[len(prefix):]
			if btoi(key[:8]) < from {
				return nil
			}
			id := btoi(key[8:])
			if scanned++; scanned > maxRatingsScanned {
				next = lastSeen // the next page goes on below what this one examined
				return nil
			}
			lastSeen = id
			var r Rating
			if err := getJSON(ratings, itob(id), &r); err != nil {
				return err
			}
			if !f.keepScore(r.Score) {
				continue
			}
			if len(items) == limit {
				next = items[len(items)-1].ID
				return nil
			}
			name, ok := contacts[r.ContactID]
			if !ok {
				var contact Contact
				if getContact(tx, r.ContactID, &contact) == nil {
					name = contact.Name
				}
				contacts[r.ContactID] = name
			}
			items = append(items, RatingItem{Rating: r, ContactName: name})
		}
		return nil
	})
	return items, next, err
}
