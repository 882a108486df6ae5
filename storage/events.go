package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Event types of Analytics → Events.
const (
	EventIncomingChatMessage  = "incoming_chat_message"
	EventOutgoingChatMessage  = "outgoing_chat_message"
	EventConversationCreated  = "conversation_created"
	EventConversationClosed   = "conversation_closed"
	EventConversationReopened = "conversation_reopened"
	EventCardCreated          = "card_created"
	EventCardAttached         = "card_attached"
	EventNPSSent              = "nps_sent"
	EventNPSRatingAdded       = "nps_rating_added"
	EventNPSExpired           = "nps_expired"
)

// EventTypes lists every event type, in the order the UI offers them.
var EventTypes = []string{
	EventIncomingChatMessage, EventOutgoingChatMessage,
	EventConversationCreated, EventConversationClosed, EventConversationReopened,
	EventCardCreated, EventCardAttached,
	EventNPSSent, EventNPSRatingAdded, EventNPSExpired,
}

// IsEventType reports whether t is a known event type.
func IsEventType(t string) bool {
	for _, known := range EventTypes {
		if t == known {
			return true
		}
	}
	return false
}

// Ref points at who did something or what it was done to.
type Ref struct {
	Type string `json:"type"`
	ID   uint64 `json:"id,omitempty"`
}

// Ref types.
const (
	RefUser         = "user"
	RefContact      = "contact"
	RefBot          = "bot"
	RefConversation = "conversation"
	RefDeal         = "deal"
	RefCustomer     = "customer"
)

// Event is one line of Analytics → Events.
type Event struct {
	ID          uint64          `json:"id"`
	Type        string          `json:"type"`
	CreatedAt   time.Time       `json:"created_at"`
	Author      Ref             `json:"author"`
	Entity      Ref             `json:"entity"`
	ValueBefore json.RawMessage `json:"value_before,omitempty"`
	ValueAfter  json.RawMessage `json:"value_after,omitempty"`
	// UserID is the team member the event counts for (the author, or the manager who
	// sent the survey that was rated): the user filter of lists and widgets.
	UserID uint64 `json:"user_id,omitempty"`
}

// jsonValue encodes a value before/after for an event.
func jsonValue(v any) json.RawMessage {
	data, _ := json.Marshal(v)
	return data
}

// addEvent stores e inside tx with its indexes and counters. Every write that an event
// reports calls it in its own transaction, so the list and the counters never disagree
// with the facts.
func addEvent(tx *bolt.Tx, e Event, loc *time.Location) (Event, error) {
	b := tx.Bucket(bucketEvents)
	id, err := b.NextSequence()
	if err != nil {
		return e, err
	}
	e.ID = id
	if err := putJSON(b, itob(id), e); err != nil {
		return e, err
	}
	if err := tx.Bucket(bucketEventsByType).Put(eventTypeKey(e.Type, id), nil); err != nil {
		return e, err
	}
	day := dayOf(e.CreatedAt, loc)
	counters := tx.Bucket(bucketEventCounters)
	for _, user := range []uint64{0, e.UserID} {
		if err := incrementCounter(counters, eventCounterKey(e.Type, day, user), 1); err != nil {
			return e, err
		}
		if e.UserID == 0 {
			break
		}
	}
	return e, nil
}

func eventTypeKey(eventType string, id uint64) []byte {
	return append([]byte(eventType+"\x00"), itob(id)...)
}

func eventCounterKey(eventType string, day uint32, user uint64) []byte {
	k := make([]byte, 0, len(eventType)+1+4+8)
	k = append(k, eventType...)
	k = append(k, 0, byte(day>>24), byte(day>>16), byte(day>>8), byte(day))
	return append(k, itob(user)...)
}

// incrementCounter adds delta to an 8-byte counter.
func incrementCounter(b *bolt.Bucket, key []byte, delta int64) error {
	n := int64(btoi(b.Get(key))) + delta
	if n < 0 {
		n = 0
	}
	return b.Put(key, itob(uint64(n)))
}

// EventFilter narrows the events list; zero fields do not filter.
type EventFilter struct {
	Type       string
	UserID     uint64
	EntityType string
	From, To   time.Time
}

func (f EventFilter) keep(e *Event) bool {
	return (f.UserID == 0 || e.UserID == f.UserID) &&
		(f.EntityType == "" || e.Entity.Type == f.EntityType) &&
		(f.From.IsZero() || !e.CreatedAt.Before(f.From)) &&
		(f.To.IsZero() || e.CreatedAt.Before(f.To))
}

// maxEventsScanned bounds one page's work when a filter matches rarely: the page ends
// early with a cursor, and the client asks for the next.
const maxEventsScanned = 20000

// ListEvents returns events newest first. The cursor is opaque (the last id seen).
func (db *DB) ListEvents(f EventFilter, cursor string, limit int) ([]Event, string, error) {
	before, ok := parseEventCursor(cursor)
	if !ok {
		return nil, "", invalidField("cursor", "is not a cursor this server returned")
	}
	var items []Event
	next := ""
	err := db.view(func(tx *bolt.Tx) error {
		events := tx.Bucket(bucketEvents)
		var c *bolt.Cursor
		var prefix []byte
		if f.Type != "" {
			c = tx.Bucket(bucketEventsByType).Cursor()
			prefix = []byte(f.Type + "\x00")
		} else {
			c = events.Cursor()
		}
		start := append(append([]byte(nil), prefix...), itob(before)...)
		if before == 0 {
			start = append(append([]byte(nil), prefix...), itob(^uint64(0))...)
		}
		scanned := 0
		for k, _ := seekBelow(c, start); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
			id := btoi(k[len(prefix):])
			scanned++
			if scanned > maxEventsScanned {
				next = strconv.FormatUint(id+1, 10)
				return nil
			}
			var e Event
			if err := getJSON(events, itob(id), &e); err != nil {
				return err
			}
			if !f.From.IsZero() && e.CreatedAt.Before(f.From) {
				return nil // ids grow with time: nothing older can match
			}
			if !f.keep(&e) {
				continue
			}
			if len(items) == limit {
				next = strconv.FormatUint(items[len(items)-1].ID, 10)
				return nil
			}
			items = append(items, e)
		}
		return nil
	})
	return items, next, err
}

func parseEventCursor(s string) (uint64, bool) {
	if s == "" {
		return 0, true
	}
	id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	return id, err == nil && id > 0
}

// CountEvents sums the counters of an event type for days from..to (inclusive), for one
// user or everyone (0), and returns the per-day counts too: a widget and its sparkline
// read one key per day, never the events themselves.
func (db *DB) CountEvents(eventType string, userID uint64, fromDay, toDay uint32) (total int64, perDay []int64, err error) {
	if toDay < fromDay {
		return 0, nil, fmt.Errorf("%w: period ends before it starts", ErrConflict)
	}
	perDay = make([]int64, toDay-fromDay+1)
	err = db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEventCounters)
		for d := fromDay; d <= toDay; d++ {
			n := int64(btoi(b.Get(eventCounterKey(eventType, d, userID))))
			perDay[d-fromDay] = n
			total += n
		}
		return nil
	})
	return total, perDay, err
}
