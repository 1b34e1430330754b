// Embedding container/list.List by value and by pointer.
package main

import (
	"container/list"
	"fmt"
)

type queue struct {
	list.List
}

type queueP struct {
	*list.List
}

type pusher interface {
	PushBack(v any) *list.Element
	Len() int
}

func main() {
	q := &queue{}
	var p pusher = q
	p.PushBack(1)
	p.PushBack(2)
	p = queueP{list.New()}
	p.PushBack(3)
	fmt.Println(q.Len(), p.Len(), q.Front().Value)
}
