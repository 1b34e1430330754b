package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Session struct {
	User  string
	Hits  int
	Items []string
}

func main() {
	sessions := make(map[string]*Session)
	for i := 0; i < 5000; i++ {
		id := "s" + strconv.Itoa(i%700)
		s, ok := sessions[id]
		if !ok {
			s = &Session{User: "u" + strconv.Itoa(i%50)}
			sessions[id] = s
		}
		s.Hits++
		if i%3 == 0 {
			s.Items = append(s.Items, strconv.Itoa(i))
		}
	}
	fmt.Println("sessions:", len(sessions))
	for id, s := range sessions {
		if s.Hits < 8 {
			delete(sessions, id)
		}
	}
	fmt.Println("after expiry:", len(sessions))
	perUser := map[string]int{}
	totalItems := 0
	for _, s := range sessions {
		perUser[s.User] += s.Hits
		totalItems += len(s.Items)
	}
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	sort.Slice(users, func(i, j int) bool {
		if perUser[users[i]] != perUser[users[j]] {
			return perUser[users[i]] > perUser[users[j]]
		}
		return users[i] < users[j]
	})
	fmt.Println("top users:", users[:3], perUser[users[0]], "items:", totalItems)
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(len(m), sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m[1] = 1
	fmt.Println(m)
}
