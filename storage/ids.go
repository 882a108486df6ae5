package storage

import (
	"encoding/binary"
	"strconv"
)

// itob encodes an id as an 8-byte big-endian key, so bbolt iterates ids in order.
func itob(id uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, id)
	return b
}

// btoi decodes an 8-byte big-endian key.
func btoi(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// compositeKey joins 8-byte big-endian parts: used for per-owner and per-time indexes.
func compositeKey(parts ...uint64) []byte {
	b := make([]byte, 8*len(parts))
	for i, p := range parts {
		binary.BigEndian.PutUint64(b[8*i:], p)
	}
	return b
}

// FormatCursor turns an id into the opaque cursor string of a list response.
func FormatCursor(id uint64) string { return strconv.FormatUint(id, 10) }

// ParseCursor reads a cursor made by FormatCursor. An empty cursor means "from the start"
// and reads as 0; ok is false for anything FormatCursor cannot have made.
func ParseCursor(s string) (id uint64, ok bool) {
	if s == "" {
		return 0, true
	}
	id, err := strconv.ParseUint(s, 10, 64)
	return id, err == nil && id > 0
}
