// os: Mkdir/Remove errors and errors.Is with ErrExist/ErrNotExist, Close twice (ErrClosed), ReadFile capacity.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	dir := "/tmp/gosub_os_more_dir"
	os.Remove(dir + "/f")
	os.Remove(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	err := os.Mkdir(dir, 0755)
	fmt.Println(err, errors.Is(err, os.ErrExist), errors.Is(err, os.ErrNotExist))
	f, err := os.Create(dir + "/f")
	fmt.Println(err)
	fmt.Fprintf(f, "x=%d\n", 42)
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(err, errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("late"))
	fmt.Println(err)
	data, err := os.ReadFile(dir + "/f")
	fmt.Printf("%q %v %d %d\n", data, err, len(data), cap(data))
	big := make([]byte, 5000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	fmt.Println(os.WriteFile(dir+"/f", big, 0644))
	data, err = os.ReadFile(dir + "/f")
	fmt.Println(len(data), cap(data), err, string(data[:30]))
	err = os.Remove(dir)
	fmt.Println(err, errors.Is(err, os.ErrExist))
	fmt.Println(os.Remove(dir+"/f"), os.Remove(dir))
	err = os.Remove(dir)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	_, err = os.Open("/root/.gosub_no_such_file_x")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission))
}
