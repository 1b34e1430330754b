// Package syscall: the parts of Go's syscall package the subset uses.
// Only the interfaces other packages' method sets mention are here
// (os.(*File).SyscallConn returns a RawConn); the system calls themselves
// are the runtime's (//extern in package os).
package syscall

// RawConn is a raw network connection or file.
type RawConn interface {
	// Control invokes f on the underlying connection's file descriptor.
	Control(f func(fd uintptr)) error

	// Read invokes f on the underlying file descriptor until f returns
	// true (done).
	Read(f func(fd uintptr) (done bool)) error

	// Write is like Read but for writing.
	Write(f func(fd uintptr) (done bool)) error
}

// Conn is implemented by some types in the os package to provide access
// to the underlying file descriptor.
type Conn interface {
	// SyscallConn returns a raw connection.
	SyscallConn() (RawConn, error)
}
