package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// The bridge between the pure bot engine and storage: storage opens the transaction
// and hands over what the survey's graph version and context are; these functions run
// one engine call and describe its effects as a storage.SurveyStep, which storage
// applies in that same transaction. Neither side needs the other's types.

// startSurveyEngine runs bot.Start for a new survey. A graph that cannot start refuses
// the survey (nothing is written).
func startSurveyEngine(sc storage.SurveyContext) (storage.SurveyStep, error) {
	g, err := decodeGraph(sc.Graph)
	if err != nil {
		return storage.SurveyStep{}, fmt.Errorf("%w: %v", storage.ErrBotCannotRun, err)
	}
	run, actions, err := bot.Start(g, surveyEnv(sc), sc.Now)
	if err != nil {
		return storage.SurveyStep{}, fmt.Errorf("%w: %v", storage.ErrBotCannotRun, err)
	}
	return surveyStep(run, actions)
}

// answerSurveyEngine runs bot.Answer with the customer's text.
func answerSurveyEngine(text string) storage.SurveyEngine {
	return func(sc storage.SurveyContext) (storage.SurveyStep, error) {
		return continueSurvey(sc, func(g bot.Graph, run bot.Run, env bot.Env) (bot.Run, []bot.Action, error) {
			return bot.Answer(g, run, env, text, sc.Now)
		})
	}
}

// tickSurveyEngine runs bot.Tick: an expired wait or the end of a pause.
func tickSurveyEngine(sc storage.SurveyContext) (storage.SurveyStep, error) {
	return continueSurvey(sc, func(g bot.Graph, run bot.Run, env bot.Env) (bot.Run, []bot.Action, error) {
		return bot.Tick(g, run, env, sc.Now)
	})
}

type engineCall func(g bot.Graph, run bot.Run, env bot.Env) (bot.Run, []bot.Action, error)

// continueSurvey makes one engine call on a stored run. It never refuses: a run that
// cannot be read ends as expired, and a graph that fails on the way ends the run with
// what the engine kept (the recorded answer), so a survey is never stuck waiting.
func continueSurvey(sc storage.SurveyContext, call engineCall) (storage.SurveyStep, error) {
	g, err := decodeGraph(sc.Graph)
	var run bot.Run
	if err == nil {
		err = json.Unmarshal(sc.Survey.Run, &run)
	}
	if err != nil {
		slog.Error("survey run cannot be read; ending it", "survey", sc.Survey.ID, "err", err)
		return storage.SurveyStep{Run: sc.Survey.Run, Expired: true}, nil
	}
	next, actions, err := call(g, run, surveyEnv(sc))
	if errors.Is(err, bot.ErrNotWaiting) {
		// A message during a pause, say: the run goes on as it was.
		return storage.SurveyStep{Run: sc.Survey.Run, Active: sc.Survey.Active, DueAt: sc.Survey.DueAt}, nil
	}
	if err != nil {
		slog.Warn("survey bot failed on the way; the run ended", "survey", sc.Survey.ID, "err", err)
	}
	return surveyStep(next, actions)
}

// surveyEnv is what the engine knows of the world: template facts and the timeout.
func surveyEnv(sc storage.SurveyContext) bot.Env {
	return bot.Env{
		Lang: sc.Lang,
		Vars: map[string]string{
			"contact.name":    sc.Contact.Name,
			"conversation.id": strconv.FormatUint(sc.Conversation.ID, 10),
		},
		AnswerTimeout: time.Duration(sc.Settings.AnswerTimeoutHours) * time.Hour,
	}
}

// surveyStep describes an engine call's outcome for storage.
func surveyStep(run bot.Run, actions []bot.Action) (storage.SurveyStep, error) {
	data, err := json.Marshal(run)
	if err != nil {
		return storage.SurveyStep{}, err
	}
	step := storage.SurveyStep{Run: data, Active: run.Status == bot.RunWaiting}
	if step.Active {
		step.DueAt = run.WaitUntil
	}
	for _, a := range actions {
		switch a.Kind {
		case bot.ActionSendMessage, bot.ActionReask:
			step.Messages = append(step.Messages, storage.BotMessage{Text: a.Text, Buttons: storageButtons(a.Buttons)})
		case bot.ActionNotify:
			step.Notifications = append(step.Notifications, storage.BotNotification{UserIDs: a.UserIDs, Text: a.Text})
		case bot.ActionRecordRating:
			score := a.Score
			step.Score, step.ScaleMin = &score, a.ScaleMin
		case bot.ActionRecordAnswer:
			step.Answers = append(step.Answers, storage.BotAnswer{Variable: a.Variable, Text: a.Text})
		case bot.ActionExpired:
			step.Expired = true
		}
	}
	return step, nil
}

func storageButtons(buttons []bot.Button) []storage.Button {
	if len(buttons) == 0 {
		return nil
	}
	out := make([]storage.Button, len(buttons))
	for i, b := range buttons {
		out[i] = storage.Button{Label: b.Label, Value: b.Value}
	}
	return out
}

// decodeGraph reads a stored graph.
func decodeGraph(data []byte) (bot.Graph, error) {
	var g bot.Graph
	if len(data) == 0 {
		return g, errors.New("the bot's graph is missing")
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return g, fmt.Errorf("the bot's graph cannot be read: %w", err)
	}
	return g, nil
}
