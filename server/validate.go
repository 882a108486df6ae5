package server

import (
	"net/mail"
	"strings"
	"unicode/utf8"
)

// fieldErrors collects every problem of a request body, so the client learns them all
// at once instead of one per round trip.
type fieldErrors map[string]string

// text checks a required string: trimmed, non-empty, at most max characters. It returns
// the trimmed value.
func (f fieldErrors) text(name, value string, max int) string {
	value = strings.TrimSpace(value)
	switch {
	case value == "":
		f[name] = "is required"
	case utf8.RuneCountInString(value) > max:
		f[name] = "must be at most " + itoa(max) + " characters"
	case strings.ContainsAny(value, "\x00"):
		f[name] = "must not contain NUL characters"
	}
	return value
}

// optionalText checks a string that may be empty.
func (f fieldErrors) optionalText(name, value string, max int) string {
	value = strings.TrimSpace(value)
	if value == "" {
		return ""
	}
	return f.text(name, value, max)
}

// email checks an email address and returns it normalised.
func (f fieldErrors) email(name, value string) string {
	value = strings.TrimSpace(value)
	if value == "" {
		f[name] = "is required"
		return value
	}
	// mail.ParseAddress also accepts "Name <a@b>"; only a bare address is an email here.
	addr, err := mail.ParseAddress(value)
	if err != nil || addr.Address != value || len(value) > 254 {
		f[name] = "must be an email address like name@example.com"
	}
	return strings.ToLower(value)
}

// password checks a new password's length: long enough to resist guessing, short
// enough that hashing it cannot be used to burn our CPU.
func (f fieldErrors) password(name, value string) string {
	n := utf8.RuneCountInString(value)
	switch {
	case n < 8:
		f[name] = "must be at least 8 characters"
	case len(value) > 256:
		f[name] = "must be at most 256 bytes"
	}
	return value
}

// oneOf checks that value is one of the allowed ones.
func (f fieldErrors) oneOf(name, value string, allowed ...string) string {
	for _, a := range allowed {
		if value == a {
			return value
		}
	}
	f[name] = "must be one of: " + strings.Join(allowed, ", ")
	return value
}

// err is nil when every field passed, else a 422 listing them.
func (f fieldErrors) err() error {
	if len(f) == 0 {
		return nil
	}
	return errInvalid(f)
}
