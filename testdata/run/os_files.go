// os: WriteFile/ReadFile round trip, *PathError texts and errors.Is with
// os.ErrNotExist, Create/Write/Close, Args, Getenv/LookupEnv, Stdout/Stderr.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	name := "/tmp/gosub_os_files_test.txt"
	err := os.WriteFile(name, []byte("hello\nworld\n"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(name)
	fmt.Printf("read: %q %v %d\n", data, err, len(data))
	f, err := os.Create(name)
	fmt.Println("create:", err == nil, f.Name())
	n, err := f.Write([]byte("abc"))
	fmt.Println(n, err)
	n, err = f.WriteString("def\n")
	fmt.Println(n, err)
	fmt.Println("close:", f.Close())
	data, _ = os.ReadFile(name)
	fmt.Printf("%s", data)
	fmt.Println(os.Remove(name))

	_, err = os.ReadFile("/definitely/not/here")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	_, err = os.Open("/")
	fmt.Println("open dir:", err)
	err = os.WriteFile("/definitely/not/here/x", nil, 0644)
	fmt.Println(err)

	fmt.Println(len(os.Args) > 0)
	v, ok := os.LookupEnv("GOSUB_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOSUB_SURELY_UNSET_VARIABLE"))
	os.Setenv("GOSUB_TEST_VAR", "value 1")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"))
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	fmt.Fprint(os.Stdout, "no newline", "\n")
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
