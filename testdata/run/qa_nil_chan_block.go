package main

import "fmt"

type Server struct {
	requests chan string
}

func main() {
	s := &Server{}
	fmt.Println("requests is nil:", s.requests == nil)
	go func() {
		for r := range s.requests {
			fmt.Println(r)
		}
	}()
	msg := <-s.requests
	fmt.Println(msg)
}
