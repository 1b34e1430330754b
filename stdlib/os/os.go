// Package os: the parts of Go's os package the subset uses.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// File represents an open file descriptor.  As in Go, it is one pointer
// (unsafe.Sizeof 8) to the state in file.
type File struct {
	*file
}

type file struct {
	fd      int
	name    string
	dirents *[]DirEntry // what ReadDir has still to return (stat.go)
}

// Stdin, Stdout and Stderr are open Files for the standard streams.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

//extern go_os_runtimeArgs
func runtimeArgs() []string

// ErrNotExist and friends are the portable errors of package os.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(errno)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return n, &PathError{Op: "read", Path: f.name, Err: errnoErr(errno)}
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File.  Shaped as Go 1.19's (gc inlines it; the work
// is in close, which it does not).
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return f.close()
}

// close is *file's, as in Go: *File gets it by promotion.
func (f *file) close() error {
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	fd := f.fd
	f.fd = -1
	if errno := closeFd(fd); errno != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(errno)}
	}
	return nil
}

// PathError records an error and the operation and file path that
// caused it (io/fs's type, as in Go).
type PathError = fs.PathError

func errnoErr(e int) error { return syscall.Errno(e) }

//extern go_os_write
func write(fd int, b []byte) (int, int)

//extern go_os_read
func read(fd int, b []byte) (int, int)

//extern go_os_close
func closeFd(fd int) int

//extern go_os_open
func open(name string, flag int, perm uint32) (int, int)

// Exit causes the current program to exit with the given status code.
//
//extern go_os_Exit
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
//
//extern go_os_Environ
func Environ() []string

// LookupEnv retrieves the value of the environment variable named by the key.
//
//extern go_os_LookupEnv
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if errno := setenv(key, value); errno != 0 {
		return NewSyscallError("setenv", errnoErr(errno))
	}
	return nil
}

//extern go_os_setenv
func setenv(key, value string) int

// Getpid returns the process id of the caller.
//
//extern go_os_Getpid
func Getpid() int

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	return hostname(), nil
}

//extern go_os_hostname
func hostname() string

// Open flags.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// FileMode represents a file's mode and permission bits (io/fs's).
type FileMode = fs.FileMode

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := open(name, flag, uint32(perm))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(errno)}
	}
	return NewFile(uintptr(fd), name), nil
}

// ReadFile reads the named file and returns the contents (its buffer
// sized as Go's: the file's size + 1, at least 512 bytes).
func ReadFile(name string) ([]byte, error) {
	data, errno, op := readFile(name)
	if errno != 0 {
		if op == 0 {
			return nil, &PathError{Op: "open", Path: name, Err: errnoErr(errno)}
		}
		return data, &PathError{Op: "read", Path: name, Err: errnoErr(errno)}
	}
	return data, nil
}

//extern go_os_readFile
func readFile(name string) (data []byte, errno int, op int)

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if errno := remove(name); errno != 0 {
		return &PathError{Op: "remove", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

//extern go_os_remove
func remove(name string) int

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm)); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

//extern go_os_mkdir
func mkdir(name string, perm uint32) int

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// IsExist reports whether err is known to say that a file or directory
// already exists (ErrExist, or a syscall.Errno such as EEXIST under a PathError).
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist reports whether err is known to say that a file or directory
// does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission reports whether err is known to say that permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

// underlyingErrorIs unwraps only *PathError (not every Unwrap), as Go's
// does, then asks an Errno.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// Getpagesize returns the underlying system's memory page size (4096 on
// linux/amd64, a constant in Go's syscall package too).
func Getpagesize() int { return 4096 }

// TempDir returns the default directory for temporary files: $TMPDIR, or
// /tmp when it is empty.
func TempDir() string {
	return tempDir()
}

func tempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if errno := unsetenv(key); errno != 0 {
		return NewSyscallError("unsetenv", errnoErr(errno))
	}
	return nil
}

//extern go_os_unsetenv
func unsetenv(key string) int

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, errno := getwd()
	if errno != 0 {
		return "", NewSyscallError("getwd", errnoErr(errno))
	}
	return dir, nil
}

//extern go_os_getwd
func getwd() (dir string, errno int)

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a new SyscallError with the given system call
// name and error details (nil when err is nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}
