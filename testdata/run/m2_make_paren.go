// -m=2's "can inline ... as:" body: gc parenthesizes make(chan)/make(map)
// wherever an operand needs a precedence (a send's value, an index base),
// since those two have no precedence of their own in its printer.
package main

import "fmt"

func sendChan(ch chan chan int) { ch <- make(chan int) }

func sendMap(ch chan map[int]int) { ch <- make(map[int]int) }

func lookup() int { return make(map[int]int)[3] }

func sized(x int) int { return len(make(map[int]int, x)) + len(make([]int, x)) }

func same(ch chan bool, a, b int) { ch <- a == b }

func main() {
	c1 := make(chan chan int, 1)
	sendChan(c1)
	c2 := make(chan map[int]int, 1)
	sendMap(c2)
	c3 := make(chan bool, 1)
	same(c3, 1, 1)
	fmt.Println(len(<-c1), len(<-c2), lookup(), sized(2), <-c3)
}
