package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// machine executes nodes for one engine call and collects their actions.
// Nodes and exits are found by scanning the graph: graphs are small, and a
// scan allocates nothing.
type machine struct {
	g       Graph
	env     Env
	now     time.Time
	run     Run
	actions []Action
}

func (m *machine) emit(a Action) { m.actions = append(m.actions, a) }

// node finds the first node with id.
func (m *machine) node(id string) (Node, error) {
	for _, n := range m.g.Nodes {
		if n.ID == id {
			return n, nil
		}
	}
	return Node{}, fmt.Errorf("%w: node %q does not exist", ErrInvalidGraph, id)
}

// exit returns the target of the first edge leaving id by handle, or "".
func (m *machine) exit(id, handle string) string {
	for _, e := range m.g.Edges {
		if e.Source == id && e.SourceHandle == handle {
			return e.Target
		}
	}
	return ""
}

func (m *machine) decode(n Node, v any) error {
	if err := DecodeData(n, v); err != nil {
		return fmt.Errorf("%w: node %q: %v", ErrInvalidGraph, n.ID, err)
	}
	return nil
}

// lookup resolves a template name: the run's variables, then the env's.
func (m *machine) lookup(name string) (string, bool) {
	if v, ok := m.run.Vars[name]; ok {
		return v, true
	}
	v, ok := m.env.Vars[name]
	return v, ok
}

func (m *machine) render(text string) string { return render(text, m.lookup) }

// continueFrom leaves node id by its single exit, or ends the run there.
func (m *machine) continueFrom(id string) error {
	m.run.Status, m.run.WaitKind, m.run.WaitUntil, m.run.Reasks = RunRunning, "", time.Time{}, 0
	next := m.exit(id, "")
	if next == "" {
		m.finish()
		return nil
	}
	return m.runFrom(next)
}

// runFrom executes nodes from id until the run waits or ends.
func (m *machine) runFrom(id string) error {
	for range MaxSteps {
		n, err := m.node(id)
		if err != nil {
			return err
		}
		m.run.NodeID = n.ID
		next, halted, err := m.step(n)
		if err != nil || halted {
			return err
		}
		if next == "" {
			m.finish()
			return nil
		}
		id = next
	}
	return ErrStepLimit
}

// step executes one node. It returns the next node's id ("" when the node
// has no exit), or halted when the node made the run wait or end.
func (m *machine) step(n Node) (next string, halted bool, err error) {
	switch n.Type {
	case TypeStart:
		return m.exit(n.ID, ""), false, nil

	case TypeMessage:
		var d MessageData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		m.emit(Action{Kind: ActionSendMessage, NodeID: n.ID, Text: m.render(d.Text), Buttons: d.Buttons})
		return m.exit(n.ID, ""), false, nil

	case TypeNPSQuestion:
		var d NPSQuestionData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		m.emit(Action{Kind: ActionSendMessage, NodeID: n.ID, Text: m.render(d.Text), Buttons: scaleButtons(d.ScaleMin)})
		m.wait(WaitAnswer, m.now.Add(m.env.answerTimeout()))
		return "", true, nil

	case TypeQuestion:
		var d QuestionData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		m.emit(Action{Kind: ActionSendMessage, NodeID: n.ID, Text: m.render(d.Text)})
		m.wait(WaitAnswer, m.now.Add(m.env.answerTimeout()))
		return "", true, nil

	case TypeCondition:
		var d ConditionData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		handle := HandleFalse
		if m.holds(d) {
			handle = HandleTrue
		}
		return m.exit(n.ID, handle), false, nil

	case TypeInternalMessage:
		var d InternalMessageData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		m.emit(Action{Kind: ActionNotify, NodeID: n.ID, UserIDs: unique(d.UserIDs), Text: m.render(d.Text)})
		return m.exit(n.ID, ""), false, nil

	case TypePause:
		var d PauseData
		if err := m.decode(n, &d); err != nil {
			return "", false, err
		}
		if d.Minutes < MinPauseMinutes || d.Minutes > MaxPauseMinutes {
			return "", false, fmt.Errorf("%w: node %q pauses %d minutes", ErrInvalidGraph, n.ID, d.Minutes)
		}
		m.wait(WaitTimer, m.now.Add(time.Duration(d.Minutes)*time.Minute))
		return "", true, nil

	case TypeStop:
		m.finish()
		return "", true, nil
	}
	return "", false, fmt.Errorf("%w: node %q has unknown type %q", ErrInvalidGraph, n.ID, n.Type)
}

// holds evaluates a condition. A variable that is unset or not a number
// makes it false, so the run takes the "false" exit.
func (m *machine) holds(d ConditionData) bool {
	v, ok := m.lookup(d.Variable)
	if !ok {
		return false
	}
	x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return err == nil && compare(x, d.Operator, d.Value)
}

// wait makes the run wait at its current node.
func (m *machine) wait(kind string, until time.Time) {
	m.run.Status, m.run.WaitKind, m.run.WaitUntil, m.run.Reasks = RunWaiting, kind, until, 0
	m.emit(Action{Kind: ActionWait, NodeID: m.run.NodeID, WaitKind: kind, Until: until})
}

// finish ends the run at its current node.
func (m *machine) finish() {
	m.run.Status, m.run.WaitKind, m.run.WaitUntil, m.run.Reasks = RunDone, "", time.Time{}, 0
	m.emit(Action{Kind: ActionDone, NodeID: m.run.NodeID})
}

// reask answers an unusable reply at node n: a re-ask while the run has had
// at most MaxReasks of them, silence after. The run keeps waiting as before.
func (m *machine) reask(n Node, text string, buttons []Button) (Run, []Action, error) {
	m.run.Reasks++
	if m.run.Reasks > MaxReasks {
		return m.run, nil, nil
	}
	return m.run, []Action{{Kind: ActionReask, NodeID: n.ID, Text: text, Buttons: buttons}}, nil
}

// fail ends the run after an error, keeping only the first keep actions
// (the recorded answer) so nothing is sent half-way.
func (m *machine) fail(keep int, err error) (Run, []Action, error) {
	m.actions = append(m.actions[:keep:keep], Action{Kind: ActionDone, NodeID: m.run.NodeID})
	m.run.Status, m.run.WaitKind, m.run.WaitUntil, m.run.Reasks = RunDone, "", time.Time{}, 0
	return m.run, m.actions, err
}

// unique returns ids without repeats, in their first order.
func unique(ids []uint64) []uint64 {
	out := make([]uint64, 0, len(ids))
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
