package main

import (
	"fmt"
	"sort"
	"strings"
)

// Generic helpers over records that differ only in their struct tags (API
// DTOs and storage rows): each is its own shape, spelled with its tags.

type UserJSON struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type UserRow struct {
	ID   int    `db:"id"`
	Name string `db:"name"`
}

type User struct {
	ID   int
	Name string
}

type Store[T any] struct {
	items []T
	index map[int]int
	key   func(T) int
}

func NewStore[T any](key func(T) int) *Store[T] {
	return &Store[T]{index: map[int]int{}, key: key}
}

func (s *Store[T]) Put(x T) {
	k := s.key(x)
	if i, ok := s.index[k]; ok {
		s.items[i] = x
		return
	}
	s.index[k] = len(s.items)
	s.items = append(s.items, x)
}

func (s *Store[T]) Get(k int) (T, bool) {
	var zero T
	i, ok := s.index[k]
	if !ok {
		return zero, false
	}
	return s.items[i], true
}

func (s *Store[T]) All() []T { return s.items }

func Describe[T any](x T) string { return fmt.Sprintf("%+v (%T)", x, x) }

func Convert[From ~struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}, To ~struct {
	ID   int    `db:"id"`
	Name string `db:"name"`
}](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func ToUser[T ~struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}](t T) User {
	return User(t)
}

func SortBy[T any](xs []T, less func(a, b T) bool) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	js := []UserJSON{{3, "cy"}, {1, "ann"}, {2, "bo"}}
	rows := Convert[UserJSON, UserRow](js)
	users := make([]User, len(rows))
	for i, r := range rows {
		users[i] = User(r)
	}
	fmt.Println(Describe(js[0]), Describe(rows[0]), Describe(users[0]))
	fmt.Println(Describe(struct {
		ID   int `json:"id"`
		Name string
	}{9, "anon"}))
	rs := NewStore(func(r UserRow) int { return r.ID })
	us := NewStore(func(u User) int { return u.ID })
	for _, r := range rows {
		rs.Put(r)
	}
	for _, u := range users {
		us.Put(u)
	}
	rs.Put(UserRow{2, "BO"})
	r, ok := rs.Get(2)
	u, ok2 := us.Get(4)
	fmt.Println(r, ok, u, ok2, len(rs.All()), len(us.All()))
	byName := SortBy(js, func(a, b UserJSON) bool { return a.Name < b.Name })
	byID := SortBy(users, func(a, b User) bool { return a.ID < b.ID })
	fmt.Println(byName, byID)
	names := make([]string, 0, len(js))
	for _, j := range js {
		names = append(names, ToUser(j).Name)
	}
	fmt.Println(strings.Join(names, ","))
	var i interface{} = rows[0]
	switch v := i.(type) {
	case User:
		fmt.Println("user", v)
	case UserJSON:
		fmt.Println("json", v)
	case UserRow:
		fmt.Println("row", v, User(v) == users[0])
	}
}
