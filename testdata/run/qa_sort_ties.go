package main

import (
	"fmt"
	"sort"
)

type Task struct {
	Name     string
	Priority int
}

func main() {
	var tasks []Task
	for i := 0; i < 40; i++ {
		tasks = append(tasks, Task{fmt.Sprintf("t%02d", i), (i * 7) % 4})
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].Priority < tasks[j].Priority })
	for i, t := range tasks {
		fmt.Print(t.Name, ":", t.Priority, " ")
		if i%10 == 9 {
			fmt.Println()
		}
	}
	words := []string{"banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Egg", "egg", "grape", "kiwi", "lime", "mango"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = (i * 37) % 10
	}
	idx := make([]int, len(nums))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return nums[idx[a]] < nums[idx[b]] })
	fmt.Println(idx[:20])
}
