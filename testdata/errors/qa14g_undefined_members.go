package main

import (
	"fmt"
	"strings"
)

type User struct {
	Name  string
	email string
}

func (u *User) Greet() string { return "hi " + u.Name }

func main() {
	u := User{Name: "a", Email: "x"}
	fmt.Println(u.Nmae, u.greet(), u.Greet)
	var sb strings.Builder
	sb.WriteStrings("x")
	fmt.Printn(sb.String())
	strings.NoSuchFunc()
	var v interface{} = u
	v.Name = "b"
}
