//go:build !unix

package queue

import "os"

// lockFile is a no-op where flock is missing: one process per spool file.
func lockFile(f *os.File) error { return nil }
