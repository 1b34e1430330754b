package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Timeout struct {
	Op    string
	After time.Duration
}

func (t Timeout) String() string { return t.Op + " after " + t.After.String() }

func work(ctx context.Context, steps int, out chan<- string) error {
	for i := 0; i < steps; i++ {
		select {
		case <-ctx.Done():
			return fmt.Errorf("step %d: %w", i, ctx.Err())
		default:
		}
		out <- fmt.Sprint("step ", i)
		if i == 2 {
			if c, ok := ctx.Value(cancelKey{}).(context.CancelFunc); ok {
				c()
			}
		}
	}
	return nil
}

type cancelKey struct{}
type userKey string

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 500*time.Microsecond,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-5 * time.Minute, 100 * time.Hour, 1<<63 - 1, -1 << 63, 2*time.Second + 1,
	}
	for _, d := range ds {
		fmt.Printf("%v|%d|%s|%.3f|%.2f|%d\n", d, d, d, d.Seconds(), d.Minutes(), d.Milliseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, time.Minute, time.Hour, 0, -1} {
		fmt.Println(m, d.Truncate(m), d.Round(m))
	}
	fmt.Println(d.Hours(), d.Microseconds(), d.Nanoseconds(), time.Duration(1.5*float64(time.Second)))
	fmt.Printf("%T %v %+v %#v\n", d, Timeout{"read", 2 * time.Second}, Timeout{"w", time.Millisecond}, time.Duration(5))
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2us", "1µs", "bad", "1d", "", "0", ".5s"} {
		pd, err := time.ParseDuration(s)
		fmt.Println(s, pd, err)
	}
	t0 := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t0, t1, t1.Sub(t0), t1.Weekday(), t1.YearDay(), t0.Before(t1))
	fmt.Println(t0.Format("2006-01-02 15:04:05 Mon Jan"), t1.Format(time.RFC3339), t1.Format(time.Kitchen))
	fmt.Println(t0.AddDate(0, 1, 1).Format("Jan 2, 2006"), t0.Truncate(time.Hour).Format(time.ANSIC))
	y, mth, dd := t1.Date()
	fmt.Println(y, mth, dd, int(mth), time.Month(13), time.Saturday)

	ctx, cancel := context.WithCancel(context.Background())
	ctx = context.WithValue(ctx, cancelKey{}, cancel)
	ctx = context.WithValue(ctx, userKey("user"), "gopher")
	out := make(chan string, 10)
	err := work(ctx, 5, out)
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println(err, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded))
	fmt.Println(ctx.Value(userKey("user")), ctx.Value(userKey("none")), ctx.Value("user"))
	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, hasDl := tctx.Deadline()
	_, bgDl := context.Background().Deadline()
	fmt.Println(hasDl, bgDl, context.Background().Err(), context.TODO() != nil)
	pctx, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(pctx)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println(context.Background(), context.TODO())
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout fired")
	case <-timer.C:
		fmt.Println("timer?")
	}
}
