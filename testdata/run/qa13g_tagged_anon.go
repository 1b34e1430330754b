package main

import "fmt"

type A struct {
	X int `json:"x"`
}
type B struct{ X int }

func main() {
	var i1 interface{} = struct {
		X int `json:"x"`
	}{1}
	var i2 interface{} = struct{ X int }{1}
	var i3 interface{} = struct {
		X int `json:"x"`
	}{1}
	fmt.Println(i1 == i2, i1 == i3)
	fmt.Printf("%T|%T\n", i1, i2)
	switch i1.(type) {
	case struct{ X int }:
		fmt.Println("untagged")
	case struct {
		X int `json:"x"`
	}:
		fmt.Println("tagged")
	}
	_, ok := i2.(struct {
		X int `json:"x"`
	})
	fmt.Println(ok)
	m := map[interface{}]string{}
	m[i1] = "tagged"
	m[i2] = "plain"
	fmt.Println(len(m), m[i3])
	var ia interface{} = A{1}
	var ib interface{} = B(A{1})
	fmt.Println(ia == ib, A(ib.(B)) == ia)
	fmt.Printf("%#v %#v\n", i1, ib)
	type P struct {
		p *int `tag:"p"`
	}
	var ip1 interface{} = []struct {
		A int `a:"1"`
	}{{1}}
	var ip2 interface{} = []struct {
		A int `a:"2"`
	}{{1}}
	_, ok = ip1.([]struct {
		A int `a:"2"`
	})
	fmt.Println(ok)
	fmt.Printf("%T %T\n", ip1, ip2)
	fmt.Printf("%T\n", map[struct {
		K string `k:"1"`
	}]int{})
}
