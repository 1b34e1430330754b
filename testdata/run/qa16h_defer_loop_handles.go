package main

import (
	"errors"
	"fmt"
)

type Handle struct {
	name   string
	open   bool
	closed int
}

type FS struct {
	open    map[string]*Handle
	maxOpen int
	log     []string
}

var ErrTooMany = errors.New("too many open handles")

func (fs *FS) Open(name string) (*Handle, error) {
	if len(fs.open) >= fs.maxOpen {
		return nil, fmt.Errorf("open %s: %w", name, ErrTooMany)
	}
	h := &Handle{name: name, open: true}
	fs.open[name] = h
	fs.log = append(fs.log, "open "+name)
	return h, nil
}

func (fs *FS) Close(h *Handle) error {
	if !h.open {
		return fmt.Errorf("close %s: already closed", h.name)
	}
	h.open = false
	h.closed++
	delete(fs.open, h.name)
	fs.log = append(fs.log, "close "+h.name)
	return nil
}

// Bad: defers pile up until the function returns.
func processAllDeferred(fs *FS, names []string) (err error) {
	for _, n := range names {
		h, e := fs.Open(n)
		if e != nil {
			return e
		}
		defer fs.Close(h)
	}
	return nil
}

// Good: each iteration's defer runs at the end of the iteration.
func processAllScoped(fs *FS, names []string) error {
	for _, n := range names {
		err := func() error {
			h, err := fs.Open(n)
			if err != nil {
				return err
			}
			defer fs.Close(h)
			fs.log = append(fs.log, "use "+h.name)
			return nil
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

func deferOrder() (out []int) {
	for i := 0; i < 4; i++ {
		defer func() { out = append(out, i) }()
		defer func(v int) { out = append(out, v*10) }(i)
	}
	return nil
}

func deferArgsEvaluated() {
	x := 1
	defer fmt.Println("deferred sees", x)
	p := &x
	defer func() { fmt.Println("closure sees", *p) }()
	x = 2
}

func closeAll(fs *FS, hs []*Handle) (errs []error) {
	for _, h := range hs {
		defer func(h *Handle) {
			if err := fs.Close(h); err != nil {
				errs = append(errs, err)
			}
		}(h)
	}
	return
}

func main() {
	fs := &FS{open: map[string]*Handle{}, maxOpen: 3}
	err := processAllDeferred(fs, []string{"a", "b", "c", "d", "e"})
	fmt.Println(err, errors.Is(err, ErrTooMany), len(fs.open))
	fmt.Println(fs.log)
	fs.log = nil
	err = processAllScoped(fs, []string{"a", "b", "c", "d", "e"})
	fmt.Println(err, len(fs.open))
	fmt.Println(fs.log)
	fmt.Println(deferOrder())
	deferArgsEvaluated()
	fs.log = nil
	h1, _ := fs.Open("x")
	h2, _ := fs.Open("y")
	errs := closeAll(fs, []*Handle{h1, h2, h1})
	fmt.Println(errs, fs.log, h1.closed, h2.closed)
}
