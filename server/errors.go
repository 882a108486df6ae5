package server

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// apiError is the one error shape of the API:
// {"error": {"code": "snake_case", "message": "…", "fields": {…}}}.
type apiError struct {
	Status  int               `json:"-"`
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
	// Problems lists what keeps a bot graph from being saved (code invalid_graph).
	Problems []bot.Problem `json:"problems,omitempty"`
	// RetryAfter, in seconds, is sent as the Retry-After header with 429 and 503.
	RetryAfter int `json:"-"`
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

// Small constructors, one per kind of refusal, so handlers read as what they refuse.

func errBadRequest(code, message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: code, Message: message}
}

func errUnauthorized(message string) *apiError {
	return &apiError{Status: http.StatusUnauthorized, Code: "unauthorized", Message: message}
}

func errForbidden(code, message string) *apiError {
	return &apiError{Status: http.StatusForbidden, Code: code, Message: message}
}

func errNotFound(what string) *apiError {
	return &apiError{Status: http.StatusNotFound, Code: "not_found", Message: what + " not found"}
}

func errConflict(code, message string) *apiError {
	return &apiError{Status: http.StatusConflict, Code: code, Message: message}
}

func errInvalid(fields map[string]string) *apiError {
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "invalid", Message: "some fields are invalid", Fields: fields}
}

func errTooLarge(message string) *apiError {
	return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large", Message: message}
}

func errRateLimited(retryAfter int) *apiError {
	return &apiError{Status: http.StatusTooManyRequests, Code: "rate_limited", Message: "too many requests, try again later", RetryAfter: retryAfter}
}

// storageErrors maps the storage layer's sentinel errors to API errors: the one place
// where a storage outcome becomes an HTTP status.
var storageErrors = []struct {
	err error
	api apiError
}{
	{storage.ErrNotFound, apiError{Status: http.StatusNotFound, Code: "not_found", Message: "not found"}},
	{storage.ErrAlreadySetUp, apiError{Status: http.StatusConflict, Code: "already_set_up", Message: "npsdesk is already set up: log in instead"}},
	{storage.ErrEmailTaken, apiError{Status: http.StatusConflict, Code: "email_taken", Message: "another user has this email", Fields: map[string]string{"email": "already used by another user"}}},
	{storage.ErrLastAdmin, apiError{Status: http.StatusConflict, Code: "last_admin", Message: "the team must keep at least one active administrator"}},
	{storage.ErrNPSDisabled, apiError{Status: http.StatusConflict, Code: "nps_disabled", Message: "NPS is switched off: an administrator can switch it on in Settings → Chats and messengers"}},
	{storage.ErrSurveyPending, apiError{Status: http.StatusConflict, Code: "survey_pending", Message: "a survey in this conversation is still waiting for the customer's answer"}},
	{storage.ErrBotCannotRun, apiError{Status: http.StatusConflict, Code: "bot_invalid", Message: "the NPS bot cannot run: fix it in the bot constructor or restore the default bot"}},
	{storage.ErrConflict, apiError{Status: http.StatusConflict, Code: "conflict", Message: "the record changed or already exists"}},
	{storage.ErrWriteFailed, apiError{Status: http.StatusServiceUnavailable, Code: "storage_unavailable", Message: "the database could not save this; nothing was changed, try again", RetryAfter: 5}},
}

// toAPIError turns any error a handler returns into the API shape. Internal errors are
// logged with their text and answered with a generic message.
func toAPIError(err error) *apiError {
	var api *apiError
	if errors.As(err, &api) {
		return api
	}
	var invalid *storage.ValidationError
	if errors.As(err, &invalid) {
		return errInvalid(invalid.Fields)
	}
	var cooldown *storage.CooldownError
	if errors.As(err, &cooldown) {
		return errConflict("nps_cooldown", "this contact was surveyed recently: the next survey can be sent after "+
			cooldown.Until.UTC().Format(time.RFC3339))
	}
	for _, m := range storageErrors {
		if errors.Is(err, m.err) {
			if m.err == storage.ErrWriteFailed {
				// The client gets a 503; the operator must learn the disk refused.
				slog.Error("database write failed", "err", err)
			}
			e := m.api
			return &e
		}
	}
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return fiberError(fe)
	}
	slog.Error("internal error", "err", err)
	return &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "something went wrong on our side"}
}

// fiberError translates the framework's own errors (unknown route, body too large…).
func fiberError(fe *fiber.Error) *apiError {
	switch fe.Code {
	case http.StatusNotFound:
		return &apiError{Status: fe.Code, Code: "not_found", Message: "no such endpoint"}
	case http.StatusMethodNotAllowed:
		return &apiError{Status: fe.Code, Code: "method_not_allowed", Message: "method not allowed"}
	case http.StatusRequestEntityTooLarge:
		return errTooLarge("the request body is too large")
	case http.StatusRequestHeaderFieldsTooLarge:
		return &apiError{Status: fe.Code, Code: "headers_too_large", Message: "request headers are too large"}
	}
	if fe.Code >= 400 && fe.Code < 500 {
		return &apiError{Status: fe.Code, Code: "bad_request", Message: fe.Message}
	}
	return &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "something went wrong on our side"}
}

// errorHandler is fiber's ErrorHandler: every error leaves through here.
func errorHandler(c *fiber.Ctx, err error) error {
	api := toAPIError(err)
	if len(c.Response().Header.Peek(fiber.HeaderXContentTypeOptions)) == 0 {
		setSecurityHeaders(c)
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	if api.RetryAfter > 0 {
		c.Set(fiber.HeaderRetryAfter, itoa(api.RetryAfter))
	}
	return c.Status(api.Status).JSON(fiber.Map{"error": api})
}
