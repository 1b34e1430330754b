package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

type key string

type myCtx struct{ context.Context }

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println(ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	child, cancelChild := context.WithCancel(ctx)
	vctx := context.WithValue(child, key("user"), "ann")
	fmt.Println(vctx)
	fmt.Println(vctx.Value(key("user")), vctx.Value("user"), vctx.Value(key("none")))
	g0 := runtime.NumGoroutine()
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), vctx.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()
	cancelChild()
	fmt.Println(runtime.NumGoroutine() - g0)

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(d) > 0)
	out := make(chan string)
	go worker(tctx, 1, out)
	fmt.Println(<-out)
	fmt.Println(tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te), te.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcancel()

	outer, ocancel := context.WithTimeout(bg, time.Hour)
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println(d1.Equal(d2))
	ocancel()
	<-inner.Done()
	fmt.Println(inner.Err())
	icancel()

	// a foreign parent: gosub and Go both watch it with a goroutine
	g1 := runtime.NumGoroutine()
	base, bcancel := context.WithCancel(bg)
	f, fcancel := context.WithCancel(myCtx{base})
	fmt.Println(runtime.NumGoroutine()-g1, f)
	bcancel()
	<-f.Done()
	fmt.Println(f.Err())
	fcancel()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine() - g1)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()
	fmt.Println(context.WithValue(bg, 1, struct{}{}))
}
