package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Setenv("GREETING", "hello")
	os.Setenv("NAME", "gopher")
	fmt.Println(os.ExpandEnv("$GREETING, ${NAME}! $UNSET_VAR_X. ${} $ end$"))
	fmt.Println(os.Expand("$1 $* ${@} $$ ${x y} $a_b-c ${unterminated", func(k string) string { return "<" + k + ">" }))
	home, err := os.UserHomeDir()
	fmt.Println(home == os.Getenv("HOME"), err)
	fmt.Println(os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid(), os.Getppid() > 0)
	exe, err := os.Executable()
	fmt.Println(strings.HasPrefix(exe, "/"), err)

	dir, _ := os.MkdirTemp("", "more")
	defer os.RemoveAll(dir)
	p := dir + "/f.txt"
	os.WriteFile(p, []byte("0123456789"), 0644)
	fmt.Println(os.Symlink(p, dir+"/link"), os.Link(p, dir+"/hard"))
	target, err := os.Readlink(dir + "/link")
	fmt.Println(target == p, err)
	_, err = os.Readlink(p)
	fmt.Println(err != nil)
	fi, _ := os.Lstat(dir + "/link")
	fmt.Println(fi.Mode()&os.ModeSymlink != 0, fi.Mode().Type())
	fmt.Println(os.Truncate(p, 4))
	data, _ := os.ReadFile(dir + "/hard")
	fmt.Printf("%q\n", data)
	f, _ := os.OpenFile(p, os.O_RDWR, 0)
	n, err := f.WriteAt([]byte("XY"), 6)
	fmt.Println(n, err)
	buf := make([]byte, 5)
	n, err = f.ReadAt(buf, 3)
	fmt.Printf("%d %q %v\n", n, buf[:n], err == io.EOF)
	n, err = f.ReadAt(buf[:2], 0)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	fmt.Println(f.Sync(), f.Truncate(1))
	st, _ := f.Stat()
	fmt.Println(st.Size())
	f.Close()
	fmt.Println(os.Symlink(p, dir+"/link") != nil)
}
