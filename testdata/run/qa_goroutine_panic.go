package main

import (
	"fmt"
	"time"
)

type Task struct{ items []int }

func process(t *Task, idx int) int {
	return t.items[idx]
}

func main() {
	t := &Task{items: []int{1, 2, 3}}
	fmt.Println("first:", process(t, 0))
	done := make(chan bool)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("worker recovered:", r)
			}
			done <- true
		}()
		process(t, 10)
	}()
	<-done
	go func() {
		var m map[string]int
		m["crash"] = 1
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
