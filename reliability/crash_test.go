//go:build linux

package reliability

import (
	"errors"
	"math/rand/v2"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestCrashDurability runs the real binary under concurrent writes (team messages, and
// NPS surveys with their answers when the NPS API is there), kills it with SIGKILL at
// a random moment, checks the file with bbolt's own consistency check, restarts it on
// the same data folder and checks that every write it acknowledged with a 2xx is there
// and that the ratings list and the NPS counters agree. The access token from the first
// start is used throughout: the signing key and the sessions are stored.
//
// CI: 10 crashes. NPSDESK_LONG=1 (or -long): 50.
func TestCrashDurability(t *testing.T) {
	runs := 10
	if longMode() {
		runs = 50
	}
	if testing.Short() {
		runs = 3
	}
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 8))
	t.Logf("seed %d", seed)

	dir := t.TempDir()
	srv := startServer(t, dir)
	token := srv.setUp(t)
	a := srv.api(token)
	chats := make([]chat, 6)
	for i := range chats {
		chats[i] = openChat(t, a)
	}
	l := newLedger()
	nps := npsAvailable(t, a, chats[0])
	if nps {
		a.must(t, "PUT", "/api/v1/settings/nps", map[string]any{"enabled": true, "cooldown_days": 0}, nil)
	} else {
		t.Log("POST /api/v1/conversations/{id}/nps is not there yet: ratings are left out of this run")
	}

	var delays []time.Duration
	for run := 1; run <= runs; run++ {
		stop := make(chan struct{})
		var load sync.WaitGroup
		for w := 0; w < 4; w++ {
			load.Add(1)
			go func() { defer load.Done(); l.writeMessages(a, chats[2:], w, stop) }()
		}
		if nps {
			load.Add(1)
			go func() { defer load.Done(); l.runSurveys(a, chats[:2], stop) }()
		}
		delay := 100*time.Millisecond + time.Duration(rng.Int64N(int64(1400*time.Millisecond)))
		delays = append(delays, delay)
		time.Sleep(delay)
		srv.kill()
		close(stop)
		load.Wait()

		checkBolt(t, filepath.Join(dir, "npsdesk.db"))
		srv = startServer(t, dir)
		if srv.setupToken != "" {
			t.Fatalf("run %d: the restarted server asks for setup again: the users are gone", run)
		}
		a = srv.api(token)
		l.forgetPending()
		l.verify(t, a, run, nps)
	}

	// A survey sent before a crash accepts its answer after the restart.
	if nps {
		c := chats[0]
		path := "/api/v1/conversations/" + itoa(int(c.ID)) + "/nps"
		var started struct {
			Survey struct {
				ID uint64 `json:"id"`
			} `json:"survey"`
		}
		if status, _ := a.call("POST", path, a.token, nil, &started); status == 409 {
			// The last run left a survey waiting: answer it first.
			if _, err := a.call("POST", "/api/v1/public/conversations/"+itoa(int(c.ID))+"/messages", c.Token, map[string]any{"text": "10"}, nil); err != nil {
				t.Fatal(err)
			}
			l.recordAnswer(c.ID, 10)
			a.must(t, "POST", path, nil, &started)
		}
		srv.kill()
		checkBolt(t, filepath.Join(dir, "npsdesk.db"))
		srv = startServer(t, dir)
		a = srv.api(token)
		l.forgetPending()
		l.pending[c.ID] = started.Survey.ID
		if _, err := a.call("POST", "/api/v1/public/conversations/"+itoa(int(c.ID))+"/messages", c.Token, map[string]any{"text": "4"}, nil); err != nil {
			t.Fatalf("answer after the restart: %v", err)
		}
		l.recordAnswer(c.ID, 4)
		l.verify(t, a, runs+1, nps)
	}
	srv.stop()
	sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
	t.Logf("%d SIGKILLs after %v to %v of load; every file passed bbolt's check; %d acknowledged messages and %d acknowledged ratings (matched by survey id) all found after restart; %d more acknowledged answers counted per conversation",
		runs, delays[0], delays[len(delays)-1], l.messageCount(), len(l.ratings), l.unknownAnswers())
}

// npsAvailable reports whether the NPS API is registered: an unknown route answers
// 404 "no such endpoint".
func npsAvailable(t *testing.T, a *api, c chat) bool {
	status, err := a.call("GET", "/api/v1/settings/nps", a.token, nil, nil)
	if status == 404 && err != nil && strings.Contains(err.Error(), "no such endpoint") {
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	status, err = a.call("POST", "/api/v1/conversations/0/nps", a.token, nil, nil)
	return !(status == 404 && err != nil && strings.Contains(err.Error(), "no such endpoint"))
}

// checkBolt opens the file of a dead server with bbolt and runs its consistency check.
func checkBolt(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatalf("open after crash: %v", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		var problems []error
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		return errors.Join(problems...)
	})
	if err != nil {
		t.Fatalf("bbolt check after crash: %v", err)
	}
}

// ledger is what the server acknowledged, across every run.
type ledger struct {
	mu sync.Mutex
	// messages: conversation → message id → text.
	messages map[uint64]map[uint64]string
	// ratings: survey id → the score its acknowledged answer gave.
	ratings map[uint64]int
	// answered: conversation → acknowledged answers (some of whose survey ids were
	// lost because the crash came between Send NPS and its response).
	answered map[uint64]int
	// pending: conversation → the survey waiting there, as far as we know.
	pending map[uint64]uint64
}

func newLedger() *ledger {
	return &ledger{messages: map[uint64]map[uint64]string{}, ratings: map[uint64]int{}, answered: map[uint64]int{}, pending: map[uint64]uint64{}}
}

// writeMessages posts team messages round the chats until stop (or the server dies).
func (l *ledger) writeMessages(a *api, chats []chat, writer int, stop chan struct{}) {
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		default:
		}
		c := chats[(i+writer)%len(chats)]
		text := "w" + itoa(writer) + "-" + itoa(i) + "-" + itoa(int(time.Now().UnixNano()%1e9))
		var m struct {
			ID   uint64 `json:"id"`
			Text string `json:"text"`
		}
		status, err := a.call("POST", "/api/v1/conversations/"+itoa(int(c.ID))+"/messages", a.token, map[string]any{"text": text}, &m)
		if err != nil {
			time.Sleep(5 * time.Millisecond) // the server is gone: wait for stop
			continue
		}
		if status == 201 {
			l.mu.Lock()
			if l.messages[c.ID] == nil {
				l.messages[c.ID] = map[uint64]string{}
			}
			l.messages[c.ID][m.ID] = m.Text
			l.mu.Unlock()
		}
	}
}

// runSurveys sends NPS in the chats and answers each survey as the customer.
func (l *ledger) runSurveys(a *api, chats []chat, stop chan struct{}) {
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		default:
		}
		c := chats[i%len(chats)]
		var started struct {
			Survey struct {
				ID uint64 `json:"id"`
			} `json:"survey"`
		}
		status, err := a.call("POST", "/api/v1/conversations/"+itoa(int(c.ID))+"/nps", a.token, nil, &started)
		switch {
		case status == 201:
			l.mu.Lock()
			l.pending[c.ID] = started.Survey.ID
			l.mu.Unlock()
		case status == 409 && strings.Contains(err.Error(), "survey_pending"):
			// A survey waits (its start was stored, its response lost): answer it.
		default:
			time.Sleep(5 * time.Millisecond)
			continue
		}
		score := (i * 7) % 11
		status, err = a.call("POST", "/api/v1/public/conversations/"+itoa(int(c.ID))+"/messages", c.Token, map[string]any{"text": itoa(score)}, nil)
		if err == nil && status == 201 {
			l.recordAnswer(c.ID, score)
		}
	}
}

// recordAnswer notes an acknowledged answer in conversation.
func (l *ledger) recordAnswer(conversation uint64, score int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.answered[conversation]++
	if id, ok := l.pending[conversation]; ok {
		l.ratings[id] = score
		delete(l.pending, conversation)
	}
}

// forgetPending drops what we knew of waiting surveys after a crash: the answer to one
// may have been stored with its response lost, so only surveys started in the new run
// are matched to their answers by id.
func (l *ledger) forgetPending() {
	l.mu.Lock()
	defer l.mu.Unlock()
	clear(l.pending)
}

// verify checks the ledger against the restarted server.
func (l *ledger) verify(t *testing.T, a *api, run int, nps bool) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for conv, want := range l.messages {
		got := map[uint64]string{}
		cursor := ""
		for {
			var page struct {
				Items []struct {
					ID   uint64 `json:"id"`
					Text string `json:"text"`
				} `json:"items"`
				NextCursor string `json:"next_cursor"`
			}
			path := "/api/v1/conversations/" + itoa(int(conv)) + "/messages?order=asc&limit=500"
			if cursor != "" {
				path += "&cursor=" + url.QueryEscape(cursor)
			}
			a.must(t, "GET", path, nil, &page)
			for _, m := range page.Items {
				got[m.ID] = m.Text
			}
			if page.NextCursor == "" {
				break
			}
			cursor = page.NextCursor
		}
		for id, text := range want {
			if got[id] != text {
				t.Fatalf("run %d: acknowledged message %d (%q) of conversation %d is missing after the crash (found %q)", run, id, text, conv, got[id])
			}
		}
	}
	if !nps {
		return
	}
	period := "from=" + time.Now().AddDate(0, 0, -2).Format("2006-01-02") + "&to=" + time.Now().AddDate(0, 0, 2).Format("2006-01-02")
	bySurvey := map[uint64]int{}
	perConversation := map[uint64]int{}
	histogram := map[string]int{}
	cursor := ""
	for {
		var page struct {
			Items []struct {
				SurveyID       uint64 `json:"survey_id"`
				ConversationID uint64 `json:"conversation_id"`
				Score          int    `json:"score"`
			} `json:"items"`
			NextCursor string `json:"next_cursor"`
		}
		path := "/api/v1/nps/ratings?limit=500&" + period
		if cursor != "" {
			path += "&cursor=" + url.QueryEscape(cursor)
		}
		a.must(t, "GET", path, nil, &page)
		for _, r := range page.Items {
			if _, dup := bySurvey[r.SurveyID]; dup {
				t.Fatalf("run %d: survey %d has two ratings", run, r.SurveyID)
			}
			bySurvey[r.SurveyID] = r.Score
			perConversation[r.ConversationID]++
			histogram[itoa(r.Score)]++
		}
		if page.NextCursor == "" {
			break
		}
		cursor = page.NextCursor
	}
	for survey, score := range l.ratings {
		got, ok := bySurvey[survey]
		if !ok || got != score {
			t.Fatalf("run %d: the acknowledged answer %d to survey %d is missing after the crash (found %v, %v)", run, score, survey, got, ok)
		}
	}
	for conv, n := range l.answered {
		if perConversation[conv] < n {
			t.Fatalf("run %d: conversation %d has %d ratings, %d answers were acknowledged", run, conv, perConversation[conv], n)
		}
	}
	var stats struct {
		Total  int            `json:"total"`
		Scores map[string]int `json:"scores"`
	}
	a.must(t, "GET", "/api/v1/nps/stats?"+period, nil, &stats)
	if stats.Total != len(bySurvey) {
		t.Fatalf("run %d: the NPS counters say %d ratings, the ratings list has %d", run, stats.Total, len(bySurvey))
	}
	for score, n := range histogram {
		if stats.Scores[score] != n {
			t.Fatalf("run %d: the counters have %d ratings of %s, the list %d", run, stats.Scores[score], score, n)
		}
	}
}

func (l *ledger) messageCount() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, m := range l.messages {
		n += len(m)
	}
	return n
}

func (l *ledger) unknownAnswers() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, c := range l.answered {
		n += c
	}
	return n - len(l.ratings)
}

func itoa(n int) string {
	const digits = "0123456789"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{digits[n%10]}, b...)
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}
