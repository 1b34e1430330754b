package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Priority uint8

const (
	Low Priority = iota
	Normal
	High
	Critical
)

func (p Priority) String() string {
	return [...]string{"low", "normal", "high", "critical"}[p]
}

type Task struct {
	ID       int
	Name     string
	Prio     Priority
	Deps     []int
	Run      func() error
	attempts int
}

type TaskResult struct {
	ID    int
	Err   error
	Order int64
}

type Scheduler struct {
	mu       sync.Mutex
	cond     *sync.Cond
	tasks    map[int]*Task
	done     map[int]bool
	failed   map[int]error
	ready    []*Task
	order    int64
	results  []TaskResult
	inflight int
	once     sync.Once
	closed   bool
}

var ErrCycle = errors.New("dependency cycle")
var ErrDepFailed = errors.New("dependency failed")

func NewScheduler() *Scheduler {
	s := &Scheduler{tasks: map[int]*Task{}, done: map[int]bool{}, failed: map[int]error{}}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *Scheduler) Add(t *Task) { s.tasks[t.ID] = t }

func (s *Scheduler) checkCycles() error {
	const (
		white = iota
		grey
		black
	)
	color := make(map[int]int, len(s.tasks))
	var visit func(id int, path []int) error
	visit = func(id int, path []int) error {
		switch color[id] {
		case grey:
			return fmt.Errorf("%w: %v", ErrCycle, append(path, id))
		case black:
			return nil
		}
		color[id] = grey
		t := s.tasks[id]
		for _, d := range t.Deps {
			if err := visit(d, append(path, id)); err != nil {
				return err
			}
		}
		color[id] = black
		return nil
	}
	ids := s.sortedIDs()
	for _, id := range ids {
		if err := visit(id, nil); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) sortedIDs() []int {
	ids := make([]int, 0, len(s.tasks))
	for id := range s.tasks {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

func (s *Scheduler) refill() {
	for _, id := range s.sortedIDs() {
		t := s.tasks[id]
		if s.done[id] || s.failed[id] != nil || t.attempts > 0 {
			continue
		}
		ok := true
		for _, d := range t.Deps {
			if err := s.failed[d]; err != nil {
				s.failed[id] = fmt.Errorf("task %d: %w (%d)", id, ErrDepFailed, d)
				s.results = append(s.results, TaskResult{ID: id, Err: s.failed[id], Order: -1})
				ok = false
				break
			}
			if !s.done[d] {
				ok = false
			}
		}
		if ok {
			t.attempts++
			s.ready = append(s.ready, t)
		}
	}
	sort.SliceStable(s.ready, func(i, j int) bool { return s.ready[i].Prio > s.ready[j].Prio })
}

func (s *Scheduler) worker(wg *sync.WaitGroup) {
	defer wg.Done()
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		for len(s.ready) == 0 && !s.closed {
			s.cond.Wait()
		}
		if len(s.ready) == 0 && s.closed {
			return
		}
		t := s.ready[0]
		s.ready = s.ready[1:]
		s.inflight++
		s.mu.Unlock()
		err := t.Run()
		n := atomic.AddInt64(&s.order, 1)
		s.mu.Lock()
		s.inflight--
		if err != nil {
			s.failed[t.ID] = err
		} else {
			s.done[t.ID] = true
		}
		s.results = append(s.results, TaskResult{t.ID, err, n})
		s.refill()
		if len(s.ready) == 0 && s.inflight == 0 {
			s.once.Do(func() { s.closed = true })
		}
		s.cond.Broadcast()
	}
}

func (s *Scheduler) Run(workers int) error {
	if err := s.checkCycles(); err != nil {
		return err
	}
	var wg sync.WaitGroup
	s.mu.Lock()
	s.refill()
	s.mu.Unlock()
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go s.worker(&wg)
	}
	wg.Wait()
	return nil
}

func main() {
	var trace []string
	var tmu sync.Mutex
	mk := func(id int, name string, p Priority, fail bool, deps ...int) *Task {
		return &Task{ID: id, Name: name, Prio: p, Deps: deps, Run: func() error {
			tmu.Lock()
			trace = append(trace, name)
			tmu.Unlock()
			if fail {
				return fmt.Errorf("%s failed", name)
			}
			return nil
		}}
	}
	s := NewScheduler()
	s.Add(mk(1, "fetch", High, false))
	s.Add(mk(2, "parse", Normal, false, 1))
	s.Add(mk(3, "lint", Low, true, 1))
	s.Add(mk(4, "build", Critical, false, 2))
	s.Add(mk(5, "report", Normal, false, 3, 4))
	s.Add(mk(6, "deploy", High, false, 4))
	if err := s.Run(1); err != nil {
		fmt.Println("run:", err)
	}
	fmt.Println(strings.Join(trace, ","))
	sort.Slice(s.results, func(i, j int) bool { return s.results[i].ID < s.results[j].ID })
	for _, r := range s.results {
		fmt.Printf("%d %s order=%d err=%v dep=%v\n", r.ID, s.tasks[r.ID].Prio, r.Order, r.Err, errors.Is(r.Err, ErrDepFailed))
	}
	c := NewScheduler()
	c.Add(mk(1, "a", Low, false, 3))
	c.Add(mk(2, "b", Low, false, 1))
	c.Add(mk(3, "c", Low, false, 2))
	err := c.Run(2)
	fmt.Println(err, errors.Is(err, ErrCycle))
	p := NewScheduler()
	for i := 1; i <= 20; i++ {
		var deps []int
		if i > 2 {
			deps = []int{i - 2}
		}
		p.Add(mk(i, fmt.Sprint("t", i), Priority(i%4), false, deps...))
	}
	trace = nil
	p.Run(4)
	fmt.Println(len(trace), len(p.done), p.order)
}
