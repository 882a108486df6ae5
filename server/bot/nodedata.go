package bot

import (
	"bytes"
	"encoding/json"
)

// MessageData is the data of a [TypeMessage] node.
type MessageData struct {
	Text    string   `json:"text"`
	Buttons []Button `json:"buttons,omitempty"`
}

// Button is a quick reply offered under a message; pressing it sends Value
// as the customer's text.
type Button struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// NPSQuestionData is the data of a [TypeNPSQuestion] node. ScaleMin is 0 or
// 1; the scale always ends at [ScaleMax].
type NPSQuestionData struct {
	Text     string `json:"text"`
	ScaleMin int    `json:"scale_min"`
}

// QuestionData is the data of a [TypeQuestion] node: the free-text answer is
// stored in Variable.
type QuestionData struct {
	Text     string `json:"text"`
	Variable string `json:"variable"`
}

// ConditionData is the data of a [TypeCondition] node: it holds when
// "Variable Operator Value" is true, for example score lte 6.
type ConditionData struct {
	Variable string  `json:"variable"`
	Operator string  `json:"operator"`
	Value    float64 `json:"value"`
}

// InternalMessageData is the data of a [TypeInternalMessage] node: Text is
// rendered with [Render] and sent as a notification to each of UserIDs.
type InternalMessageData struct {
	UserIDs []uint64 `json:"user_ids"`
	Text    string   `json:"text"`
}

// PauseData is the data of a [TypePause] node.
type PauseData struct {
	Minutes int `json:"minutes"`
}

// Operators a condition may use.
const (
	// OpLTE holds when the variable is at most the value.
	OpLTE = "lte"
	// OpLT holds when the variable is below the value.
	OpLT = "lt"
	// OpEQ holds when the variable equals the value.
	OpEQ = "eq"
	// OpGTE holds when the variable is at least the value.
	OpGTE = "gte"
	// OpGT holds when the variable is above the value.
	OpGT = "gt"
)

// knownOperator reports whether op is one of the Op constants.
func knownOperator(op string) bool {
	switch op {
	case OpLTE, OpLT, OpEQ, OpGTE, OpGT:
		return true
	}
	return false
}

// compare applies op to a and b; an unknown operator never holds.
func compare(a float64, op string, b float64) bool {
	switch op {
	case OpLTE:
		return a <= b
	case OpLT:
		return a < b
	case OpEQ:
		return a == b
	case OpGTE:
		return a >= b
	case OpGT:
		return a > b
	}
	return false
}

// DecodeData decodes a node's data into v, a pointer to the data struct of
// its type. Absent or null data leaves v untouched. Unknown fields are
// ignored, so a newer constructor does not break an older server.
func DecodeData(n Node, v any) error {
	if isNull(n.Data) {
		return nil
	}
	return json.Unmarshal(n.Data, v)
}

// isNull reports whether raw is absent or the JSON literal null.
func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// isObject reports whether raw is a JSON object (it is not fully parsed).
func isObject(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && t[0] == '{' && json.Valid(t)
}

// rawData encodes one of this package's data structs. They hold only
// strings, numbers and slices of them, so encoding cannot fail.
func rawData(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("bot: encoding node data: " + err.Error())
	}
	return b
}
