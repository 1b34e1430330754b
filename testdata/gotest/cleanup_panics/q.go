package queue

import "fmt"

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() T {
	if len(q.items) == 0 {
		panic(fmt.Errorf("queue: Pop of empty %T", q))
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func (q *Queue[T]) Len() int { return len(q.items) }
