package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

func parse(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 3, "number of items")
	name := fs.String("name", "world", "who to greet")
	var tags listFlag
	fs.Var(&tags, "tag", "tag (repeatable)")
	rate := fs.Float64("rate", 1.0, "rate")
	err := fs.Parse(args)
	fmt.Printf("err=%v v=%t n=%d name=%q tags=%v rate=%g rest=%q nflag=%d\n", err, *verbose, *n, *name, tags, *rate, fs.Args(), fs.NFlag())
}

func main() {
	parse([]string{"-v", "-n", "5", "--name=gopher", "-tag", "a", "-tag=b", "file1", "file2"})
	parse([]string{"-rate", "0.25", "--", "-v"})
	parse([]string{"-n", "notanumber"})
	parse([]string{"-tag", ""})
	parse([]string{"-unknown"})
	logger := log.New(os.Stdout, "[app] ", 0)
	logger.Printf("started with %d workers", 4)
	logger.Println("ready", true)
	logger.SetPrefix("[db] ")
	logger.Print("connected")
	fmt.Println(logger.Prefix(), logger.Flags())
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("std logger to stdout")
	log.SetPrefix("fatal: ")
	log.SetOutput(os.Stderr)
	log.Fatalf("giving up after %d tries", 3)
}
