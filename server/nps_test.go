package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// TestNPSSeedStory walks the seed's story end to end: NPS off, on; Send NPS; a
// critical score alerting an administrator who follows nothing, live and only them; a
// high score thanked; the figures and the lists behind them.
func TestNPSSeedStory(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	maxID, maxToken := a.createUser("Max", "max@example.com", "manager")
	_, olgaToken := a.createUser("Olga", "olga@example.com", "manager")
	anna := a.startChat("Anna")

	// Anna's chat belongs to Max's deal: Max follows it, the administrator does not.
	var conv conversationView
	a.mustJSON("GET", anna.teamPath(""), maxToken, nil, http.StatusOK, &conv)
	var deal struct {
		ID uint64 `json:"id"`
	}
	a.mustJSON("POST", "/api/v1/deals", maxToken, map[string]any{"name": "Anna's order", "contact_id": conv.ContactID, "responsible_user_id": maxID}, http.StatusCreated, &deal)
	a.mustJSON("PATCH", anna.teamPath(""), maxToken, map[string]any{"card_type": "deal", "card_id": deal.ID}, http.StatusOK, nil)

	a.run([]scenario{
		{name: "off after setup", method: "GET", path: "/api/v1/settings/nps", token: maxToken, wantStatus: 200,
			wantBody: []string{`"enabled":false`, `"answer_timeout_hours":24`, `"cooldown_days":0`, `"critical_value":6`, `"recipients":[` + itoa(int(a.adminID)) + `]`}},
		{name: "send while off", method: "POST", path: anna.teamPath("/nps"), token: maxToken, wantStatus: 409, wantBody: []string{`"nps_disabled"`}},
		{name: "manager cannot switch", method: "PUT", path: "/api/v1/settings/nps", token: maxToken, body: map[string]any{"enabled": true}, wantStatus: 403, wantBody: []string{`"admin_only"`}},
		{name: "admin switches on", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"enabled": true}, wantStatus: 200, wantBody: []string{`"enabled":true`}},
		{name: "visitor token cannot send", method: "POST", path: anna.teamPath("/nps"), token: anna.token, wantStatus: 401},
		{name: "no token", method: "POST", path: anna.teamPath("/nps"), wantStatus: 401},
		{name: "unknown conversation", method: "POST", path: "/api/v1/conversations/9999/nps", token: maxToken, wantStatus: 404},
	})

	survey := a.sendNPS(maxToken, anna)
	if survey.Status != storage.SurveySent || survey.SentByUserID != maxID || survey.ConversationID != anna.conversationID || survey.ID == 0 || survey.SentAt.IsZero() {
		t.Fatalf("survey %+v", survey)
	}
	msgs := a.chatMessages(anna)
	question := msgs[len(msgs)-1]
	if question.Author.Type != storage.RefBot || !strings.Contains(question.Text, "recommend") || len(question.Buttons) != 11 {
		t.Fatalf("survey message %+v", question)
	}
	for i, b := range question.Buttons {
		if b.Label != itoa(i) || b.Value != itoa(i) {
			t.Fatalf("button %d: %+v", i, b)
		}
	}
	a.run([]scenario{
		{name: "second send", method: "POST", path: anna.teamPath("/nps"), token: a.adminToken, wantStatus: 409, wantBody: []string{`"survey_pending"`}},
		{name: "conversation shows pending", method: "GET", path: anna.teamPath(""), token: maxToken, wantStatus: 200, wantBody: []string{`"survey":{`, `"status":"sent"`, `"waiting":true`}},
	})

	// Live: the administrator (recipient) and Max (follower of the deal) are online.
	adminWS, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer adminWS.Close()
	maxWS, _, err := dialTeam(t, addr, maxToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer maxWS.Close()
	waitSockets(t, a.srv.hub, 2)

	if status := a.answer(anna, "3"); status != http.StatusCreated {
		t.Fatalf("answer: %d", status)
	}
	// Frames of one socket keep their order and the survey frame comes last, so what a
	// socket got before it is all it will get for this answer.
	adminFrames := readFramesUntil(t, adminWS, isSurveyFrame(survey.ID, storage.SurveyAnswered))
	maxFrames := readFramesUntil(t, maxWS, isSurveyFrame(survey.ID, storage.SurveyAnswered))
	alerts := criticalNotifications(adminFrames)
	if len(alerts) != 1 || alerts[0].UserID != a.adminID || alerts[0].ConversationID != anna.conversationID ||
		alerts[0].CardType != "deal" || alerts[0].CardID != deal.ID || !strings.Contains(alerts[0].Text, "3") || !strings.Contains(alerts[0].Text, "Anna") {
		t.Fatalf("administrator's alerts: %+v (frames %v)", alerts, adminFrames)
	}
	if got := criticalNotifications(maxFrames); len(got) != 0 {
		t.Fatalf("Max received another user's alert: %+v", got)
	}
	var sawRating bool
	for _, f := range maxFrames {
		if f.Type == "nps.rating_added" {
			var r storage.RatingItem
			json.Unmarshal(f.Data, &r)
			sawRating = r.Score == 3 && r.UserID == maxID && r.ContactName == "Anna"
		}
	}
	if !sawRating {
		t.Fatalf("no nps.rating_added frame for the team: %v", maxFrames)
	}
	if n := a.notificationsOf(a.adminToken, storage.NotificationNPSCritical); len(n) != 1 || n[0].Read {
		t.Fatalf("administrator's notification center: %+v", n)
	}
	for _, token := range []string{maxToken, olgaToken} {
		if n := a.notificationsOf(token, storage.NotificationNPSCritical); len(n) != 0 {
			t.Fatalf("a manager got the alert: %+v", n)
		}
	}
	if s := a.conversationSurvey(anna); s == nil || s.Status != storage.SurveyAnswered || s.Score == nil || *s.Score != 3 || s.Waiting {
		t.Fatalf("conversation's survey after the answer: %+v", s)
	}
	events, _, _ := a.store.ListEvents(storage.EventFilter{Type: storage.EventNPSRatingAdded}, "", 10)
	if len(events) != 1 || string(events[0].ValueAfter) != "3" || events[0].Author != (storage.Ref{Type: "contact", ID: conv.ContactID}) ||
		events[0].Entity != (storage.Ref{Type: "conversation", ID: anna.conversationID}) || events[0].UserID != maxID {
		t.Fatalf("nps_rating_added events: %+v", events)
	}
	sent, _, _ := a.store.ListEvents(storage.EventFilter{Type: storage.EventNPSSent}, "", 10)
	if len(sent) != 1 || sent[0].Author != (storage.Ref{Type: "user", ID: maxID}) || sent[0].UserID != maxID {
		t.Fatalf("nps_sent events: %+v", sent)
	}

	// Another chat, a high score: thanks, and nobody is alerted.
	bob := a.startChat("Bob")
	a.sendNPS(a.adminToken, bob)
	a.answer(bob, "10")
	if got := a.lastBotText(bob); got != "Thank you for your rating!" {
		t.Fatalf("after 10 the bot said %q", got)
	}
	if n := a.notificationsOf(a.adminToken, storage.NotificationNPSCritical); len(n) != 1 {
		t.Fatalf("a high score alerted: %+v", n)
	}
	// A later message is only a chat message: no second rating.
	a.answer(bob, "2")
	a.answer(anna, "9")

	a.run([]scenario{
		{name: "stats", method: "GET", path: "/api/v1/nps/stats", token: maxToken, wantStatus: 200,
			wantBody: []string{`"total":2`, `"promoters":1`, `"detractors":1`, `"promoters_pct":50`, `"detractors_pct":50`, `"nps":0`, `"sent":2`, `"answered":2`, `"response_rate":100`, `"3":1`, `"10":1`}},
		{name: "stats of Max", method: "GET", path: "/api/v1/nps/stats?user_id=" + itoa(int(maxID)), token: maxToken, wantStatus: 200,
			wantBody: []string{`"total":1`, `"detractors":1`, `"nps":-100`, `"sent":1`}},
		{name: "stats of Olga", method: "GET", path: "/api/v1/nps/stats?user_id=" + itoa(int(maxID)+1), token: maxToken, wantStatus: 200,
			wantBody: []string{`"total":0`, `"nps":0`, `"promoters_pct":0`, `"response_rate":0`}},
		{name: "unknown user", method: "GET", path: "/api/v1/nps/stats?user_id=999", token: maxToken, wantStatus: 422, wantBody: []string{`"user_id"`}},
		{name: "ratings of Max", method: "GET", path: "/api/v1/nps/ratings?user_id=" + itoa(int(maxID)), token: maxToken, wantStatus: 200,
			wantBody: []string{`"score":3`, `"contact_name":"Anna"`, `"survey_id":` + itoa(int(survey.ID))}, notBody: []string{`"score":10`}},
		{name: "promoters only", method: "GET", path: "/api/v1/nps/ratings?min_score=9", token: maxToken, wantStatus: 200,
			wantBody: []string{`"score":10`}, notBody: []string{`"score":3`}},
		{name: "bad score bound", method: "GET", path: "/api/v1/nps/ratings?min_score=11", token: maxToken, wantStatus: 422, wantBody: []string{`"min_score"`}},
	})
	all := a.ratingsOf("")
	if len(all) != 2 || all[0].Score != 10 || all[1].Score != 3 {
		t.Fatalf("ratings, newest first: %+v", all)
	}
	var page struct {
		Items      []storage.RatingItem `json:"items"`
		NextCursor string               `json:"next_cursor"`
	}
	a.mustJSON("GET", "/api/v1/nps/ratings?limit=1", maxToken, nil, 200, &page)
	if len(page.Items) != 1 || page.Items[0].Score != 10 || page.NextCursor == "" {
		t.Fatalf("page 1: %+v", page)
	}
	a.mustJSON("GET", "/api/v1/nps/ratings?limit=1&cursor="+page.NextCursor, maxToken, nil, 200, &page)
	if len(page.Items) != 1 || page.Items[0].Score != 3 {
		t.Fatalf("page 2: %+v", page)
	}
}

// TestNPSTypedAnswers checks what counts as a score: typed numbers are accepted;
// everything else gets at most the engine's polite re-asks and never a rating.
func TestNPSTypedAnswers(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	a.setNPS(map[string]any{"enabled": true})
	for _, text := range []string{" 8 ", "8/10"} {
		v := a.startChat("Typist")
		a.sendNPS(a.adminToken, v)
		a.answer(v, text)
		if s := a.conversationSurvey(v); s.Score == nil || *s.Score != 8 {
			t.Fatalf("%q: survey %+v", text, s)
		}
	}
	if n := len(a.ratingsOf("")); n != 2 {
		t.Fatalf("%d ratings, want 2", n)
	}

	v := a.startChat("Garbled")
	a.sendNPS(a.adminToken, v)
	before := len(a.chatMessages(v))
	for _, text := range []string{"-1", "11", "7.5", "seven"} {
		if status := a.answer(v, text); status != http.StatusCreated {
			t.Fatalf("%q: %d", text, status)
		}
	}
	msgs := a.chatMessages(v)
	var reasks []string
	for _, m := range msgs[before:] {
		if m.Author.Type == storage.RefBot {
			reasks = append(reasks, m.Text)
			if len(m.Buttons) != 11 {
				t.Fatalf("a re-ask without the score buttons: %+v", m)
			}
		}
	}
	// Two polite re-asks (bot.MaxReasks), then silence: a chatting customer is not nagged.
	if len(reasks) != bot.MaxReasks || reasks[0] != "Please reply with a number from 0 to 10." {
		t.Fatalf("re-asks: %q", reasks)
	}
	after := len(a.chatMessages(v))
	if status := a.answer(v, "   "); status != http.StatusUnprocessableEntity {
		t.Fatalf("blank answer: %d", status)
	}
	// A 1 MB answer is refused from its Content-Length, before the body is read (over a
	// real socket: the in-process test client cannot carry an over-limit body).
	addr := a.listen()
	status, body, err := rawRequest(addr, "POST "+v.messagesPath()+" HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "+v.token+
		"\r\nContent-Type: application/json\r\nContent-Length: "+itoa(1<<20+16)+"\r\n\r\n{\"text\": \"99999")
	if err != nil || status != http.StatusRequestEntityTooLarge || !strings.Contains(body, `"too_large"`) {
		t.Fatalf("1 MB answer: %d %s %v", status, body, err)
	}
	if len(a.chatMessages(v)) != after {
		t.Fatal("a refused request left a message or a re-ask")
	}
	if s := a.conversationSurvey(v); s.Status != storage.SurveySent || !s.Waiting || s.Score != nil {
		t.Fatalf("after garbage the survey is %+v", s)
	}
	if n := len(a.ratingsOf("")); n != 2 {
		t.Fatalf("garbage made a rating: %d ratings", n)
	}
	// The survey still takes a valid score until its deadline.
	a.answer(v, "7")
	if s := a.conversationSurvey(v); s.Score == nil || *s.Score != 7 {
		t.Fatalf("a valid score after garbage: %+v", s)
	}
}

// TestNPSConcurrentAnswersRateOnce sends 50 identical answers at once: exactly one
// rating, and one notification for each of the bot's two recipients.
func TestNPSConcurrentAnswersRateOnce(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	olgaID, olgaToken := a.createUser("Olga", "olga@example.com", "manager")
	g := bot.DefaultNPSGraph(a.adminID)
	for i, n := range g.Nodes {
		if n.ID == bot.DefaultAlertID {
			data, _ := json.Marshal(bot.InternalMessageData{UserIDs: []uint64{a.adminID, olgaID}, Text: "Critical {{score}}"})
			g.Nodes[i].Data = data
		}
	}
	a.putGraph(g)
	a.setNPS(map[string]any{"enabled": true})
	// The per-conversation flood limit would turn most of the 50 away before the engine;
	// this test is about the engine's transaction, so the limit is lifted.
	a.srv.limits.messagesByConversation = newRateLimiter(1000, time.Millisecond)
	v := a.startChat("Eager")
	a.sendNPS(a.adminToken, v)

	var wg sync.WaitGroup
	statuses := make([]int, 50)
	for i := range statuses {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			statuses[i], _, _ = a.do("POST", v.messagesPath(), v.token, map[string]any{"text": "3"})
		}(i)
	}
	wg.Wait()
	for i, s := range statuses {
		if s != http.StatusCreated {
			t.Fatalf("answer %d: %d", i, s)
		}
	}
	if n := len(a.ratingsOf("")); n != 1 {
		t.Fatalf("%d ratings from 50 identical answers, want 1", n)
	}
	for _, token := range []string{a.adminToken, olgaToken} {
		if n := a.notificationsOf(token, storage.NotificationNPSCritical); len(n) != 1 {
			t.Fatalf("%d alerts for one recipient, want 1", len(n))
		}
	}
	events, _, _ := a.store.ListEvents(storage.EventFilter{Type: storage.EventNPSRatingAdded}, "", 100)
	if len(events) != 1 {
		t.Fatalf("%d nps_rating_added events", len(events))
	}
}

// TestNPSExpiry moves a fake clock past the answer deadline: the ticker expires the
// survey, an answer after the deadline is not recorded, and Send NPS works again.
func TestNPSExpiry(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	clock := a.useFakeClock(fakeStart())
	a.setNPS(map[string]any{"enabled": true, "answer_timeout_hours": 2})
	late, silent := a.startChat("Late"), a.startChat("Silent")
	a.sendNPS(a.adminToken, late)
	a.sendNPS(a.adminToken, silent)
	if s := a.conversationSurvey(silent); s.WaitingUntil == nil || !s.WaitingUntil.Equal(clock.now().Add(2*time.Hour)) {
		t.Fatalf("deadline %+v", s)
	}
	clock.advance(119 * time.Minute)
	if n := a.srv.tickSurveys(); n != 0 {
		t.Fatalf("%d surveys expired before the deadline", n)
	}
	clock.advance(time.Minute)

	// The late answer arrives before the ticker looks: it expires the survey itself.
	a.answer(late, "9")
	if s := a.conversationSurvey(late); s.Status != storage.SurveyExpired || s.Waiting || s.Score != nil {
		t.Fatalf("late answer: %+v", s)
	}
	if n := a.srv.tickSurveys(); n != 1 {
		t.Fatalf("ticker expired %d surveys, want 1", n)
	}
	if s := a.conversationSurvey(silent); s.Status != storage.SurveyExpired || s.ExpiredAt == nil {
		t.Fatalf("silent survey: %+v", s)
	}
	if n := a.srv.tickSurveys(); n != 0 {
		t.Fatalf("a second look expired %d more", n)
	}
	a.answer(silent, "10")
	if n := len(a.ratingsOf("")); n != 0 {
		t.Fatalf("an expired survey was rated: %d", n)
	}
	events, _, _ := a.store.ListEvents(storage.EventFilter{Type: storage.EventNPSExpired}, "", 10)
	if len(events) != 2 {
		t.Fatalf("%d nps_expired events, want 2", len(events))
	}
	a.run([]scenario{{name: "expired counts", method: "GET", path: "/api/v1/nps/stats", token: a.adminToken, wantStatus: 200,
		wantBody: []string{`"sent":2`, `"answered":0`, `"response_rate":0`, `"total":0`}}})
	// Nothing waits any more: a new survey may start.
	if s := a.sendNPS(a.adminToken, silent); s.Status != storage.SurveySent {
		t.Fatalf("survey after expiry: %+v", s)
	}
}

// TestNPSSurvivesRestart closes the server and the database while surveys wait: an
// answer after the restart is recorded, and a deadline passed while the server was
// down is caught up at start.
func TestNPSSurvivesRestart(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	clock := a.useFakeClock(fakeStart())
	keepClock := func(db *storage.DB) { db.SetClock(clock.now) }
	a.setNPS(map[string]any{"enabled": true})
	answers, silent := a.startChat("Patient"), a.startChat("Gone")
	a.sendNPS(a.adminToken, answers)

	b := a.reopen(keepClock)
	b.answer(answers, "9")
	if got := b.lastBotText(answers); got != "Thank you for your rating!" {
		t.Fatalf("after restart the bot said %q", got)
	}
	today := clock.now().In(b.store.Location()).Format("2006-01-02")
	if r := b.ratingsOf("from=" + today + "&to=" + today); len(r) != 1 || r[0].Score != 9 {
		t.Fatalf("ratings after restart: %+v", r)
	}

	b.sendNPS(b.adminToken, silent)
	clock.advance(25 * time.Hour) // while the server is down
	c := b.reopen(keepClock)
	if s := c.conversationSurvey(silent); s.Status != storage.SurveyExpired {
		t.Fatalf("a deadline passed while stopped was not caught up at start: %+v", s)
	}
}

// TestNPSCooldown refuses to survey a contact again within the cooldown.
func TestNPSCooldown(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	clock := a.useFakeClock(fakeStart())
	a.setNPS(map[string]any{"enabled": true, "cooldown_days": 2})
	v := a.startChat("Often")
	a.sendNPS(a.adminToken, v)
	a.answer(v, "9")
	until := clock.now().Add(48 * time.Hour).Format(time.RFC3339)
	a.run([]scenario{{name: "cooldown", method: "POST", path: v.teamPath("/nps"), token: a.adminToken, wantStatus: 409,
		wantBody: []string{`"nps_cooldown"`, until}}})
	if other := a.startChat("Someone else"); a.sendNPS(a.adminToken, other).Status != storage.SurveySent {
		t.Fatal("the cooldown is per contact")
	}
	clock.advance(48 * time.Hour)
	a.sendNPS(a.adminToken, v)
	a.setNPS(map[string]any{"cooldown_days": 0})
}

// TestNPSSettingsValidation refuses out-of-range settings with the fields named.
func TestNPSSettingsValidation(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	a.run([]scenario{
		{name: "timeout 0", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"answer_timeout_hours": 0}, wantStatus: 422, wantBody: []string{`"answer_timeout_hours"`}},
		{name: "timeout 721", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"answer_timeout_hours": 721}, wantStatus: 422, wantBody: []string{`"answer_timeout_hours"`}},
		{name: "cooldown -1 and 366", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"cooldown_days": 366, "answer_timeout_hours": -1}, wantStatus: 422, wantBody: []string{`"cooldown_days"`, `"answer_timeout_hours"`}},
		{name: "wrong type", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"enabled": "yes"}, wantStatus: 422, wantBody: []string{`"enabled"`}},
		{name: "malformed", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: `{"enabled":`, wantStatus: 400},
		{name: "manager", method: "PUT", path: "/api/v1/settings/nps", token: manager, body: map[string]any{"cooldown_days": 1}, wantStatus: 403},
		{name: "unchanged", method: "GET", path: "/api/v1/settings/nps", token: manager, wantStatus: 200, wantBody: []string{`"answer_timeout_hours":24`, `"cooldown_days":0`, `"enabled":false`}},
		{name: "bounds", method: "PUT", path: "/api/v1/settings/nps", token: a.adminToken, body: map[string]any{"answer_timeout_hours": 720, "cooldown_days": 365}, wantStatus: 200, wantBody: []string{`"answer_timeout_hours":720`, `"cooldown_days":365`, `"enabled":false`}},
	})
}

// TestNPSFollowUpQuestion stores the answer to a follow-up question as the rating's
// comment, and keeps Send NPS refused while the bot still waits for it.
func TestNPSFollowUpQuestion(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	a.putGraph(npsGraph(t, [][3]any{
		{"start", "start", map[string]any{}},
		{"q", "nps_question", bot.NPSQuestionData{Text: "Rate us, {{contact.name}}", ScaleMin: 1}},
		{"why", "question", bot.QuestionData{Text: "What could we do better?", Variable: "comment"}},
		{"c", "condition", bot.ConditionData{Variable: "score", Operator: "lte", Value: 6}},
		{"alert", "internal_message", bot.InternalMessageData{UserIDs: []uint64{a.adminID}, Text: "{{score}}: {{comment}} #{{conversation.id}} {{unknown}}"}},
		{"thanks", "message", bot.MessageData{Text: "Thanks!"}},
	}, "start>q", "q>why", "why>c", "c:true>alert", "c:false>thanks"))
	a.run([]scenario{{name: "summary", method: "GET", path: "/api/v1/settings/nps", token: a.adminToken, wantStatus: 200,
		wantBody: []string{`"scale_min":1`, `"critical_value":6`, `"critical_operator":"lte"`}}})
	a.setNPS(map[string]any{"enabled": true})
	v := a.startChat("Vera")
	a.sendNPS(a.adminToken, v)
	msgs := a.chatMessages(v)
	if q := msgs[len(msgs)-1]; q.Text != "Rate us, Vera" || len(q.Buttons) != 10 || q.Buttons[0].Value != "1" {
		t.Fatalf("1–10 survey message %+v", q)
	}
	a.answer(v, "0") // off the 1–10 scale
	a.answer(v, "4")
	if got := a.lastBotText(v); got != "What could we do better?" {
		t.Fatalf("follow-up: %q", got)
	}
	a.run([]scenario{{name: "still pending", method: "POST", path: v.teamPath("/nps"), token: a.adminToken, wantStatus: 409, wantBody: []string{`"survey_pending"`}}})
	if r := a.ratingsOf(""); len(r) != 1 || r[0].Score != 4 || r[0].ScaleMin != 1 || r[0].Comment != "" {
		t.Fatalf("rating before the comment: %+v", r)
	}
	a.answer(v, "Answer faster")
	if r := a.ratingsOf(""); len(r) != 1 || r[0].Comment != "Answer faster" {
		t.Fatalf("rating after the comment: %+v", r)
	}
	alerts := a.notificationsOf(a.adminToken, storage.NotificationNPSCritical)
	want := "4: Answer faster #" + itoa(int(v.conversationID)) + " {{unknown}}"
	if len(alerts) != 1 || alerts[0].Text != want {
		t.Fatalf("alert %+v, want text %q", alerts, want)
	}
	a.run([]scenario{{name: "1–10 buckets", method: "GET", path: "/api/v1/nps/stats", token: a.adminToken, wantStatus: 200,
		wantBody: []string{`"detractors":1`, `"4":1`, `"0":0`}}})
}

// TestNPSPauseResumes runs a pause after the rating: the ticker continues the bot.
func TestNPSPauseResumes(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	clock := a.useFakeClock(fakeStart())
	a.putGraph(npsGraph(t, [][3]any{
		{"start", "start", nil},
		{"q", "nps_question", bot.NPSQuestionData{Text: "Rate us", ScaleMin: 0}},
		{"wait", "pause", bot.PauseData{Minutes: 5}},
		{"later", "message", bot.MessageData{Text: "A coupon for you"}},
	}, "start>q", "q>wait", "wait>later"))
	a.setNPS(map[string]any{"enabled": true})
	v := a.startChat("Paula")
	a.sendNPS(a.adminToken, v)
	a.answer(v, "9")
	if s := a.conversationSurvey(v); s.Status != storage.SurveyAnswered || !s.Waiting {
		t.Fatalf("during the pause: %+v", s)
	}
	a.answer(v, "hello?") // a message during a pause changes nothing
	clock.advance(4 * time.Minute)
	a.srv.tickSurveys()
	if got := a.lastBotText(v); got != "Rate us" {
		t.Fatalf("the pause ended early: %q", got)
	}
	clock.advance(time.Minute)
	if n := a.srv.tickSurveys(); n != 1 {
		t.Fatalf("ticker resumed %d runs", n)
	}
	if got := a.lastBotText(v); got != "A coupon for you" {
		t.Fatalf("after the pause: %q", got)
	}
	if s := a.conversationSurvey(v); s.Status != storage.SurveyAnswered || s.Waiting {
		t.Fatalf("after the pause: %+v", s)
	}
}

// TestNPSStatsPeriodErrors refuses bad periods with the field named.
func TestNPSStatsPeriodErrors(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	a.run([]scenario{
		{name: "from after to", method: "GET", path: "/api/v1/nps/stats?from=2026-03-05&to=2026-03-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "malformed from", method: "GET", path: "/api/v1/nps/stats?from=yesterday", token: a.adminToken, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "malformed to", method: "GET", path: "/api/v1/nps/stats?to=2026-13-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"to"`}},
		{name: "six years", method: "GET", path: "/api/v1/nps/stats?from=2020-01-01&to=2026-01-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"to"`}},
		{name: "bad user", method: "GET", path: "/api/v1/nps/ratings?user_id=abc", token: a.adminToken, wantStatus: 422, wantBody: []string{`"user_id"`}},
		{name: "min above max", method: "GET", path: "/api/v1/nps/ratings?min_score=9&max_score=3", token: a.adminToken, wantStatus: 422, wantBody: []string{`"min_score"`}},
		{name: "five years", method: "GET", path: "/api/v1/nps/stats?from=2021-01-01&to=2025-12-31", token: a.adminToken, wantStatus: 200, wantBody: []string{`"total":0`}},
		{name: "rfc 3339", method: "GET", path: "/api/v1/nps/stats?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00%2B03:00", token: a.adminToken, wantStatus: 200, wantBody: []string{`"from":"2026-01-01T00:00:00Z"`, `"to":"2026-01-01T21:00:00Z"`}},
		{name: "empty", method: "GET", path: "/api/v1/nps/stats", token: a.adminToken, wantStatus: 200, wantBody: []string{`"total":0`, `"scores":{"0":0`}},
	})
}
