//go:build !unix

package storage

import "time"

// lockDamaged cannot lock without bbolt here; restore replaces a damaged file
// without waiting for a lock.
func lockDamaged(path string, timeout time.Duration) (func(), error) {
	return func() {}, nil
}
