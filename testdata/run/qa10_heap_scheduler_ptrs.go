// A priority queue of *Task with container/heap: items keep their index
// so Update can fix the heap in place; popped tasks are recycled.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type Scheduler struct {
	pq     PQ
	byName map[string]*Task
	spare  []*Task
}

func NewScheduler() *Scheduler {
	return &Scheduler{byName: make(map[string]*Task)}
}

func (s *Scheduler) Add(name string, prio int) {
	var t *Task
	if n := len(s.spare); n > 0 {
		t, s.spare = s.spare[n-1], s.spare[:n-1]
	} else {
		t = new(Task)
	}
	t.Name, t.Priority = name, prio
	heap.Push(&s.pq, t)
	s.byName[name] = t
}

func (s *Scheduler) Update(name string, prio int) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = prio
	heap.Fix(&s.pq, t.index)
	return true
}

func (s *Scheduler) Next() (string, bool) {
	if s.pq.Len() == 0 {
		return "", false
	}
	t := heap.Pop(&s.pq).(*Task)
	delete(s.byName, t.Name)
	name := t.Name
	*t = Task{}
	s.spare = append(s.spare, t)
	return name, true
}

func main() {
	s := NewScheduler()
	for i, n := range strings.Fields("build test lint deploy docs") {
		s.Add(n, i%3)
	}
	fmt.Println(s.Update("docs", 10), s.Update("nope", 1))
	var order []string
	for i := 0; i < 3; i++ {
		n, _ := s.Next()
		order = append(order, n)
	}
	s.Add("hotfix", 5)
	s.Add("bench", 0)
	for {
		n, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, n)
	}
	fmt.Println(order, len(s.spare), len(s.byName))
}
