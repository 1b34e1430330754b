// A job scheduler with priorities: container/heap, a fake clock, jobs
// that reschedule themselves, and cancellation by id.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority uint8

const (
	Low Priority = iota + 1
	Normal
	High
	Critical
)

func (p Priority) String() string {
	return [...]string{"?", "low", "normal", "high", "critical"}[p]
}

type Job struct {
	ID       int
	Name     string
	Prio     Priority
	RunAt    int64
	Every    int64
	Runs     int
	MaxRuns  int
	index    int
	canceled bool
	action   func(*Job, int64) string
}

type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	if a.RunAt != b.RunAt {
		return a.RunAt < b.RunAt
	}
	if a.Prio != b.Prio {
		return a.Prio > b.Prio
	}
	return a.ID < b.ID
}
func (h jobHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *jobHeap) Push(x any) {
	j := x.(*Job)
	j.index = len(*h)
	*h = append(*h, j)
}
func (h *jobHeap) Pop() any {
	old := *h
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*h = old[:n-1]
	return j
}

type Scheduler struct {
	now    int64
	nextID int
	q      jobHeap
	byID   map[int]*Job
	trace  strings.Builder
}

func NewScheduler() *Scheduler {
	s := &Scheduler{byID: map[int]*Job{}}
	heap.Init(&s.q)
	return s
}

func (s *Scheduler) Add(name string, p Priority, at, every int64, max int, act func(*Job, int64) string) int {
	s.nextID++
	j := &Job{ID: s.nextID, Name: name, Prio: p, RunAt: at, Every: every, MaxRuns: max, action: act}
	heap.Push(&s.q, j)
	s.byID[j.ID] = j
	return j.ID
}

func (s *Scheduler) Cancel(id int) bool {
	j, ok := s.byID[id]
	if !ok || j.index < 0 {
		return false
	}
	heap.Remove(&s.q, j.index)
	j.canceled = true
	delete(s.byID, id)
	return true
}

func (s *Scheduler) Bump(id int, p Priority) {
	if j, ok := s.byID[id]; ok && j.index >= 0 {
		j.Prio = p
		heap.Fix(&s.q, j.index)
	}
}

func (s *Scheduler) RunUntil(t int64) (ran int) {
	for s.q.Len() > 0 && s.q[0].RunAt <= t {
		j := heap.Pop(&s.q).(*Job)
		s.now = j.RunAt
		j.Runs++
		msg := j.action(j, s.now)
		fmt.Fprintf(&s.trace, "t=%3d %-8s %-8v run %d: %s\n", s.now, j.Name, j.Prio, j.Runs, msg)
		ran++
		if j.Every > 0 && (j.MaxRuns == 0 || j.Runs < j.MaxRuns) {
			j.RunAt += j.Every
			heap.Push(&s.q, j)
		} else {
			delete(s.byID, j.ID)
		}
	}
	s.now = t
	return
}

func main() {
	s := NewScheduler()
	total := 0
	say := func(text string) func(*Job, int64) string {
		return func(j *Job, now int64) string {
			total += len(text)
			return text
		}
	}
	s.Add("backup", Low, 10, 0, 0, say("backing up"))
	hb := s.Add("heartbeat", Normal, 0, 5, 4, func(j *Job, now int64) string {
		return fmt.Sprintf("beat #%d at %d", j.Runs, now)
	})
	s.Add("alert", Critical, 10, 0, 0, say("paging on-call"))
	rep := s.Add("report", High, 10, 7, 0, say("report"))
	s.Add("gc", Normal, 3, 0, 0, func(*Job, int64) string { return "collect" })
	fmt.Println("ran", s.RunUntil(9))
	s.Bump(rep, Low)
	fmt.Println("ran", s.RunUntil(20))
	fmt.Println("cancel report:", s.Cancel(rep), "again:", s.Cancel(rep), "heartbeat:", s.Cancel(hb))
	fmt.Println("ran", s.RunUntil(100))
	fmt.Print(s.trace.String())
	fmt.Println("pending", s.q.Len(), "known", len(s.byID), "text bytes", total)
}
