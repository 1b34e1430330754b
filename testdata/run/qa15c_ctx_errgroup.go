package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBad = errors.New("bad input")

type jobErr struct {
	id  int
	err error
}

func (e *jobErr) Error() string { return fmt.Sprintf("job %d: %v", e.id, e.err) }
func (e *jobErr) Unwrap() error { return e.err }

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	done := map[int]bool{}
	for i := 0; i < 5; i++ {
		id := i
		g.Go(func() error {
			if id == 3 {
				return &jobErr{id, errBad}
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(id+1) * 200 * time.Millisecond):
			}
			mu.Lock()
			done[id] = true
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println("is bad:", errors.Is(err, errBad))
	var je *jobErr
	if errors.As(err, &je) {
		fmt.Println("job id:", je.id)
	}
	fmt.Println("ctx:", ctx.Err())
	fmt.Println("done:", len(done))

	tctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	vctx := context.WithValue(tctx, "k", 42)
	fmt.Println(vctx.Value("k"), vctx.Value("x"), vctx.Err())
}
