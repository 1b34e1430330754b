package main

import "fmt"

func (s string) Len() int { return len(s) }

func (i *int) Inc() {}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	init()
	var x MyInt = 3
	y := 4
	fmt.Println(x.Double(), y.Double(), x+y)
}

func init() int { return 1 }
