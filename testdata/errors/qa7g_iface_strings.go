package main

type T struct{}

func f[X interface{ M(); N() }](x X)              {}
func g[X interface{ ~int | ~string; M() }](x X)   {}
func h[X interface{ int; fmt() }](x X)            {}
func k[X interface{ ~int8 | ~uint8; ~int8 }](x X) {}

func main() {
	var i interface{ M(); N() } = T{}
	f(T{})
	g(T{})
	h(1)
	k(1.5)
	_ = i
}
