package main

import "fmt"

type Item struct {
	ID   int
	Name string
}

func producer(ch chan<- Item, n int) {
	for i := 0; i < n; i++ {
		ch <- Item{i, fmt.Sprint("item", i)}
	}
	close(ch)
}

func consumer(ch <-chan Item, done chan<- int) {
	count := 0
	for {
		it, ok := <-ch
		if !ok {
			break
		}
		if it.ID%3 == 0 {
			fmt.Println("consumed", it.Name)
		}
		count++
	}
	done <- count
}

func main() {
	ch := make(chan Item, 4)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println("count", <-done)
	fmt.Println(len(ch), cap(ch))
	it, ok := <-ch
	fmt.Printf("%+v %v\n", it, ok)
	bc := make(chan int, 3)
	bc <- 1
	bc <- 2
	fmt.Println(len(bc), cap(bc))
	close(bc)
	for v := range bc {
		fmt.Println("drain", v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	bc <- 3
}
