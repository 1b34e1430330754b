package main

import "fmt"

var trace []string

func note(s string, v int) int { trace = append(trace, s); return v }

var (
	a = c + b
	b = note("b", 2)
	c = note("c", 3)
	d, e = pair()
	f = func() int { return note("f", a*10) }()
)

var total = sumAll()

func sumAll() int { return a + b + c + d + e + f }

func pair() (int, int) { trace = append(trace, "pair"); return 4, 5 }

func init() { trace = append(trace, fmt.Sprint("init1 total=", total)) }
func init() { trace = append(trace, "init2") }

type Grid [3]int

var gp *Grid

func main() {
	fmt.Println(trace)
	fmt.Println(a, b, c, d, e, f, total)
	var p *[5]int
	fmt.Println(len(p), cap(p))
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println(n, len(gp))
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		for i, v := range p {
			fmt.Println(i, v)
		}
	}()
	for _, i := range []int{65, 0x4e16, -1, 0x10FFFF, 0x110000, 0xD800} {
		s := string(rune(i))
		fmt.Printf("%q %d ", s, len(s))
	}
	fmt.Println()
	chs := make(chan chan int, 1)
	var send chan<- chan int = chs
	var recv <-chan chan int = chs
	inner := make(chan int, 1)
	send <- inner
	got := <-recv
	got <- 7
	fmt.Println(<-inner, len(chs), cap(recv))
	var ro <-chan <-chan int
	fmt.Println(ro == nil)
	type E struct{}
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		m := map[interface{}]int{}
		m[func() {}] = 1
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		m := map[interface{}]int{}
		m[[1]interface{}{map[int]int{}}] = 1
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var x, y interface{} = E{}, E{}
		fmt.Println(x == y)
		var f1, f2 interface{} = main, main
		fmt.Println(f1 == f2)
	}()
}
