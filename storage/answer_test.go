package storage

import (
	"errors"
	"sync"
	"testing"
)

// TestPostCustomerMessageAnswersInOneWrite: the customer's message and the survey's
// answer (rating, counters) are stored together; of concurrent identical answers
// exactly one is applied; a failing engine leaves the message stored and the survey
// waiting.
func TestPostCustomerMessageAnswersInOneWrite(t *testing.T) {
	t.Parallel()
	w := newNPSWorld(t, Options{}, 1)
	started, err := w.db.StartConversation(w.channel, Contact{Name: "C"})
	if err != nil {
		t.Fatal(err)
	}
	conv := started.Conversation.ID
	customer := Ref{Type: RefContact, ID: started.Conversation.ContactID}
	if _, err := w.db.StartSurvey(conv, w.users[0], fakeAsk); err != nil {
		t.Fatal(err)
	}

	// A failing engine: the message stands, the survey keeps waiting.
	boom := errors.New("engine refused")
	post, err := w.db.PostCustomerMessage(NewMessage{ConversationID: conv, Author: customer, Text: "hm"},
		func(SurveyContext) (SurveyStep, error) { return SurveyStep{}, boom })
	if err != nil || post.Answered || !errors.Is(post.SurveyErr, boom) || post.Posted.Message.ID == 0 {
		t.Fatalf("failing engine: %+v, %v", post, err)
	}
	if !w.db.HasActiveSurvey(conv) {
		t.Fatal("the survey stopped waiting after a failed answer")
	}

	// Eight identical answers at once: one rating.
	var wg sync.WaitGroup
	var mu sync.Mutex
	answered := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			post, err := w.db.PostCustomerMessage(NewMessage{ConversationID: conv, Author: customer, Text: "3"}, fakeScore(3))
			if err != nil || post.SurveyErr != nil || post.Posted.Message.ID == 0 {
				t.Errorf("answer: %+v, %v", post, err)
				return
			}
			if post.Answered {
				mu.Lock()
				answered++
				mu.Unlock()
				if post.Survey.Rating == nil || post.Survey.Rating.Score != 3 {
					t.Errorf("answered without its rating: %+v", post.Survey)
				}
			}
		}()
	}
	wg.Wait()
	if answered != 1 {
		t.Fatalf("%d answers applied, want 1", answered)
	}
	msgs, _, err := w.db.ListMessages(conv, 0, 100, true)
	if err != nil {
		t.Fatal(err)
	}
	customerMsgs := 0
	for _, m := range msgs {
		if m.Author.Type == RefContact {
			customerMsgs++
		}
	}
	if customerMsgs != 9 {
		t.Fatalf("%d customer messages stored, want 9", customerMsgs)
	}
	if w.db.HasActiveSurvey(conv) {
		t.Fatal("the survey still waits after its answer")
	}
}
