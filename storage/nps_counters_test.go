package storage

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// npsWorld is a database set up for surveys: an administrator, managers, a bot and NPS
// switched on, with a movable clock.
type npsWorld struct {
	db       *DB
	users    []uint64
	channel  string
	clock    atomic.Int64
	location *time.Location
}

func newNPSWorld(t testing.TB, opts Options, managers int) *npsWorld {
	t.Helper()
	if opts.Location == nil {
		opts.Location = time.FixedZone("UTC+3", 3*3600) // day boundaries off UTC midnight
	}
	db, err := Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w := &npsWorld{db: db, location: opts.Location}
	w.clock.Store(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC).UnixNano())
	db.SetClock(func() time.Time { return time.Unix(0, w.clock.Load()).UTC() })
	admin, err := db.CompleteSetup(SetupInput{
		Admin:           User{Name: "Ada", Email: "ada@example.com"},
		DefaultBotGraph: func(uint64, string) ([]byte, error) { return []byte(`{"version":1}`), nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	w.users = append(w.users, admin.ID)
	for i := 0; i < managers; i++ {
		u, err := db.CreateUser(User{Name: "M", Email: string(rune('a'+i)) + "@example.com", Role: RoleManager, Active: true})
		if err != nil {
			t.Fatal(err)
		}
		w.users = append(w.users, u.ID)
	}
	chans, _ := db.ListChannels()
	w.channel = chans[0].PublicKey
	if _, err := db.UpdateNPSSettings(func(s *NPSSettings) { s.Enabled = true }); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *npsWorld) set(t time.Time) { w.clock.Store(t.UnixNano()) }

// fakeAsk is an engine that sends a question and waits an hour for the answer.
func fakeAsk(sc SurveyContext) (SurveyStep, error) {
	return SurveyStep{Run: json.RawMessage(`{}`), Active: true, DueAt: sc.Now.Add(time.Hour),
		Messages: []BotMessage{{Text: "Rate us", Buttons: []Button{{Label: "0", Value: "0"}}}}}, nil
}

// fakeScore is an engine that records score and ends the run.
func fakeScore(score int) SurveyEngine {
	return func(SurveyContext) (SurveyStep, error) {
		return SurveyStep{Run: json.RawMessage(`{}`), Score: &score}, nil
	}
}

// fakeExpire ends a run as expired.
func fakeExpire(SurveyContext) (SurveyStep, error) {
	return SurveyStep{Run: json.RawMessage(`{}`), Expired: true}, nil
}

// TestNPSCountersEqualARecount surveys at random times over three months through the
// real write paths, then checks every counter against a recount of the stored
// ratings and surveys, for everyone and each manager, over many periods.
func TestNPSCountersEqualARecount(t *testing.T) {
	t.Parallel()
	w := newNPSWorld(t, Options{}, 3)
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var convs []uint64
	for i := 0; i < 6; i++ {
		c, err := w.db.StartConversation(w.channel, Contact{Name: "C"})
		if err != nil {
			t.Fatal(err)
		}
		convs = append(convs, c.Conversation.ID)
	}
	at := start
	for i := 0; i < 300; i++ {
		at = at.Add(time.Duration(rng.IntN(12*60)) * time.Minute)
		w.set(at)
		conv := convs[rng.IntN(len(convs))]
		user := w.users[rng.IntN(len(w.users))]
		if _, err := w.db.StartSurvey(conv, user, fakeAsk); errors.Is(err, ErrSurveyPending) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		// Most are answered (some the next day), some expire.
		w.set(at.Add(time.Duration(rng.IntN(50)) * time.Minute))
		if rng.IntN(5) == 0 {
			ids, _ := w.db.DueSurveys(at.Add(2*time.Hour), 100)
			w.set(at.Add(2 * time.Hour))
			for _, id := range ids {
				if _, _, err := w.db.TickSurvey(id, fakeExpire); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if _, ok, err := w.db.AnswerSurvey(conv, fakeScore(rng.IntN(11))); err != nil || !ok {
			t.Fatalf("answer: %v %v", ok, err)
		}
	}

	// The recount reads the facts themselves.
	type key struct {
		day  uint32
		user uint64
	}
	scores := map[key]*[MaxScore + 1]int64{}
	outcomes := map[key]*[3]int64{}
	add := func(m map[key]*[MaxScore + 1]int64, k key, s int) {
		if m[k] == nil {
			m[k] = &[MaxScore + 1]int64{}
		}
		m[k][s]++
	}
	addOutcome := func(k key, i int) {
		if outcomes[k] == nil {
			outcomes[k] = &[3]int64{}
		}
		outcomes[k][i]++
	}
	ratings, surveys := 0, 0
	w.db.view(func(tx *bolt.Tx) error {
		tx.Bucket(bucketRatings).ForEach(func(_, v []byte) error {
			var r Rating
			decodeInto(v, &r)
			ratings++
			d := dayOf(r.CreatedAt, w.location)
			add(scores, key{d, 0}, r.Score)
			add(scores, key{d, r.UserID}, r.Score)
			return nil
		})
		return tx.Bucket(bucketSurveys).ForEach(func(_, v []byte) error {
			var s Survey
			decodeInto(v, &s)
			surveys++
			d := dayOf(s.SentAt, w.location)
			for _, u := range []uint64{0, s.SentByUserID} {
				addOutcome(key{d, u}, 0)
				switch s.Status {
				case SurveyAnswered:
					addOutcome(key{d, u}, 1)
				case SurveyExpired:
					addOutcome(key{d, u}, 2)
				}
			}
			return nil
		})
	})
	if ratings < 100 || surveys <= ratings {
		t.Fatalf("too little data: %d ratings of %d surveys", ratings, surveys)
	}
	recount := func(user uint64, from, to uint32) NPSCounts {
		var c NPSCounts
		for d := from; d <= to; d++ {
			if s := scores[key{d, user}]; s != nil {
				for i, n := range s {
					c.Scores[i] += n
				}
			}
			if o := outcomes[key{d, user}]; o != nil {
				c.Sent, c.Answered, c.Expired = c.Sent+o[0], c.Answered+o[1], c.Expired+o[2]
			}
		}
		return c
	}
	first, last := w.db.DayOf(start), w.db.DayOf(at)+1
	periods := [][2]uint32{{first, last}, {first, first}, {last, last}, {first - 10, first - 1}}
	for i := 0; i < 40; i++ {
		a := first + uint32(rng.IntN(int(last-first)))
		periods = append(periods, [2]uint32{a, a + uint32(rng.IntN(20))})
	}
	for _, user := range append([]uint64{0}, w.users...) {
		for _, p := range periods {
			got, err := w.db.NPSCounts(user, p[0], p[1])
			if err != nil {
				t.Fatal(err)
			}
			if want := recount(user, p[0], p[1]); got != want {
				t.Fatalf("user %d days %d–%d: counters %+v, recount %+v", user, p[0], p[1], got, want)
			}
		}
	}
	// Per manager in one read: the same counters, only managers with one, no user 0.
	for _, p := range periods {
		byUser, err := w.db.NPSCountsByUser(p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := byUser[0]; ok {
			t.Fatalf("days %d–%d: everyone's counters among managers", p[0], p[1])
		}
		var sum NPSCounts
		for _, user := range w.users {
			got, ok := byUser[user]
			want := recount(user, p[0], p[1])
			if got != want || ok != (want != NPSCounts{}) {
				t.Fatalf("by user, user %d days %d–%d: %+v (listed %v), recount %+v", user, p[0], p[1], got, ok, want)
			}
			sum = sum.Add(got)
		}
		if len(byUser) > len(w.users) || sum != recount(0, p[0], p[1]) {
			t.Fatalf("by user, days %d–%d: %d users summing to %+v, everyone %+v", p[0], p[1], len(byUser), sum, recount(0, p[0], p[1]))
		}
	}
	all, _ := w.db.NPSCounts(0, first, last)
	var total int64
	for _, n := range all.Scores {
		total += n
	}
	if total != int64(ratings) || all.Sent != int64(surveys) {
		t.Fatalf("whole period: %d ratings of %d surveys counted, %d of %d stored", total, all.Sent, ratings, surveys)
	}
}

// TestStartSurveyRefusalsWriteNothing: a refused Send NPS leaves no survey, message,
// event or counter behind.
func TestStartSurveyRefusalsWriteNothing(t *testing.T) {
	t.Parallel()
	w := newNPSWorld(t, Options{}, 1)
	c, _ := w.db.StartConversation(w.channel, Contact{Name: "C"})
	conv := c.Conversation.ID
	if _, err := w.db.StartSurvey(conv, w.users[1], fakeAsk); err != nil {
		t.Fatal(err)
	}
	failing := func(SurveyContext) (SurveyStep, error) { return SurveyStep{}, ErrBotCannotRun }
	other, _ := w.db.StartConversation(w.channel, Contact{Name: "D"})
	refusals := []struct {
		name string
		try  func() error
	}{
		{"pending", func() error { _, err := w.db.StartSurvey(conv, w.users[1], fakeAsk); return err }},
		{"engine", func() error { _, err := w.db.StartSurvey(other.Conversation.ID, w.users[1], failing); return err }},
		{"no conversation", func() error { _, err := w.db.StartSurvey(999, w.users[1], fakeAsk); return err }},
		{"disabled", func() error {
			w.db.UpdateNPSSettings(func(s *NPSSettings) { s.Enabled = false })
			_, err := w.db.StartSurvey(other.Conversation.ID, w.users[1], fakeAsk)
			return err
		}},
	}
	wants := []error{ErrSurveyPending, ErrBotCannotRun, ErrNotFound, ErrNPSDisabled}
	for i, r := range refusals {
		if err := r.try(); !errors.Is(err, wants[i]) || errors.Is(err, ErrWriteFailed) {
			t.Fatalf("%s: %v", r.name, err)
		}
	}
	day := w.db.DayOf(w.db.Now())
	got, _ := w.db.NPSCounts(0, day, day)
	msgs, _, _ := w.db.ListMessages(other.Conversation.ID, 0, 10, false)
	if got.Sent != 1 || len(msgs) != 0 {
		t.Fatalf("refusals left traces: %+v, %d messages", got, len(msgs))
	}
}
