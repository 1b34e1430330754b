package main

import "fmt"

// gc devirtualizes a function literal's interface calls before those of
// the function holding it (the literal is declared first), innermost
// first.

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Robot struct{ id int }

func (r *Robot) Speak() string { return fmt.Sprint("robot ", r.id) }

func chorus() []string {
	var out []string
	var s Speaker = Dog{"rex"}
	out = append(out, s.Speak())
	add := func() {
		var r Speaker = &Robot{7}
		out = append(out, r.Speak())
		func() {
			var d Speaker = Dog{"fido"}
			out = append(out, d.Speak())
		}()
	}
	add()
	return out
}

func main() {
	var s Speaker = &Robot{1}
	fmt.Println(s.Speak())
	go func() {}()
	defer func() {
		var d Speaker = Dog{"late"}
		fmt.Println(d.Speak())
	}()
	for _, line := range chorus() {
		fmt.Println(line)
	}
}
