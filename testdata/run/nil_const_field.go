// A pointer field of a zero struct variable is a constant nil too: the
// report says addr=0x0 for w.cfg.Limit.
package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

type Worker struct {
	id  int
	cfg *Config
}

func main() {
	var w Worker
	fmt.Println("worker", w.id)
	fmt.Println(w.cfg.Limit)
}
