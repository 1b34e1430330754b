package main

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var exit0 = flag.Bool("exit0", false, "call os.Exit(0) in a test")

func TestMain(m *testing.M) {
	fmt.Println("before")
	m.Run()
	fmt.Println("after: no os.Exit, go uses m.Run's result")
}

func TestShout(t *testing.T) {
	if got := shout("hi"); got != "HI!" {
		t.Errorf("shout = %q", got)
	}
}

func TestFails(t *testing.T) {
	t.Error("fails")
}

func TestExitZero(t *testing.T) {
	if !*exit0 {
		t.Skip("run with -args -exit0")
	}
	os.Exit(0)
}
