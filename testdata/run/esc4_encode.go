// A tiny JSON-like encoder: recursive walk over interface{} values,
// type switches, maps of interfaces, sorted keys and a byte buffer.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type encoder struct {
	buf    []byte
	indent int
}

func (e *encoder) str(s string) {
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, s...)
	e.buf = append(e.buf, '"')
}

func (e *encoder) value(v interface{}) {
	switch x := v.(type) {
	case nil:
		e.buf = append(e.buf, "null"...)
	case bool:
		e.buf = strconv.AppendBool(e.buf, x)
	case int:
		e.buf = strconv.AppendInt(e.buf, int64(x), 10)
	case float64:
		e.buf = strconv.AppendFloat(e.buf, x, 'g', -1, 64)
	case string:
		e.str(x)
	case []interface{}:
		e.buf = append(e.buf, '[')
		for i, el := range x {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.value(el)
		}
		e.buf = append(e.buf, ']')
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.buf = append(e.buf, '{')
		for i, k := range keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.str(k)
			e.buf = append(e.buf, ':')
			e.value(x[k])
		}
		e.buf = append(e.buf, '}')
	case fmt.Stringer:
		e.str(x.String())
	default:
		e.str(fmt.Sprintf("%v", x))
	}
}

func Marshal(v interface{}) string {
	e := encoder{buf: make([]byte, 0, 128)}
	e.value(v)
	return string(e.buf)
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "color" + strconv.Itoa(int(c))
}

type User struct {
	Name  string
	Age   int
	Roles []string
}

func (u *User) toMap() map[string]interface{} {
	roles := make([]interface{}, len(u.Roles))
	for i, r := range u.Roles {
		roles[i] = r
	}
	return map[string]interface{}{
		"name":  u.Name,
		"age":   u.Age,
		"roles": roles,
		"admin": u.Age > 40,
	}
}

func main() {
	fmt.Println(Marshal(nil), Marshal(true), Marshal(3.5), Marshal("s"))
	fmt.Println(Marshal([]interface{}{1, "two", 3.0, nil, Color(1)}))
	u := &User{Name: "ann", Age: 44, Roles: []string{"dev", "ops"}}
	fmt.Println(Marshal(u.toMap()))
	nested := map[string]interface{}{
		"users": []interface{}{u.toMap(), (&User{Name: "bob", Age: 20}).toMap()},
		"count": 2,
		"color": Color(7),
	}
	out := Marshal(nested)
	fmt.Println(len(out), strings.Count(out, "name"))
	fmt.Println(Marshal(struct{ A int }{5}))
}
