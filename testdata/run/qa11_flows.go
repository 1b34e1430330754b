package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []*Task
	Run  func() error
	meta map[string]string
}

type Runner struct {
	mu       sync.Mutex
	done     map[*Task]bool
	order    []string
	hooks    []func(*Task)
	onErr    func(error)
	lastErr  error
	visiting map[*Task]bool
}

var ErrCycle = errors.New("cycle")

func (r *Runner) AddHook(h func(*Task)) { r.hooks = append(r.hooks, h) }

func (r *Runner) visit(t *Task, path []*Task) (err error) {
	defer func() {
		if err != nil && r.onErr != nil {
			r.onErr(err)
		}
	}()
	if r.done[t] {
		return nil
	}
	if r.visiting[t] {
		names := make([]string, 0, len(path)+1)
		for _, p := range path {
			names = append(names, p.Name)
		}
		return fmt.Errorf("%w: %s", ErrCycle, strings.Join(append(names, t.Name), "->"))
	}
	r.visiting[t] = true
	for _, d := range t.Deps {
		if err := r.visit(d, append(path, t)); err != nil {
			return err
		}
	}
	delete(r.visiting, t)
	for _, h := range r.hooks {
		h(t)
	}
	if t.Run != nil {
		if err := t.Run(); err != nil {
			return fmt.Errorf("task %s: %w", t.Name, err)
		}
	}
	r.done[t] = true
	r.order = append(r.order, t.Name)
	return nil
}

func (r *Runner) RunAll(ts []*Task) []error {
	var errs []error
	for i := range ts {
		t := ts[i]
		if err := r.visit(t, nil); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func (r *Runner) Parallel(ts []*Task, workers int) map[string]error {
	res := make(map[string]error)
	ch := make(chan *Task)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range ch {
				var err error
				if t.Run != nil {
					err = t.Run()
				}
				r.mu.Lock()
				res[t.Name] = err
				r.mu.Unlock()
			}
		}()
	}
	for _, t := range ts {
		ch <- t
	}
	close(ch)
	wg.Wait()
	return res
}

func newTask(name string, run func() error, deps ...*Task) *Task {
	return &Task{Name: name, Deps: deps, Run: run, meta: map[string]string{"created": name}}
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) hit(t *Task) {
	c.mu.Lock()
	c.n[t.Name]++
	c.mu.Unlock()
}

func main() {
	var log []string
	say := func(msg string) func() error {
		return func() error {
			log = append(log, msg)
			return nil
		}
	}
	fail := func() error { return errors.New("boom") }
	a := newTask("a", say("A"))
	b := newTask("b", say("B"), a)
	c := newTask("c", fail, a)
	d := newTask("d", say("D"), b, c)
	e := newTask("e", say("E"), b)
	cnt := &counter{n: map[string]int{}}
	var errLog []string
	r := &Runner{done: map[*Task]bool{}, visiting: map[*Task]bool{}, onErr: func(err error) { errLog = append(errLog, err.Error()) }}
	r.AddHook(cnt.hit)
	r.AddHook(func(t *Task) { t.meta["ran"] = "yes" })
	errs := r.RunAll([]*Task{d, e})
	fmt.Println(r.order, log, len(errs))
	for _, err := range errs {
		fmt.Println(" ", err, errors.Is(err, ErrCycle))
	}
	fmt.Println(len(errLog), cnt.n["a"], a.meta)
	x := newTask("x", nil)
	y := newTask("y", nil, x)
	x.Deps = append(x.Deps, y)
	r2 := &Runner{done: map[*Task]bool{}, visiting: map[*Task]bool{}}
	errs = r2.RunAll([]*Task{y})
	fmt.Println(errs, errors.Is(errs[0], ErrCycle))
	var tasks []*Task
	var mu sync.Mutex
	var ran []string
	for i := 0; i < 8; i++ {
		name := fmt.Sprint("p", i)
		tasks = append(tasks, newTask(name, func() error {
			mu.Lock()
			ran = append(ran, name)
			mu.Unlock()
			if len(name)%2 == 1 && name == "p3" {
				return errors.New("p3 failed")
			}
			return nil
		}))
	}
	res := r.Parallel(tasks, 3)
	sort.Strings(ran)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if res[k] != nil {
			fmt.Print(k, ":", res[k], " ")
		}
	}
	fmt.Println(len(ran), ran)
}
