// Working with files and directories in a temporary tree: MkdirAll,
// WriteFile/ReadFile, append mode, Seek/ReadAt/Truncate, Rename/Remove,
// ReadDir, filepath.WalkDir (lexical order), Glob, path manipulation
// (Join/Split/Ext/Rel/Clean/Match), and the *PathError texts of failures.
// Paths are printed relative to the temporary root.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func rel(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return "?" + err.Error()
	}
	return r
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "qa4-tree-*")
	must(err)
	defer os.RemoveAll(root)
	clean := func(s string) string { return strings.ReplaceAll(s, root, "$ROOT") }

	must(os.MkdirAll(filepath.Join(root, "src", "pkg", "util"), 0o755))
	must(os.MkdirAll(filepath.Join(root, "docs"), 0o750))
	files := map[string]string{
		"src/main.go":           "package main\n",
		"src/pkg/lib.go":        "package pkg\n\nfunc F() {}\n",
		"src/pkg/util/strs.go":  "package util\n",
		"src/pkg/util/README":   "utilities\n",
		"docs/guide.md":         "# Guide\n\nText.\n",
		"docs/notes.txt":        "note 1\n",
		"top.txt":               "top level\n",
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		must(os.WriteFile(filepath.Join(root, filepath.FromSlash(n)), []byte(files[n]), 0o644))
	}

	fmt.Println("== WalkDir")
	var total int64
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "util" {
			fmt.Println("skip", rel(root, p))
			return filepath.SkipDir
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if !d.IsDir() {
			total += info.Size()
		}
		fmt.Printf("%-5v %-22s %4d %v\n", d.IsDir(), rel(root, p), map[bool]int64{true: 0, false: info.Size()}[d.IsDir()], d.Type().IsDir())
		return nil
	})
	fmt.Println("walk err:", err, "bytes:", total)

	fmt.Println("== Glob and ReadDir")
	matches, err := filepath.Glob(filepath.Join(root, "src", "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob:", rel(root, m))
	}
	_, err = filepath.Glob("[")
	fmt.Println("bad pattern:", err, errors.Is(err, filepath.ErrBadPattern))
	entries, err := os.ReadDir(filepath.Join(root, "src"))
	for _, e := range entries {
		fmt.Println("src entry:", e.Name(), e.IsDir())
	}

	fmt.Println("== file operations")
	p := filepath.Join(root, "docs", "notes.txt")
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	must(err)
	fmt.Fprintf(f, "note %d\n", 2)
	f.WriteString("note 3\n")
	must(f.Close())
	data, _ := os.ReadFile(p)
	fmt.Printf("%q\n", data)
	rw, err := os.OpenFile(p, os.O_RDWR, 0)
	must(err)
	pos, _ := rw.Seek(7, io.SeekStart)
	buf := make([]byte, 6)
	n, _ := rw.Read(buf)
	fmt.Println(pos, n, string(buf))
	n, err = rw.ReadAt(buf, 14)
	fmt.Println(n, err, string(buf[:n]))
	must(rw.Truncate(7))
	st, _ := rw.Stat()
	fmt.Println("after truncate:", st.Size(), st.Mode().IsRegular(), st.Name())
	rw.Close()

	newp := filepath.Join(root, "docs", "renamed.txt")
	must(os.Rename(p, newp))
	_, err = os.Stat(p)
	fmt.Println(clean(err.Error()), errors.Is(err, fs.ErrNotExist))
	must(os.Remove(newp))
	err = os.Remove(filepath.Join(root, "src"))
	fmt.Println("remove non-empty dir fails:", err != nil)
	err = os.Mkdir(filepath.Join(root, "docs"), 0o755)
	var pe *fs.PathError
	fmt.Println(clean(err.Error()), errors.Is(err, fs.ErrExist), errors.As(err, &pe), pe.Op)
	_, err = os.ReadFile(filepath.Join(root, "src"))
	fmt.Println(clean(err.Error()))
	_, err = os.Open(filepath.Join(root, "nope", "x"))
	fmt.Println(clean(err.Error()))

	fmt.Println("== paths")
	for _, s := range []string{"a/b/../c/./d.tar.gz", "/usr//local/", "", "..", "./x/", "a/../../b"} {
		dir, file := filepath.Split(s)
		fmt.Printf("%-22q clean=%-12q dir=%-10q file=%-10q ext=%-4q base=%q\n", s, filepath.Clean(s), dir, file, filepath.Ext(s), filepath.Base(s))
	}
	r, err := filepath.Rel("/a/b/c", "/a/x/y")
	fmt.Println(r, err)
	_, err = filepath.Rel("a", "/b")
	fmt.Println(err)
	ok, _ := filepath.Match("*.go", "main.go")
	ok2, _ := filepath.Match("src/*/util", "src/pkg/util")
	ok3, _ := filepath.Match("[a-c]?.txt", "bx.txt")
	fmt.Println(ok, ok2, ok3, filepath.Join("a", "", "/b", "../c"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Println(strings.Join(filepath.SplitList("/bin:/usr/bin::/opt"), "|"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))
}
