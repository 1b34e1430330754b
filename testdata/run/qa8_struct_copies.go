// Struct values are copied on assignment, on range and on calls, but the
// slices and maps inside them are shared headers: what changes where.
package main

import "fmt"

type Settings struct {
	Name    string
	Retries int
	Tags    []string
	Limits  map[string]int
	Backup  *Settings
}

func tweak(s Settings) Settings {
	s.Retries++
	s.Tags[0] = "changed"
	s.Limits["cpu"] = 99
	return s
}

func tweakPtr(s *Settings) {
	s.Retries += 10
	s.Tags = append(s.Tags, "new")
}

func (s Settings) Clone() Settings {
	c := s
	c.Tags = append([]string(nil), s.Tags...)
	c.Limits = make(map[string]int, len(s.Limits))
	for k, v := range s.Limits {
		c.Limits[k] = v
	}
	if s.Backup != nil {
		b := s.Backup.Clone()
		c.Backup = &b
	}
	return c
}

func main() {
	base := Settings{Name: "base", Retries: 1, Tags: []string{"a", "b"}, Limits: map[string]int{"cpu": 1}}
	t := tweak(base)
	fmt.Println(base.Retries, t.Retries, base.Tags, base.Limits["cpu"])

	tweakPtr(&base)
	fmt.Println(base.Retries, base.Tags, len(t.Tags))

	all := []Settings{base, base}
	for _, s := range all {
		s.Retries = 0
	}
	fmt.Println(all[0].Retries, all[1].Retries)
	for i := range all {
		all[i].Retries = 0
	}
	fmt.Println(all[0].Retries, all[1].Retries)

	base.Backup = &Settings{Name: "backup", Tags: []string{"x"}, Limits: map[string]int{}}
	c := base.Clone()
	c.Tags[0] = "cloned"
	c.Limits["mem"] = 5
	c.Backup.Name = "backup2"
	fmt.Println(base.Tags[0], len(base.Limits), base.Backup.Name, c.Backup.Name)

	arr := [2]Settings{{Name: "x"}, {Name: "y"}}
	arr2 := arr
	arr2[0].Name = "z"
	fmt.Println(arr[0].Name, arr2[0].Name)

	m := map[string]Settings{"k": {Name: "in map"}}
	v := m["k"]
	v.Name = "modified"
	fmt.Println(m["k"].Name, v.Name)
	ptrs := map[string]*Settings{"k": &Settings{Name: "via ptr"}}
	ptrs["k"].Name = "modified"
	fmt.Println(ptrs["k"].Name)
}
