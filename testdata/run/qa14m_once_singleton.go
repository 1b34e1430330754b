// sync.Once-initialized singletons: a lazily built table, a generic lazy
// value, an initialization that panics once, and concurrent first use.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type table struct {
	squares []int
	index   map[int]int
}

var (
	tableOnce sync.Once
	theTable  *table
	builds    int
)

func getTable() *table {
	tableOnce.Do(func() {
		builds++
		t := &table{squares: make([]int, 32), index: make(map[int]int, 32)}
		for i := range t.squares {
			t.squares[i] = i * i
			t.index[i*i] = i
		}
		theTable = t
	})
	return theTable
}

type Lazy[T any] struct {
	once sync.Once
	init func() (T, error)
	val  T
	err  error
}

func NewLazy[T any](f func() (T, error)) *Lazy[T] { return &Lazy[T]{init: f} }

func (l *Lazy[T]) Get() (T, error) {
	l.once.Do(func() {
		l.val, l.err = l.init()
		l.init = nil // let the closure's captures go
	})
	return l.val, l.err
}

var errNoConfig = errors.New("no config")

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = getTable().squares[i+1]
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "builds", builds, getTable().index[49])

	calls := 0
	name := NewLazy(func() (string, error) { calls++; return "service-" + fmt.Sprint(calls), nil })
	for i := 0; i < 3; i++ {
		v, err := name.Get()
		fmt.Println(v, err)
	}
	cfg := NewLazy(func() (map[string]int, error) { return nil, errNoConfig })
	_, err := cfg.Get()
	_, err2 := cfg.Get()
	fmt.Println(errors.Is(err, errNoConfig), err == err2, calls)

	var once sync.Once
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			once.Do(func() { panic("init failed") })
			fmt.Println("once already done; attempt", i)
		}()
	}
	sizes := NewLazy(func() ([]int, error) { return []int{1, 2, 4, 8}, nil })
	s, _ := sizes.Get()
	fmt.Println(len(s), cap(s), s[3])
}
