package main

import (
	"fmt"
	"sort"
	"strings"
)

// Converting between struct types that differ only in their field tags
// (API records to domain records), as the spec allows since Go 1.8.

type UserDTO struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Email string   `json:"email,omitempty"`
	Roles []string `json:"roles"`
	Addr  struct {
		City string `json:"city"`
		Zip  string `json:"zip"`
	} `json:"addr"`
}

type User struct {
	ID    int
	Name  string
	Email string
	Roles []string
	Addr  struct {
		City string
		Zip  string
	}
}

type Point struct {
	X int `db:"x"`
	Y int `db:"y"`
}

type Vec struct{ X, Y int }

type Segment [2]struct {
	X int `db:"x"`
	Y int `db:"y"`
}
type Line [2]struct{ X, Y int }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

func toDomain(ds []UserDTO) []User {
	out := make([]User, len(ds))
	for i, d := range ds {
		out[i] = User(d)
	}
	return out
}

func toDTO(u *User) *UserDTO { return (*UserDTO)(u) }

type Row struct {
	K string `csv:"key"`
	V int    `csv:"value"`
}

type Entry = struct {
	K string
	V int
}

func sum[T ~struct {
	K string
	V int
}](rows []T) int {
	t := 0
	for _, r := range rows {
		t += len(fmt.Sprint(r))
	}
	return t
}

type Pair struct {
	K string
	V int
}

func main() {
	dtos := []UserDTO{{ID: 2, Name: "bob", Roles: []string{"dev"}}, {ID: 1, Name: "ann", Email: "a@x", Roles: []string{"ops", "dev"}}}
	dtos[0].Addr.City = "Oslo"
	dtos[1].Addr.Zip = "0150"
	users := toDomain(dtos)
	sort.Slice(users, func(i, j int) bool { return users[i].ID < users[j].ID })
	for _, u := range users {
		fmt.Printf("%+v\n", u)
	}
	users[0].Roles[0] = "sre"
	fmt.Println(dtos[1].Roles, "(shares the backing array)")
	p := toDTO(&users[1])
	p.Name = strings.ToUpper(p.Name)
	fmt.Println(users[1].Name, p.ID)
	fmt.Printf("%T %T\n", *p, users[1])
	pt := Point{3, 4}
	v := Vec(pt)
	fmt.Println(v, v.Add(Vec(Point{1, 1})), Point(v.Add(v)), Point(v) == pt)
	seg := Segment{{1, 2}, {3, 4}}
	ln := Line(seg)
	fmt.Println(ln, Vec(ln[1]).Add(Vec(ln[0])), Segment(ln) == seg)
	pp := &pt
	vp := (*Vec)(pp)
	vp.X = 30
	fmt.Println(pt, *vp, vp.String())
	rows := []Row{{"a", 1}, {"b", 2}}
	var e Entry = Entry(rows[0])
	fmt.Println(e, Row(e) == rows[0], sum([]Entry{e, {"z", 10}}), sum([]Entry(nil)))
	anon := struct {
		X int `yaml:"x"`
		Y int
	}{7, 8}
	fmt.Println(Vec(anon), Point(anon), struct{ X, Y int }(anon))
	m := map[Vec]string{Vec(pt): "pt"}
	fmt.Println(m[Vec{30, 4}], len(m))
	var iface interface{} = Pair(rows[1])
	switch x := iface.(type) {
	case Row:
		fmt.Println("row", x)
	case Pair:
		fmt.Println("pair", x.K, x.V)
	}
	conv := func(r Row) Pair { return Pair(r) }
	fmt.Println(conv(Row{"c", 3}))
}
