package bot

// Problem is one reason a graph cannot be saved. NodeID names the node the
// constructor marks (empty for problems of the whole graph or of an edge whose
// node does not exist); EdgeID names the edge at fault, if any. Code is
// stable and machine-readable, Message is plain English for people.
type Problem struct {
	NodeID  string `json:"node_id,omitempty"`
	EdgeID  string `json:"edge_id,omitempty"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Problem codes. They are part of the API contract: clients switch on them,
// and the constructor's mirror of the rules produces the same ones.
const (
	// CodeUnsupportedVersion: the graph's version is not GraphVersion.
	CodeUnsupportedVersion = "unsupported_version"
	// CodeTooLarge: more than MaxNodes nodes or MaxEdges edges. Such a graph
	// is not examined further.
	CodeTooLarge = "too_large"
	// CodeMissingID: a node or edge has an empty id.
	CodeMissingID = "missing_id"
	// CodeIDTooLong: a node or edge id is longer than MaxIDLength.
	CodeIDTooLong = "id_too_long"
	// CodeDuplicateID: two nodes, or two edges, share an id.
	CodeDuplicateID = "duplicate_id"
	// CodeUnknownType: a node's type is not one of the Type constants.
	CodeUnknownType = "unknown_type"
	// CodeInvalidData: a node's data is not a JSON object of the right shape.
	CodeInvalidData = "invalid_data"
	// CodeNoStart: the graph has no start node.
	CodeNoStart = "no_start"
	// CodeMultipleStarts: a second (or later) start node.
	CodeMultipleStarts = "multiple_starts"
	// CodeEmptyText: a text is empty or only white space.
	CodeEmptyText = "empty_text"
	// CodeTextTooLong: a text is longer than MaxTextLength.
	CodeTextTooLong = "text_too_long"
	// CodeTooManyButtons: a message has more than MaxButtons buttons.
	CodeTooManyButtons = "too_many_buttons"
	// CodeInvalidButton: a button's label or value is empty or too long.
	CodeInvalidButton = "invalid_button"
	// CodeInvalidScale: scale_min is neither 0 nor 1.
	CodeInvalidScale = "invalid_scale"
	// CodeInvalidVariable: a variable name does not match ^[a-z_][a-z0-9_]{0,31}$.
	CodeInvalidVariable = "invalid_variable"
	// CodeReservedVariable: a question stores its answer in "score", which
	// only an NPS question may set.
	CodeReservedVariable = "reserved_variable"
	// CodeInvalidOperator: a condition's operator is not one of the Op constants.
	CodeInvalidOperator = "invalid_operator"
	// CodeInvalidValue: a condition's value is missing or not a finite number.
	CodeInvalidValue = "invalid_value"
	// CodeNoRecipients: an internal message names no user.
	CodeNoRecipients = "no_recipients"
	// CodeTooManyRecipients: an internal message names more than MaxRecipients users.
	CodeTooManyRecipients = "too_many_recipients"
	// CodeUnknownUser: an internal message names a user that does not exist.
	CodeUnknownUser = "unknown_user"
	// CodeInvalidMinutes: a pause is shorter than MinPauseMinutes or longer
	// than MaxPauseMinutes.
	CodeInvalidMinutes = "invalid_minutes"
	// CodeUnknownNode: an edge's source or target is not a node of the graph.
	CodeUnknownNode = "unknown_node"
	// CodeInvalidHandle: an edge leaves a condition by a handle other than
	// "true"/"false", or leaves another node by a named handle.
	CodeInvalidHandle = "invalid_handle"
	// CodeExitNotAllowed: an edge leaves a stop node.
	CodeExitNotAllowed = "exit_not_allowed"
	// CodeEdgeIntoStart: an edge ends at the start node.
	CodeEdgeIntoStart = "edge_into_start"
	// CodeDuplicateExit: a second edge leaves the same node by the same handle.
	CodeDuplicateExit = "duplicate_exit"
	// CodeNoExit: the start node, or one of a condition's two outputs, is not
	// wired. Other nodes may end the run.
	CodeNoExit = "no_exit"
	// CodeUnreachable: no path leads from the start node to this node.
	CodeUnreachable = "unreachable"
	// CodeLoopWithoutWait: the node lies on a loop with no waiting node
	// (nps_question, question, pause), which would run forever.
	CodeLoopWithoutWait = "loop_without_wait"
	// CodeScoreUnset: a condition on "score" can be reached from the start
	// without passing an nps_question first.
	CodeScoreUnset = "score_unset"
)
