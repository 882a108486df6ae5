package bot

import "time"

// Limits a graph must respect to be saved, and limits of the engine. The
// constructor mirrors them from testdata/limits.json, which a test keeps equal
// to these constants. Lengths count Unicode code points, not bytes.
const (
	// MaxNodes is the largest number of nodes in a graph.
	MaxNodes = 200
	// MaxEdges is the largest number of edges in a graph.
	MaxEdges = 400
	// MaxIDLength is the longest node or edge id.
	MaxIDLength = 64
	// MaxTextLength is the longest text of a node, and the longest free-text
	// answer kept in a variable (longer answers are cut).
	MaxTextLength = 2000
	// MaxButtons is the largest number of buttons under a message.
	MaxButtons = 12
	// MaxButtonLabelLength is the longest button label.
	MaxButtonLabelLength = 40
	// MaxButtonValueLength is the longest button value.
	MaxButtonValueLength = 100
	// MaxRecipients is the largest number of users an internal message names.
	MaxRecipients = 100
	// MinPauseMinutes is the shortest pause.
	MinPauseMinutes = 1
	// MaxPauseMinutes is the longest pause: 30 days.
	MaxPauseMinutes = 30 * 24 * 60
	// MaxVariableLength is the longest variable name.
	MaxVariableLength = 32
	// ScaleMax is the top of every NPS scale; the bottom is 0 or 1.
	ScaleMax = 10
	// MaxScoreAnswerLength is the longest text ParseScore looks at.
	MaxScoreAnswerLength = 32
	// MaxSteps is the most nodes one engine call executes; a run that needs
	// more loops without waiting and is ended with ErrStepLimit.
	MaxSteps = 100
	// MaxReasks is how many invalid answers get a re-ask; later invalid
	// answers are ignored silently while the run keeps waiting.
	MaxReasks = 2
	// DefaultAnswerTimeout is how long a question waits when Env does not say.
	DefaultAnswerTimeout = 24 * time.Hour
)
