package main

import (
	"fmt"
	"os"
)

type Grid struct {
	w, h  int
	cells []rune
}

func NewGrid(w, h int) (g *Grid, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("NewGrid(%d, %d): %v", w, h, r)
		}
	}()
	return &Grid{w, h, make([]rune, w*h)}, nil
}

func sizeFromArgs() int {
	return len(os.Args) - 4 // -3 when run without arguments
}

func main() {
	g, err := NewGrid(3, 2)
	fmt.Println(len(g.cells), err)
	_, err = NewGrid(2, -3)
	fmt.Println(err)
	n := sizeFromArgs()
	fmt.Println("about to make a buffer of", n)
	buf := make([]byte, 10, 10+n*10)
	fmt.Println(len(buf))
}
