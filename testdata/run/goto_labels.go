package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
		}
	}
	return -1, -1
}

func collatz(n int) (steps int) {
start:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto start
}

func main() {
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 9))
	fmt.Println(collatz(27))
	count := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			switch {
			case v == 2:
				continue rows
			case v == 5:
				break rows
			}
			count += v
		}
	}
	fmt.Println(count)
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	total := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%2 == 0 {
				continue recv
			}
			total += v
		}
	}
	fmt.Println(total)
	i := 0
	for {
		i++
		switch i {
		case 3:
			continue
		case 6:
			goto done
		}
		fmt.Print(i, " ")
	}
done:
	fmt.Println("done")
}
