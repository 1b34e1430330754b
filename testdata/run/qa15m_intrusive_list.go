package main

import "fmt"

// link is embedded in every element that can sit on a queue.
type link struct {
	prev, next *link
	owner      any
}

type queue struct {
	head link // sentinel
	n    int
}

func (q *queue) init() *queue {
	q.head.prev = &q.head
	q.head.next = &q.head
	return q
}

func (q *queue) pushBack(l *link, owner any) {
	l.owner = owner
	l.prev = q.head.prev
	l.next = &q.head
	q.head.prev.next = l
	q.head.prev = l
	q.n++
}

func (q *queue) remove(l *link) {
	l.prev.next = l.next
	l.next.prev = l.prev
	l.prev, l.next, l.owner = nil, nil, nil
	q.n--
}

func (q *queue) each(f func(any) bool) {
	for l := q.head.next; l != &q.head; {
		next := l.next
		if !f(l.owner) {
			return
		}
		l = next
	}
}

type Job struct {
	id       int
	name     string
	runQ     link
	timerQ   link
	deadline int
}

func main() {
	run := new(queue).init()
	var timers queue
	timers.init()
	jobs := make([]*Job, 0, 6)
	for i, name := range []string{"fetch", "parse", "index", "store", "notify", "cleanup"} {
		j := &Job{id: i + 1, name: name, deadline: (i * 7) % 5}
		jobs = append(jobs, j)
		run.pushBack(&j.runQ, j)
		if j.deadline > 1 {
			timers.pushBack(&j.timerQ, j)
		}
	}
	fmt.Println("run:", run.n, "timers:", timers.n)
	run.each(func(o any) bool {
		j := o.(*Job)
		fmt.Printf("  run %d %s\n", j.id, j.name)
		return true
	})
	// expire timers: remove from both queues
	timers.each(func(o any) bool {
		j := o.(*Job)
		if j.deadline >= 3 {
			timers.remove(&j.timerQ)
			run.remove(&j.runQ)
			fmt.Printf("  expired %s (deadline %d)\n", j.name, j.deadline)
		}
		return true
	})
	fmt.Println("run:", run.n, "timers:", timers.n)
	count := 0
	run.each(func(o any) bool {
		count++
		fmt.Printf("  left %v\n", o.(*Job).name)
		return count < 2
	})
	for _, j := range jobs {
		fmt.Printf("%s linked=%v/%v\n", j.name, j.runQ.next != nil, j.timerQ.next != nil)
	}
}
