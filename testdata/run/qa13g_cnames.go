package main

import (
	"fmt"
	"sort"
	"strings"
)

// Go names that are C keywords, C11 reserved words, C library macros or
// typedefs: locals, parameters, results, fields, closures' captures,
// labels and methods of a small command-line tool.

type SIZE_MAX int

type record struct {
	NULL     *int
	INT_MAX  int
	EOF      bool
	_Alignas string
	size_t   uint
	int64_t  int64
	static   string
	I        complex128
	BUFSIZ   int
	jmp_buf  [2]int
	errno    int
}

func (r record) String() string {
	return fmt.Sprintf("%d/%v/%s/%d/%d/%s/%v/%d/%v/%d", r.INT_MAX, r.EOF, r._Alignas, r.size_t, r.int64_t, r.static, r.I, r.BUFSIZ, r.jmp_buf, r.errno)
}

func (r *record) _Generic(INT8_MIN int) (UINT64_MAX int) {
	UINT64_MAX = INT8_MIN * 2
	r.INT_MAX += UINT64_MAX
	return
}

func parse(args []string) (EOF bool, NULL int, size_t []string) {
	for _, _Atomic := range args {
		if _Atomic == "--" {
			EOF = true
			continue
		}
		if strings.HasPrefix(_Atomic, "-") {
			NULL++
			continue
		}
		size_t = append(size_t, _Atomic)
	}
	return
}

func counter() func() int {
	PTRDIFF_MAX := 0
	_Thread_local := 10
	return func() int {
		PTRDIFF_MAX++
		return PTRDIFF_MAX * _Thread_local
	}
}

func classify(n int) string {
	switch INT64_C := n % 3; INT64_C {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
	return "two"
}

func main() {
	EOF, NULL, rest := parse([]string{"-v", "a", "--", "b", "-x"})
	fmt.Println(EOF, NULL, rest)
	var SIZE_MAX_ SIZE_MAX = 3
	INT_MAX := 1 << 20
	uint8_t := byte(200)
	WCHAR_MIN, _Noreturn, _Static_assert := -1, "nr", true
	fmt.Println(SIZE_MAX_, INT_MAX, uint8_t+100, WCHAR_MIN, _Noreturn, _Static_assert)
	r := record{INT_MAX: 5, EOF: true, _Alignas: "al", size_t: 7, int64_t: -8, static: "st", I: 1i, BUFSIZ: 8192, jmp_buf: [2]int{1, 2}, errno: 9}
	fmt.Println(r, r._Generic(4), r.INT_MAX)
	fmt.Printf("%+v\n", r)
	c := counter()
	c()
	fmt.Println(c(), c())
	for _, n := range []int{3, 4, 5} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	M_PI, NAN, INFINITY, HUGE_VAL := 3.14, 0.0, 1.0, 2.0
	fmt.Println(M_PI, NAN, INFINITY, HUGE_VAL)
	words := []string{"pear", "fig", "apple"}
	sort.Slice(words, func(_Bool, va_list int) bool { return words[_Bool] < words[va_list] })
	fmt.Println(words)
	time_t, FILE, off_t := 1, "f", int64(2)
	fmt.Println(time_t, FILE, off_t)
	i, T, N, A := 0, 1, 2, 3
L_SIZE:
	for i < N {
		i++
		if i == T {
			continue L_SIZE
		}
		A += i
	}
	fmt.Println(i, T, N, A)
	defer func() {
		SIG_ATOMIC_MAX := recover()
		fmt.Println("recovered:", SIG_ATOMIC_MAX)
	}()
	var m map[string]int
	m["RAND_MAX"] = 1
}
