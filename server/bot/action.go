package bot

import (
	"encoding/json"
	"time"
)

// ActionKind says what an [Action] asks the caller to do.
type ActionKind string

// Action kinds, and the Action fields each one uses.
const (
	// ActionSendMessage: send Text (with Buttons, if any) to the customer,
	// on behalf of node NodeID.
	ActionSendMessage ActionKind = "send_message"
	// ActionNotify: create a notification with Text for each of UserIDs
	// (deduplicated; ids that no longer exist are the caller's to skip).
	ActionNotify ActionKind = "notify"
	// ActionRecordRating: record Score, given on the scale ScaleMin..10 at
	// node NodeID. At most one per answer.
	ActionRecordRating ActionKind = "record_rating"
	// ActionRecordAnswer: record Text as the answer stored in Variable at
	// node NodeID.
	ActionRecordAnswer ActionKind = "record_answer"
	// ActionWait: the run now waits at NodeID for WaitKind until Until.
	ActionWait ActionKind = "wait"
	// ActionDone: the run has ended at NodeID.
	ActionDone ActionKind = "done"
	// ActionReask: send Text (and Buttons) to the customer again, because
	// the answer could not be used; the run keeps waiting.
	ActionReask ActionKind = "reask"
	// ActionExpired: the answer awaited at NodeID did not come in time; the
	// run has ended with status expired.
	ActionExpired ActionKind = "expired"
)

// Action is one effect of an engine call, to be applied by the caller in
// order. Kind says which of the other fields matter (see the ActionKind
// constants); the rest are zero.
type Action struct {
	Kind     ActionKind `json:"kind"`
	NodeID   string     `json:"node_id,omitempty"`
	Text     string     `json:"text,omitempty"`
	Buttons  []Button   `json:"buttons,omitempty"`
	UserIDs  []uint64   `json:"user_ids,omitempty"`
	Score    int        `json:"score"`
	ScaleMin int        `json:"scale_min"`
	Variable string     `json:"variable,omitempty"`
	WaitKind string     `json:"wait_kind,omitempty"`
	Until    time.Time  `json:"until,omitzero"`
}

// MarshalJSON writes score and scale_min only for a record_rating action,
// where 0 is a meaningful value, and leaves them out elsewhere.
func (a Action) MarshalJSON() ([]byte, error) {
	type plain Action // no methods, so no recursion
	out := struct {
		plain
		Score    *int `json:"score,omitempty"`
		ScaleMin *int `json:"scale_min,omitempty"`
	}{plain: plain(a)}
	if a.Kind == ActionRecordRating {
		out.Score, out.ScaleMin = &a.Score, &a.ScaleMin
	}
	return json.Marshal(out)
}
