package main

import (
	"container/heap"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type JobState int

const (
	Pending JobState = iota
	Running
	Succeeded
	Failed
	Retrying
)

var stateNames = map[JobState]string{Pending: "pending", Running: "running", Succeeded: "ok", Failed: "failed", Retrying: "retry"}

func (s JobState) String() string { return stateNames[s] }

type Job struct {
	ID       string
	Priority int
	Attempts int
	MaxTries int
	RunAt    time.Duration
	State    JobState
	Err      error
	work     func(attempt int) error
	index    int
}

type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].RunAt != h[j].RunAt {
		return h[i].RunAt < h[j].RunAt
	}
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].ID < h[j].ID
}
func (h jobHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *jobHeap) Push(x interface{}) { j := x.(*Job); j.index = len(*h); *h = append(*h, j) }
func (h *jobHeap) Pop() interface{} {
	old := *h
	j := old[len(old)-1]
	*h = old[:len(old)-1]
	j.index = -1
	return j
}

type Queue struct {
	mu      sync.Mutex
	now     time.Duration
	pending jobHeap
	all     map[string]*Job
	events  []string
	backoff func(attempt int) time.Duration
}

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

func NewQueue() *Queue {
	return &Queue{all: map[string]*Job{}, backoff: func(a int) time.Duration {
		return time.Duration(1<<uint(a)) * 100 * time.Millisecond
	}}
}

func (q *Queue) Submit(id string, prio, maxTries int, work func(int) error) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if _, dup := q.all[id]; dup {
		return fmt.Errorf("submit %s: duplicate", id)
	}
	j := &Job{ID: id, Priority: prio, MaxTries: maxTries, RunAt: q.now, work: work}
	q.all[id] = j
	heap.Push(&q.pending, j)
	return nil
}

func (q *Queue) event(format string, args ...interface{}) {
	q.events = append(q.events, fmt.Sprintf("[%6v] ", q.now)+fmt.Sprintf(format, args...))
}

func (q *Queue) Step() bool {
	q.mu.Lock()
	if q.pending.Len() == 0 {
		q.mu.Unlock()
		return false
	}
	j := heap.Pop(&q.pending).(*Job)
	if j.RunAt > q.now {
		q.now = j.RunAt
	}
	j.State = Running
	j.Attempts++
	q.mu.Unlock()

	err := j.run()

	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case err == nil:
		j.State = Succeeded
		q.event("%s ok after %d", j.ID, j.Attempts)
	case errors.Is(err, ErrTransient) && j.Attempts < j.MaxTries:
		j.State = Retrying
		j.RunAt = q.now + q.backoff(j.Attempts)
		heap.Push(&q.pending, j)
		q.event("%s retry at %v: %v", j.ID, j.RunAt, err)
	default:
		j.State = Failed
		j.Err = err
		q.event("%s failed: %v", j.ID, err)
	}
	q.now += 10 * time.Millisecond
	return true
}

func (j *Job) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: panic: %v", ErrFatal, r)
		}
	}()
	return j.work(j.Attempts)
}

func flaky(failures int) func(int) error {
	return func(attempt int) error {
		if attempt <= failures {
			return fmt.Errorf("attempt %d: %w", attempt, ErrTransient)
		}
		return nil
	}
}

func main() {
	q := NewQueue()
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	must(q.Submit("email", 1, 3, flaky(1)))
	must(q.Submit("report", 5, 2, flaky(5)))
	must(q.Submit("backup", 3, 4, flaky(0)))
	must(q.Submit("index", 3, 1, func(int) error { return ErrFatal }))
	must(q.Submit("crash", 9, 3, func(a int) error {
		var m map[string]int
		if a > 0 {
			m["x"] = 1
		}
		return nil
	}))
	must(q.Submit("email", 1, 1, nil))
	steps := 0
	for q.Step() {
		steps++
	}
	fmt.Println(strings.Join(q.events, "\n"))
	ids := make([]string, 0, len(q.all))
	for id := range q.all {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	counts := map[JobState]int{}
	for _, id := range ids {
		j := q.all[id]
		counts[j.State]++
		fmt.Printf("%-7s %-6v tries=%d fatal=%v\n", j.ID, j.State, j.Attempts, errors.Is(j.Err, ErrFatal))
	}
	fmt.Println("steps", steps, "ok", counts[Succeeded], "failed", counts[Failed], "clock", q.now)
}
