// Parameter leaks as -m reports them: returned as is, stored in a global,
// only its contents stored, dereferenced and copied, passed to a goroutine.
package main

import "fmt"

type Config struct {
	Name  string
	Tags  []string
	Limit *int
}

var lastName string
var allTags [][]string
var pinned *Config

func identity(c *Config) *Config { return c }

func nameOf(c *Config) string { return c.Name }

func stashTags(c *Config) { allTags = append(allTags, c.Tags) }

func pin(c *Config) { pinned = c }

func limitOr(c *Config, d int) int {
	if c.Limit == nil {
		return d
	}
	return *c.Limit
}

func copyOut(c *Config) Config { return *c }

func firstTag(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return tags[0]
}

func tagsPtr(tags *[]string) []string { return *tags }

func async(c *Config, done chan<- string) {
	go func() { done <- c.Name }()
}

func main() {
	limit := 3
	a := &Config{Name: "a", Tags: []string{"x", "y"}, Limit: &limit}
	b := Config{Name: "b"}
	c := &Config{Name: "c", Tags: []string{"z"}}
	fmt.Println(identity(a).Name, nameOf(&b), limitOr(a, 10), limitOr(&b, 10))
	stashTags(c)
	pin(a)
	cp := copyOut(c)
	cp.Name = "copy"
	fmt.Println(cp.Name, c.Name, firstTag(c.Tags), len(allTags), pinned == a)
	fmt.Println(tagsPtr(&a.Tags))
	done := make(chan string)
	d := &Config{Name: "d"}
	async(d, done)
	fmt.Println(<-done)
	lastName = nameOf(d)
	fmt.Println(lastName)
}
