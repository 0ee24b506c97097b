//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package prebuilt

import "os"

// lockExclusive takes no lock where flock is missing: two processes that
// rebuild one folder at once may then leave an extra data folder, but each
// manifest still names a whole one.
func lockExclusive(*os.File) error { return nil }
