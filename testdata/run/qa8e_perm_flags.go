package main

import (
	"fmt"
	"sort"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
	_
	Audit
	All = Read | Write | Exec | Admin | Audit
)

var permNames = map[Perm]string{Read: "read", Write: "write", Exec: "exec", Admin: "admin", Audit: "audit"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for bit := Perm(1); bit != 0 && bit <= p; bit <<= 1 {
		if p&bit != 0 {
			if n, ok := permNames[bit]; ok {
				parts = append(parts, n)
			} else {
				parts = append(parts, fmt.Sprintf("0x%x", uint16(bit)))
			}
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type Role struct {
	Name  string
	Perms Perm
}

type HandlerFunc func(user string, p Perm) string

func (f HandlerFunc) Serve(user string, p Perm) string { return "[" + f(user, p) + "]" }

type Server interface{ Serve(user string, p Perm) string }

func requires(need Perm, next Server) Server {
	return HandlerFunc(func(user string, p Perm) string {
		if !p.Has(need) {
			return fmt.Sprintf("denied %s: need %v, have %v (missing %v)", user, need, p, need&^p)
		}
		return next.Serve(user, p)
	})
}

type ACL map[string]Perm

func (a ACL) Grant(user string, p Perm)  { a[user] |= p }
func (a ACL) Revoke(user string, p Perm) { a[user] &^= p }

func (a ACL) Users() []string {
	us := make([]string, 0, len(a))
	for u := range a {
		us = append(us, u)
	}
	sort.Strings(us)
	return us
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println(Read, Write, Exec, Admin, Audit, All, Perm(0), Perm(16), Perm(0x8000|3))
	fmt.Printf("%d %v %s %x %08b\n", All, Write|Exec, Admin, uint16(Audit), Read|Exec)
	acl := ACL{}
	acl.Grant("ann", Read|Write)
	acl.Grant("bob", Read)
	acl.Grant("root", All)
	acl.Revoke("root", Audit)
	acl.Grant("bob", Exec)
	for _, u := range acl.Users() {
		fmt.Printf("%-5s %-24v admin=%t\n", u, acl[u], acl[u].Has(Admin))
	}
	h := requires(Write, HandlerFunc(func(u string, p Perm) string { return "wrote as " + u }))
	h2 := requires(Admin|Exec, h)
	for _, u := range []string{"ann", "bob", "root", "eve"} {
		fmt.Println(h.Serve(u, acl[u]), h2.Serve(u, acl[u]))
	}
	fmt.Println(KB, MB, GB, Thursday, Tuesday-Monday)
	var total int64 = 3*GB + 512*MB
	fmt.Printf("%.2f GB, %d MB\n", float64(total)/GB, total/MB)
	roles := []Role{{"viewer", Read}, {"editor", Read | Write}, {"ops", Read | Exec | Audit}}
	sort.Slice(roles, func(i, j int) bool { return roles[i].Perms > roles[j].Perms })
	fmt.Printf("%v\n%+v\n", roles, roles[0])
}
