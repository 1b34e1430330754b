package main

import "fmt"

// -m prints an unnamed struct type's field tags quoted (strconv.Quote):
// &struct { A int "k:\"v\""; B []string }{...} escapes to heap.

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	age   int
}

var sink interface{}

func mk(n string) interface{} {
	v := struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}{1, n}
	return v
}

func anon() *struct {
	A int `k:"v"`
	B []string
} {
	return &struct {
		A int `k:"v"`
		B []string
	}{A: 1}
}

func main() {
	u := &User{Name: "a", Email: "e"}
	sink = u
	fmt.Println(mk("x"), anon().A)
	fmt.Printf("%+v %#v\n", *u, mk("y"))
	var s []struct {
		X int `tag:"x\\y"`
	}
	s = append(s, struct {
		X int `tag:"x\\y"`
	}{5})
	sink = s
	v := struct {
		A int `k:"v" json:"a,omitempty"`
		B string
	}{1, "x"}
	fmt.Printf("%T\n%#v\n%+v\n", v, v, v)
	var e interface{} = &struct {
		T []int `t:"\\n"`
	}{}
	fmt.Printf("%T %v\n", e, e)
}
