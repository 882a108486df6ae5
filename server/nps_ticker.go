package server

import (
	"log/slog"
	"sync"
	"time"
)

// defaultSurveyTick is how often the server looks for surveys whose wait has ended.
// Deadlines are hours long, so half a minute late is invisible.
const defaultSurveyTick = 30 * time.Second

// surveyTickBatch is how many due surveys one look handles before looking again.
const surveyTickBatch = 256

// surveyTicker expires unanswered surveys and ends pauses in the background.
type surveyTicker struct {
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// startSurveyTicker catches up at once on what came due while the server was stopped,
// then looks again every interval until stopSurveyTicker.
func (s *Server) startSurveyTicker(interval time.Duration) {
	s.tickSurveys()
	t := &surveyTicker{stop: make(chan struct{}), done: make(chan struct{})}
	s.ticker = t
	go func() {
		defer close(t.done)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-t.stop:
				return
			case <-tick.C:
				s.tickSurveys()
			}
		}
	}()
}

// stopSurveyTicker stops the ticker and waits for a look in progress, so the database
// can be closed after it. Calling it again is harmless.
func (s *Server) stopSurveyTicker() {
	if s.ticker == nil {
		return
	}
	s.ticker.once.Do(func() { close(s.ticker.stop) })
	<-s.ticker.done
}

// tickSurveys hands every due survey to the engine's timer and publishes what changed.
// It returns how many surveys changed. Tests call it directly after moving the clock.
func (s *Server) tickSurveys() int {
	changed := 0
	for {
		ids, err := s.store.DueSurveys(s.store.Now(), surveyTickBatch)
		if err != nil {
			slog.Error("list due surveys", "err", err)
			return changed
		}
		progress := 0
		for _, id := range ids {
			out, ok, err := s.store.TickSurvey(id, tickSurveyEngine)
			if err != nil {
				slog.Error("tick survey", "survey", id, "err", err)
				continue
			}
			if ok {
				s.publishSurvey(out)
				progress++
			}
		}
		changed += progress
		// A full batch may hide more; a batch with no progress would only repeat.
		if len(ids) < surveyTickBatch || progress == 0 {
			return changed
		}
	}
}
