package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseScore reads a customer's answer to an NPS question as a whole number
// from scaleMin to scaleMax. It accepts the number alone or "n/10", "n / 10",
// "n из 10", "n of 10", "n out of 10" (the second number must be scaleMax),
// with white space around, full-width digits and solidus ("８／１０"), and
// leading zeros ("08" is 8). It refuses signs, decimals ("7.5", "7,5"),
// words, numbers off the scale, an empty text and anything longer than
// MaxScoreAnswerLength characters. When it refuses it returns 0, false.
func ParseScore(text string, scaleMin, scaleMax int) (int, bool) {
	if len(text) > utf8.UTFMax*MaxScoreAnswerLength || utf8.RuneCountInString(text) > MaxScoreAnswerLength {
		return 0, false
	}
	s := strings.TrimSpace(text)
	n, rest, ok := leadingNumber(s)
	if !ok {
		return 0, false
	}
	if rest != "" {
		rest, ok = cutSeparator(strings.TrimLeftFunc(rest, unicode.IsSpace))
		if !ok {
			return 0, false
		}
		d, tail, ok := leadingNumber(strings.TrimLeftFunc(rest, unicode.IsSpace))
		if !ok || tail != "" || d != scaleMax {
			return 0, false
		}
	}
	if n < scaleMin || n > scaleMax {
		return 0, false
	}
	return n, true
}

// scoreCap bounds the numbers leadingNumber builds; any larger number is off
// every scale, and the cap keeps the arithmetic from overflowing.
const scoreCap = 1 << 20

// leadingNumber reads the digits (ASCII or full-width) at the start of s.
func leadingNumber(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			return n, s[i:], i > 0
		}
		n = min(n*10+d, scoreCap)
		i += size
	}
	return n, "", i > 0
}

// scoreSeparators sit between a score and the top of the scale.
var scoreSeparators = []string{"/", "／", "out of", "of", "из"}

// cutSeparator removes a leading separator from s, ignoring case.
func cutSeparator(s string) (string, bool) {
	for _, sep := range scoreSeparators {
		if len(s) >= len(sep) && strings.EqualFold(s[:len(sep)], sep) {
			return s[len(sep):], true
		}
	}
	return s, false
}
