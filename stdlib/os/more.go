package os

// Environment expansion, user ids and home directory, links, truncation,
// Sync and positioned reads/writes of File (go_os_* in stdlib_os.c).

import (
	"errors"
	"io"
)

// Expand replaces ${var} or $var in the string based on the mapping
// function; invalid syntax is dropped, a lone '$' is kept.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0 // start of the text not yet copied
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// bad syntax: the characters are eaten
			} else if name == "" {
				buf = append(buf, s[j]) // no name: keep the '$'
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the
// values of the current environment variables.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name after a '$' and how many bytes it
// used ("" with w > 0: bad syntax to drop).
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without '}'
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getuid returns the numeric user id of the caller.
//
//extern go_os_Getuid
func Getuid() int

// Geteuid returns the numeric effective user id of the caller.
//
//extern go_os_Geteuid
func Geteuid() int

// Getgid returns the numeric group id of the caller.
//
//extern go_os_Getgid
func Getgid() int

// Getegid returns the numeric effective group id of the caller.
//
//extern go_os_Getegid
func Getegid() int

// Getppid returns the process id of the caller's parent.
//
//extern go_os_Getppid
func Getppid() int

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	}
	return dir, nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	}
	return dir, nil
}

//extern go_os_readlink
func readlink(name string) (string, int)

//extern go_os_symlink
func symlink(oldname, newname string) int

//extern go_os_link
func link(oldname, newname string) int

//extern go_os_truncate
func truncate(name string, size int64) int

//extern go_os_ftruncate
func ftruncate(fd int, size int64) int

//extern go_os_fsync
func fsync(fd int) int

//extern go_os_pread
func pread(fd int, b []byte, off int64) (int, int)

//extern go_os_pwrite
func pwrite(fd int, b []byte, off int64) (int, int)

// Executable returns the path name for the executable that started the
// current process.
func Executable() (string, error) {
	return executable()
}

func executable() (string, error) {
	p, errno := readlink("/proc/self/exe")
	if errno != 0 {
		return "", &PathError{Op: "readlink", Path: "/proc/self/exe", Err: errnoErr(errno)}
	}
	return p, nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	p, errno := readlink(name)
	if errno != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errnoErr(errno)}
	}
	return p, nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if errno := symlink(oldname, newname); errno != 0 {
		return &LinkError{"symlink", oldname, newname, errnoErr(errno)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if errno := link(oldname, newname); errno != 0 {
		return &LinkError{"link", oldname, newname, errnoErr(errno)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if errno := truncate(name, size); errno != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if f == nil {
		return ErrInvalid
	}
	if errno := ftruncate(f.fd, size); errno != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errnoErr(errno)}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	if errno := fsync(f.fd); errno != 0 {
		return &PathError{Op: "sync", Path: f.name, Err: errnoErr(errno)}
	}
	return nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off;
// fewer bytes come with an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := pread(f.fd, b, off)
		if errno != 0 {
			err = &PathError{Op: "read", Path: f.name, Err: errnoErr(errno)}
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := pwrite(f.fd, b, off)
		if errno != 0 {
			err = &PathError{Op: "write", Path: f.name, Err: errnoErr(errno)}
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}
