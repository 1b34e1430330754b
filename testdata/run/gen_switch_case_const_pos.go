package main

const no = false

type pair[K comparable] struct{ k K }

func (p pair[K]) a() bool {
	switch p.k {
	case *new(K):
		return no
	}
	return true
}

func (p pair[K]) b() bool {
	switch p.k {
	case *new(K):
		return true
	}
	return true
}

func (p pair[K]) c() int {
	switch p.k {
	case *new(K):
		return 7
	}
	return 1
}

func main() {
	p := pair[string]{"k"}
	println(p.a(), p.b(), p.c())
}
