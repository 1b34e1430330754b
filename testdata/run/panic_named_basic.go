package main

type MyInt int
type MyStr string

func main() {
	defer func() {
		r := recover()
		println("recovered")
		_ = r
		panic(MyStr("second"))
	}()
	panic(MyInt(7))
}
