package storage

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// CustomerPost is what a customer's message changed: the message, and what the
// conversation's survey did with it when one was waiting (Answered).
type CustomerPost struct {
	Posted   Posted
	Survey   SurveyOutcome
	Answered bool
	// SurveyErr is why the survey could not take the message (the engine or the survey's
	// write failed); the message is stored all the same and the survey keeps waiting.
	SurveyErr error
}

// surveyFailure marks a failure of the survey's part inside PostCustomerMessage's
// transaction, so the message can be stored alone.
type surveyFailure struct{ err error }

func (f *surveyFailure) Error() string { return "answer survey: " + f.err.Error() }

// PostCustomerMessage stores a customer's message and, when the conversation's survey
// waits, hands it to the survey's engine — in one group-committed transaction: one
// commit and one fsync where storing the message (PostMessage) and then answering
// (AnswerSurvey) took two, the second outside the group commit and waiting for bbolt's
// writer lock behind it. That wait and that fsync were on the path of the critical
// alert (measured by cmd/npsbench: customer's answer → critical toast).
//
// The survey is read inside the transaction, so of identical concurrent answers exactly
// one is applied. The message stands whatever the survey does: when the engine or the
// survey's write fails, the transaction is rolled back and the message is stored alone,
// with SurveyErr telling why. A conversation without a waiting survey (a cheap read
// first) writes the message alone, as PostMessage does.
func (db *DB) PostCustomerMessage(m NewMessage, engine SurveyEngine) (CustomerPost, error) {
	if engine == nil || !db.HasActiveSurvey(m.ConversationID) {
		posted, err := db.PostMessage(m)
		return CustomerPost{Posted: posted}, err
	}
	var out CustomerPost
	err := db.batch(func(tx *bolt.Tx) error {
		out = CustomerPost{}
		now := db.now()
		posted, err := postMessage(tx, m, now, db.loc)
		if err != nil {
			return err
		}
		out.Posted = posted
		id := tx.Bucket(bucketSurveysActive).Get(itob(m.ConversationID))
		if id == nil {
			return nil // answered or expired meanwhile: the message alone
		}
		survey, err := db.runEngine(tx, btoi(id), engine)
		if err != nil {
			return &surveyFailure{err: err}
		}
		out.Survey, out.Answered = survey, true
		return nil
	})
	var failed *surveyFailure
	if errors.As(err, &failed) {
		posted, err := db.PostMessage(m)
		return CustomerPost{Posted: posted, SurveyErr: failed.err}, err
	}
	return out, err
}
