package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// nodeInfo is what the flow checks need to know of a node's data.
type nodeInfo struct {
	// conditionVariable is the variable a condition with valid data tests.
	conditionVariable string
}

// conditionWire decodes a condition's data, telling a missing value from 0.
type conditionWire struct {
	Variable string   `json:"variable"`
	Operator string   `json:"operator"`
	Value    *float64 `json:"value"`
}

// checkNode appends the problems of one node's data; its type is known.
func checkNode(out []Problem, n Node, users func(uint64) bool) ([]Problem, nodeInfo) {
	var info nodeInfo
	add := func(code, format string, args ...any) {
		out = append(out, Problem{NodeID: n.ID, Code: code, Message: fmt.Sprintf(format, args...)})
	}
	decode := func(v any) bool {
		if msg := decodeProblem(n, v); msg != "" {
			add(CodeInvalidData, "%s", msg)
			return false
		}
		return true
	}

	switch n.Type {
	case TypeStart, TypeStop:
		if !isNull(n.Data) && !isObject(n.Data) {
			add(CodeInvalidData, "The step's settings must be a JSON object.")
		}

	case TypeMessage:
		var d MessageData
		if !decode(&d) {
			break
		}
		out = checkText(out, n.ID, d.Text)
		if len(d.Buttons) > MaxButtons {
			add(CodeTooManyButtons, "A message has at most %d buttons; this one has %d.", MaxButtons, len(d.Buttons))
		}
		for i, b := range d.Buttons {
			if !lengthIn(b.Label, MaxButtonLabelLength) {
				add(CodeInvalidButton, "Button %d: the label must be 1 to %d characters.", i+1, MaxButtonLabelLength)
			}
			if !lengthIn(b.Value, MaxButtonValueLength) {
				add(CodeInvalidButton, "Button %d: the value must be 1 to %d characters.", i+1, MaxButtonValueLength)
			}
		}

	case TypeNPSQuestion:
		var d NPSQuestionData
		if !decode(&d) {
			break
		}
		out = checkText(out, n.ID, d.Text)
		if d.ScaleMin != 0 && d.ScaleMin != 1 {
			add(CodeInvalidScale, "The scale starts at 0 or 1, not %d.", d.ScaleMin)
		}

	case TypeQuestion:
		var d QuestionData
		if !decode(&d) {
			break
		}
		out = checkText(out, n.ID, d.Text)
		switch {
		case !validVariable(d.Variable):
			add(CodeInvalidVariable, "%s", variableRule(d.Variable))
		case d.Variable == "score":
			add(CodeReservedVariable, "Variable \"score\" is set by the NPS question; choose another name, such as \"comment\".")
		}

	case TypeCondition:
		var d conditionWire
		if !decode(&d) {
			break
		}
		variableOK := validVariable(d.Variable)
		if !variableOK {
			add(CodeInvalidVariable, "%s", variableRule(d.Variable))
		}
		if !knownOperator(d.Operator) {
			add(CodeInvalidOperator, "Operator %q is not one of lte, lt, eq, gte, gt.", d.Operator)
		}
		if d.Value == nil || math.IsNaN(*d.Value) || math.IsInf(*d.Value, 0) {
			add(CodeInvalidValue, "The condition needs a number to compare with.")
		}
		if variableOK {
			info.conditionVariable = d.Variable
		}

	case TypeInternalMessage:
		var d InternalMessageData
		if !decode(&d) {
			break
		}
		out = checkText(out, n.ID, d.Text)
		switch {
		case len(d.UserIDs) == 0:
			add(CodeNoRecipients, "Choose at least one user to notify.")
		case len(d.UserIDs) > MaxRecipients:
			add(CodeTooManyRecipients, "An internal message goes to at most %d users; this one names %d.",
				MaxRecipients, len(d.UserIDs))
		case users != nil:
			for _, id := range d.UserIDs {
				if !users(id) {
					add(CodeUnknownUser, "User %d does not exist; choose another recipient.", id)
				}
			}
		}

	case TypePause:
		var d PauseData
		if !decode(&d) {
			break
		}
		if d.Minutes < MinPauseMinutes || d.Minutes > MaxPauseMinutes {
			add(CodeInvalidMinutes, "A pause lasts %d to %d minutes (30 days), not %d.",
				MinPauseMinutes, MaxPauseMinutes, d.Minutes)
		}
	}
	return out, info
}

// decodeProblem decodes n's data into v and says, in plain English, what is
// wrong with it; "" means it decoded.
func decodeProblem(n Node, v any) string {
	if !isNull(n.Data) && !isObject(n.Data) {
		return "The step's settings must be a JSON object."
	}
	err := DecodeData(n, v)
	if err == nil {
		return ""
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		return fmt.Sprintf("Setting %q has the wrong type (got a JSON %s).", typeErr.Field, typeErr.Value)
	}
	return "The step's settings are malformed."
}

// checkText appends the problems of a text: empty or too long.
func checkText(out []Problem, nodeID, text string) []Problem {
	if strings.TrimSpace(text) == "" {
		return append(out, Problem{NodeID: nodeID, Code: CodeEmptyText, Message: "The text is empty."})
	}
	if n := utf8.RuneCountInString(text); n > MaxTextLength {
		return append(out, Problem{NodeID: nodeID, Code: CodeTextTooLong,
			Message: fmt.Sprintf("The text is %d characters long; the limit is %d.", n, MaxTextLength)})
	}
	return out
}

// lengthIn reports whether s is not blank and at most max characters long.
func lengthIn(s string, max int) bool {
	return strings.TrimSpace(s) != "" && utf8.RuneCountInString(s) <= max
}

// validVariable reports whether name matches ^[a-z_][a-z0-9_]{0,31}$.
func validVariable(name string) bool {
	if name == "" || len(name) > MaxVariableLength {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_', c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// variableRule explains the variable naming rule to people.
func variableRule(name string) string {
	return fmt.Sprintf("Variable %q must start with a lowercase letter or _ and hold only lowercase letters, digits and _ (at most %d).",
		name, MaxVariableLength)
}
