package storage

import (
	"fmt"
	"time"
)

// Refusals of NPS writes. Each wraps ErrConflict, so a transaction that returns one is
// a refusal of the request (never a disk failure), and the server maps each to its own
// error code before the generic conflict.
var (
	// ErrNPSDisabled means NPS is switched off: no survey may start.
	ErrNPSDisabled = fmt.Errorf("%w: nps is disabled", ErrConflict)
	// ErrSurveyPending means the conversation's bot still waits for an earlier survey.
	ErrSurveyPending = fmt.Errorf("%w: a survey is pending in this conversation", ErrConflict)
	// ErrNPSCooldown means the contact was surveyed too recently (see CooldownError).
	ErrNPSCooldown = fmt.Errorf("%w: the contact was surveyed recently", ErrConflict)
	// ErrBotCannotRun means the NPS bot is missing or its graph cannot start.
	ErrBotCannotRun = fmt.Errorf("%w: the bot cannot run", ErrConflict)
)

// CooldownError refuses a survey of a contact surveyed within the cooldown; Until is
// the first instant a new survey is allowed. It matches ErrNPSCooldown with errors.Is.
type CooldownError struct {
	Until time.Time
}

// Error says until when.
func (e *CooldownError) Error() string {
	return fmt.Sprintf("%v until %s", ErrNPSCooldown, e.Until.Format(time.RFC3339))
}

// Unwrap makes errors.Is(err, ErrNPSCooldown) (and ErrConflict) hold.
func (e *CooldownError) Unwrap() error { return ErrNPSCooldown }
