package ex

import (
	"fmt"
	"os"
)

func ExampleTitle() {
	fmt.Println(Title("hello wide world"))
	fmt.Fprintln(os.Stdout, Title("a"))
	// Output:
	// Hello Wide World
	// A
}

func ExampleTitle_oneLine() {
	fmt.Print(Title("x y"))
	// Output: X Y
}

func ExampleTitle_unordered() {
	for _, s := range []string{"b", "a", "c"} {
		fmt.Println(Title(s))
	}
	// Unordered output:
	// A
	// B
	// C
}

func ExampleTitle_wrong() {
	fmt.Println(Title("oops"))
	fmt.Println("\tindented")
	// Output:
	// oops
}

func ExampleTitle_noOutput() {
	fmt.Println("never run")
}
