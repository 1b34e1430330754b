// Embedding *log.Logger and log.Logger.
package main

import (
	"log"
	"os"
)

type logger struct {
	*log.Logger
	name string
}

type loggerV struct {
	log.Logger
}

type printer interface {
	Printf(format string, v ...any)
	Println(v ...any)
}

func main() {
	var p printer = logger{Logger: log.New(os.Stdout, "app: ", 0), name: "a"}
	p.Printf("n=%d", 1)
	p.Println("done")
	p = &loggerV{}
	_ = p
}
