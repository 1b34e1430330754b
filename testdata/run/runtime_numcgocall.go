// runtime.NumCgoCall: 0 without cgo.
package main

import (
	"fmt"
	"runtime"
)

func main() { fmt.Println(runtime.NumCgoCall()) }
