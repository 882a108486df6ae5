package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Survey statuses, as the inbox shows them.
const (
	// SurveySent: the survey waits for the customer's score.
	SurveySent = "sent"
	// SurveyAnswered: the customer gave a score (a follow-up question may still wait).
	SurveyAnswered = "answered"
	// SurveyExpired: no score came before the deadline.
	SurveyExpired = "expired"
)

// Survey is one run of the NPS bot in a conversation. Run is the bot engine's state,
// kept as the engine wrote it: storage only needs Active and DueAt, which the engine's
// caller sets alongside, to index the run.
type Survey struct {
	ID             uint64 `json:"id"`
	ConversationID uint64 `json:"conversation_id"`
	ContactID      uint64 `json:"contact_id"`
	BotID          uint64 `json:"bot_id"`
	// BotVersion is the graph version the survey started with and finishes on.
	BotVersion   uint64     `json:"bot_version"`
	Status       string     `json:"status"`
	SentByUserID uint64     `json:"sent_by_user_id"`
	SentAt       time.Time  `json:"sent_at"`
	AnsweredAt   *time.Time `json:"answered_at,omitempty"`
	ExpiredAt    *time.Time `json:"expired_at,omitempty"`
	Score        *int       `json:"score,omitempty"`
	RatingID     uint64     `json:"rating_id,omitempty"`
	// Comment is the latest free-text answer to a question step.
	Comment string `json:"comment,omitempty"`
	// Answers are the free-text answers by the variable their question stores.
	Answers map[string]string `json:"answers,omitempty"`
	// Active means the bot still runs: it waits for an answer or a pause.
	Active bool `json:"active"`
	// DueAt is when the waiting ends (answer deadline, end of pause); zero if none.
	DueAt time.Time       `json:"due_at,omitzero"`
	Run   json.RawMessage `json:"run"`
}

// SurveyContext is what one engine call sees: the survey as stored, the graph of its
// bot version, and the facts its templates and timeouts use. Storage reads it all
// inside the transaction that applies the call's outcome.
type SurveyContext struct {
	Survey       Survey
	Graph        []byte
	Conversation Conversation
	Contact      Contact
	Settings     NPSSettings
	// Lang is the team's language, for the engine's own replies (re-asks).
	Lang string
	Now  time.Time
}

// BotMessage is a message the bot sends to the customer.
type BotMessage struct {
	Text    string
	Buttons []Button
}

// BotNotification is an internal message for team users.
type BotNotification struct {
	UserIDs []uint64
	Text    string
}

// BotAnswer is a free-text answer the bot recorded in a variable.
type BotAnswer struct {
	Variable string
	Text     string
}

// SurveyStep is the outcome of one engine call, as storage applies it: the engine's
// new state and the effects, in one transaction.
type SurveyStep struct {
	// Run is the engine's new state.
	Run json.RawMessage
	// Active: the run still waits (for an answer or a timer).
	Active bool
	// DueAt is when the wait ends; zero when the run does not wait.
	DueAt         time.Time
	Messages      []BotMessage
	Notifications []BotNotification
	// Score, when set, is the customer's valid score, recorded once per survey.
	Score    *int
	ScaleMin int
	Answers  []BotAnswer
	// Expired: the awaited answer did not come in time.
	Expired bool
}

// SurveyEngine runs one engine call over a context. It must be pure (no I/O): it runs
// inside a write transaction. An error aborts the transaction.
type SurveyEngine func(SurveyContext) (SurveyStep, error)

// SurveyOutcome is everything one engine call changed, for the frames sent after
// commit.
type SurveyOutcome struct {
	Survey Survey
	// Posted are the bot's messages, in order.
	Posted []Posted
	// Conversation is the conversation after the last bot message (zero if none).
	Conversation  Conversation
	Notifications []Notification
	// Rating is the rating this call recorded (RatingAdded) or commented, if any.
	Rating      *RatingItem
	RatingAdded bool
}

// StartSurvey starts the NPS bot in a conversation for the user who pressed Send NPS,
// in one transaction: the checks (NPS on, no survey pending, contact not in cooldown),
// the survey, the engine's first step with the survey message, the nps_sent event and
// the sent counters. Nothing is written when a check or the engine refuses.
func (db *DB) StartSurvey(conversationID, sentBy uint64, engine SurveyEngine) (SurveyOutcome, error) {
	var out SurveyOutcome
	err := db.update(func(tx *bolt.Tx) error {
		var conv Conversation
		if err := getConversation(tx, conversationID, &conv); err != nil {
			return err
		}
		settings, err := getNPSSettings(tx)
		if err != nil {
			return err
		}
		if !settings.Enabled {
			return ErrNPSDisabled
		}
		if tx.Bucket(bucketSurveysActive).Get(itob(conv.ID)) != nil {
			return ErrSurveyPending
		}
		now := db.now()
		if err := checkCooldown(tx, conv.ContactID, settings.CooldownDays, now); err != nil {
			return err
		}
		var bot Bot
		if err := getBot(tx, settings.BotID, &bot); err != nil {
			return fmt.Errorf("%w: %v", ErrBotCannotRun, err)
		}
		graph, err := botGraph(tx, bot.ID, bot.Version)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrBotCannotRun, err)
		}
		var contact Contact
		if err := getContact(tx, conv.ContactID, &contact); err != nil {
			return err
		}
		id, err := tx.Bucket(bucketSurveys).NextSequence()
		if err != nil {
			return err
		}
		s := Survey{ID: id, ConversationID: conv.ID, ContactID: conv.ContactID, BotID: bot.ID,
			BotVersion: bot.Version, Status: SurveySent, SentByUserID: sentBy, SentAt: now}
		step, err := engine(SurveyContext{Survey: s, Graph: graph, Conversation: conv, Contact: contact, Settings: settings, Lang: teamLang(tx), Now: now})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketSurveysByConversation).Put(compositeKey(conv.ID, id), nil); err != nil {
			return err
		}
		if err := tx.Bucket(bucketContactSurveyed).Put(itob(conv.ContactID), itob(uint64(now.UnixNano()))); err != nil {
			return err
		}
		if _, err := addEvent(tx, Event{Type: EventNPSSent, CreatedAt: now, UserID: sentBy,
			Author: Ref{Type: RefUser, ID: sentBy}, Entity: Ref{Type: RefConversation, ID: conv.ID}}, db.loc); err != nil {
			return err
		}
		if err := countSurvey(tx, outcomeSent, sentBy, now, db.loc); err != nil {
			return err
		}
		out, err = db.applyStep(tx, s, contact, step, now)
		return err
	})
	return out, err
}

// checkCooldown refuses a survey of a contact surveyed less than days ago.
func checkCooldown(tx *bolt.Tx, contactID uint64, days int, now time.Time) error {
	if days <= 0 {
		return nil
	}
	last := tx.Bucket(bucketContactSurveyed).Get(itob(contactID))
	if last == nil {
		return nil
	}
	until := time.Unix(0, int64(btoi(last))).UTC().Add(time.Duration(days) * 24 * time.Hour)
	if now.Before(until) {
		return &CooldownError{Until: until}
	}
	return nil
}

// HasActiveSurvey reports whether the bot runs in the conversation: a cheap read that
// spares every ordinary chat message a write transaction.
func (db *DB) HasActiveSurvey(conversationID uint64) bool {
	found := false
	db.view(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketSurveysActive).Get(itob(conversationID)) != nil
		return nil
	})
	return found
}

// AnswerSurvey hands the customer's message to the conversation's running survey, if
// there is one (ok is false when there is none). The survey is read again inside the
// write transaction, so of many identical concurrent answers exactly one is applied
// and the others find the survey answered.
func (db *DB) AnswerSurvey(conversationID uint64, engine SurveyEngine) (out SurveyOutcome, ok bool, err error) {
	if !db.HasActiveSurvey(conversationID) {
		return out, false, nil
	}
	err = db.update(func(tx *bolt.Tx) error {
		ok = false
		id := tx.Bucket(bucketSurveysActive).Get(itob(conversationID))
		if id == nil {
			return nil
		}
		var e error
		out, e = db.runEngine(tx, btoi(id), engine)
		ok = e == nil
		return e
	})
	return out, ok, err
}

// TickSurvey hands a due survey to the engine's timer (expiry, end of a pause). A
// survey that is no longer due (answered meanwhile) is left alone; ok tells.
func (db *DB) TickSurvey(surveyID uint64, engine SurveyEngine) (out SurveyOutcome, ok bool, err error) {
	err = db.update(func(tx *bolt.Tx) error {
		ok = false
		var s Survey
		if err := getSurvey(tx, surveyID, &s); err != nil {
			return err
		}
		if !s.Active || s.DueAt.IsZero() || db.now().Before(s.DueAt) {
			return nil
		}
		var e error
		out, e = db.runEngine(tx, surveyID, engine)
		ok = e == nil
		return e
	})
	return out, ok, err
}

// DueSurveys returns up to limit surveys whose wait ended at or before now, earliest
// first: the ticker's work list, read from the due index alone.
func (db *DB) DueSurveys(now time.Time, limit int) ([]uint64, error) {
	var ids []uint64
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSurveysDue).Cursor()
		until := uint64(now.UnixNano())
		for k, _ := c.First(); k != nil && len(ids) < limit; k, _ = c.Next() {
			if btoi(k[:8]) > until {
				break
			}
			ids = append(ids, btoi(k[8:]))
		}
		return nil
	})
	return ids, err
}

// runEngine loads a survey with its graph version and context, runs the engine and
// applies its step, inside tx.
func (db *DB) runEngine(tx *bolt.Tx, surveyID uint64, engine SurveyEngine) (SurveyOutcome, error) {
	var s Survey
	if err := getSurvey(tx, surveyID, &s); err != nil {
		return SurveyOutcome{}, err
	}
	ctx := SurveyContext{Survey: s, Lang: teamLang(tx), Now: db.now()}
	// A missing graph (never expected: versions are immutable) reaches the engine as
	// nil, and the engine ends the run rather than leaving it waiting forever.
	ctx.Graph, _ = botGraph(tx, s.BotID, s.BotVersion)
	if err := getConversation(tx, s.ConversationID, &ctx.Conversation); err != nil {
		return SurveyOutcome{}, err
	}
	getContact(tx, s.ContactID, &ctx.Contact)
	var err error
	if ctx.Settings, err = getNPSSettings(tx); err != nil {
		return SurveyOutcome{}, err
	}
	step, err := engine(ctx)
	if err != nil {
		return SurveyOutcome{}, err
	}
	return db.applyStep(tx, s, ctx.Contact, step, ctx.Now)
}

// applyStep writes one engine step: the bot's messages, the recorded answers and
// rating (with its counters and event), the notifications, the expiry, the survey's
// new state and its indexes.
func (db *DB) applyStep(tx *bolt.Tx, s Survey, contact Contact, step SurveyStep, now time.Time) (SurveyOutcome, error) {
	var out SurveyOutcome
	for _, m := range step.Messages {
		p, err := postMessage(tx, NewMessage{ConversationID: s.ConversationID,
			Author: Ref{Type: RefBot, ID: s.BotID}, Text: m.Text, Buttons: m.Buttons}, now, db.loc)
		if err != nil {
			return out, err
		}
		out.Posted = append(out.Posted, p)
		out.Conversation = p.Conversation
	}

	for _, a := range step.Answers {
		if s.Answers == nil {
			s.Answers = map[string]string{}
		}
		s.Answers[a.Variable] = a.Text
		s.Comment = a.Text
	}
	if step.Score != nil && s.RatingID == 0 {
		r, err := addRating(tx, Rating{SurveyID: s.ID, ConversationID: s.ConversationID, ContactID: s.ContactID,
			UserID: s.SentByUserID, Score: *step.Score, ScaleMin: step.ScaleMin, Comment: s.Comment, CreatedAt: now}, db.loc)
		if err != nil {
			return out, err
		}
		if err := countSurvey(tx, outcomeAnswered, s.SentByUserID, s.SentAt, db.loc); err != nil {
			return out, err
		}
		// The webhook's outbox entry commits or rolls back with the rating itself.
		if err := db.queueRatingWebhook(tx, r, contact); err != nil {
			return out, err
		}
		score, at := *step.Score, now
		s.Status, s.Score, s.AnsweredAt, s.RatingID = SurveyAnswered, &score, &at, r.ID
		out.Rating, out.RatingAdded = &RatingItem{Rating: r, ContactName: contact.Name}, true
	} else if len(step.Answers) > 0 && s.RatingID != 0 {
		r, err := setRatingComment(tx, s.RatingID, s.Comment)
		if err != nil {
			return out, err
		}
		out.Rating = &RatingItem{Rating: r, ContactName: contact.Name}
	}

	if len(step.Notifications) > 0 {
		notes, err := notifyUsers(tx, s, step.Notifications, now)
		if err != nil {
			return out, err
		}
		out.Notifications = notes
	}

	if step.Expired && s.Status == SurveySent {
		at := now
		s.Status, s.ExpiredAt = SurveyExpired, &at
		if _, err := addEvent(tx, Event{Type: EventNPSExpired, CreatedAt: now, UserID: s.SentByUserID,
			Author: Ref{Type: RefBot, ID: s.BotID}, Entity: Ref{Type: RefConversation, ID: s.ConversationID}}, db.loc); err != nil {
			return out, err
		}
		if err := countSurvey(tx, outcomeExpired, s.SentByUserID, s.SentAt, db.loc); err != nil {
			return out, err
		}
	}

	if err := indexRun(tx, s, step); err != nil {
		return out, err
	}
	s.Run, s.Active, s.DueAt = step.Run, step.Active, step.DueAt
	if !s.Active {
		s.DueAt = time.Time{}
	}
	out.Survey = s
	return out, putJSON(tx.Bucket(bucketSurveys), itob(s.ID), s)
}

// indexRun moves the survey's entries in the active and due indexes from its stored
// state (s) to the step's.
func indexRun(tx *bolt.Tx, s Survey, step SurveyStep) error {
	active, due := tx.Bucket(bucketSurveysActive), tx.Bucket(bucketSurveysDue)
	if !s.DueAt.IsZero() {
		if err := due.Delete(dueKey(s.DueAt, s.ID)); err != nil {
			return err
		}
	}
	if !step.Active {
		if btoi(active.Get(itob(s.ConversationID))) == s.ID {
			return active.Delete(itob(s.ConversationID))
		}
		return nil
	}
	if err := active.Put(itob(s.ConversationID), itob(s.ID)); err != nil {
		return err
	}
	if step.DueAt.IsZero() {
		return nil
	}
	return due.Put(dueKey(step.DueAt, s.ID), nil)
}

func dueKey(at time.Time, id uint64) []byte {
	return compositeKey(uint64(at.UnixNano()), id)
}

// notifyUsers creates the bot's internal messages: one nps_critical notification per
// named user who exists and is active, whether or not they follow the card.
func notifyUsers(tx *bolt.Tx, s Survey, notes []BotNotification, now time.Time) ([]Notification, error) {
	var conv Conversation
	if err := getConversation(tx, s.ConversationID, &conv); err != nil {
		return nil, err
	}
	users := tx.Bucket(bucketUsers)
	var out []Notification
	for _, note := range notes {
		for _, userID := range uniqueIDs(note.UserIDs) {
			var u User
			if err := getJSON(users, itob(userID), &u); err != nil || !u.Active {
				continue // a recipient deleted or deactivated since the bot was saved
			}
			n, err := addNotification(tx, Notification{UserID: userID, Type: NotificationNPSCritical,
				Text: note.Text, ConversationID: conv.ID, CardType: conv.CardType, CardID: conv.CardID, CreatedAt: now})
			if err != nil {
				return nil, err
			}
			out = append(out, n)
		}
	}
	return out, nil
}

func getSurvey(tx *bolt.Tx, id uint64, s *Survey) error {
	if err := getJSON(tx.Bucket(bucketSurveys), itob(id), s); err != nil {
		return fmt.Errorf("survey %d: %w", id, err)
	}
	return nil
}

// GetSurvey returns one survey.
func (db *DB) GetSurvey(id uint64) (Survey, error) {
	var s Survey
	err := db.view(func(tx *bolt.Tx) error { return getSurvey(tx, id, &s) })
	return s, err
}

// LatestSurveys returns the newest survey of each conversation that has one, for the
// inbox's pending / answered / expired marks, in one read.
func (db *DB) LatestSurveys(conversationIDs ...uint64) (map[uint64]Survey, error) {
	out := make(map[uint64]Survey, len(conversationIDs))
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSurveysByConversation).Cursor()
		for _, convID := range conversationIDs {
			k, _ := seekBelow(c, compositeKey(convID+1, 0))
			if k == nil || !bytes.HasPrefix(k, itob(convID)) {
				continue
			}
			var s Survey
			if err := getSurvey(tx, btoi(k[8:]), &s); err != nil {
				return err
			}
			out[convID] = s
		}
		return nil
	})
	return out, err
}
