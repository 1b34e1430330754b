// context.WithValue chains with unexported key types, cancellation trees,
// and values that hold pointers to request-scoped state.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type ctxKey int

const (
	keyUser ctxKey = iota
	keyTrace
	keyBudget
)

type trace struct {
	spans []string
}

func (t *trace) add(s string) {
	if t == nil {
		fmt.Println("span", s, "dropped: no trace")
		return
	}
	t.spans = append(t.spans, s)
}

type budget struct{ left int }

func withRequest(parent context.Context, user string) context.Context {
	ctx := context.WithValue(parent, keyUser, user)
	ctx = context.WithValue(ctx, keyTrace, &trace{})
	return context.WithValue(ctx, keyBudget, &budget{left: 3})
}

func span(ctx context.Context, name string) {
	if t, ok := ctx.Value(keyTrace).(*trace); ok {
		t.add(name)
	}
}

var errBudget = errors.New("budget exhausted")

func spend(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := ctx.Value(keyBudget).(*budget)
	if b.left == 0 {
		return errBudget
	}
	b.left--
	return nil
}

func handle(ctx context.Context, steps []string) error {
	user, _ := ctx.Value(keyUser).(string)
	span(ctx, "handle:"+user)
	for _, s := range steps {
		if err := spend(ctx); err != nil {
			span(ctx, "fail:"+s)
			return fmt.Errorf("step %s: %w", s, err)
		}
		span(ctx, s)
	}
	return nil
}

func main() {
	root, cancelAll := context.WithCancel(context.Background())
	ctx := withRequest(root, "ann")
	err := handle(ctx, []string{"a", "b", "c", "d"})
	fmt.Println(err, errors.Is(err, errBudget))
	fmt.Println(strings.Join(ctx.Value(keyTrace).(*trace).spans, " "))

	child, cancelChild := context.WithCancel(withRequest(root, "bob"))
	cancelChild()
	err = handle(child, []string{"x"})
	fmt.Println(err, errors.Is(err, context.Canceled))

	ctx3 := withRequest(root, "cy")
	cancelAll()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), ctx.Err() == context.Canceled)
	fmt.Println(ctx3.Value(keyUser), ctx3.Value("user"), ctx3.Value(ctxKey(99)))
	var nilTrace *trace
	bare := context.WithValue(context.Background(), keyTrace, nilTrace)
	span(bare, "nobody") // a typed nil pointer: the method is still called
	fmt.Println("typed nil ok")
}
