package misc

import "fmt"

func init() { fmt.Println("init of package misc") }

func Greet(name string) string { return "hi " + name }
