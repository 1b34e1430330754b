// Embedded structs and method promotion, as a tutorial chapter walks
// through them: promoted fields and methods, shadowing, embedding a
// pointer, embedding an interface, and which types satisfy which
// interfaces through the method sets.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l Logger) Count() int { return len(l.lines) }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Timestamps struct {
	Created, Updated int64
}

func (t *Timestamps) Touch(now int64) {
	if t.Created == 0 {
		t.Created = now
	}
	t.Updated = now
}

type User struct {
	Base
	*Logger
	Timestamps
	Email string
	Name  string // shadows Base.Name
}

func (u User) Kind() string { return "user:" + u.Base.Kind() }

type Admin struct {
	User
	Level int
}

func (a *Admin) Describe() string {
	return fmt.Sprintf("Admin[%d] %s", a.Level, a.User.Describe())
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }
type Renamer interface{ Rename(string) }
type Toucher interface{ Touch(int64) }

// A struct embedding an interface: only the methods it overrides are its
// own, the rest forward to whatever value is stored.
type Store interface {
	Get(k string) (string, error)
	Put(k, v string) error
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}
func (s *mapStore) Put(k, v string) error { s.m[k] = v; return nil }

var ErrMissing = errors.New("missing")
var ErrReadOnly = errors.New("read-only store")

type readOnly struct{ Store }

func (readOnly) Put(k, v string) error { return fmt.Errorf("put %q: %w", k, ErrReadOnly) }

type counting struct {
	Store
	gets, puts int
}

func (c *counting) Get(k string) (string, error) { c.gets++; return c.Store.Get(k) }
func (c *counting) Put(k, v string) error         { c.puts++; return c.Store.Put(k, v) }

func check(name string, v interface{}) {
	var marks []string
	if _, ok := v.(Describer); ok {
		marks = append(marks, "Describer")
	}
	if _, ok := v.(Kinder); ok {
		marks = append(marks, "Kinder")
	}
	if _, ok := v.(Renamer); ok {
		marks = append(marks, "Renamer")
	}
	if _, ok := v.(Toucher); ok {
		marks = append(marks, "Toucher")
	}
	fmt.Printf("%-8s %-14T %s\n", name, v, strings.Join(marks, ","))
}

func main() {
	log := &Logger{prefix: "[u] "}
	u := User{Base: Base{1, "base-name"}, Logger: log, Email: "a@b.c", Name: "outer"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Describe(), u.Kind())
	u.Rename("renamed")
	u.Touch(100)
	u.Touch(250)
	u.Logf("created=%d updated=%d", u.Created, u.Updated)
	u.Logf("name=%s base=%s", u.Name, u.Base.Name)
	fmt.Println(u.Count(), log.Count(), u.lines)

	a := &Admin{User: u, Level: 3}
	a.Logf("admin %d", a.Level)
	a.Rename("root")
	fmt.Println(a.Describe())
	fmt.Println(a.User.Describe(), a.Kind(), a.Base.Kind(), a.User.Base.Name, u.Base.Name)
	fmt.Println(log.lines[len(log.lines)-1], log.Count())

	check("User", u)
	check("*User", &u)
	check("Admin", *a)
	check("*Admin", a)
	check("Base", Base{})
	check("*Base", &Base{})

	var d Describer = a
	fmt.Println(d.Describe())
	d = u
	fmt.Println(d.Describe())

	// Method values and expressions through promotion.
	f := u.Describe
	g := (*User).Rename
	h := User.Kind
	g(&u, "via-expr")
	fmt.Println(f(), u.Describe(), h(u))

	ms := &mapStore{m: map[string]string{"k": "v"}}
	ro := readOnly{ms}
	c := &counting{Store: ro}
	var st Store = c
	v, err := st.Get("k")
	fmt.Println(v, err)
	_, err = st.Get("x")
	fmt.Println(err, errors.Is(err, ErrMissing))
	err = st.Put("k", "w")
	fmt.Println(err, errors.Is(err, ErrReadOnly), c.gets, c.puts)
	_ = ms.Put("k", "direct")
	v, _ = st.Get("k")
	fmt.Println(v, c.gets)

	var empty readOnly
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Get("boom")
	}()
	fmt.Printf("%+v\n", Admin{Level: 1, User: User{Base: Base{ID: 9}, Email: "e"}})
}
