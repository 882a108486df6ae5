package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// maxJSONDepth bounds nesting, so a hostile body of ten thousand brackets is refused
// before it is decoded.
const maxJSONDepth = 32

// decodeBody reads the JSON body into v: malformed JSON → 400; a value of the wrong
// type → 422 naming the field; invalid UTF-8 or too deep nesting → 400.
func decodeBody(c *fiber.Ctx, v any) error {
	body := c.Body()
	if len(bytes.TrimSpace(body)) == 0 {
		return errBadRequest("malformed_json", "the request body must be a JSON object")
	}
	if !utf8.Valid(body) {
		return errBadRequest("invalid_utf8", "the request body is not valid UTF-8")
	}
	if jsonDepth(body) > maxJSONDepth {
		return errBadRequest("malformed_json", "the JSON is nested too deeply")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return errInvalid(map[string]string{typeErr.Field: "must be " + jsonTypeName(typeErr.Type.Kind().String())})
		}
		return errBadRequest("malformed_json", "the request body is not valid JSON")
	}
	if dec.More() {
		return errBadRequest("malformed_json", "the request body has data after the JSON value")
	}
	return nil
}

// jsonTypeName words a Go kind the way an API client thinks of it.
func jsonTypeName(kind string) string {
	switch {
	case kind == "string":
		return "a string"
	case kind == "bool":
		return "true or false"
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "a number"
	case kind == "slice":
		return "a list"
	default:
		return "an object"
	}
}

// jsonDepth is the deepest nesting of brackets outside strings.
func jsonDepth(b []byte) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for _, ch := range b {
		switch {
		case escaped:
			escaped = false
		case inString && ch == '\\':
			escaped = true
		case ch == '"':
			inString = !inString
		case inString:
		case ch == '{' || ch == '[':
			depth++
			if depth > deepest {
				deepest = depth
			}
		case ch == '}' || ch == ']':
			depth--
		}
	}
	return deepest
}

// idParam reads a numeric id from the path; anything else is "not found".
func idParam(c *fiber.Ctx, name, what string) (uint64, error) {
	id, err := strconv.ParseUint(c.Params(name), 10, 64)
	if err != nil || id == 0 {
		return 0, errNotFound(what)
	}
	return id, nil
}

// page is the limit and cursor of a list request.
type page struct {
	limit  int
	cursor uint64
}

// pageParams reads ?limit= (default 50, max 500) and ?cursor=.
func pageParams(c *fiber.Ctx) (page, error) {
	p := page{limit: 50}
	if s := c.Query("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 500 {
			return p, errInvalid(map[string]string{"limit": "must be a whole number from 1 to 500"})
		}
		p.limit = n
	}
	cursor, ok := storage.ParseCursor(c.Query("cursor"))
	if !ok {
		return p, errInvalid(map[string]string{"cursor": "is not a cursor this server returned"})
	}
	p.cursor = cursor
	return p, nil
}

// listResponse is the API's list shape; next_cursor is left out on the last page.
type listResponse[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}

// newList builds a list response; a nil slice is sent as [] so clients never see null.
func newList[T any](items []T, next uint64) listResponse[T] {
	if items == nil {
		items = []T{}
	}
	r := listResponse[T]{Items: items}
	if next != 0 {
		r.NextCursor = storage.FormatCursor(next)
	}
	return r
}

func itoa(n int) string { return strconv.Itoa(n) }

// queryBool reads an optional boolean query parameter.
func queryBool(c *fiber.Ctx, name string) (bool, error) {
	switch c.Query(name) {
	case "":
		return false, nil
	case "true", "1":
		return true, nil
	case "false", "0":
		return false, nil
	}
	return false, errInvalid(map[string]string{name: fmt.Sprintf("must be true or false")})
}
