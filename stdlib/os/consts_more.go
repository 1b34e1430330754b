package os

// Smaller pieces of package os's API: the null device, the deprecated
// Seek whence constants, IsTimeout and Clearenv.

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// Seek whence values (deprecated: use io.SeekStart, io.SeekCurrent,
// io.SeekEnd).
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// IsTimeout reports whether err is known to report that a timeout
// occurred (a *PathError or *SyscallError wrapping an error with a
// Timeout method).
func IsTimeout(err error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	terr, ok := err.(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				Unsetenv(kv[:i])
				break
			}
		}
	}
}
