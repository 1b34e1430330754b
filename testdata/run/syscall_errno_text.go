package main

import (
	"fmt"
	"syscall"
)

func main() {
	for i := 0; i < 136; i++ {
		fmt.Println(i, syscall.Errno(i).Error())
	}
}
