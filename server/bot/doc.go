// Package bot holds the bot graph document that administrators shape in the
// constructor, the rules that decide whether a graph may be saved, the parsing
// of customers' answers, the text templates, and the engine that runs a graph.
//
// The package is pure: it imports only the standard library and does no I/O.
// The engine is a state machine over a plain, JSON-serialisable [Run]: every
// call returns the next state and a list of [Action] values describing the
// effects (messages to send, notifications, ratings to record), so the storage
// layer can apply them in one transaction and a run survives a restart.
//
// # The engine
//
// Each of [Start], [Answer] and [Tick] takes the graph the run started with,
// the run's state and the time, and returns the next state plus the actions
// to apply, in order. Execution goes from node to node until it reaches a
// node that waits (nps_question, question, pause), a stop node, or a node
// with no exit (the run is then done).
//
// Start returns an error and no run when the graph cannot start; nothing is
// to be applied. Answer and Tick end the run when the graph fails on the
// way (a graph [Validate] would refuse): they return the run with status
// done, the actions [record_rating or record_answer, if the answer was good]
// followed by [done], and the error to log. The customer's answer is thus
// never lost, and a broken graph sends nothing half-way.
//
// The validation rules are mirrored by the constructor in the browser; both
// sides run the fixture files under testdata/ (see testdata/README.md).
package bot
