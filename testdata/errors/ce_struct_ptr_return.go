package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func NewPerson(name string) *Person {
	return Person{Name: name}
}

func (p Person) String() string {
	return fmt.Sprintf("%s (%d)", p.name, p.Age)
}

func main() {
	p := NewPerson("bob")
	p.Age = "ten"
	people := map[string]Person{}
	people["bob"].Age = 3
	for name, person := range people {
		fmt.Println(name)
	}
	var q Person = nil
	fmt.Println(p, q)
}
