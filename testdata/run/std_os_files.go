package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	base, err := os.MkdirTemp("", "gosubtest")
	if err != nil {
		base = os.TempDir() + "/std_os_files_test"
		os.RemoveAll(base)
		if err := os.Mkdir(base, 0755); err != nil {
			fmt.Println(err)
			return
		}
	}
	defer os.RemoveAll(base)
	root := base + "/a"
	fmt.Println(os.MkdirAll(root+"/b/c", 0755))
	fmt.Println(os.MkdirAll(root+"/b/c/", 0755))
	fmt.Println(os.WriteFile(root+"/b/file.txt", []byte("hello, world\n"), 0644))
	fmt.Println(os.WriteFile(root+"/z.txt", []byte("zz"), 0600))
	fmt.Println(os.Mkdir(root+"/m", 0700))

	fi, err := os.Stat(root + "/b/file.txt")
	fmt.Println(err, fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), fi.ModTime().IsZero())
	fi, err = os.Stat(root + "/b/")
	fmt.Println(err, fi.Name(), fi.IsDir(), fi.Mode(), fi.Mode()&os.ModeType == os.ModeDir)
	_, err = os.Stat(root + "/missing")
	fmt.Println(err != nil, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err:", pe.Err)
	}
	_, err = os.Lstat(root + "/nope")
	fmt.Println(os.IsNotExist(err))

	err = os.MkdirAll(root+"/z.txt/sub", 0755)
	fmt.Println(err != nil)
	err = os.Mkdir(root+"/m", 0700)
	fmt.Println(os.IsExist(err))

	entries, err := os.ReadDir(root)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	_, err = os.ReadDir(root + "/missing")
	fmt.Println(os.IsNotExist(err))

	fmt.Println(os.Rename(root+"/z.txt", root+"/m/y.txt"))
	err = os.Rename(root+"/z.txt", root+"/m/y.txt")
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), os.IsNotExist(err), le.Op)
	data, err := os.ReadFile(root + "/m/y.txt")
	fmt.Printf("%q %v\n", data, err)

	f, err := os.Open(root + "/b/file.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size())
	off, err := f.Seek(7, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, _ := f.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	off, _ = f.Seek(-3, io.SeekEnd)
	n, _ = f.Read(buf)
	fmt.Printf("%d %q\n", off, buf[:n])
	f.Close()

	fmt.Println(os.Chmod(root+"/b/file.txt", 0600))
	fi, _ = os.Stat(root + "/b/file.txt")
	fmt.Println(fi.Mode())

	wd, _ := os.Getwd()
	fmt.Println(os.Chdir(root + "/b"))
	here, _ := os.Getwd()
	fmt.Println(here == root+"/b")
	os.Chdir(wd)
	fmt.Println(os.Chdir(root+"/nothing") != nil)

	fmt.Println(os.RemoveAll(root+"/b"), os.RemoveAll(root+"/b"), os.RemoveAll(""))
	_, err = os.Stat(root + "/b")
	fmt.Println(os.IsNotExist(err))
	for _, m := range []os.FileMode{0, 0644, os.ModeDir | 0755, os.ModeSymlink | 0777, os.ModeNamedPipe | os.ModeSetuid | 0600, os.ModeDevice | os.ModeCharDevice | 0666} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Type())
	}
}
