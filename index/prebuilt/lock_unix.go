//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package prebuilt

import (
	"errors"
	"os"
	"syscall"
)

// lockExclusive waits for the only lock on f; the lock goes with f's
// descriptor, so a writer that dies releases it.
func lockExclusive(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
