package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unsafe"
)

type RingBuffer struct {
	mu    sync.Mutex
	buf   []byte
	r, w  int
	full  bool
	notEmpty *sync.Cond
	closed bool
}

var ErrFull = errors.New("ring: full")

func NewRing(n int) *RingBuffer {
	rb := &RingBuffer{buf: make([]byte, n)}
	rb.notEmpty = sync.NewCond(&rb.mu)
	return rb
}

func (rb *RingBuffer) lenLocked() int {
	if rb.full {
		return len(rb.buf)
	}
	if rb.w >= rb.r {
		return rb.w - rb.r
	}
	return len(rb.buf) - rb.r + rb.w
}

func (rb *RingBuffer) Len() int {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	return rb.lenLocked()
}

func (rb *RingBuffer) Write(p []byte) (int, error) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	n := 0
	for _, c := range p {
		if rb.full {
			rb.notEmpty.Broadcast()
			return n, ErrFull
		}
		rb.buf[rb.w] = c
		rb.w = (rb.w + 1) % len(rb.buf)
		rb.full = rb.w == rb.r
		n++
	}
	rb.notEmpty.Broadcast()
	return n, nil
}

func (rb *RingBuffer) Read(p []byte) (int, error) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	for rb.lenLocked() == 0 {
		if rb.closed {
			return 0, io.EOF
		}
		rb.notEmpty.Wait()
	}
	n := 0
	for n < len(p) && rb.lenLocked() > 0 {
		p[n] = rb.buf[rb.r]
		rb.r = (rb.r + 1) % len(rb.buf)
		rb.full = false
		n++
	}
	return n, nil
}

func (rb *RingBuffer) Close() error {
	rb.mu.Lock()
	rb.closed = true
	rb.mu.Unlock()
	rb.notEmpty.Broadcast()
	return nil
}

type countingWriter struct {
	w     io.Writer
	n     int64
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

type header struct {
	magic   [4]byte
	version uint16
	flags   uint16
	length  uint32
	_       [4]byte
	crc     uint64
}

func main() {
	rb := NewRing(8)
	n, err := rb.Write([]byte("hello"))
	fmt.Println(n, err, rb.Len())
	n, err = rb.Write([]byte("world!"))
	fmt.Println(n, err, errors.Is(err, ErrFull), rb.Len())
	p := make([]byte, 3)
	n, _ = rb.Read(p)
	fmt.Printf("%q %d\n", p[:n], rb.Len())

	rb2 := NewRing(4)
	var wg sync.WaitGroup
	var got strings.Builder
	wg.Add(1)
	go func() {
		defer wg.Done()
		buf := make([]byte, 2)
		for {
			n, err := rb2.Read(buf)
			got.Write(buf[:n])
			if err == io.EOF {
				return
			}
		}
	}()
	msg := []byte("the quick brown fox")
	for len(msg) > 0 {
		n, _ := rb2.Write(msg)
		msg = msg[n:]
		for rb2.Len() == 4 {
			rb2.mu.Lock()
			rb2.mu.Unlock()
		}
	}
	for rb2.Len() > 0 {
	}
	rb2.Close()
	wg.Wait()
	fmt.Println(got.String())

	var sb strings.Builder
	cw := &countingWriter{w: &sb}
	m, err := io.Copy(cw, upperReader{strings.NewReader("copy me through the pipe")})
	fmt.Println(m, err, cw.n, sb.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ := io.ReadAll(lr)
	fmt.Printf("%s\n", all)
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	var sb2 strings.Builder
	tee := io.TeeReader(mr, &sb2)
	buf := make([]byte, 10)
	k, err := io.ReadFull(tee, buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF), sb2.String())
	var h header
	fmt.Println(unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Offsetof(h.length), unsafe.Offsetof(h.crc))
	b := (*[unsafe.Sizeof(header{})]byte)(unsafe.Pointer(&h))
	h.version = 0x0102
	fmt.Println(b[4], b[5], len(b))
}
