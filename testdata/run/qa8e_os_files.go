package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func writeLines(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return w.Flush()
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "qa8e")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	names := []string{"b.txt", "a.txt", "notes.md"}
	for i, n := range names {
		var lines []string
		for j := 0; j <= i; j++ {
			lines = append(lines, strings.Repeat(string(rune('a'+j)), j+1))
		}
		if err := writeLines(filepath.Join(dir, n), lines); err != nil {
			fmt.Println(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		n, _ := countLines(filepath.Join(dir, e.Name()))
		fmt.Printf("%-9s dir=%t size=%d lines=%d ext=%q\n", e.Name(), e.IsDir(), info.Size(), n, filepath.Ext(e.Name()))
	}
	data, err := os.ReadFile(filepath.Join(dir, "notes.md"))
	fmt.Printf("%q %v\n", data, err)
	f, _ := os.OpenFile(filepath.Join(dir, "a.txt"), os.O_APPEND|os.O_WRONLY, 0644)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q\n", string(data))
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, filepath.Base(pe.Path), pe.Err)
	}
	_, err = os.Stat(filepath.Join(dir, "nope"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.WriteFile(filepath.Join(dir, "sub", "deep.txt"), []byte("deep"), 0600)
	var walked []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		walked = append(walked, rel)
		return nil
	})
	sort.Strings(walked)
	fmt.Println(walked)
	rf, _ := os.Open(filepath.Join(dir, "b.txt"))
	buf := make([]byte, 3)
	for {
		n, err := rf.Read(buf)
		fmt.Printf("%d %q %v; ", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	rf.Close()
	fmt.Println()
	fmt.Println(filepath.Join("a", "b", "..", "c"), filepath.Dir("/x/y/z.go"), filepath.Clean("a//b/./c/"), strings.TrimSuffix(filepath.Base("main.go"), ".go"))
	matched, _ := filepath.Match("*.txt", "a.txt")
	fmt.Println(matched, os.Getenv("QA8E_UNSET") == "", len(os.Args) > 0)
	os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt"))
	_, err = os.Stat(filepath.Join(dir, "c.txt"))
	fmt.Println(err == nil)
}
