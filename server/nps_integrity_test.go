package server

import (
	"net/http"
	"testing"
)

// TestOnlyTheCustomerAnswersASurvey completes the NPS integrity tests (nps_test.go has
// the 50 parallel answers and the typed answers): while a survey waits, nobody but the
// conversation's customer can answer it. A manager's reply "3" in the chat is a chat
// message, not a score; a team token on the customer's endpoint is refused; another
// conversation's visitor gets 404; a null or non-string answer is a 422.
func TestOnlyTheCustomerAnswersASurvey(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	a.setNPS(map[string]any{"enabled": true})
	v, other := a.startChat("Anna"), a.startChat("Bob")
	a.sendNPS(manager, v)

	a.run([]scenario{
		{name: "manager types a score in the chat", method: "POST", path: v.teamPath("/messages"), token: manager, body: map[string]any{"text": "3"}, wantStatus: 201},
		{name: "manager's token on the customer's endpoint", method: "POST", path: v.messagesPath(), token: manager, body: map[string]any{"text": "0"}, wantStatus: 401},
		{name: "admin's token on the customer's endpoint", method: "POST", path: v.messagesPath(), token: a.adminToken, body: map[string]any{"text": "0"}, wantStatus: 401},
		{name: "another customer's token", method: "POST", path: v.messagesPath(), token: other.token, body: map[string]any{"text": "0"}, wantStatus: 404},
		{name: "null answer", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": nil}, wantStatus: 422},
		{name: "number instead of text", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": 8}, wantStatus: 422},
	})
	if s := a.conversationSurvey(v); s == nil || s.Score != nil || !s.Waiting {
		t.Fatalf("after the others tried, the survey is %+v, want still waiting", s)
	}
	if n := len(a.ratingsOf("")); n != 0 {
		t.Fatalf("%d ratings from people who are not the customer", n)
	}
	if status := a.answer(v, "9"); status != http.StatusCreated {
		t.Fatalf("the customer's answer: %d", status)
	}
	if s := a.conversationSurvey(v); s == nil || s.Score == nil || *s.Score != 9 {
		t.Fatalf("the customer's answer was not recorded: %+v", s)
	}
}
