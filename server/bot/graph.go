package bot

import "encoding/json"

// GraphVersion is the only version of the graph document this package knows.
const GraphVersion = 1

// Node types of the graph document (api.md, section Bots).
const (
	// TypeStart is where every run begins. It has no data and one exit.
	TypeStart = "start"
	// TypeMessage sends a message, optionally with buttons, to the customer.
	TypeMessage = "message"
	// TypeNPSQuestion sends the survey with one button per score and waits
	// for the answer; the score is recorded and stored in variable "score".
	TypeNPSQuestion = "nps_question"
	// TypeQuestion sends a question and waits for any free-text answer,
	// which is stored in the node's variable (for example "comment").
	TypeQuestion = "question"
	// TypeCondition compares a variable with a number and continues through
	// its "true" or "false" exit.
	TypeCondition = "condition"
	// TypeInternalMessage notifies team users; the customer sees nothing.
	TypeInternalMessage = "internal_message"
	// TypePause waits a number of minutes, then continues.
	TypePause = "pause"
	// TypeStop ends the run.
	TypeStop = "stop"
)

// Source handles of a condition node's two exits.
const (
	// HandleTrue is the exit a condition takes when the comparison holds.
	HandleTrue = "true"
	// HandleFalse is the exit a condition takes otherwise.
	HandleFalse = "false"
)

// Graph is the saved bot document. It holds the domain only: canvas state
// (selection, dragging, measured sizes) is never part of it.
type Graph struct {
	Version int    `json:"version"`
	Nodes   []Node `json:"nodes"`
	Edges   []Edge `json:"edges"`
}

// Position is where a node sits on the constructor's canvas.
type Position struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Node is one step of a bot. Data holds the type-specific settings; decode it
// with [DecodeData] into the struct for its type (for example [MessageData]).
type Node struct {
	ID       string          `json:"id"`
	Type     string          `json:"type"`
	Position Position        `json:"position"`
	Data     json.RawMessage `json:"data"`
}

// Edge wires the exit of Source to Target. SourceHandle names the exit of a
// node that has several ("true" or "false" for a condition) and is empty for
// every other node type.
type Edge struct {
	ID           string `json:"id"`
	Source       string `json:"source"`
	SourceHandle string `json:"source_handle,omitempty"`
	Target       string `json:"target"`
}

// knownType reports whether t is a node type this package understands.
func knownType(t string) bool {
	switch t {
	case TypeStart, TypeMessage, TypeNPSQuestion, TypeQuestion, TypeCondition,
		TypeInternalMessage, TypePause, TypeStop:
		return true
	}
	return false
}

// waits reports whether a node of type t stops the run until something
// happens (an answer or a timer). Loops are allowed only through such nodes.
func waits(t string) bool {
	return t == TypeNPSQuestion || t == TypeQuestion || t == TypePause
}
