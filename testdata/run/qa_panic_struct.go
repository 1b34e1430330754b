package main

import "fmt"

type Config struct {
	Port int
	Host string
}

func validate(c Config) {
	if c.Port <= 0 {
		panic(fmt.Sprintf("invalid config %+v", c))
	}
}

func main() {
	defer fmt.Println("deferred runs before crash")
	validate(Config{8080, "ok"})
	fmt.Println("first ok")
	validate(Config{-1, "localhost"})
}
