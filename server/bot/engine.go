package bot

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Errors of the engine.
var (
	// ErrNoStart: Start was given a graph without a start node.
	ErrNoStart = errors.New("bot: the graph has no start node")
	// ErrNotWaiting: Answer was called for a run that does not wait for an
	// answer (done, expired, or in a pause). The run is returned unchanged.
	ErrNotWaiting = errors.New("bot: the run is not waiting for an answer")
	// ErrStepLimit: one call would execute more than MaxSteps nodes, so the
	// graph loops without waiting; Validate refuses such graphs.
	ErrStepLimit = errors.New("bot: step limit reached: the graph loops without waiting")
	// ErrInvalidGraph: the run met a node it cannot execute (missing, of an
	// unknown type, or with malformed data); Validate refuses such graphs.
	ErrInvalidGraph = errors.New("bot: the graph cannot be run")
)

// Start begins a run of g at its (first) start node.
func Start(g Graph, env Env, now time.Time) (Run, []Action, error) {
	i := slices.IndexFunc(g.Nodes, func(n Node) bool { return n.Type == TypeStart })
	if i < 0 {
		return Run{}, nil, ErrNoStart
	}
	m := &machine{g: g, env: env, now: now, run: Run{NodeID: g.Nodes[i].ID, Status: RunRunning}}
	if err := m.runFrom(g.Nodes[i].ID); err != nil {
		return Run{}, nil, err
	}
	return m.run, m.actions, nil
}

// Answer handles the customer's reply text while run waits at an
// nps_question or question node.
//
// At an nps_question, a score accepted by [ParseScore] on the node's scale
// gives record_rating, sets variable "score" and continues. Anything else
// gives a reask (the polite "Please reply with a number from 0 to 10.", in
// env.Lang, with the score buttons again) and the run keeps waiting with the
// same deadline; so does a second invalid answer. From the (MaxReasks+1)th
// invalid answer on, nothing is sent, so a customer who goes on chatting is
// not nagged; a valid score is still accepted until the deadline. A rating is
// never recorded from an invalid answer.
//
// At a question node, any non-blank text (trimmed, cut to MaxTextLength)
// gives record_answer, sets the node's variable and continues; a blank one is
// re-asked like an invalid score.
//
// A reply at or after run.WaitUntil expires the run instead, as [Tick] would.
func Answer(g Graph, run Run, env Env, text string, now time.Time) (Run, []Action, error) {
	if run.Status != RunWaiting || run.WaitKind != WaitAnswer {
		return run, nil, ErrNotWaiting
	}
	if run.Due(now) {
		return expire(run)
	}
	m := &machine{g: g, env: env, now: now, run: run}
	n, err := m.node(run.NodeID)
	if err != nil {
		return m.fail(0, err)
	}
	switch n.Type {
	case TypeNPSQuestion:
		var d NPSQuestionData
		if err := m.decode(n, &d); err != nil {
			return m.fail(0, err)
		}
		score, ok := ParseScore(text, d.ScaleMin, ScaleMax)
		if !ok {
			return m.reask(n, reaskScoreText(env.Lang, d.ScaleMin, ScaleMax), scaleButtons(d.ScaleMin))
		}
		m.run = m.run.withVar("score", strconv.Itoa(score))
		m.emit(Action{Kind: ActionRecordRating, NodeID: n.ID, Score: score, ScaleMin: d.ScaleMin})
	case TypeQuestion:
		var d QuestionData
		if err := m.decode(n, &d); err != nil {
			return m.fail(0, err)
		}
		answer := truncate(strings.TrimSpace(text), MaxTextLength)
		if answer == "" {
			return m.reask(n, reaskTextText(env.Lang), nil)
		}
		m.run = m.run.withVar(d.Variable, answer)
		m.emit(Action{Kind: ActionRecordAnswer, NodeID: n.ID, Variable: d.Variable, Text: answer})
	default:
		return m.fail(0, fmt.Errorf("%w: node %q of type %q asks nothing", ErrInvalidGraph, n.ID, n.Type))
	}
	if err := m.continueFrom(n.ID); err != nil {
		return m.fail(1, err)
	}
	return m.run, m.actions, nil
}

// Tick handles time: when run is [Run.Due], a pause that has ended continues
// the run, and an answer that has not come in time ends it with status
// expired and an expired action. Otherwise the run is returned unchanged with
// no actions.
func Tick(g Graph, run Run, env Env, now time.Time) (Run, []Action, error) {
	if !run.Due(now) {
		return run, nil, nil
	}
	switch run.WaitKind {
	case WaitAnswer:
		return expire(run)
	case WaitTimer:
		m := &machine{g: g, env: env, now: now, run: run}
		if _, err := m.node(run.NodeID); err != nil {
			return m.fail(0, err)
		}
		if err := m.continueFrom(run.NodeID); err != nil {
			return m.fail(0, err)
		}
		return m.run, m.actions, nil
	}
	return run, nil, nil
}

// expire ends a run whose answer did not come in time.
func expire(run Run) (Run, []Action, error) {
	run.Status, run.WaitKind, run.WaitUntil = RunExpired, "", time.Time{}
	return run, []Action{{Kind: ActionExpired, NodeID: run.NodeID}}, nil
}

// scaleButtons returns one button per score from scaleMin to ScaleMax.
func scaleButtons(scaleMin int) []Button {
	buttons := make([]Button, 0, max(ScaleMax-scaleMin+1, 0))
	for s := scaleMin; s <= ScaleMax; s++ {
		v := strconv.Itoa(s)
		buttons = append(buttons, Button{Label: v, Value: v})
	}
	return buttons
}

// truncate cuts s to at most n characters.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
