// A command-line tool without a flag library: os.Args parsing with
// defaults, flag package parsing of a synthetic argument list, usage text on
// stderr, and exit codes chosen by the outcome (this run: 4, "partial").
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type options struct {
	verbose bool
	limit   int
	sep     string
	names   []string
}

var errUsage = errors.New("usage")

func parseArgs(args []string) (options, error) {
	opts := options{limit: 10, sep: ","}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-v" || a == "--verbose":
			opts.verbose = true
		case strings.HasPrefix(a, "--limit="):
			n, err := strconv.Atoi(strings.TrimPrefix(a, "--limit="))
			if err != nil {
				return opts, fmt.Errorf("bad --limit: %w", err)
			}
			opts.limit = n
		case a == "--sep":
			if i+1 >= len(args) {
				return opts, fmt.Errorf("--sep needs a value: %w", errUsage)
			}
			i++
			opts.sep = args[i]
		case a == "--":
			opts.names = append(opts.names, args[i+1:]...)
			return opts, nil
		case strings.HasPrefix(a, "-"):
			return opts, fmt.Errorf("unknown flag %q: %w", a, errUsage)
		default:
			opts.names = append(opts.names, a)
		}
	}
	return opts, nil
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, "+") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	prog := filepath.Base(os.Args[0])
	fmt.Println("program name is non-empty:", prog != "", "real args:", len(os.Args)-1)

	for _, argv := range [][]string{
		{},
		{"-v", "a", "b"},
		{"--limit=3", "--sep", ";", "x"},
		{"--limit=three"},
		{"--sep"},
		{"-x"},
		{"a", "--", "-v", "--limit=1"},
	} {
		o, err := parseArgs(argv)
		if err != nil {
			fmt.Printf("%-34q error: %v (usage: %v)\n", argv, err, errors.Is(err, errUsage))
			continue
		}
		fmt.Printf("%-34q %+v\n", argv, o)
	}

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 5, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	dry := fs.Bool("dry-run", false, "do nothing")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable tag")
	err := fs.Parse([]string{"-n", "7", "--name=gopher", "-tag", "x", "-tag=y", "-dry-run", "rest1", "rest2"})
	fmt.Println(err, *n, *name, *dry, tags, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs2 := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("n", 5, "number of `items`")
	fs2.Bool("q", false, "quiet")
	err = fs2.Parse([]string{"-n", "notanumber"})
	fmt.Println("err:", err)
	err = fs2.Parse([]string{"-h"})
	fmt.Println("err:", err, err == flag.ErrHelp)

	processed, failed := 0, 0
	for _, item := range []string{"ok1", "ok2", "bad", "ok3"} {
		if strings.HasPrefix(item, "bad") {
			fmt.Fprintf(os.Stderr, "%s: cannot process %s\n", "tool", item)
			failed++
			continue
		}
		processed++
	}
	fmt.Printf("processed %d, failed %d\n", processed, failed)
	defer fmt.Println("deferred calls do not run on os.Exit")
	switch {
	case failed == 0:
		os.Exit(0)
	case processed > 0:
		os.Exit(4)
	default:
		os.Exit(1)
	}
}
