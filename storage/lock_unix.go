//go:build unix

package storage

import (
	"errors"
	"os"
	"syscall"
	"time"

	bolterrors "go.etcd.io/bbolt/errors"
)

// lockDamaged takes the lock bbolt takes on a database file (an exclusive flock)
// without letting bbolt read the file, waiting up to timeout for a running npsdesk to
// release it; it answers bbolt's ErrTimeout when it does not.
func lockDamaged(path string, timeout time.Duration) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, bolterrors.ErrTimeout
			}
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
