// Package syscall: the parts of Go's syscall package the subset uses.
// The interfaces other packages' method sets mention (os.(*File).SyscallConn
// returns a RawConn) and Errno, the error package os puts in its
// *PathError values (%T prints syscall.Errno, errors.As finds it); the
// system calls themselves are the runtime's (//extern in package os).
package syscall

import "io/fs"

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

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

func (e Errno) Error() string { return strerror(int(e)) }

// Is makes errors.Is(err, fs.ErrNotExist) and friends hold for the
// matching error numbers (Go's compares with internal/oserror's values,
// which io/fs's are).
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// The error numbers of linux/amd64 (Go's zerrors_linux_amd64.go values).
const (
	EPERM        = Errno(0x1)
	ENOENT       = Errno(0x2)
	ESRCH        = Errno(0x3)
	EINTR        = Errno(0x4)
	EIO          = Errno(0x5)
	ENXIO        = Errno(0x6)
	E2BIG        = Errno(0x7)
	ENOEXEC      = Errno(0x8)
	EBADF        = Errno(0x9)
	ECHILD       = Errno(0xa)
	EAGAIN       = Errno(0xb)
	ENOMEM       = Errno(0xc)
	EACCES       = Errno(0xd)
	EFAULT       = Errno(0xe)
	EBUSY        = Errno(0x10)
	EEXIST       = Errno(0x11)
	EXDEV        = Errno(0x12)
	ENODEV       = Errno(0x13)
	ENOTDIR      = Errno(0x14)
	EISDIR       = Errno(0x15)
	EINVAL       = Errno(0x16)
	ENFILE       = Errno(0x17)
	EMFILE       = Errno(0x18)
	ENOTTY       = Errno(0x19)
	EFBIG        = Errno(0x1b)
	ENOSPC       = Errno(0x1c)
	ESPIPE       = Errno(0x1d)
	EROFS        = Errno(0x1e)
	EMLINK       = Errno(0x1f)
	EPIPE        = Errno(0x20)
	EDOM         = Errno(0x21)
	ERANGE       = Errno(0x22)
	EDEADLK      = Errno(0x23)
	ENAMETOOLONG = Errno(0x24)
	ENOSYS       = Errno(0x26)
	ENOTEMPTY    = Errno(0x27)
	ELOOP        = Errno(0x28)
	EWOULDBLOCK  = Errno(0xb)
	ENOTSUP      = Errno(0x5f)
	EOPNOTSUPP   = Errno(0x5f)
	ETIMEDOUT    = Errno(0x6e)
)

//extern go_os_strerror
func strerror(errno int) string
