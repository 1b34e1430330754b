package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// A command-line tool's flag handling, with fixed argument lists.

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type config struct {
	name    string
	count   int
	verbose bool
	ratio   float64
	timeout time.Duration
	tags    listFlag
	lvl     level
	rest    []string
}

func parse(args []string) (*config, error) {
	var c config
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.StringVar(&c.name, "name", "anon", "the `name` to greet")
	fs.IntVar(&c.count, "n", 1, "repeat count")
	fs.BoolVar(&c.verbose, "v", false, "verbose output")
	fs.Float64Var(&c.ratio, "ratio", 0.5, "a ratio")
	fs.DurationVar(&c.timeout, "timeout", 2*time.Second, "how long to wait")
	fs.Var(&c.tags, "tag", "a tag (repeatable)")
	c.lvl = 1
	fs.Var(&c.lvl, "level", "log level")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.rest = fs.Args()
	visited := []string{}
	fs.Visit(func(f *flag.Flag) { visited = append(visited, f.Name+"="+f.Value.String()) })
	fmt.Println("  set:", visited, "nflag:", fs.NFlag(), "narg:", fs.NArg())
	return &c, nil
}

func main() {
	runs := [][]string{
		{},
		{"-name", "gopher", "-n=3", "-v", "extra", "args"},
		{"--ratio", "0.25", "-timeout", "1m30s", "-tag", "a", "-tag=b", "--", "-v"},
		{"-level", "warn", "-v=false", "x"},
		{"-n", "notanumber"},
		{"-level", "loud"},
		{"-tag", ""},
		{"-undefined"},
		{"-timeout", "5"},
		{"-h"},
	}
	for i, args := range runs {
		fmt.Printf("run %d: %q\n", i, args)
		c, err := parse(args)
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Println("  help requested")
			} else {
				fmt.Println("  error:", err)
			}
			continue
		}
		fmt.Printf("  %s x%d v=%t ratio=%g timeout=%v tags=%v level=%v rest=%q\n",
			c.name, c.count, c.verbose, c.ratio, c.timeout, c.tags, c.lvl.String(), c.rest)
	}
}
