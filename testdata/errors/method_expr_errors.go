package main

type T struct{}

func (t *T) P() {}
func (t T) V() {}

func main() {
	T.P(T{})
	(*T).V(&T{})
	f := T.V
	f()
	_ = (*T).X
}
