// runtime.GOROOT: the Go tree the reference sources come from ($GOROOT, else gosub's configured Go 1.19).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOROOT())
	n := 0
	filepath.WalkDir(filepath.Join(runtime.GOROOT(), "src", "sort"), func(p string, d os.DirEntry, err error) error {
		if filepath.Ext(p) == ".go" {
			n++
		}
		return nil
	})
	fmt.Println(n > 5)
}
