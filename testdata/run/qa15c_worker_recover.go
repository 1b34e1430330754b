package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func safeRun(id int, f func() int) (r result) {
	r.id = id
	defer func() {
		if p := recover(); p != nil {
			var re runtime.Error
			if e, ok := p.(error); ok && errors.As(e, &re) {
				r.err = fmt.Errorf("task %d: runtime: %w", id, e)
				return
			}
			r.err = fmt.Errorf("task %d: panic: %v", id, p)
		}
	}()
	r.val = f()
	return
}

func main() {
	var nilMap map[string]int
	var arr []int
	var iface any = "str"
	zero := 0
	tasks := []func() int{
		func() int { return 7 },
		func() int { return arr[5] },
		func() int { nilMap["x"] = 1; return 0 },
		func() int { return iface.(int) },
		func() int { return 10 / zero },
		func() int { panic("custom") },
		func() int { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) },
		func() int { var p *result; return p.val },
	}
	ch := make(chan result)
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t func() int) {
			defer wg.Done()
			ch <- safeRun(i, t)
		}(i, t)
	}
	go func() { wg.Wait(); close(ch) }()
	var rs []result
	for r := range ch {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].id < rs[b].id })
	for _, r := range rs {
		if r.err != nil {
			fmt.Println(r.id, "ERR", r.err)
			var re runtime.Error
			fmt.Println("   is runtime.Error:", errors.As(r.err, &re), strings.Contains(r.err.Error(), "runtime error"))
		} else {
			fmt.Println(r.id, "OK", r.val)
		}
	}
}
