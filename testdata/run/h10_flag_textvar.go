package main

// flag.TextVar (encoding.TextUnmarshaler values) and a type embedding
// *flag.FlagSet: gc's wrappers cover Go 1.19's whole method set, TextVar
// and the unexported sprintf included.

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte([]string{"low", "mid", "high"}[l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("bad level " + string(b))
	}
	return nil
}

type plain struct{}

func (plain) UnmarshalText([]byte) error    { return nil }
func (plain) MarshalText() ([]byte, error) { return []byte("plain"), nil }

type cmd struct {
	*flag.FlagSet
	verbose bool
}

func main() {
	c := &cmd{FlagSet: flag.NewFlagSet("tool", flag.ContinueOnError)}
	var out strings.Builder
	c.SetOutput(&out)
	var lv level
	c.TextVar(&lv, "level", level(1), "the `level`")
	c.BoolVar(&c.verbose, "v", false, "verbose")
	fmt.Println("default:", lv)
	if err := c.Parse([]string{"-level", "high", "-v", "rest"}); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(lv, c.verbose, c.Args())
	err := c.Parse([]string{"-level", "huge"})
	fmt.Println("error:", err)
	c.PrintDefaults()
	fmt.Print(out.String())
	f := c.Lookup("level")
	fmt.Println(f.Name, f.DefValue, f.Value.String())

	var lp level
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.TextVar(&lp, "p", &lv, "pointer default")
	}()
	fmt.Println(lp)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.TextVar(plain{}, "q", level(0), "not a pointer")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.Var(c.Lookup("v").Value, "-bad", "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.TextVar(&lp, "m", plain{}, "mismatch")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.TextVar(&lp, "m", &plain{}, "mismatch")
	}()
	fmt.Print(out.String()[len(out.String())-60:])
	fmt.Fprintln(os.Stderr, "done")
}
