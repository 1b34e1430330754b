package main

import "fmt"

type User struct {
	Name  string
	Email string
	Age   int
}

func newUserValue(name string) User { return User{Name: name, Age: 1} }

func newUserPtr(name string) *User { return &User{Name: name, Age: 2} }

func fill(u *User) { u.Email = u.Name + "@example.com" }

func sumSlice(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func fixedArray() int {
	var a [256]int
	for i := range a {
		a[i] = i
	}
	return a[255]
}

type Logger interface{ Log(string) }
type stdoutLogger struct{ prefix string }

func (l stdoutLogger) Log(s string) { fmt.Println(l.prefix + s) }

func useLogger(l Logger, msg string) { l.Log(msg) }

func counterClosure() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	v := newUserValue("val")
	p := newUserPtr("ptr")
	fill(&v)
	fill(p)
	fmt.Println(v.Email, p.Email, v.Age+p.Age)
	fmt.Println(sumSlice(100), fixedArray())
	useLogger(stdoutLogger{"> "}, "hello")
	next := counterClosure()
	next()
	fmt.Println(next())
	users := make([]*User, 0, 3)
	for i := 0; i < 3; i++ {
		users = append(users, &User{Name: fmt.Sprint("u", i)})
	}
	fmt.Println(len(users), users[2].Name)
}
