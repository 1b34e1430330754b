package main

import "fmt"

// An unnamed or blank parameter is no variable of gc's function: its
// type's descriptor is not recorded in the debug information, so an
// interface type named only there gets no method wrappers (-m=2 lists
// one for each interface only a named parameter or a result has).

type Namer interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

func first(_ interface{ Bark() string }, n Namer) string { return n.Name() }

func second(_ interface{ Howl() int }, n Namer) string { return n.Name() + "!" }

func third(x interface{ Purr() bool }) bool { return x == nil }

func fourth() (interface{ Hiss() }, int) { return nil, 4 }

func f(interface{ N() })   {}
func g(_ interface{ O() }) {}
func h(x interface{ P() }) {}

//go:noinline
func fifth(interface{ Growl() }, interface{ Snarl() }) int { return 5 }

func main() {
	d := dog{}
	fmt.Println(first(nil, d), second(nil, d), third(nil))
	_, n := fourth()
	fmt.Println(n, fifth(nil, nil))
	f(nil)
	g(nil)
	h(nil)
}
