package bot

import (
	"maps"
	"time"
)

// RunStatus is where a run stands.
type RunStatus string

// Run statuses. A call to the engine never returns RunRunning: it runs until
// the run waits or ends. The status exists for storage that records a run
// before its first step.
const (
	// RunRunning: the run is between nodes.
	RunRunning RunStatus = "running"
	// RunWaiting: the run waits for an answer or a timer (see Run.WaitKind).
	RunWaiting RunStatus = "waiting"
	// RunDone: the run has ended at a stop node or a node with no exit.
	RunDone RunStatus = "done"
	// RunExpired: the awaited answer did not come in time; the run has ended.
	RunExpired RunStatus = "expired"
)

// What a waiting run waits for.
const (
	// WaitAnswer: the customer's reply to an nps_question or question node.
	WaitAnswer = "answer"
	// WaitTimer: the end of a pause.
	WaitTimer = "timer"
)

// Run is the state of one execution of a graph (one survey). It is a plain
// value that storage saves as JSON between calls: NodeID is the node the run
// waits at or ended at, Vars the variables the run has set ("score", a
// question's variable), WaitKind and WaitUntil what it waits for and until
// when, Reasks how many invalid answers the current question has had.
type Run struct {
	NodeID    string            `json:"node_id"`
	Status    RunStatus         `json:"status"`
	Vars      map[string]string `json:"vars,omitempty"`
	WaitKind  string            `json:"wait_kind,omitempty"`
	WaitUntil time.Time         `json:"wait_until,omitzero"`
	Reasks    int               `json:"reasks,omitempty"`
}

// Due reports whether [Tick] has work for this run at now: a pause that has
// ended, or an answer that has not come in time.
func (r Run) Due(now time.Time) bool {
	return r.Status == RunWaiting && !r.WaitUntil.IsZero() && !now.Before(r.WaitUntil)
}

// withVar returns a copy of r whose variable name is value; r's map is not
// touched, so a caller's copy of the previous state stays valid.
func (r Run) withVar(name, value string) Run {
	vars := maps.Clone(r.Vars)
	if vars == nil {
		vars = make(map[string]string, 1)
	}
	vars[name] = value
	r.Vars = vars
	return r
}

// Env is what the engine needs to know of the world outside the graph.
type Env struct {
	// Lang picks the language of the engine's own texts (re-asks): "ru" for
	// Russian, anything else English.
	Lang string
	// Vars are facts for templates, such as "contact.name" and
	// "conversation.id". A run's own variables win over them.
	Vars map[string]string
	// AnswerTimeout is how long a question waits; 0 means
	// DefaultAnswerTimeout.
	AnswerTimeout time.Duration
}

func (e Env) answerTimeout() time.Duration {
	if e.AnswerTimeout <= 0 {
		return DefaultAnswerTimeout
	}
	return e.AnswerTimeout
}
