package os

// File information and directory operations: Stat/Lstat/File.Stat with
// FileInfo and FileMode (Go's io/fs bits and String), ReadDir with
// DirEntry (sorted by name), MkdirAll, RemoveAll, Rename, Chdir, Chmod,
// File.Seek.  The system calls are runtime/stdlib_os.c's go_os_*; raw
// st_mode values become FileMode as Go's stat_linux.go maps them.

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// The file-system types are io/fs's (aliases, as in Go).
type (
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

// The mode bits of io/fs.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// fileStat is the FileInfo of package os.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

//extern go_os_stat
func stat(name string, follow bool) (size int64, mode int, sec int64, nsec int64, errno int)

//extern go_os_fstat
func fstat(fd int) (size int64, mode int, sec int64, nsec int64, errno int)

//extern go_os_readDirNames
func readDirNames(name string) (names string, errno int)

//extern go_os_rename
func sysRename(from, to string) int

//extern go_os_chdir
func chdir(name string) int

//extern go_os_chmod
func sysChmod(name string, mode int) int

//extern go_os_rmdir
func rmdir(name string) int

//extern go_os_lseek
func lseek(fd int, off int64, whence int) (int64, int)

// modeFromStat maps a Linux st_mode to a FileMode.
func modeFromStat(raw int) FileMode {
	m := FileMode(raw & 0777)
	switch raw & 0170000 {
	case 0060000:
		m |= ModeDevice
	case 0020000:
		m |= ModeDevice | ModeCharDevice
	case 0040000:
		m |= ModeDir
	case 0010000:
		m |= ModeNamedPipe
	case 0120000:
		m |= ModeSymlink
	case 0140000:
		m |= ModeSocket
	}
	if raw&02000 != 0 {
		m |= ModeSetgid
	}
	if raw&04000 != 0 {
		m |= ModeSetuid
	}
	if raw&01000 != 0 {
		m |= ModeSticky
	}
	return m
}

// basename is the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func newFileStat(name string, size int64, mode int, sec, nsec int64) *fileStat {
	return &fileStat{name: basename(name), size: size, mode: modeFromStat(mode), modTime: time.Unix(sec, nsec)}
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	size, mode, sec, nsec, errno := stat(name, true)
	if errno != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(errno)}
	}
	return newFileStat(name, size, mode, sec, nsec), nil
}

// Lstat returns a FileInfo describing the named file without following
// a final symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, sec, nsec, errno := stat(name, false)
	if errno != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errnoErr(errno)}
	}
	return newFileStat(name, size, mode, sec, nsec), nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, mode, sec, nsec, errno := fstat(f.fd)
	if errno != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errnoErr(errno)}
	}
	return newFileStat(f.name, size, mode, sec, nsec), nil
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence (io.SeekStart, SeekCurrent, SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	r, errno := lseek(f.fd, offset, whence)
	if errno != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errnoErr(errno)}
	}
	return r, nil
}

// unixDirent is the DirEntry of ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, errno := readDirNames(name)
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(errno)}
	}
	var list []string
	start := 0
	for i := 0; i < len(names); i++ {
		if names[i] == 0 {
			list = append(list, names[start:i])
			start = i + 1
		}
	}
	// insertion sort by name (directories are small)
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j] < list[j-1]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	dirs := make([]DirEntry, 0, len(list))
	for _, n := range list {
		_, mode, _, _, e := stat(name+"/"+n, false)
		typ := FileMode(0)
		if e == 0 {
			typ = modeFromStat(mode).Type()
		}
		dirs = append(dirs, &unixDirent{parent: name, name: n, typ: typ})
	}
	return dirs, nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents; nil when path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR} // ENOTDIR
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err = MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and any children it contains; a path that does
// not exist is not an error.
func RemoveAll(path string) error {
	return removeAll(path)
}

func removeAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL} // EINVAL
	}
	return removeTree(path)
}

func removeTree(path string) error {
	if errno := remove(path); errno == 0 || errno == 2 {
		return nil
	}
	_, mode, _, _, errno := stat(path, false)
	if errno != 0 {
		if errno == 2 {
			return nil
		}
		return &PathError{Op: "lstat", Path: path, Err: errnoErr(errno)}
	}
	if !modeFromStat(mode).IsDir() {
		return Remove(path)
	}
	names, errno := readDirNames(path)
	if errno != 0 {
		return &PathError{Op: "open", Path: path, Err: errnoErr(errno)}
	}
	var first error
	start := 0
	for i := 0; i < len(names); i++ {
		if names[i] == 0 {
			if err := removeTree(path + "/" + names[start:i]); err != nil && first == nil {
				first = err
			}
			start = i + 1
		}
	}
	if errno := rmdir(path); errno != 0 && errno != 2 {
		if first == nil {
			first = &PathError{Op: "unlinkat", Path: path, Err: errnoErr(errno)}
		}
	}
	return first
}

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	return rename(oldpath, newpath)
}

func rename(oldpath, newpath string) error {
	if errno := sysRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(errno)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if errno := chdir(dir); errno != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(errno)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	return chmod(name, mode)
}

func chmod(name string, mode FileMode) error {
	if errno := sysChmod(name, int(syscallMode(mode))); errno != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

var randState uint64

// nextRandom returns a decimal string of a pseudo-random uint32 (seeded
// from the clock and the pid, as temporary names only need to differ).
func nextRandom() string {
	if randState == 0 {
		randState = uint64(time.Now().UnixNano()) ^ uint64(Getpid())<<32 | 1
	}
	randState ^= randState << 13
	randState ^= randState >> 7
	randState ^= randState << 17
	v := uint32(randState >> 16)
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new temporary directory in dir (TempDir() when
// empty) named from pattern (a "*" is replaced by a random string) and
// returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		errno := mkdir(name, 0700)
		if errno == 0 {
			return name, nil
		}
		if errno == 17 && try < 10000 {
			continue
		}
		return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: errnoErr(errno)}
	}
}

// CreateTemp creates a new temporary file in dir (TempDir() when empty)
// named from pattern, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// Path separators of the Unix file system.
const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// ReadDir reads the contents of the directory associated with the file
// f and returns its entries in directory order; n > 0 reads at most n
// (with io.EOF at the end), n <= 0 reads all.  gosub reads the whole
// directory at the first call (sorted by name) and hands it out.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.dirents == nil {
		list, err := ReadDir(f.name)
		if err != nil {
			return nil, err
		}
		f.dirents = &list
	}
	rest := *f.dirents
	if n <= 0 || n > len(rest) {
		if n > 0 && len(rest) == 0 {
			return nil, io.EOF
		}
		*f.dirents = nil
		if rest == nil {
			rest = []DirEntry{}
		}
		return rest, nil
	}
	*f.dirents = rest[n:]
	return rest[:n], nil
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of FileInfo values (Lstat's), as ReadDir's entries.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	ents, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(ents))
	for _, e := range ents {
		info, ierr := e.Info()
		if ierr != nil {
			continue // removed meanwhile, as Go skips it
		}
		infos = append(infos, info)
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of names of files in the directory.
func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.ReadDir(n)
	names = make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names, err
}
