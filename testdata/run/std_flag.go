package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, s)
	return nil
}

func main() {
	n := flag.Int("n", 3, "number of `items`")
	name := flag.String("name", "world", "who to greet")
	verbose := flag.Bool("v", false, "verbose")
	var d time.Duration
	flag.DurationVar(&d, "wait", 2*time.Second, "how long to wait")
	flag.Parse()
	fmt.Println(*n, *name, *verbose, d, flag.NArg(), flag.NFlag(), flag.Args(), flag.Parsed())

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	level := fs.Int("level", 1, "log level")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	quiet := fs.Bool("q", false, "quiet mode")
	tag := fs.String("tag", "", "a tag\nspanning lines")
	big := fs.Uint64("big", 0, "big number")
	var items listValue
	fs.Var(&items, "item", "repeatable item")
	var seen []string
	fs.Func("each", "called for each", func(s string) error { seen = append(seen, strings.ToUpper(s)); return nil })
	err := fs.Parse([]string{"-level=4", "--ratio", "2.5", "-q", "-item", "a", "-item=b", "-each", "x", "-tag", "t1", "-big", "0x10", "rest", "-not-a-flag"})
	fmt.Println(err, *level, *ratio, *quiet, *tag, *big, items, seen, fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.DefValue, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("level").Usage, fs.Lookup("nope") == nil, fs.Set("level", "9"), *level, fs.Set("zzz", "1"))
	fs.PrintDefaults()

	for _, args := range [][]string{{"-undefined"}, {"-level", "abc"}, {"-level"}, {"-q=maybe"}, {"---x"}, {"-big", "99999999999999999999999"}, {"-item="}, {"--", "-level", "5"}, {"-h"}} {
		fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("level", 0, "lvl")
		fs2.Bool("q", true, "quiet")
		fs2.Uint64("big", 1, "b")
		var it listValue
		fs2.Var(&it, "item", "items")
		err := fs2.Parse(args)
		fmt.Println("->", err, fs2.Args())
	}
	fs3 := flag.NewFlagSet("", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	fs3.Usage = func() { fmt.Println("custom usage") }
	fmt.Println(fs3.Parse([]string{"-x"}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs3.Int("a", 1, "")
		fs3.Int("a", 2, "")
	}()
	fmt.Println(fs3.Name() == "", fs3.ErrorHandling() == flag.ContinueOnError, fs.Parsed())
	flag.CommandLine.SetOutput(os.Stdout)
	os.Args[0] = "prog"
	flag.Usage()
}
