package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	path := "/tmp/qa_os_files_test.txt"
	data := []byte("line one\nline two\nline three\n")
	if err := os.WriteFile(path, data, 0644); err != nil {
		fmt.Println("write error:", err)
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	lines := strings.Split(strings.TrimRight(string(got), "\n"), "\n")
	fmt.Println(len(got), len(lines), lines[1])
	_, err = os.ReadFile("/definitely/missing.txt")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	fmt.Println(err)
	os.Setenv("QA_TEST_VAR", "hello")
	fmt.Println(os.Getenv("QA_TEST_VAR"), os.Getenv("QA_UNSET_VAR") == "")
	v, ok := os.LookupEnv("QA_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(len(os.Args) >= 1)
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Fprintln(os.Stderr, "to stderr")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintf(f, "%s=%d\n", "x", 42)
	f.WriteString("tail\n")
	f.Close()
	got, _ = os.ReadFile(path)
	fmt.Printf("%q\n", got)
}
